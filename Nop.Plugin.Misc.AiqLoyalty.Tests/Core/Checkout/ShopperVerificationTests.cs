using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Consent;
using AiqLoyalty.Core.Verification;
using AiqLoyalty.Sandbox;
using Microsoft.Extensions.Time.Testing;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Checkout;

/// <summary>
/// The shopper's verification path against the sandbox over real HTTP, with a fake clock for the
/// plugin's policy (the sandbox's own code expiry is real time and far longer than these tests).
/// </summary>
[TestFixture]
public class ShopperVerificationTests : SandboxClientFixture
{
    private const int Store = 1;
    private const string Ann = TestPhones.Ann;
    private InMemoryVerificationStore _store = null!;
    private RecordingConsentLog _consents = null!;
    private FakeTimeProvider _clock = null!;
    private ShopperVerification _flow = null!;

    [SetUp]
    public void SetUp()
    {
        _store = new InMemoryVerificationStore();
        _consents = new RecordingConsentLog();
        _clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _flow = new ShopperVerification(_store, new InMemoryExclusiveLock(), new VerificationPolicy(new VerificationPolicyOptions()), _clock);
    }

    private async Task<string> LatestCodeAsync(string phone)
    {
        var body = await Control.GetFromJsonAsync<JsonObject>($"_sandbox/codes/latest?phone={phone}");
        return body!["code"]!.GetValue<string>();
    }

    private static string Wrong(string code) => code == "0000" ? "0001" : "0000";

    [Test]
    public async Task RightCodeOpensTheWalletAndRemembersTheContact()
    {
        var sent = await _flow.SendCodeAsync(Client, Store, 10, TestPhones.Typed(Ann, "+1 (###) ###-####"));
        var verified = await _flow.CheckCodeAsync(Client, Store, 10, await LatestCodeAsync(Ann));

        Assert.That(sent.Kind, Is.EqualTo(VerificationOutcomeKind.CodeSent));
        Assert.That(verified.Kind, Is.EqualTo(VerificationOutcomeKind.Verified));
        Assert.That(verified.Wallet!.Points, Is.EqualTo(1233));
        Assert.That(verified.Wallet.Offers.Select(o => o.TemplateId), Does.Contain("1010").And.Not.Contain("1050"), "in-store-only is not offered");
        var shopper = await _flow.GetVerifiedAsync(Store, 10);
        Assert.That(shopper!.ContactId, Is.EqualTo("c_ann"));
        Assert.That(shopper.Identity, Is.EqualTo(ContactIdentity.Phone(Ann)));
    }

    [Test]
    public async Task FiveWrongCodesLockTheIdentityForEveryCustomerAndTheCustomerForEveryIdentity()
    {
        await _flow.SendCodeAsync(Client, Store, 10, Ann);
        var code = await LatestCodeAsync(Ann);

        VerificationOutcome last = null!;
        for (var i = 0; i < 5; i++)
            last = await _flow.CheckCodeAsync(Client, Store, 10, Wrong(code));

        Assert.That(last.Kind, Is.EqualTo(VerificationOutcomeKind.LockedOut));
        Assert.That(last.RetryAt, Is.EqualTo(_clock.GetUtcNow() + TimeSpan.FromMinutes(15)));
        Assert.That((await _flow.CheckCodeAsync(Client, Store, 10, code)).Kind, Is.EqualTo(VerificationOutcomeKind.LockedOut), "even the right code");
        Assert.That((await _flow.SendCodeAsync(Client, Store, 11, Ann)).Kind, Is.EqualTo(VerificationOutcomeKind.LockedOut), "a new cart does not reset it");
        Assert.That((await _flow.SendCodeAsync(Client, Store, 10, TestPhones.Dan)).Kind, Is.EqualTo(VerificationOutcomeKind.LockedOut), "a new phone does not reset it");

        _clock.Advance(TimeSpan.FromMinutes(15));
        Assert.That((await _flow.SendCodeAsync(Client, Store, 10, Ann)).Kind, Is.EqualTo(VerificationOutcomeKind.CodeSent));
    }

    [Test]
    public async Task WrongCodeSaysHowManyTriesAreLeft()
    {
        await _flow.SendCodeAsync(Client, Store, 10, Ann);
        var outcome = await _flow.CheckCodeAsync(Client, Store, 10, Wrong(await LatestCodeAsync(Ann)));

        Assert.That(outcome.Kind, Is.EqualTo(VerificationOutcomeKind.WrongCode));
        Assert.That(outcome.AttemptsLeft, Is.EqualTo(4));
    }

