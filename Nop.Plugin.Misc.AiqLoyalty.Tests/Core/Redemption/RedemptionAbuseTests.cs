using System.Net;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Redemption;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Support;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Redemption;

/// <summary>
/// Attack 10: a redemption refusal whose words merely contain "already" must not count as redeemed.
/// AIQ's answers are canned here (the sandbox only ever answers a second PUT with 409).
/// </summary>
[TestFixture]
[Category("Abuse")]
public class RedemptionAbuseTests
{
    private const string Url = "https://aiq.example.test/api/v1.1/discount/redeem/1546/1010/tok";

    private StubHttpHandler _stub = null!;
    private RecordingLedger _ledger = null!;
    private RedemptionProcessor _processor = null!;

    [SetUp]
    public void SetUp()
    {
        _stub = new StubHttpHandler();
        _ledger = new RecordingLedger();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _processor = new RedemptionProcessor(_ledger, new RetrySchedule(new RetryScheduleOptions { MaxAttempts = 3 }, new Random(3)), clock);
    }

    [TearDown]
    public void TearDown() => _stub.Dispose();

    [TestCase(HttpStatusCode.BadRequest, "Reward already expired")]
    [TestCase(HttpStatusCode.BadRequest, "Discount already used by another contact")]
    [TestCase(HttpStatusCode.NotFound, "Reward already removed")]
    [TestCase(HttpStatusCode.UnprocessableEntity, "already")]
    public async Task Attack10_AlreadyRedeemedTakenAsSuccess_OtherRefusalsMentioningAlreadyAreFailuresForStaff(HttpStatusCode status, string message)
    {
        _stub.Answer(status, $$"""{"success":false,"errors":[{"message":"{{message}}"}]}""");

        var done = await _processor.ProcessAsync(Client(), Placed());

        Assert.Multiple(() =>
        {
            Assert.That(done.State, Is.EqualTo(ClaimState.FailedFinal), "never Redeemed on words alone");
            Assert.That(done.RedeemedAt, Is.Null);
            Assert.That(done.LastError, Does.Contain(message), "staff see AIQ's reason");
        });
    }

    [Test]
    public async Task Attack10_OnlyAiqs409ConflictMeansTheRewardWasAlreadyRedeemed()
    {
        _stub.Answer(HttpStatusCode.Conflict, """{"success":false,"errors":[{"message":"Discount already redeemed"}]}""");

        var done = await _processor.ProcessAsync(Client(), Placed());

        Assert.That(done.State, Is.EqualTo(ClaimState.Redeemed));
        Assert.That(AiqErrorClassifier.Classify(AiqCall.Redeem, HttpStatusCode.BadRequest, "Discount already redeemed"), Is.EqualTo(AiqErrorKind.Rejected),
            "the same words with another status are not enough");
    }

    /// <summary>A placed claim due now, without an identity: the stub answers every request alike, so no wallet is read before the PUT.</summary>
    private static RedemptionClaim Placed() => new()
    {
        Id = 1, State = ClaimState.Placed, ContactId = "c_ann", Identity = null,
        TemplateId = "1010", RedemptionUrl = Url, PointsDeduction = 300, IdempotencyKey = "key-1010", NextAttemptAt = DateTimeOffset.UtcNow.AddMinutes(-1)
    };

    private IAiqClient Client() =>
        new AiqClientFactory(new SingleHandlerFactory(_stub), NullLogger<AiqClient>.Instance, TimeProvider.System)
            .Create(new AiqClientOptions { BaseUrl = "https://aiq.example.test", ApiKey = "k", Uid = "1546", RetryBaseDelay = TimeSpan.FromMilliseconds(5) });
}
