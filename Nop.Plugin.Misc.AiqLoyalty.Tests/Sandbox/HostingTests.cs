using AiqLoyalty.Sandbox;
using AiqLoyalty.Sandbox.Hosting;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

[TestFixture]
public sealed class HostingTests
{
    [TestCase("http://127.0.0.1:5099", true)]
    [TestCase("http://127.0.0.2:5099", true)]
    [TestCase("http://localhost:5099", true)]
    [TestCase("http://[::1]:5099", true)]
    [TestCase("https://127.0.0.1:5443", true)]
    [TestCase("http://0.0.0.0:5099", false)]
    [TestCase("http://*:5099", false)]
    [TestCase("http://+:5099", false)]
    [TestCase("http://[::]:5099", false)]
    [TestCase("http://192.168.1.10:5099", false)]
    [TestCase("http://example.com:5099", false)]
    [TestCase("ftp://127.0.0.1", false)]
    [TestCase("127.0.0.1:5099", false)]
    public void LoopbackGuard_AllowsOnlyLoopback(string url, bool allowed)
    {
        Assert.That(LoopbackGuard.IsLoopback(url), Is.EqualTo(allowed));
    }

    [Test]
    public void LoopbackGuard_FindsTheFirstOffender()
    {
        Assert.That(LoopbackGuard.FirstNonLoopback(["http://127.0.0.1:1", "http://0.0.0.0:2"]), Is.EqualTo("http://0.0.0.0:2"));
    }

    [Test]
    public void CommandLine_DefaultsToTheDemoSetOnTheDefaultUrl()
    {
        var (parsed, error) = CommandLine.Parse([]);

        Assert.That(error, Is.Null);
        Assert.That(parsed!.Urls, Is.EqualTo(new[] { SandboxDefaults.DefaultUrl }));
        Assert.That(parsed.SeedPath, Is.Null);
    }

    [Test]
    public void CommandLine_ReadsUrlsAndSeedInBothForms()
    {
        var (spaced, _) = CommandLine.Parse(["--urls", "http://127.0.0.1:1;http://[::1]:2", "--seed", "a.json"]);
        var (equals, _) = CommandLine.Parse(["--urls=http://localhost:3", "--seed=b.json"]);

        Assert.That(spaced!.Urls, Is.EqualTo(new[] { "http://127.0.0.1:1", "http://[::1]:2" }));
        Assert.That(spaced.SeedPath, Is.EqualTo("a.json"));
        Assert.That(equals!.Urls, Is.EqualTo(new[] { "http://localhost:3" }));
        Assert.That(equals.SeedPath, Is.EqualTo("b.json"));
    }

    [TestCase("--port", "5099")]
    [TestCase("--seed")]
    public void CommandLine_RejectsUnknownOrIncompleteArguments(params string[] args)
    {
        var (parsed, error) = CommandLine.Parse(args);

        Assert.That(parsed, Is.Null);
        Assert.That(error, Is.Not.Null);
    }

    [Test]
    public async Task Host_BindsALoopbackPort_AndReleasesItOnDispose()
    {
        var host = await SandboxHost.StartAsync();
        var address = host.BaseAddress;
        using var client = new HttpClient { BaseAddress = address };
        using var response = await client.PostAsync("_sandbox/reset", null);

        await host.DisposeAsync();

        Assert.That(address.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(address.Port, Is.GreaterThan(0));
        Assert.That(response.IsSuccessStatusCode, Is.True);
        Assert.CatchAsync<HttpRequestException>(() => client.PostAsync("_sandbox/reset", null));
    }
}
