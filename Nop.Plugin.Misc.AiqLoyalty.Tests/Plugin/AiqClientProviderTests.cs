using AiqLoyalty.Core.Client;
using Moq;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Services.Configuration;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin;

[TestFixture]
public class AiqClientProviderTests
{
    private Mock<IEncryptionService> _encryption = null!;
    private AiqClientProvider _provider = null!;

    [SetUp]
    public void SetUp()
    {
        _encryption = new Mock<IEncryptionService>();
        _encryption.Setup(e => e.EncryptText(It.IsAny<string>(), It.IsAny<string>())).Returns((string text, string _) => "enc:" + text);
        _encryption.Setup(e => e.DecryptText(It.IsAny<string>(), It.IsAny<string>())).Returns((string text, string _) => text.StartsWith("enc:") ? text[4..] : throw new FormatException());
        _provider = new AiqClientProvider(Mock.Of<IAiqClientFactory>(), _encryption.Object, Mock.Of<ISettingService>());
    }

    [Test]
    public void TheKeyIsStoredEncryptedAndDecryptedIntoTheOptions()
    {
        var stored = _provider.ProtectApiKey("  secret-key ");
        var options = _provider.BuildOptions(new AiqLoyaltySettings { ApiKeyEncrypted = stored, Uid = " 1546 ", BaseUrl = "http://127.0.0.1:5099", RequestTimeoutSeconds = 6 });

        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.EqualTo("enc:secret-key"));
            Assert.That(options.ApiKey, Is.EqualTo("secret-key"));
            Assert.That(options.Uid, Is.EqualTo("1546"));
            Assert.That(options.TotalTimeout, Is.EqualTo(TimeSpan.FromSeconds(6)));
            Assert.That(options.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(3)));
        });
    }

    [Test]
    public void ATypedKeyWinsOverTheSavedOne() =>
        Assert.That(_provider.BuildOptions(new AiqLoyaltySettings { ApiKeyEncrypted = "enc:saved" }, "typed").ApiKey, Is.EqualTo("typed"));

    [Test]
    public void AnUnreadableSavedKeyReadsAsNotSetInsteadOfFailing()
    {
        var options = _provider.BuildOptions(new AiqLoyaltySettings { ApiKeyEncrypted = "garbage", Uid = "1546" });
        Assert.That(options.ApiKey, Is.Empty);
        Assert.That(new AiqClientOptionsValidator().Validate(options).IsValid, Is.False);
    }

    [Test]
    public void MissingBaseUrlFallsBackToAiqsHost() =>
        Assert.That(_provider.BuildOptions(new AiqLoyaltySettings()).BaseUrl, Is.EqualTo(AiqClientOptions.DefaultBaseUrl));
}
