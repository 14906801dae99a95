using AiqLoyalty.Demo.Cli;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Demo;

/// <summary>The demo helper's command line.</summary>
[TestFixture]
public class CommandLineTests
{
    [Test]
    public void ReadsTheCommandAndItsOptions()
    {
        var line = CommandLine.Parse(["configure", "--url", "http://127.0.0.1:5090/", "--brand", "Green Leaf", "--timeout", "30"]);

        Assert.Multiple(() =>
        {
            Assert.That(line.Command, Is.EqualTo("configure"));
            Assert.That(line.RequiredUrl("url"), Is.EqualTo(new Uri("http://127.0.0.1:5090/")));
            Assert.That(line.Optional("brand", "x"), Is.EqualTo("Green Leaf"));
            Assert.That(line.Optional("missing", "fallback"), Is.EqualTo("fallback"));
            Assert.That(line.OptionalNumber("timeout", 300), Is.EqualTo(30));
            Assert.That(line.OptionalNumber("pid", 7), Is.EqualTo(7));
        });
    }

    [TestCase(new string[0], "a command is required")]
    [TestCase(new[] { "--url", "x" }, "a command is required")]
    [TestCase(new[] { "wait", "url" }, "unexpected argument 'url'")]
    [TestCase(new[] { "wait", "--url" }, "--url needs a value")]
    [TestCase(new[] { "wait", "--url", "a", "--url", "b" }, "--url given twice")]
    public void WrongCommandLinesSayWhatIsWrong(string[] args, string message) =>
        Assert.That(() => CommandLine.Parse(args), Throws.TypeOf<UsageException>().With.Message.EqualTo(message));

    [TestCase("ftp://host/")]
    [TestCase("127.0.0.1:5090")]
    public void AUrlMustBeHttp(string url) =>
        Assert.That(() => CommandLine.Parse(["wait", "--url", url]).RequiredUrl("url"), Throws.TypeOf<UsageException>());

    [TestCase("0")]
    [TestCase("-3")]
    [TestCase("ten")]
    public void ANumberMustBePositive(string value) =>
        Assert.That(() => CommandLine.Parse(["wait", "--pid", value]).OptionalNumber("pid", 1), Throws.TypeOf<UsageException>());

    [Test]
    public void ARequiredOptionThatIsMissingNamesTheCommand() =>
        Assert.That(() => CommandLine.Parse(["check-store"]).Required("dir"),
            Throws.TypeOf<UsageException>().With.Message.EqualTo("--dir is required for check-store"));
}
