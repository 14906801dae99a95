using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Consent;
using AiqLoyalty.Core.Verification;
using Microsoft.Extensions.Time.Testing;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Checkout;

/// <summary>
/// Issue 10's verification attacks against the core flow over real HTTP to the sandbox: each test
/// plays the attacker and asserts the attack is refused (and how many calls reached AIQ).
/// </summary>
[TestFixture]
[Category("Abuse")]
public class ShopperVerificationAbuseTests : SandboxClientFixture
{
    #region Fields

    private const int Store = 1;
    private const string WalletCall = "POST /api/v2/view/contact/wallet";

    private InMemoryVerificationStore _store = null!;
    private InMemoryRateCounter _counter = null!;
    private RecordingConsentLog _consents = null!;
    private FakeTimeProvider _clock = null!;

    #endregion

    #region Setup

    [SetUp]
    public void SetUp()
    {
        _store = new InMemoryVerificationStore();
        _counter = new InMemoryRateCounter();
        _consents = new RecordingConsentLog();
        _clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }

    #endregion

    #region Attack 1

    [Test]
    public async Task Attack01_VerificationCarriedToAnotherIdentity_ANotMemberAnswerDropsTheVerification()
    {
        var flow = Flow();
        await flow.SendCodeAsync(Client, Store, 10, DemoShoppers.AnnPhone);
        Assert.That((await flow.CheckCodeAsync(Client, Store, 10, await LatestCodeAsync(DemoShoppers.AnnPhone))).Kind, Is.EqualTo(VerificationOutcomeKind.Verified));

        // The attacker waits out the resend wait and types a number AIQ does not know: the identity becomes B…
        _clock.Advance(TimeSpan.FromSeconds(31));
        var probe = await flow.SendCodeAsync(Client, Store, 10, DemoShoppers.NonMemberPhone);

        Assert.Multiple(() =>
        {
            Assert.That(probe.Kind, Is.EqualTo(VerificationOutcomeKind.NotMember));
            Assert.That(probe.IdentityChanged, Is.True, "the adapter drops the cached wallet and applied rewards");
        });
        // …and nothing verified comes with it: no wallet for B (or A) without B's PIN.
        Assert.That(await flow.GetVerifiedAsync(Store, 10), Is.Null);
        Assert.That((await flow.RefreshWalletAsync(Client, Store, 10)).Kind, Is.EqualTo(VerificationOutcomeKind.NotVerified));
        var progress = await flow.GetProgressAsync(Store, 10);
        Assert.That(progress.Stage, Is.EqualTo(VerificationStage.Signup));
        Assert.That(progress.ContactId, Is.Null);
    }

    [Test]
    public async Task Attack01_ACodeSentToAnotherMemberAlsoDropsTheVerification()
    {
        var flow = Flow();
        await flow.SendCodeAsync(Client, Store, 10, DemoShoppers.AnnPhone);
        await flow.CheckCodeAsync(Client, Store, 10, await LatestCodeAsync(DemoShoppers.AnnPhone));
        _clock.Advance(TimeSpan.FromSeconds(31));

        var other = await flow.SendCodeAsync(Client, Store, 10, DemoShoppers.BenPhone);

        Assert.That(other.IdentityChanged, Is.True);
        Assert.That(await flow.GetVerifiedAsync(Store, 10), Is.Null);
        Assert.That((await flow.RefreshWalletAsync(Client, Store, 10)).Kind, Is.EqualTo(VerificationOutcomeKind.NotVerified));
    }

    #endregion

    #region Attack 2

