using System.Diagnostics;
using System.Net;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser.Abuse;

/// <summary>
/// Issue 10's attacks played against a real store with the plugin and the AIQ sandbox, over plain HTTP
/// the way an attacker scripts them (each <see cref="HttpShopper"/> is a fresh guest session; all come
/// from one address). Each test asserts the attack is refused, by the store's answers, its database and
/// the sandbox's call counts. Needs STORE_URL, SANDBOX_URL and STORE_DB (PostgreSQL) like the browser tier.
/// </summary>
[TestFixture]
[Category("Abuse")]
[NonParallelizable]
public class StoreAbuseTests : BrowserTestBase
{
    #region Fields

    private const string WalletCall = "POST /api/v2/view/contact/wallet";
    private const string NotMember = "We couldn't find a rewards member with that phone number or email.";
    private const string NotVerified = "Please verify again to use your rewards.";
    private const string Locked = "Too many wrong codes. For your security, rewards are locked for a while. Your order can still go ahead.";
    private const string Applied = "Your reward is applied.";

    private readonly List<HttpShopper> _shoppers = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    #endregion

    #region Setup

    [SetUp]
    public async Task ResetAsync()
    {
        await StoreSql.ResetBudgetsAsync(DemoShoppers.AnnPhone, DemoShoppers.BenPhone, DemoShoppers.DanPhone);
        await Sandbox.ClearFaultsAsync();
    }

    [TearDown]
    public void DisposeShoppers()
    {
        foreach (var shopper in _shoppers)
            shopper.Dispose();
        _shoppers.Clear();
    }

    #endregion

    #region Attack 1

    [Test]
    public async Task Attack01_VerificationCarriedToAnotherIdentity_IsRefusedOnTheStore()
    {
        var attacker = await VerifiedAsync(DemoShoppers.AnnPhone);
        await StoreSql.SkipResendWaitAsync(DemoShoppers.AnnPhone);

        // AIQ answers "not a member" for Ben's number (any 404: an opted-out number, a typo…): the identity becomes Ben's.
        await Sandbox.AddFaultAsync("/api/v2/verify", 404, 1);
        var probe = await attacker.SendCodeAsync(DemoShoppers.BenPhone);
        var refresh = await attacker.PostBoxAsync("Refresh");
        var apply = await attacker.ApplyAsync("1020");
        var box = await attacker.BoxHtmlAsync();
        Log($"probe: {probe}; refresh: {refresh}; apply: {apply}");

        Assert.Multiple(() =>
        {
            Assert.That(probe.Message, Is.EqualTo(NotMember));
            Assert.That(refresh.Ok, Is.False);
            Assert.That(refresh.Message, Is.EqualTo(NotVerified), "Ben's wallet does not open without Ben's PIN");
            Assert.That(apply.Ok, Is.False);
            Assert.That(box, Does.Not.Contain("aiq-points"), "no wallet shown");
        });
    }

    #endregion

    #region Attack 2

    [Test]
    public async Task Attack02_UnlimitedUnverifiedSignups_NoWelcomeGiftWithoutTheStrangersPin()
    {
        var joined = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var guest = await GuestAsync();
            var stranger = await Sandbox.UnusedPhoneAsync();
            Assert.That((await guest.SendCodeAsync(stranger)).Message, Is.EqualTo(NotMember));
            var signup = await guest.PostBoxAsync("Signup", new() { ["consent"] = "true", ["firstName"] = "Not", ["lastName"] = "Me" });
            var refresh = await guest.PostBoxAsync("Refresh");
            var box = await guest.BoxHtmlAsync();
            Log($"stranger {stranger}: signup {signup}; refresh {refresh}");

            Assert.Multiple(() =>
            {
                Assert.That(signup.Message, Is.EqualTo("Welcome! We sent you a code: enter it to see your rewards and welcome gift."));
                Assert.That(refresh.Message, Is.EqualTo(NotVerified), "no wallet before the stranger's PIN");
                Assert.That(box, Does.Contain("name=\"code\"").And.Not.Contain("aiq-points"), "the box asks for the code");
            });
            joined.Add(stranger);
        }

