using AiqLoyalty.Core.Client;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Client;

[TestFixture]
public class AiqClientOptionsValidatorTests
{
    private static readonly AiqClientOptions Valid = new() { ApiKey = "key-1", Uid = "1546" };

    [TestCase("https://lab.alpineiq.com", true)]
    [TestCase("http://127.0.0.1:5099", true)]
    [TestCase("http://localhost:5099/", true)]
    [TestCase("http://[::1]:5099", true)]
    [TestCase("http://lab.alpineiq.com", false)]
    [TestCase("http://10.0.0.5:5099", false)]
    [TestCase("ftp://lab.alpineiq.com", false)]
    [TestCase("lab.alpineiq.com", false)]
    [TestCase("https://user:secret@lab.alpineiq.com", false)]
    [TestCase("", false)]
    public void BaseUrlMustBeHttpsExceptOnLoopback(string baseUrl, bool valid)
    {
        var result = new AiqClientOptionsValidator().Validate(Valid with { BaseUrl = baseUrl });
        Assert.That(result.IsValid, Is.EqualTo(valid), string.Join("; ", result.Errors));
    }

    [Test]
    public void MissingKeyAndUidAreReportedWithCodes()
    {
        var result = new AiqClientOptionsValidator().Validate(new AiqClientOptions());
        Assert.That(result.Errors.Select(e => e.ErrorCode), Is.SupersetOf(new[] { "Aiq.ApiKey.Required", "Aiq.Uid.Required" }));
    }

    [Test]
    public void TotalTimeoutShorterThanAttemptIsRefused()
    {
        var result = new AiqClientOptionsValidator().Validate(Valid with { AttemptTimeout = TimeSpan.FromSeconds(5), TotalTimeout = TimeSpan.FromSeconds(2) });
        Assert.That(result.Errors.Select(e => e.ErrorCode), Does.Contain("Aiq.Timeout.Total"));
    }

    [Test]
    public void ToStringNeverShowsTheKey()
    {
        var text = (Valid with { ApiKey = "super-secret-key" }).ToString();
        Assert.That(text, Does.Not.Contain("super-secret-key"));
        Assert.That(text, Does.Contain("(set)"));
    }
}