    [Test]
    public async Task Attack02_UnlimitedUnverifiedSignups_ANewMemberSeesNoWalletBeforeTheCode()
    {
        var flow = Flow();
        var strangers = Enumerable.Range(1, 3).Select(Stranger).ToList();

        foreach (var stranger in strangers)
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            Assert.That((await flow.SendCodeAsync(Client, Store, 20, stranger, "203.0.113.7")).Kind, Is.EqualTo(VerificationOutcomeKind.NotMember));
            var joined = await flow.SignupAsync(Client, _consents, Store, 20, new SignupRequestInput(true, null, null, null), "Green Leaf", AiqCountry.UnitedStates, "203.0.113.7");

            Assert.That(joined.Kind, Is.EqualTo(VerificationOutcomeKind.JoinedCodeSent), stranger);
            Assert.That(joined.Wallet, Is.Null, "no welcome gift without the stranger's code");
            Assert.That(await flow.GetVerifiedAsync(Store, 20), Is.Null);
        }
    }

    [Test]
    public async Task Attack02_SkippingThePinForNewMembersIsOncePerCustomerAndPerAddressADay()
    {
        var flow = Flow(new ShopperVerificationLimits { SkipPinForNewMembers = true });

        var first = await JoinAsync(flow, 30, Stranger(11), "203.0.113.8");
        _clock.Advance(TimeSpan.FromSeconds(31));
        var sameCustomer = await JoinAsync(flow, 30, Stranger(12), "198.51.100.9");
        var sameAddress = await JoinAsync(flow, 31, Stranger(13), "203.0.113.8");
        var elsewhere = await JoinAsync(flow, 32, Stranger(14), "198.51.100.10");

        Assert.Multiple(() =>
        {
            Assert.That(first.Kind, Is.EqualTo(VerificationOutcomeKind.Verified), "the setting's one signup without a code");
            Assert.That(sameCustomer.Kind, Is.EqualTo(VerificationOutcomeKind.JoinedCodeSent), "a second one from the same customer needs the code");
            Assert.That(sameAddress.Kind, Is.EqualTo(VerificationOutcomeKind.JoinedCodeSent), "a new session from the same address too");
            Assert.That(elsewhere.Kind, Is.EqualTo(VerificationOutcomeKind.Verified));
        });

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.That((await JoinAsync(flow, 30, Stranger(15), "203.0.113.8")).Kind, Is.EqualTo(VerificationOutcomeKind.Verified), "a day later");
    }

    [Test]
    public async Task Attack02_NotAMemberProbesCountAgainstTheSendLimits()
    {
        var flow = Flow(new ShopperVerificationLimits { CodesPerClientPerHour = 3 });

        var outcomes = new List<VerificationOutcomeKind>();
        for (var i = 1; i <= 4; i++)
            outcomes.Add((await flow.SendCodeAsync(Client, Store, 40 + i, Stranger(20 + i), "203.0.113.9")).Kind);

        Assert.That(outcomes, Is.EqualTo(new[]
        {
            VerificationOutcomeKind.NotMember, VerificationOutcomeKind.NotMember, VerificationOutcomeKind.NotMember, VerificationOutcomeKind.TooManyCodes
        }), "three probes from one address, then refused without asking AIQ");
    }

    #endregion

    #region Attack 3

    [Test]
    public async Task Attack03_PinGuessing_WrongCodesFromFiveFreshSessionsLockTheIdentity()
    {
        var flow = Flow();
        for (var session = 0; session < 5; session++)
        {
            var sent = await flow.SendCodeAsync(Client, Store, 100 + session, DemoShoppers.AnnPhone, $"198.51.100.{session + 1}");
            Assert.That(sent.Kind, Is.EqualTo(VerificationOutcomeKind.CodeSent), $"session {session}");
            var code = await LatestCodeAsync(DemoShoppers.AnnPhone);
            await flow.CheckCodeAsync(Client, Store, 100 + session, Wrong(code), $"198.51.100.{session + 1}");
            _clock.Advance(TimeSpan.FromSeconds(31));
        }

        var sixth = await flow.SendCodeAsync(Client, Store, 200, DemoShoppers.AnnPhone, "198.51.100.99");
        Assert.That(sixth.Kind, Is.EqualTo(VerificationOutcomeKind.LockedOut), "a new cookie is a new customer, but the phone is locked");
    }

    [Test]
    public async Task Attack03_PinGuessing_TwentyParallelWrongCodesLetAtMostTheLimitReachAiq()
    {
        // The shared lock is assumed to race (as nopCommerce's cache lockers can): only the budget stops them.
        var flow = Flow(exclusiveLock: new RacingExclusiveLock());
        await flow.SendCodeAsync(Client, Store, 10, DemoShoppers.AnnPhone);
        var code = await LatestCodeAsync(DemoShoppers.AnnPhone);
        var before = await CallsAsync(WalletCall);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => flow.CheckCodeAsync(Client, Store, 10, Wrong(code), $"192.0.2.{i + 1}")));

        var reached = await CallsAsync(WalletCall) - before;
        TestContext.Out.WriteLine($"20 parallel wrong codes: {reached} reached AIQ; outcomes {string.Join(", ", outcomes.GroupBy(o => o.Kind).Select(g => $"{g.Key} x{g.Count()}"))}");
        Assert.That(reached, Is.LessThanOrEqualTo(5), "at most MaxFailedAttempts reach AIQ");
        Assert.That(outcomes.Count(o => o.Kind == VerificationOutcomeKind.LockedOut), Is.GreaterThanOrEqualTo(15));
        Assert.That((await flow.CheckCodeAsync(Client, Store, 10, code)).Kind, Is.EqualTo(VerificationOutcomeKind.LockedOut), "even the right code now");
    }

    [Test]
    public async Task Attack03_PinGuessing_OneAddressGuessingAcrossMembersAndSessionsIsStopped()
    {
        var flow = Flow(new ShopperVerificationLimits { FailuresPerClientPerHour = 3 });
        var members = new[] { DemoShoppers.AnnPhone, DemoShoppers.BenPhone, DemoShoppers.CaraPhone, DemoShoppers.DanPhone };
        var results = new List<VerificationOutcomeKind>();
        var before = await CallsAsync(WalletCall);

        for (var i = 0; i < members.Length; i++)
        {
            // Each member from a fresh guest session, all from one address.
            await flow.SendCodeAsync(Client, Store, 300 + i, members[i], "203.0.113.50");
            results.Add((await flow.CheckCodeAsync(Client, Store, 300 + i, Wrong(await LatestCodeAsync(members[i])), "203.0.113.50")).Kind);
        }

        Assert.That(results, Is.EqualTo(new[]
        {
            VerificationOutcomeKind.WrongCode, VerificationOutcomeKind.WrongCode, VerificationOutcomeKind.WrongCode, VerificationOutcomeKind.LockedOut
        }));
        Assert.That(await CallsAsync(WalletCall) - before, Is.EqualTo(3), "the fourth guess never reached AIQ");
    }

    [Test]
    public async Task Attack03_PinGuessing_TheStoreWideBudgetStopsACampaignFromManyAddresses()
    {
        var flow = Flow(new ShopperVerificationLimits { StoreFailuresPerHour = 3 });
        var members = new[] { DemoShoppers.AnnPhone, DemoShoppers.BenPhone, DemoShoppers.CaraPhone, DemoShoppers.DanPhone };
        var results = new List<VerificationOutcomeKind>();
        for (var i = 0; i < members.Length; i++)
        {
            await flow.SendCodeAsync(Client, Store, 400 + i, members[i], $"198.51.100.{40 + i}");
            results.Add((await flow.CheckCodeAsync(Client, Store, 400 + i, Wrong(await LatestCodeAsync(members[i])), $"198.51.100.{40 + i}")).Kind);
        }

        Assert.That(results.Last(), Is.EqualTo(VerificationOutcomeKind.LockedOut));
        _clock.Advance(TimeSpan.FromHours(1));
        await flow.SendCodeAsync(Client, Store, 500, DemoShoppers.DanPhone, "198.51.100.60");
        Assert.That((await flow.CheckCodeAsync(Client, Store, 500, await LatestCodeAsync(DemoShoppers.DanPhone), "198.51.100.60")).Kind,
            Is.EqualTo(VerificationOutcomeKind.Verified), "the budget refills after its hour");
    }

    [Test]
    public async Task ARightCodeForgivesTheIdentitysEarlierWrongCodes()
    {
        var flow = Flow();
        await flow.SendCodeAsync(Client, Store, 10, DemoShoppers.AnnPhone, "203.0.113.80");
        var code = await LatestCodeAsync(DemoShoppers.AnnPhone);
        for (var i = 0; i < 4; i++)
            await flow.CheckCodeAsync(Client, Store, 10, Wrong(code), "203.0.113.80");
        Assert.That(_counter.Taken(ShopperVerification.IdentityCounterKey("fail", VerificationScope.ForIdentity(1, ContactIdentity.Phone(DemoShoppers.AnnPhone)))), Is.EqualTo(4));

        Assert.That((await flow.CheckCodeAsync(Client, Store, 10, code, "203.0.113.80")).Kind, Is.EqualTo(VerificationOutcomeKind.Verified));

        Assert.That(_counter.Taken(ShopperVerification.IdentityCounterKey("fail", VerificationScope.ForIdentity(1, ContactIdentity.Phone(DemoShoppers.AnnPhone)))), Is.Zero, "the owner proved the phone");
        Assert.That(_counter.Taken("fail:ip:" + ShopperVerification.ClientKey("203.0.113.80")), Is.EqualTo(4), "the address keeps its wrong codes");
    }

    [Test]
    public async Task RightCodesGiveTheirUnitsBack()
    {
        var flow = Flow(new ShopperVerificationLimits { FailuresPerClientPerHour = 1 });
        for (var customer = 600; customer < 603; customer++)
        {
            await flow.SendCodeAsync(Client, Store, customer, DemoShoppers.AnnPhone, "203.0.113.70");
            Assert.That((await flow.CheckCodeAsync(Client, Store, customer, await LatestCodeAsync(DemoShoppers.AnnPhone), "203.0.113.70")).Kind,
                Is.EqualTo(VerificationOutcomeKind.Verified));
            _clock.Advance(TimeSpan.FromSeconds(31));
        }

        Assert.That(_counter.Keys.Where(k => k.StartsWith("fail:", StringComparison.Ordinal)), Is.Empty, "only wrong codes use up a failure budget");
    }

    #endregion

    #region Utilities

    private ShopperVerification Flow(ShopperVerificationLimits? limits = null, IExclusiveLock? exclusiveLock = null) =>
        new(_store, exclusiveLock ?? new InMemoryExclusiveLock(), new VerificationPolicy(new VerificationPolicyOptions()), _counter,
            limits ?? new ShopperVerificationLimits(), _clock);

    private async Task<VerificationOutcome> JoinAsync(ShopperVerification flow, int customerId, string phone, string address)
    {
        var probe = await flow.SendCodeAsync(Client, Store, customerId, phone, address);
        Assert.That(probe.Kind, Is.EqualTo(VerificationOutcomeKind.NotMember), phone);
        return await flow.SignupAsync(Client, _consents, Store, customerId, new SignupRequestInput(true, null, null, null), "Green Leaf", AiqCountry.UnitedStates, address);
    }

    /// <summary>A number nobody in the sandbox's seed owns (the demo non-member's exchange, another line).</summary>
    private static string Stranger(int n) => DemoShoppers.NonMemberPhone[..6] + (1000 + n).ToString("0000");

    private static string Wrong(string code) => code == "0000" ? "0001" : "0000";

    private async Task<string> LatestCodeAsync(string phone)
    {
        var body = await Control.GetFromJsonAsync<JsonObject>($"_sandbox/codes/latest?phone={phone}");
        return body!["code"]!.GetValue<string>();
    }

    private async Task<int> CallsAsync(string call)
    {
        var calls = await Control.GetFromJsonAsync<JsonObject>("_sandbox/calls");
        return calls!.TryGetPropertyValue(call, out var count) && count is not null ? count.GetValue<int>() : 0;
    }

    #endregion
}