    [Test]
    public async Task ResendWaitsForTheCooldownAndAnExpiredCodeIsRefusedByThePlugin()
    {
        await _flow.SendCodeAsync(Client, Store, 10, Ann);
        var early = await _flow.ResendCodeAsync(Client, Store, 10);
        _clock.Advance(TimeSpan.FromSeconds(30));
        var later = await _flow.ResendCodeAsync(Client, Store, 10);
        var code = await LatestCodeAsync(Ann);
        _clock.Advance(TimeSpan.FromMinutes(10));
        var expired = await _flow.CheckCodeAsync(Client, Store, 10, code);

        Assert.That(early.Kind, Is.EqualTo(VerificationOutcomeKind.Cooldown));
        Assert.That(later.Kind, Is.EqualTo(VerificationOutcomeKind.CodeSent));
        Assert.That(expired.Kind, Is.EqualTo(VerificationOutcomeKind.CodeExpired), "AIQ would still accept it; the plugin does not");
    }

    [Test]
    public async Task VerificationExpiresAfterItsLifetime()
    {
        await _flow.SendCodeAsync(Client, Store, 10, Ann);
        await _flow.CheckCodeAsync(Client, Store, 10, await LatestCodeAsync(Ann));
        _clock.Advance(TimeSpan.FromMinutes(61));

        Assert.That(await _flow.GetVerifiedAsync(Store, 10), Is.Null);
        Assert.That((await _flow.RefreshWalletAsync(Client, Store, 10)).Kind, Is.EqualTo(VerificationOutcomeKind.NotVerified));
    }

    [Test]
    public async Task UnknownShopperSignsUpWithConsentAndSeesTheWelcomeGiftWithoutACode()
    {
        var notMember = await _flow.SendCodeAsync(Client, Store, 20, TestPhones.Typed(TestPhones.NonMember, "###-###-####"));
        var withoutConsent = await _flow.SignupAsync(Client, _consents, Store, 20, new SignupRequestInput(false, "Eve", "New", null), "Green Leaf", AiqCountry.Canada);
        var joined = await _flow.SignupAsync(Client, _consents, Store, 20, new SignupRequestInput(true, "Eve", "New", null), "Green Leaf", AiqCountry.Canada);

        Assert.That(notMember.Kind, Is.EqualTo(VerificationOutcomeKind.NotMember));
        Assert.That(withoutConsent.Kind, Is.EqualTo(VerificationOutcomeKind.ConsentRequired));
        Assert.That(joined.Kind, Is.EqualTo(VerificationOutcomeKind.Verified));
        Assert.That(joined.Wallet!.Offers.Select(o => o.TemplateId), Is.EquivalentTo(new[] { "2001" }));
        var consent = _consents.Entries.Values.Single();
        Assert.That(consent.Text, Is.EqualTo(ConsentText.For("Green Leaf", AiqCountry.Canada)));
        Assert.That(consent.Text, Does.Contain("club program"));
        Assert.That(consent.ContactId, Is.Not.Null.And.EqualTo(joined.Wallet.ContactId));
        Assert.That((await _flow.GetVerifiedAsync(Store, 20))!.ContactId, Is.EqualTo(consent.ContactId));
    }

    [Test]
    public async Task SignupCannotOpenAnExistingMembersWallet()
    {
        // The attacker's customer never got "not a member" for Ann's phone…
        await _flow.SendCodeAsync(Client, Store, 30, Ann);
        var direct = await _flow.SignupAsync(Client, _consents, Store, 30, new SignupRequestInput(true, null, null, null), "Green Leaf", AiqCountry.UnitedStates);

        Assert.That(direct.Kind, Is.EqualTo(VerificationOutcomeKind.SignupNotAllowed));
        Assert.That(await _flow.GetVerifiedAsync(Store, 30), Is.Null);
        Assert.That(_consents.Entries, Is.Empty);
    }

