using AiqLoyalty.Core.Client;
using Moq;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;
using Nop.Services.Configuration;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin;

[TestFixture]
public class AiqClientProviderTests
{
    private Mock<IEncryptionService> _encryption = null!;
    private Mock<IAiqClientFactory> _factory = null!;
    private Mock<IAiqCallLog> _callLog = null!;
    private AiqClientProvider _provider = null!;

    [SetUp]
    public void SetUp()
    {
        _encryption = new Mock<IEncryptionService>();
        _encryption.Setup(e => e.EncryptText(It.IsAny<string>(), It.IsAny<string>())).Returns((string text, string _) => "enc:" + text);
        _encryption.Setup(e => e.DecryptText(It.IsAny<string>(), It.IsAny<string>())).Returns((string text, string _) => text.StartsWith("enc:") ? text[4..] : throw new FormatException());
        _factory = new Mock<IAiqClientFactory>();
        _callLog = new Mock<IAiqCallLog>();
        _provider = new AiqClientProvider(_callLog.Object, _factory.Object, _encryption.Object, Mock.Of<ISettingService>());
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

    [Test]
    public void WithTheCallLogOnTheClientReportsToTheStoresLog()
    {
        var observer = Mock.Of<IAiqCallObserver>();
        _callLog.Setup(l => l.ObserverFor(3)).Returns(observer);

        _provider.GetClient(new AiqLoyaltySettings { CallLogEnabled = true, Uid = "1546" }, 3);

        _factory.Verify(f => f.Create(It.Is<AiqClientOptions>(o => o.Uid == "1546"), observer), Times.Once);
    }

    [Test]
    public void WithTheCallLogOffTheClientReportsNowhere()
    {
        _provider.GetClient(new AiqLoyaltySettings { CallLogEnabled = false }, 3, "typed");

        _factory.Verify(f => f.Create(It.Is<AiqClientOptions>(o => o.ApiKey == "typed"), null), Times.Once);
        _callLog.Verify(l => l.ObserverFor(It.IsAny<int>()), Times.Never);
    }
}
