using System.Net;
using AiqLoyalty.Core.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Client;

/// <summary>
/// The client against canned answers that the sandbox cannot produce (broken bodies, HTML error
/// pages, transport failures), and the retry rules per call.
/// </summary>
[TestFixture]
public class AiqClientStubTests
{
    private const string Key = "secret-key-123";
    private static readonly ContactIdentity Ann = ContactIdentity.Phone(TestPhones.Ann);
    private const string WalletJson = """{"success":true,"code":200,"data":{"contactID":"c_ann","loyaltyPoints":10,"discountTemplates":[]}}""";

    private StubHttpHandler _stub = null!;

    [SetUp]
    public void SetUp() => _stub = new StubHttpHandler();

    [TearDown]
    public void TearDown() => _stub.Dispose();

    private IAiqClient Client(AiqClientOptions? options = null) =>
        new AiqClientFactory(new SingleHandlerFactory(_stub), NullLogger<AiqClient>.Instance, TimeProvider.System)
            .Create(options ?? new AiqClientOptions
            {
                BaseUrl = "https://aiq.example.test",
                ApiKey = Key,
                Uid = "1546",
                RetryBaseDelay = TimeSpan.FromMilliseconds(5)
            });

    [Test]
    public async Task KeyTravelsOnlyInTheApiKeyHeader()
    {
        _stub.Answer(HttpStatusCode.OK, WalletJson);

        var result = await Client().GetWalletAsync(Ann);

        Assert.That(result.HasValue, Is.True);
        var (request, body) = _stub.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Headers.GetValues("X-APIKEY").Single(), Is.EqualTo(Key));
            Assert.That(request.Headers.Authorization, Is.Null);
            Assert.That(request.RequestUri!.AbsoluteUri, Does.Not.Contain(Key));
            Assert.That(request.RequestUri.AbsolutePath, Is.EqualTo("/api/v2/wallet"));
            Assert.That(body, Is.EqualTo("""{"phone":"3035550101"}"""));
        });
    }

    [TestCase("<html><body>Bad gateway</body></html>", "text/html")]
    [TestCase("{\"data\": {\"contactID\": ", "application/json")]
    [TestCase("[1,2,3]", "application/json")]
    [TestCase("{\"data\": null}", "application/json")]
    [TestCase("", "application/json")]
    public async Task UnreadableSuccessBodyIsAnInvalidResponse(string body, string mediaType)
    {
        _stub.Answer(HttpStatusCode.OK, body, mediaType);

        var result = await Client().GetWalletAsync(Ann);

        Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.InvalidResponse));
    }

    [Test]
    public async Task HtmlErrorPageIsUnavailableWithItsStatus()
    {
        _stub.Answer(HttpStatusCode.BadGateway, "<html>502</html>", "text/html");

        var result = await Client(new AiqClientOptions { BaseUrl = "https://aiq.example.test", ApiKey = Key, Uid = "1546", MaxRetries = 0 })
            .SendVerificationCodeAsync(Ann);

        Assert.That(result.Error!.Kind, Is.EqualTo(AiqErrorKind.Unavailable));
        Assert.That(result.Error.HttpStatus, Is.EqualTo(502));
        Assert.That(result.Error.Message, Does.Not.Contain(Key));
    }

    [Test]
    public async Task WalletReadIsRetriedAfterA503()
    {
        _stub.Answer(HttpStatusCode.ServiceUnavailable, "{}").Answer(HttpStatusCode.OK, WalletJson);

        var result = await Client().GetWalletAsync(Ann);

        Assert.That(result.HasValue, Is.True);
        Assert.That(_stub.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task SendingACodeIsNotRetriedBecauseEachCallTextsTheShopper()
    {
        _stub.Answer(HttpStatusCode.ServiceUnavailable, "{}").Answer(HttpStatusCode.OK, "{}");

        var result = await Client().SendVerificationCodeAsync(Ann);

        Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.Unavailable));
        Assert.That(_stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task RedemptionIsNeverRetriedAndADroppedAnswerIsOutcomeUnknown()
    {
        _stub.Fail(new HttpRequestException(HttpRequestError.ResponseEnded, "dropped")).Answer(HttpStatusCode.OK, "{}");

        var result = await Client().RedeemAsync("https://aiq.example.test/api/v1.1/discount/redeem/1546/1010/tok");

        Assert.That(result.Error!.Kind, Is.EqualTo(AiqErrorKind.Unavailable));
        Assert.That(result.Error.OutcomeUnknown, Is.True);
        Assert.That(_stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ARefusedConnectionIsKnownNotToHaveRedeemed()
    {
        _stub.Fail(new HttpRequestException(HttpRequestError.ConnectionError, "refused"));

        var result = await Client().RedeemAsync("https://aiq.example.test/api/v1.1/discount/redeem/1546/1010/tok");

        Assert.That(result.Error!.Kind, Is.EqualTo(AiqErrorKind.Unavailable));
        Assert.That(result.Error.OutcomeUnknown, Is.False);
    }

    [Test]
    public async Task RedemptionOnAnotherHostIsRefusedWithoutACall()
    {
        var result = await Client().RedeemAsync("https://evil.example.com/api/v1.1/discount/redeem/1546/1010/tok");

        Assert.That(result.Error!.Kind, Is.EqualTo(AiqErrorKind.RedemptionUrlRefused));
        Assert.That(_stub.Requests, Is.Empty);
    }

    [Test]
    public async Task SuccessfulRedemptionWithAnUnreadableBodyStillCountsAsRedeemed()
    {
        _stub.Answer(HttpStatusCode.OK, "OK", "text/plain");

        var result = await Client().RedeemAsync("https://aiq.example.test/api/v1.1/discount/redeem/1546/1010/tok");

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(_stub.Requests.Single().Request.Method, Is.EqualTo(HttpMethod.Put));
    }

    [Test]
    public async Task SlowAnswerBecomesATimeoutWithinTheTotalBudget()
    {
        _stub.AnswerAfter(TimeSpan.FromSeconds(10), HttpStatusCode.OK, WalletJson);
        var options = new AiqClientOptions
        {
            BaseUrl = "https://aiq.example.test", ApiKey = Key, Uid = "1546",
            AttemptTimeout = TimeSpan.FromMilliseconds(200), TotalTimeout = TimeSpan.FromMilliseconds(300), MaxRetries = 0
        };

        var started = DateTime.UtcNow;
        var result = await Client(options).GetWalletAsync(Ann);

        Assert.That(result.Error!.Kind, Is.EqualTo(AiqErrorKind.Timeout));
        Assert.That(result.Error.OutcomeUnknown, Is.True);
        Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public async Task InvalidSettingsFailEveryCallWithoutNetwork()
    {
        var client = Client(new AiqClientOptions { BaseUrl = "http://aiq.example.test", ApiKey = "", Uid = "1546" });

        var wallet = await client.GetWalletAsync(Ann);
        var check = await client.TestConnectionAsync();

        Assert.That(wallet.Error!.Kind, Is.EqualTo(AiqErrorKind.InvalidConfiguration));
        Assert.That(check.Outcome, Is.EqualTo(ConnectionCheckOutcome.InvalidSettings));
        Assert.That(_stub.Requests, Is.Empty);
    }

    [TestCase(HttpStatusCode.Forbidden, """{"success":false,"code":403,"errors":[{"message":"Please provide a valid API key"}]}""", ConnectionCheckOutcome.BadApiKey)]
    [TestCase(HttpStatusCode.NotFound, """{"success":false,"code":404,"errors":[{"message":"Unknown account"}]}""", ConnectionCheckOutcome.BadUid)]
    [TestCase(HttpStatusCode.TooManyRequests, "{}", ConnectionCheckOutcome.Unreachable)]
    [TestCase(HttpStatusCode.BadRequest, "{}", ConnectionCheckOutcome.UnexpectedAnswer)]
    public async Task ConnectionTestExplainsTheFailure(HttpStatusCode status, string body, ConnectionCheckOutcome expected)
    {
        for (var i = 0; i < 3; i++)
            _stub.Answer(status, body);

        var check = await Client().TestConnectionAsync();

        Assert.That(check.Outcome, Is.EqualTo(expected));
        Assert.That(check.Detail, Does.Not.Contain(Key));
    }
}
