using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Wire;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Client;

/// <summary>
/// What the client reports to its call observer, over real HTTP against the sandbox: one record per
/// call (retries counted, not recorded apart), the last status, the outcome, the masked contact and
/// the ambient scope; never the key or a full contact.
/// </summary>
[TestFixture]
public class AiqClientObserverTests : AiqClientSandboxTestBase
{
    private RecordingCallObserver _observer = null!;

    [SetUp]
    public void CreateObserver() => _observer = new RecordingCallObserver();

    private IAiqClient Observed(Func<AiqClientOptions, AiqClientOptions>? configure = null) => Factory.Create(Options(configure), _observer);

    [Test]
    public async Task ASuccessfulWalletReadIsOneRecordWithTheMaskedPhone()
    {
        var result = await Observed().GetWalletAsync(Ann);

        Assert.That(result.HasValue, Is.True, () => $"{result.Error}");
        var record = _observer.Records.Single();
        Assert.Multiple(() =>
        {
            Assert.That(record.Call, Is.EqualTo(AiqCall.Wallet));
            Assert.That(record.Outcome, Is.EqualTo(AiqCallOutcome.Succeeded));
            Assert.That(record.ErrorKind, Is.Null);
            Assert.That(record.HttpStatus, Is.EqualTo(200));
            Assert.That(record.Attempts, Is.EqualTo(1));
            Assert.That(record.ContactMasked, Is.EqualTo("******" + AnnPhone[^4..]));
            Assert.That(record.Duration, Is.GreaterThan(TimeSpan.Zero));
            Assert.That(record.StartedOnUtc.Kind, Is.EqualTo(DateTimeKind.Utc));
        });
    }

    [Test]
    public async Task RetriesAreCountedInOneRecordWithTheLastStatus()
    {
        await AddFaultAsync("/api/v2/wallet", status: 503, times: 2);

        var result = await Observed(o => o with { MaxRetries = 2 }).GetWalletAsync(Ann);

        Assert.That(result.IsSuccess, Is.True, () => $"{result.Error}");
        var record = _observer.Records.Single();
        Assert.Multiple(() =>
        {
            Assert.That(record.Attempts, Is.EqualTo(3));
            Assert.That(record.HttpStatus, Is.EqualTo(200));
            Assert.That(record.Outcome, Is.EqualTo(AiqCallOutcome.Succeeded));
        });
    }

    [Test]
    public async Task AWrongCodeIsDeclinedAndA503IsAnError()
    {
        var client = Observed(o => o with { MaxRetries = 0 });
        Assert.That((await client.SendVerificationCodeAsync(Ann)).IsSuccess, Is.True);
        var code = await LatestCodeAsync(AnnPhone);
        await client.ViewWalletWithCodeAsync(Ann, code == "0000" ? "1111" : "0000");
        await AddFaultAsync("/api/v2/verify/contact/wallet", status: 503);
        await client.SendVerificationCodeAsync(Ann);

        var records = _observer.Records;
        Assert.That(records.Select(r => r.Call), Is.EqualTo(new[] { AiqCall.SendCode, AiqCall.ViewWalletWithCode, AiqCall.SendCode }));
        Assert.Multiple(() =>
        {
            Assert.That(records[0].Outcome, Is.EqualTo(AiqCallOutcome.Succeeded));
            Assert.That(records[1].Outcome, Is.EqualTo(AiqCallOutcome.Declined));
            Assert.That(records[1].ErrorKind, Is.EqualTo(AiqErrorKind.InvalidCode));
            Assert.That(records[2].Outcome, Is.EqualTo(AiqCallOutcome.Error));
            Assert.That(records[2].ErrorKind, Is.EqualTo(AiqErrorKind.Unavailable));
            Assert.That(records[2].HttpStatus, Is.EqualTo(503));
        });
    }