        Assert.That(joined, Has.Count.EqualTo(3));
    }

    #endregion

    #region Attack 3

    [Test]
    public async Task Attack03_PinGuessing_WrongCodesFromFiveFreshGuestSessionsLockTheIdentity()
    {
        var member = await Sandbox.CreateFreshMemberAsync("Guessed");
        for (var session = 1; session <= 5; session++)
        {
            var guest = await GuestAsync();
            var sent = await guest.SendCodeAsync(member);
            var guess = await guest.VerifyAsync(Wrong(await Sandbox.LatestCodeAsync(member)));
            Log($"session {session}: send {sent.Message}; guess {guess.Message}");
            await StoreSql.SkipResendWaitAsync(member);
        }

        var sixth = await GuestAsync();
        var refused = await sixth.SendCodeAsync(member);
        Log($"sixth session: {refused}");
        Assert.That(refused.Message, Is.EqualTo(Locked));
        var row = await StoreSql.ScalarAsync($"SELECT \"FailedAttempts\" || '|' || CASE WHEN \"LockedUntilUtc\" > now() at time zone 'utc' THEN 'true' ELSE 'false' END FROM \"AiqLoyaltyVerification\" WHERE \"ScopeKey\" = 'p:{member}';");
        Assert.That(row, Is.EqualTo("5|true"), "the phone's own row is locked");
    }

    [Test]
    public async Task Attack03_PinGuessing_TwentyParallelWrongCodesLetAtMostTheLimitReachAiq()
    {
        var member = await Sandbox.CreateFreshMemberAsync("Parallel");
        var guest = await GuestAsync();
        Assert.That((await guest.SendCodeAsync(member)).Ok, Is.True);
        var wrong = Wrong(await Sandbox.LatestCodeAsync(member));
        var before = await Sandbox.CallsAsync(WalletCall);

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => guest.VerifyAsync(wrong)));

        var reached = await Sandbox.CallsAsync(WalletCall) - before;
        Log($"20 parallel wrong codes: {reached} reached AIQ; replies: {string.Join(" | ", replies.GroupBy(r => r.Message).Select(g => $"{g.Count()}x {g.Key}"))}");
        Assert.That(reached, Is.InRange(1, 5), "at most MaxFailedAttempts (5) guesses reach AIQ");
        Assert.That(replies.Count(r => r.Ok), Is.Zero);
    }

    [Test]
    public async Task Attack03_PinGuessing_OneAddressCannotGuessAcrossManyMembersAndSessions()
    {
        var members = new List<string>();
        for (var i = 0; i < 21; i++)
            members.Add(await Sandbox.CreateFreshMemberAsync("Spread"));
        var before = await Sandbox.CallsAsync(WalletCall);
        var refusals = new List<string>();

        foreach (var member in members)
        {
            // A fresh guest session per member, all from this one address.
            var guest = await GuestAsync();
            var sent = await guest.SendCodeAsync(member);
            if (!sent.Ok)
            {
                refusals.Add(sent.Message);
                continue;
            }

            var guess = await guest.VerifyAsync(Wrong(await Sandbox.LatestCodeAsync(member)));
            if (guess.Message == Locked)
                refusals.Add(guess.Message);
        }

        var reached = await Sandbox.CallsAsync(WalletCall) - before;
        Log($"21 members guessed from one address: {reached} guesses reached AIQ; refused: {string.Join(" | ", refusals)}");
        Assert.That(reached, Is.LessThanOrEqualTo(20), "at most 20 wrong codes per address an hour reach AIQ");
        Assert.That(refusals, Is.Not.Empty);
    }

    #endregion

    #region Attack 4

    [Test]
    public async Task Attack04_MerchantsSharedCouponHandedOut_TheStoreCouponGivesNothingWithoutALiveClaim()
    {
        using (var admin = new StoreAdminHttp(StoreUrl))
        {
            await admin.LoginAsync();
            await admin.EnsureStoreDiscountAsync("POS-BOGO-1");
        }

        var ann = await VerifiedAsync(DemoShoppers.AnnPhone);
        var before = await ann.CartTotalAsync();
        var apply = await ann.ApplyAsync("1040");
        var claim = await StoreSql.ScalarAsync(
            "SELECT c.\"Id\" || '|' || c.\"CouponCode\" || '|' || d.\"Name\" || '|' || d.\"DiscountTypeId\" FROM \"AiqLoyaltyRewardClaim\" c JOIN \"Discount\" d ON d.\"Id\" = c.\"DiscountId\" " +
            "WHERE c.\"TemplateId\" = '1040' AND c.\"StateId\" = 0 ORDER BY c.\"Id\" DESC LIMIT 1;");
        var cart = await ann.ReadBoxAsync();
        Log($"apply 1040: {apply}; claim id|coupon|discount|type: {claim}; total before {before}, with reward {HttpShopper.OrderTotal(cart)}");

        var parts = claim.Split('|');
        Assert.Multiple(() =>
        {
            Assert.That(apply.Message, Is.EqualTo(Applied));
            Assert.That(parts[1], Does.StartWith("AIQ-"), "the claim's own one-time coupon");
            Assert.That(parts[2], Does.StartWith("AIQ reward"), "a copy of the store's discount, not the discount itself");
            Assert.That(cart, Does.Not.Contain("POS-BOGO-1"), "the shared coupon is never shown to the shopper");
        });

        Assert.That((await ann.PostBoxAsync("Remove", new() { ["claimId"] = parts[0] })).Ok, Is.True);
        var afterRemove = await ann.CartTotalAsync();

        // Anyone (the claimant after Remove, or a stranger) typing the store's coupon gets nothing.
        var typedByAnn = HttpShopper.OrderTotal(await ann.ApplyCouponAsync("POS-BOGO-1"));
        var stranger = await GuestAsync();
        var strangerBefore = await stranger.CartTotalAsync();
        var typedByStranger = HttpShopper.OrderTotal(await stranger.ApplyCouponAsync("POS-BOGO-1"));
        Log($"after Remove {afterRemove}; Ann types POS-BOGO-1: {typedByAnn}; a stranger {strangerBefore} -> {typedByStranger}");
        Assert.Multiple(() =>
        {
            Assert.That(afterRemove, Is.EqualTo(before));
            Assert.That(typedByAnn, Is.EqualTo(before), "no discount for the shared coupon");
            Assert.That(typedByStranger, Is.EqualTo(strangerBefore), "no discount for the shared coupon");
        });
    }

    #endregion

    #region Attack 6

    [Test]
    public async Task Attack06_ModelBReuse_ARewardWaitingForThePosCannotBeAppliedOnlineAgain()
    {
        var dan = await VerifiedAsync(DemoShoppers.DanPhone);
        var customerId = await StoreSql.CustomerIdAsync(dan);
        // An earlier order of Dan's recorded reward 1010 for the POS (model B); the POS has not redeemed it yet.
        var claimId = await StoreSql.ScalarAsync(
            "INSERT INTO \"AiqLoyaltyRewardClaim\" (\"StoreId\",\"CustomerId\",\"StaffCustomerId\",\"ContactId\",\"IdentityKindId\",\"Reusable\",\"RefundRequested\",\"TemplateId\",\"RewardName\"," +
            "\"PointsDeduction\",\"DiscountId\",\"DiscountCreatedByPlugin\",\"StateId\",\"RedemptionModelId\",\"OrderId\",\"Attempts\",\"IdempotencyKey\",\"CreatedOnUtc\",\"UpdatedOnUtc\",\"RowVersion\") " +
            $"VALUES (1,{customerId},0,'{DemoShoppers.DanContactId}',0,false,false,'1010','15% OFF',300,0,true,10,2,NULL,0,'abuse-06',now() at time zone 'utc',now() at time zone 'utc',0) RETURNING \"Id\";");
        await StoreSql.QueryAsync($"INSERT INTO \"AiqLoyaltyRewardClaimLock\" (\"LockKey\",\"ClaimId\",\"CreatedOnUtc\") VALUES ('1546:{DemoShoppers.DanContactId}:1010',{claimId},now() at time zone 'utc');");
        try
        {
            var again = await dan.ApplyAsync("1010");
            var box = await dan.BoxHtmlAsync();
            Log($"second online apply of 1010: {again}");
            Assert.Multiple(() =>
            {
                Assert.That(again.Ok, Is.False);
                Assert.That(again.Message, Is.EqualTo("That reward is already on an earlier order and waits for the store to redeem it, so it can't be used again online."));
                Assert.That(box, Does.Contain("In use in another cart"), "the box shows it as in use instead of offering it");
            });
        }
        finally
        {
            await StoreSql.QueryAsync($"DELETE FROM \"AiqLoyaltyRewardClaimLock\" WHERE \"ClaimId\" = {claimId}; DELETE FROM \"AiqLoyaltyRewardClaim\" WHERE \"Id\" = {claimId};");
        }
    }

    #endregion

    #region Attack 7

    [Test]
    public async Task Attack07_PinNotRequired_AStrangersPhoneOrUnvalidatedEmailOnAnAccountOpensNothing()
    {
        using var admin = new StoreAdminHttp(StoreUrl);
        await admin.LoginAsync();
        await admin.SaveConfigurationAsync(Sandbox.BaseUrl, requirePin: false);
        try
        {
            // The attacker registers with Ann's email (no validation in the store) and puts Ann's phone on the account.
            var attacker = new HttpShopper(StoreUrl);
            _shoppers.Add(attacker);
            var email = $"ann+{Guid.NewGuid():N}@example.com";
            await attacker.RegisterAsync(email, "Abuse123!x");
            await attacker.StartAsync();
            var customerId = await StoreSql.CustomerIdAsync(attacker);
            await StoreSql.QueryAsync($"UPDATE \"Customer\" SET \"Phone\" = '{DemoShoppers.AnnPhone}' WHERE \"Id\" = {customerId};");

            var box = await attacker.BoxHtmlAsync();
            var open = await attacker.PostBoxAsync("OpenOwn");
            Log($"OpenOwn with Ann's phone on the account: {open}");
            Assert.Multiple(() =>
            {
                Assert.That(box, Does.Not.Contain("data-aiq-action=\"OpenOwn\""), "no 'show my rewards' button");
                Assert.That(open.Ok, Is.False);
                Assert.That(open.Message, Is.EqualTo(NotVerified));
            });
        }
        finally
        {
            await admin.SaveConfigurationAsync(Sandbox.BaseUrl, requirePin: true);
        }
    }

    #endregion

    #region Attack 8

    [Test]
    public async Task Attack08_SamePointsSpentTwice_TwoCartsOfOneMemberCannotSpendTheSamePoints()
    {
        // Dan has 2,000 points: take 1,400 so two rewards (500 + 300) cost more than his 600.
        await Sandbox.AdjustPointsAsync(DemoShoppers.DanContactId, -1400, "abuse test 08");
        try
        {
            var first = await VerifiedAsync(DemoShoppers.DanPhone);
            await StoreSql.SkipResendWaitAsync(DemoShoppers.DanPhone);
            var second = await VerifiedAsync(DemoShoppers.DanPhone);

            var a = await first.ApplyAsync("1020");
            var b = await second.ApplyAsync("1010");
            Log($"cart 1 applies 1020 (500 of 600): {a}; cart 2 applies 1010 (300): {b}");
            Assert.Multiple(() =>
            {
                Assert.That(a.Message, Is.EqualTo(Applied));
                Assert.That(b.Ok, Is.False);
                Assert.That(b.Message, Is.EqualTo("You don't have enough points for that reward yet."));
            });

            await first.PostBoxAsync("Forget");
        }
        finally
        {
            await Sandbox.AdjustPointsAsync(DemoShoppers.DanContactId, 1400, "abuse test 08 restored");
        }
    }

    #endregion

    #region Attack 9

    [Test]
    public async Task Attack09_SpentInStore_TheOrderIsNotPlacedWithARewardTheWalletNoLongerLists()
    {
        var member = await Sandbox.CreateFreshMemberAsync("SpentInStore");
        var shopper = await VerifiedAsync(member);
        Assert.That((await shopper.ApplyAsync("2001")).Message, Is.EqualTo(Applied));
        var claim = (await StoreSql.ScalarAsync(
            $"SELECT \"Id\" || '|' || \"RedemptionUrl\" FROM \"AiqLoyaltyRewardClaim\" WHERE \"TemplateId\" = '2001' AND \"StateId\" = 0 " +
            $"AND \"CustomerId\" = {await StoreSql.CustomerIdAsync(shopper)};")).Split('|');

        // The shopper spends it at the counter; the browser never re-checks (a script, or no script at all).
        await Sandbox.RedeemAtPosAsync(claim[1]);
        Log("redeemed at the POS; waiting for the cached wallet to be older than a minute");
        await Task.Delay(TimeSpan.FromSeconds(62));

        var (status, body) = await shopper.PostAsync("/checkout/OpcConfirmOrder", "/cart");
        var state = await StoreSql.ScalarAsync($"SELECT \"StateId\" FROM \"AiqLoyaltyRewardClaim\" WHERE \"Id\" = {claim[0]};");
        var orders = await StoreSql.ScalarAsync($"SELECT count(*) FROM \"Order\" WHERE \"CustomerId\" = {await StoreSql.CustomerIdAsync(shopper)};");
        Log($"confirm: HTTP {(int)status} {body}; claim state {state}; orders {orders}");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Does.Contain("These rewards are no longer available and were removed from your order: $5 welcome gift"));
            Assert.That(state, Is.EqualTo("9"), "released (Released = 9)");
            Assert.That(orders, Is.EqualTo("0"), "no order placed with it");
        });
    }

    #endregion

    #region Attack 11

    [Test]
    public async Task Attack11_LoggingInMidCheckout_TheAppliedRewardMovesWithTheCart()
    {
        var email = $"abuse11-{Guid.NewGuid():N}@example.com";
        using (var registration = new HttpShopper(StoreUrl))
        {
            await registration.RegisterAsync(email, "Abuse123!x");
            await registration.LogoutAsync();
        }

        var member = await Sandbox.CreateFreshMemberAsync("Login");
        var guest = await VerifiedAsync(member);
        var guestId = await StoreSql.CustomerIdAsync(guest);
        Assert.That((await guest.ApplyAsync("2001")).Message, Is.EqualTo(Applied));

        await guest.LoginAsync(email, "Abuse123!x");
        var customerId = int.Parse(await StoreSql.ScalarAsync($"SELECT \"Id\" FROM \"Customer\" WHERE \"Email\" = '{email}';"));
        var claim = await StoreSql.ScalarAsync($"SELECT \"CustomerId\" || '|' || \"StateId\" FROM \"AiqLoyaltyRewardClaim\" WHERE \"TemplateId\" = '2001' AND \"ContactId\" IN " +
            $"(SELECT \"ContactId\" FROM \"AiqLoyaltyVerification\" WHERE \"IdentityValue\" = '{member}') ORDER BY \"Id\" DESC LIMIT 1;");
        await guest.ReadBoxAsync();
        var box = await guest.BoxHtmlAsync();
        Log($"guest {guestId} logged in as {customerId}; claim customer|state: {claim}");

        Assert.Multiple(() =>
        {
            Assert.That(claim, Is.EqualTo($"{customerId}|0"), "the claim moved to the logged-in customer and is still applied");
            Assert.That(box, Does.Contain("aiq-applied-reward").And.Contain("$5 welcome gift"), "the box still shows it applied");
        });
    }

    #endregion

    #region Utilities

    private async Task<HttpShopper> GuestAsync()
    {
        var shopper = new HttpShopper(StoreUrl);
        _shoppers.Add(shopper);
        await shopper.StartAsync();
        return shopper;
    }

    /// <summary>A fresh guest session verified with the PIN the sandbox "texted" to <paramref name="phone"/>.</summary>
    private async Task<HttpShopper> VerifiedAsync(string phone)
    {
        var shopper = await GuestAsync();
        var sent = await shopper.SendCodeAsync(phone);
        Assert.That(sent.Ok, Is.True, $"code to {phone}: {sent.Message}");
        var verified = await shopper.VerifyAsync(await Sandbox.LatestCodeAsync(phone));
        Assert.That(verified.Ok, Is.True, $"verify {phone}: {verified.Message}");
        return shopper;
    }

    private static string Wrong(string code) => code == "0000" ? "0001" : "0000";

    private void Log(string line)
    {
        var text = $"[{_clock.Elapsed.TotalSeconds,6:0.0}s] {line}";
        TestContext.Out.WriteLine(text);
        TestContext.Progress.WriteLine(text);
    }

    #endregion
}