    [Test]
    public async Task SignupIsRefusedWhenSomeoneJoinedWithThatNumberInTheMeantime()
    {
        await _flow.SendCodeAsync(Client, Store, 20, TestPhones.NonMember);
        (await Control.PostAsJsonAsync("api/v2/loyalty", new { mobilePhone = TestPhones.NonMember, loyalty = true }) is var r ? r : null)!.Dispose();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v2/loyalty") { Content = JsonContent.Create(new { mobilePhone = TestPhones.NonMember, loyalty = true }) };
        request.Headers.Add("X-APIKEY", SandboxHost.DemoApiKey);
        (await Control.SendAsync(request)).EnsureSuccessStatusCode();

        var outcome = await _flow.SignupAsync(Client, _consents, Store, 20, new SignupRequestInput(true, null, null, null), "Green Leaf", AiqCountry.UnitedStates);

        Assert.That(outcome.Kind, Is.EqualTo(VerificationOutcomeKind.SignupNotAllowed));
    }

    [Test]
    public async Task AiqDownDoesNotCountAnAttemptAndSaysUnavailable()
    {
        await _flow.SendCodeAsync(Client, Store, 10, Ann);
        var code = await LatestCodeAsync(Ann);
        (await Control.PostAsJsonAsync("_sandbox/faults", new { path = "/api/v2/view", status = 503, times = 1 })).EnsureSuccessStatusCode();

        var down = await _flow.CheckCodeAsync(Client, Store, 10, code);
        var after = await _flow.CheckCodeAsync(Client, Store, 10, code);

        Assert.That(down.Kind, Is.EqualTo(VerificationOutcomeKind.Unavailable));
        Assert.That(after.Kind, Is.EqualTo(VerificationOutcomeKind.Verified));
        Assert.That(_store.Records[VerificationScope.ForCustomer(Store, 10)].State.FailedAttempts, Is.Zero);
    }

    [Test]
    public async Task ParallelGuessesCannotSpendMoreThanTheAttemptsAllowed()
    {
        await _flow.SendCodeAsync(Client, Store, 10, Ann);
        var code = await LatestCodeAsync(Ann);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _flow.CheckCodeAsync(Client, Store, 10, Wrong(code))));

        var reachedAiq = outcomes.Count(o => o.Kind is VerificationOutcomeKind.WrongCode or VerificationOutcomeKind.LockedOut);
        Assert.That(outcomes.All(o => o.Kind is VerificationOutcomeKind.WrongCode or VerificationOutcomeKind.LockedOut or VerificationOutcomeKind.Busy), Is.True);
        Assert.That(_store.Records[VerificationScope.ForIdentity(Store, ContactIdentity.Phone(Ann))].State.FailedAttempts, Is.LessThanOrEqualTo(5));
        Assert.That(reachedAiq, Is.GreaterThan(0));
    }

    [Test]
    public async Task BadInputIsExplainedAndNothingIsSent()
    {
        var outcome = await _flow.SendCodeAsync(Client, Store, 10, "call me maybe");
        var calls = await Control.GetFromJsonAsync<JsonObject>("_sandbox/calls");

        Assert.That(outcome.Kind, Is.EqualTo(VerificationOutcomeKind.InvalidInput));
        Assert.That(outcome.InputError, Is.Not.Null);
        Assert.That(calls!.ContainsKey("POST /api/v2/verify/contact/wallet"), Is.False);
    }

    [Test]
    public async Task ProgressFollowsTheShopperWithoutCallingAiq()
    {
        Assert.That((await _flow.GetProgressAsync(Store, 10)).Stage, Is.EqualTo(VerificationStage.Start));
        await _flow.SendCodeAsync(Client, Store, 10, Ann);
        var sent = await _flow.GetProgressAsync(Store, 10);
        await _flow.CheckCodeAsync(Client, Store, 10, await LatestCodeAsync(Ann));
        var verified = await _flow.GetProgressAsync(Store, 10);
        await _flow.SendCodeAsync(Client, Store, 20, TestPhones.NonMember);
        var signup = await _flow.GetProgressAsync(Store, 20);

        Assert.That(sent.Stage, Is.EqualTo(VerificationStage.CodeSent));
        Assert.That(sent.ResendAt, Is.EqualTo(_clock.GetUtcNow() + TimeSpan.FromSeconds(30)));
        Assert.That(sent.Identity!.Masked, Is.EqualTo("******0101"));
        Assert.That(verified.Stage, Is.EqualTo(VerificationStage.Verified));
        Assert.That(verified.ContactId, Is.EqualTo("c_ann"));
        Assert.That(signup.Stage, Is.EqualTo(VerificationStage.Signup));
    }
}