    [Test]
    public async Task ARedemptionCarriesTheScopeAndNeverItsUrl()
    {
        var client = Observed();
        var url = await RedemptionUrlAsync(client, AnnPhone, Template1010);

        using (AiqCallScope.Begin(customerId: 7, orderId: 41, claimId: 9, contactMasked: "******0101"))
            Assert.That((await client.RedeemAsync(url)).IsSuccess, Is.True);

        var record = _observer.Records.Last();
        Assert.Multiple(() =>
        {
            Assert.That(record.Call, Is.EqualTo(AiqCall.Redeem));
            Assert.That(record.Scope?.OrderId, Is.EqualTo(41));
            Assert.That(record.Scope?.ClaimId, Is.EqualTo(9));
            Assert.That(record.Scope?.CustomerId, Is.EqualTo(7));
            Assert.That(record.ContactMasked, Is.EqualTo("******0101"));
            Assert.That(record.ToString(), Does.Not.Contain(url).And.Not.Contain(SandboxHostKey));
        });
        Assert.That(AiqCallScope.Current, Is.Null, "the scope ended with its block");
        Assert.That(_observer.Records.First().Scope, Is.Null, "the wallet read before the block had no scope");
    }

    [Test]
    public async Task UnusableSettingsAreRecordedWithNoAttempt()
    {
        var result = await Observed(o => o with { ApiKey = string.Empty }).GetStoresAsync();

        Assert.That(result.Error?.Kind, Is.EqualTo(AiqErrorKind.InvalidConfiguration));
        var record = _observer.Records.Single();
        Assert.Multiple(() =>
        {
            Assert.That(record.Outcome, Is.EqualTo(AiqCallOutcome.Error));
            Assert.That(record.Attempts, Is.Zero);
            Assert.That(record.HttpStatus, Is.Null);
        });
    }

    [Test]
    public async Task ACallTheCallerCancelsIsRecordedAsCancelled()
    {
        await AddFaultAsync("/api/v2/wallet", delayMs: 2000);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.That(async () => await Observed().GetWalletAsync(Ann, cancellationToken: cancel.Token), Throws.InstanceOf<OperationCanceledException>());

        Assert.That(_observer.Records.Single().Outcome, Is.EqualTo(AiqCallOutcome.Cancelled));
    }

    [Test]
    public async Task AnObserverThatThrowsNeverFailsTheCall()
    {
        _observer.Throw = new InvalidOperationException("database down");

        var result = await Observed().GetWalletAsync(Ann);

        Assert.That(result.HasValue, Is.True, () => $"{result.Error}");
        Assert.That(_observer.Records, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ASignupIsRecordedWithTheEmailMasked()
    {
        await Observed().SignupAsync(new SignupRequest { Email = "New.Member@Example.com", Loyalty = true });

        Assert.That(_observer.Records.Single().ContactMasked, Is.EqualTo("N***@Example.com"));
    }

    [Test]
    public void TheMaskKeepsTheLastFourDigitsAndTheEmailDomainOnly()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ContactMasker.Mask(ContactKind.Phone, "3035550101"), Is.EqualTo("******0101"));
            Assert.That(ContactMasker.Mask(ContactKind.Email, "ann@example.com"), Is.EqualTo("a***@example.com"));
            Assert.That(ContactMasker.Mask("3035550101", "ann@example.com"), Is.EqualTo("a***@example.com"), "the email wins");
            Assert.That(ContactMasker.Mask("3035550101", null), Is.EqualTo("******0101"));
            Assert.That(ContactMasker.Mask(null, null), Is.Null);
            Assert.That(ContactMasker.Mask(ContactKind.Phone, "123"), Is.EqualTo("****"));
            Assert.That(ContactMasker.Mask(ContactKind.Email, "@nolocal"), Is.EqualTo("***"));
        });
    }

    private static string SandboxHostKey => global::AiqLoyalty.Sandbox.SandboxHost.DemoApiKey;
}
