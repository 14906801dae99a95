using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using AiqLoyalty.Core.Redemption;
using Microsoft.Playwright;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Browser.Abuse;
using static Microsoft.Playwright.Assertions;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.WebFarm;

/// <summary>
/// Two store instances on one database and one Redis, every scenario spread over both: concurrent
/// claims of one single-use reward, the redemption worker on both nodes at once, staff retrying on one
/// node while the other's worker sends, PIN guesses split over the nodes, and AIQ applying a
/// redemption or an adjustment whose answer never arrives (the sandbox's applyFirst faults).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class WebFarmTests : WebFarmTestBase
{
    #region Fields

    private const int Competitors = 50;
    private const int Checkouts = 6;

    /// <summary>The single-use, 0-point welcome gift every fresh sandbox member gets.</summary>
    private const string WelcomeTemplate = "2001";

    /// <summary>A single-use reward of 500 points ($10 off), given to a fresh member for the points scenarios.</summary>
    private const string PointsTemplate = "1020";

    private const int PointsTemplateCost = 500;

    private const string Applied = "Your reward is applied.";
    private const string ClaimedElsewhere = "That reward is already being used in another cart or browser.";
    private const string Locked = "Too many wrong codes. For your security, rewards are locked for a while. Your order can still go ahead.";
    private const string WalletCall = "POST /api/v2/view/contact/wallet";

    /// <summary>How long a claim may take to reach its end state while the test runs the task on the nodes in turn.</summary>
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(120);

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    #endregion

    #region Setup

    [SetUp]
    public async Task ClearFaultsAndBudgetsAsync()
    {
        await Sandbox.ClearFaultsAsync();
        // Every request comes from one address: the per-address and store-wide budgets of earlier runs are forgotten.
        await StoreSql.ResetBudgetsAsync();
    }

    [TearDown]
    public Task ClearFaultsAsync() => Sandbox.ClearFaultsAsync();

    #endregion

    #region Tests

    [Test]
    public async Task FiftyShoppersOfOneMember_OverBothInstances_OneLiveClaim_SixCheckouts_OneDiscountedOrder_OneRedemption()
    {
        var phone = await Sandbox.CreateFreshMemberAsync("Farm");
        var contactId = await Sandbox.ContactIdAsync(phone);
        var redemptionUrl = await Sandbox.RedemptionUrlAsync(phone, WelcomeTemplate);
        var run = Guid.NewGuid().ToString("N")[..8];
        var shoppers = Enumerable.Range(0, Competitors).Select(i => new FarmShopper(Instances, $"farm-{run}-{i:00}@example.com", i)).ToList();
        try
        {
            await Task.WhenAll(shoppers.Select(s => s.RegisterAsync()));
            await ReadCustomerIdsAsync(shoppers);
            // Each competitor is verified as the member (the race is about the claim, not the PIN; the PIN test is below).
            foreach (var shopper in shoppers)
                await InsertVerificationAsync(shopper.CustomerId, phone, contactId);
            await Task.WhenAll(shoppers.Select(s => s.AddProductAndReadBoxAsync()));
            Log($"{Competitors} registered customers, verified as {phone}, each with the product in the cart");

            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var opened = 0;
            await Task.WhenAll(shoppers.Select(async s =>
            {
                try
                {
                    await s.PostBoxAsync("Refresh");
                }
                finally
                {
                    if (Interlocked.Increment(ref opened) == Competitors)
                        gate.TrySetResult();
                }

                await gate.Task.WaitAsync(TimeSpan.FromSeconds(120));
                await s.PostBoxAsync("Apply", new() { ["templateId"] = WelcomeTemplate });
            }));

            foreach (var group in shoppers.GroupBy(s => (s.Replies["Apply"].Ok, s.Replies["Apply"].Message)))
                Log($"Apply -> ok:{group.Key.Ok} x{group.Count()} \"{group.Key.Message}\"");
            var spread = shoppers.SelectMany(s => s.Served).GroupBy(u => u).ToDictionary(g => g.Key, g => g.Count());
            Log("requests per instance: " + string.Join(", ", spread.Select(p => $"{p.Key} {p.Value}")));
            var winners = shoppers.Where(s => s.Replies["Apply"].Ok).ToList();
            var liveClaims = await LiveClaimsAsync(contactId, WelcomeTemplate);
            Assert.Multiple(() =>
            {
                Assert.That(shoppers.Where(s => !s.Replies["Refresh"].Ok).Select(s => s.Replies["Refresh"].Message), Is.Empty, "every competitor reads the wallet");
                Assert.That(spread.Keys, Is.EquivalentTo(Instances), "both instances served the shoppers");
                Assert.That(winners, Has.Count.EqualTo(1), "exactly one Apply succeeds");
                Assert.That(winners.Select(w => w.Replies["Apply"].Message), Is.All.EqualTo(Applied));
                Assert.That(shoppers.Except(winners).Select(s => s.Replies["Apply"].Message), Is.All.EqualTo(ClaimedElsewhere));
                Assert.That(liveClaims, Has.Count.EqualTo(1), "exactly one live claim for the member's reward");
            });
            var winner = winners.Single();
            Assert.That(liveClaims.Single().CustomerId, Is.EqualTo(winner.CustomerId), "the claim belongs to the customer told it was applied");

            // Six checkouts at once, their browsers spread over the instances: the winner and five others.
            var checkingOut = new[] { winner }.Concat(shoppers.Except(winners).Take(Checkouts - 1)).ToList();
            await CheckOutTogetherAsync(checkingOut);
            var orders = await StoreDatabase.QueryLinesAsync(
                $"SELECT o.{Q("CustomerId")}, o.{Q("OrderSubTotalDiscountExclTax")} + o.{Q("OrderDiscount")}, " +
                $"(SELECT count(*) FROM {Q("DiscountUsageHistory")} d WHERE d.{Q("OrderId")} = o.{Q("Id")}), " +
                $"(SELECT count(*) FROM {Q("AiqLoyaltyRewardClaim")} k WHERE k.{Q("OrderId")} = o.{Q("Id")}) FROM {Q("Order")} o " +
                $"WHERE o.{Q("CustomerId")} IN ({string.Join(",", checkingOut.Select(c => c.CustomerId))})");
            Log($"orders (customer|discount|discount usages|AIQ claims): [{string.Join(", ", orders)}]");
            var discounted = orders.Select(o => o.Split('|')).Where(r => decimal.Parse(r[1], CultureInfo.InvariantCulture) != 0m || r[2] != "0" || r[3] != "0").ToList();
            Assert.Multiple(() =>
            {
                Assert.That(orders, Has.Count.EqualTo(Checkouts), "six orders placed");
                Assert.That(discounted, Has.Count.EqualTo(1), "one discounted order");
                Assert.That(discounted.Single()[0], Is.EqualTo(winner.CustomerId.ToString(CultureInfo.InvariantCulture)), "the winner's");
            });

            // The worker on both nodes at once, then until the claim settles: one redemption at AIQ.
            var claim = liveClaims.Single().Id;
            await RunTaskOnAllAsync();
            var state = await SettleAsync(claim, ClaimState.Redeemed);
            var member = await Sandbox.GetShopperAsync(phone);
            var puts = await Sandbox.RedeemPutsAsync(redemptionUrl);
            Log($"claim {claim}: {state}; sandbox: {member}; PUTs on the redemption URL: {puts}");
            Assert.Multiple(() =>
            {
                Assert.That(state, Is.EqualTo(ClaimState.Redeemed));
                Assert.That(member.Redemptions.Count(r => r.TemplateId == WelcomeTemplate), Is.EqualTo(1), "one redemption at the sandbox");
                Assert.That(puts, Is.EqualTo(1), "one PUT");
            });
        }
        finally
        {
            foreach (var shopper in shoppers)
                shopper.Dispose();
        }
    }

    [Test]
    public async Task RedemptionTaskOnBothInstancesAtOnce_PutDelayed3s_OnePut()
    {
        var order = await PlaceRewardOrderAsync("both-nodes", WelcomeTemplate);
        await Sandbox.AddFaultAsync(new { path = SandboxFarmExtensions.RedeemPath, method = "PUT", delayMs = 3000, times = 10 });

        await RunTaskOnAllAsync();

        var state = await SettleAsync(order.ClaimId, ClaimState.Redeemed);
        var puts = await Sandbox.RedeemPutsAsync(order.RedemptionUrl);
        var member = await Sandbox.GetShopperAsync(order.Phone);
        Log($"claim {order.ClaimId}: {state}; PUTs {puts}; sandbox: {member}");
        Assert.Multiple(() =>
        {
            Assert.That(puts, Is.EqualTo(1), "one PUT although both nodes ran the task while it was in flight");
            Assert.That(member.Redemptions, Has.Count.EqualTo(1));
            Assert.That(state, Is.EqualTo(ClaimState.Redeemed));
        });
    }

    [Test]
    public async Task StaffRetryOnOneInstance_WhileTheOthersWorkerPuts_OnePut()
    {
        var order = await PlaceRewardOrderAsync("retry-race", WelcomeTemplate);
        await Sandbox.AddFaultAsync(new { path = SandboxFarmExtensions.RedeemPath, method = "PUT", delayMs = 3000, times = 10 });
        using var workerNode = new FarmAdmin(Instance(0));
        using var staffNode = new FarmAdmin(Instance(1));
        await Task.WhenAll(workerNode.LoginAsync(), staffNode.LoginAsync());

        var worker = workerNode.RunRedemptionTaskAsync();
        var inFlight = await WaitForPutsAsync(order.RedemptionUrl, 1, TimeSpan.FromSeconds(30));
        Log($"worker on {workerNode.InstanceUrl}: PUT in flight ({inFlight}); staff press Retry on {staffNode.InstanceUrl}");
        var retry = await staffNode.RetryAsync(order.ClaimId, order.OrderId);
        await worker;

        var state = await SettleAsync(order.ClaimId, ClaimState.Redeemed);
        var puts = await Sandbox.RedeemPutsAsync(order.RedemptionUrl);
        var member = await Sandbox.GetShopperAsync(order.Phone);
        Log($"retry answered {(int)retry}; claim {order.ClaimId}: {state}; PUTs {puts}; sandbox: {member}");
        Assert.Multiple(() =>
        {
            Assert.That((int)retry, Is.LessThan(500), "the retry is answered");
            Assert.That(puts, Is.EqualTo(1), "one PUT: the retry does not send while the other node's PUT is in flight");
            Assert.That(member.Redemptions, Has.Count.EqualTo(1));
            Assert.That(state, Is.EqualTo(ClaimState.Redeemed));
        });
    }

    [Test]
    public async Task TenWrongPins_SplitOverBothInstances_LockedAtExactlyTheLimit()
    {
        var limit = int.Parse(await StoreSql.ScalarAsync("SELECT \"Value\" FROM \"Setting\" WHERE \"Name\" = 'aiqloyaltysettings.maxfailedattempts' AND \"StoreId\" = 0;"));
        var phone = await Sandbox.CreateFreshMemberAsync("Guess");
        using var guest = new FarmShopper(Instances, "guesser");
        await guest.AddProductAndReadBoxAsync();
        var sent = await guest.PostBoxAsync("SendCode", new() { ["contact"] = phone });
        Assert.That(sent.Ok, Is.True, $"code sent: {sent.Message}");
        var code = await Sandbox.LatestCodeAsync(phone);
        var wrong = code == "0000" ? "0001" : "0000";
        var before = await Sandbox.CallsAsync(WalletCall);

        // Ten wrong codes typed one after the other in one session, every other one answered by the other instance.
        var replies = new List<BoxReply>();
        for (var i = 0; i < 10; i++)
            replies.Add(await guest.PostBoxAsync("Verify", new() { ["code"] = wrong }));
        var reached = await Sandbox.CallsAsync(WalletCall) - before;
        var row = await StoreSql.ScalarAsync($"SELECT \"FailedAttempts\" || '|' || CASE WHEN \"LockedUntilUtc\" > now() at time zone 'utc' THEN 'true' ELSE 'false' END FROM \"AiqLoyaltyVerification\" WHERE \"ScopeKey\" = 'p:{phone}';");
        var right = await guest.PostBoxAsync("Verify", new() { ["code"] = code });
        Log($"limit {limit}; {reached} guesses reached AIQ; phone row {row}; replies: {string.Join(" | ", replies.GroupBy(r => r.Message).Select(g => $"{g.Count()}x {g.Key}"))}; right code then: {right.Message}");
        Assert.Multiple(() =>
        {
            Assert.That(guest.Served.Distinct().Count(), Is.EqualTo(Instances.Count), "the session's requests went to every instance");
            Assert.That(replies.Count(r => r.Ok), Is.Zero);
            Assert.That(replies.Select(r => r.Message), Has.None.StartsWith("HTTP"), "every guess answered by the box (antiforgery and session accepted on both nodes)");
            Assert.That(row, Is.EqualTo($"{limit}|true"), "locked with exactly the limit of failed attempts");
            Assert.That(reached, Is.EqualTo(limit), "exactly the limit of guesses reach AIQ");
            Assert.That(replies.Take(limit - 1).Select(r => r.Message), Is.EqualTo(Enumerable.Range(1, limit - 1).Select(i => $"That code isn't right. You have {limit - i} more tries.")),
                "each wrong code before the limit counts once, whichever instance answers");
            Assert.That(replies.Skip(limit).Select(r => r.Message), Is.All.EqualTo(Locked), "every guess past the limit is refused as locked");
            Assert.That(right.Ok, Is.False, "the right code no longer opens the wallet");
            Assert.That(right.Message, Is.EqualTo(Locked));
        });
    }

    [Test]
    public async Task TenWrongPinsAtOnce_SplitOverBothInstances_EveryGuessThatReachedAiqIsCounted()
    {
        var limit = int.Parse(await StoreSql.ScalarAsync("SELECT \"Value\" FROM \"Setting\" WHERE \"Name\" = 'aiqloyaltysettings.maxfailedattempts' AND \"StoreId\" = 0;"));
        var phone = await Sandbox.CreateFreshMemberAsync("GuessAtOnce");
        using var guest = new FarmShopper(Instances, "guesser-at-once");
        await guest.AddProductAndReadBoxAsync();
        Assert.That((await guest.PostBoxAsync("SendCode", new() { ["contact"] = phone })).Ok, Is.True, "code sent");
        var code = await Sandbox.LatestCodeAsync(phone);
        var wrong = code == "0000" ? "0001" : "0000";
        var before = await Sandbox.CallsAsync(WalletCall);

        // Ten wrong codes at the same moment, half on each instance: the attempt counter is one atomic
        // increment per guess, so no guess that reached AIQ goes uncounted, whichever node took it.
        var replies = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => guest.PostBoxAsync("Verify", new() { ["code"] = wrong })));
        var reached = await Sandbox.CallsAsync(WalletCall) - before;
        var row = await StoreSql.ScalarAsync($"SELECT \"FailedAttempts\" || '|' || CASE WHEN \"LockedUntilUtc\" > now() at time zone 'utc' THEN 'true' ELSE 'false' END FROM \"AiqLoyaltyVerification\" WHERE \"ScopeKey\" = 'p:{phone}';");
        Log($"limit {limit}; {reached} guesses reached AIQ; phone row {row}; replies: {string.Join(" | ", replies.GroupBy(r => r.Message).Select(g => $"{g.Count()}x {g.Key}"))}");
        Assert.Multiple(() =>
        {
            Assert.That(replies.Count(r => r.Ok), Is.Zero);
            Assert.That(reached, Is.InRange(1, limit), "never more guesses than the limit reach AIQ");
            Assert.That(row, Is.EqualTo($"{reached}|{(reached >= limit ? "true" : "false")}"), "every guess that reached AIQ is counted once (locked when the limit is reached)");
        });
    }

    [Test]
    public async Task RedeemAnswered502AfterAiqAppliedIt_OneDeduction()
    {
        var order = await PlaceRewardOrderAsync("redeem-502", PointsTemplate);
        var before = await Sandbox.GetShopperAsync(order.Phone);
        await Sandbox.AddFaultAsync(new { path = SandboxFarmExtensions.RedeemPath, method = "PUT", status = 502, applyFirst = true });

        var state = await SettleAsync(order.ClaimId, ClaimState.Redeemed);

        var after = await Sandbox.GetShopperAsync(order.Phone);
        var puts = await Sandbox.RedeemPutsAsync(order.RedemptionUrl);
        Log($"claim {order.ClaimId}: {state}; PUTs {puts}; sandbox before {before}; after {after}");
        Assert.Multiple(() =>
        {
            Assert.That(after.Redemptions.Count(r => r.TemplateId == PointsTemplate), Is.EqualTo(1), "one deduction at AIQ");
            Assert.That(after.LoyaltyPoints, Is.EqualTo(before.LoyaltyPoints - PointsTemplateCost), "the points taken once");
            Assert.That(puts, Is.EqualTo(1), "the unknown outcome is settled from the balance and wallet, not by sending the PUT again");
            Assert.That(state, Is.EqualTo(ClaimState.Redeemed), "settled as redeemed");
        });
    }

    [Test]
    public async Task AdjustDroppedAfterAiqAppliedIt_OneCredit()
    {
        var order = await PlaceRewardOrderAsync("adjust-drop", PointsTemplate);
        Assert.That(await SettleAsync(order.ClaimId, ClaimState.Redeemed), Is.EqualTo(ClaimState.Redeemed), "redeemed first");
        var redeemed = await Sandbox.GetShopperAsync(order.Phone);
        var putsBefore = await Sandbox.AdjustPutsAsync(order.ContactId);   // the set-up's own points adjustment
        await Sandbox.AddFaultAsync(new { path = SandboxFarmExtensions.AdjustPath, method = "PUT", drop = true, applyFirst = true });

        using (var staff = new FarmAdmin(Instance(1)))
        {
            await staff.LoginAsync();
            await staff.CancelOrderAsync(order.OrderId);
        }

        var state = await SettleAsync(order.ClaimId, ClaimState.Refunded);
        var after = await Sandbox.GetShopperAsync(order.Phone);
        var puts = await Sandbox.AdjustPutsAsync(order.ContactId) - putsBefore;
        Log($"claim {order.ClaimId}: {state}; adjustment PUTs {puts}; sandbox after redemption {redeemed}; after cancel {after}");
        Assert.Multiple(() =>
        {
            Assert.That(after.Adjustments.Count - redeemed.Adjustments.Count, Is.EqualTo(1), "one credit at AIQ");
            Assert.That(after.LoyaltyPoints, Is.EqualTo(redeemed.LoyaltyPoints + PointsTemplateCost), "the points back once");
            Assert.That(puts, Is.EqualTo(1), "the unknown outcome is settled from the balance, not by sending the adjustment again");
            Assert.That(state, Is.EqualTo(ClaimState.Refunded), "settled as refunded");
        });
    }

    #endregion

    #region Scenario steps

    /// <summary>A placed order carrying one claim of a fresh member's reward.</summary>
    private sealed record RewardOrder(string Phone, string ContactId, string RedemptionUrl, int OrderId, int ClaimId);

    /// <summary>
    /// A fresh member (with the points template and its points when asked) verifies with the PIN, applies
    /// the reward and checks out; the session's requests alternate between the instances and the browser
    /// checkout runs on the second one.
    /// </summary>
    private async Task<RewardOrder> PlaceRewardOrderAsync(string label, string templateId)
    {
        var phone = await Sandbox.CreateFreshMemberAsync("Farm");
        var contactId = await Sandbox.ContactIdAsync(phone);
        if (templateId != WelcomeTemplate)
        {
            await Sandbox.GiveTemplateAsync(phone, templateId);
            await Sandbox.AdjustPointsAsync(contactId, 1000, "web farm test points");
        }

        var redemptionUrl = await Sandbox.RedemptionUrlAsync(phone, templateId);
        using var shopper = new FarmShopper(Instances, $"farm-{label}-{Guid.NewGuid():N}@example.com");
        await shopper.RegisterAsync();
        await ReadCustomerIdsAsync([shopper]);
        await shopper.AddProductAndReadBoxAsync();
        var sent = await shopper.PostBoxAsync("SendCode", new() { ["contact"] = phone });
        Assert.That(sent.Ok, Is.True, $"code sent: {sent.Message}");
        var verified = await shopper.PostBoxAsync("Verify", new() { ["code"] = await Sandbox.LatestCodeAsync(phone) });
        Assert.That(verified.Ok, Is.True, $"verified: {verified.Message}");
        var applied = await shopper.PostBoxAsync("Apply", new() { ["templateId"] = templateId });
        Assert.That(applied.Message, Is.EqualTo(Applied));

        await CheckOutTogetherAsync([shopper]);
        var rows = await StoreDatabase.QueryAsync(
            $"SELECT k.{Q("OrderId")}, k.{Q("Id")} FROM {Q("AiqLoyaltyRewardClaim")} k WHERE k.{Q("CustomerId")} = @customer AND k.{Q("OrderId")} IS NOT NULL",
            ("customer", shopper.CustomerId));
        Assert.That(rows, Has.Count.EqualTo(1), "the order carries the claim");
        var order = new RewardOrder(phone, contactId, redemptionUrl, Convert.ToInt32(rows[0][0], CultureInfo.InvariantCulture), Convert.ToInt32(rows[0][1], CultureInfo.InvariantCulture));
        Log($"{label}: order {order.OrderId} with claim {order.ClaimId} ({templateId}) for {phone}; requests spread: {string.Join(", ", shopper.Served.GroupBy(u => u).Select(g => $"{g.Key} {g.Count()}"))}");
        return order;
    }

    /// <summary>The shoppers' browser checkouts (one-page, registered customers) on alternating instances, confirmed at the same moment.</summary>
    private async Task CheckOutTogetherAsync(IReadOnlyList<FarmShopper> shoppers)
    {
        var confirmGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ready = 0;
        var checkouts = new List<Task>();
        for (var i = 0; i < shoppers.Count; i++)
        {
            var farmShopper = shoppers[i];
            var instance = Instance(i + 1);
            var browser = await NewShopperAsync($"checkout-{farmShopper.CustomerId}", instance);
            await browser.Page.Context.AddCookiesAsync(farmShopper.Cookies(instance));
            checkouts.Add(Task.Run(async () =>
            {
                try
                {
                    await ConcurrentClaimTests.ToConfirmStepAsync(browser, farmShopper.Email);
                }
                catch (Exception exception)
                {
                    confirmGate.TrySetException(new InvalidOperationException($"{browser.Label} did not reach the confirm step", exception));
                    throw;
                }

                if (Interlocked.Increment(ref ready) == shoppers.Count)
                    confirmGate.TrySetResult();
                await confirmGate.Task.WaitAsync(TimeSpan.FromSeconds(240));
                await browser.Page.Locator("#opc-confirm_order .confirm-order-next-step-button").ClickAsync();
                await browser.Page.WaitForURLAsync(new Regex("/checkout/completed", RegexOptions.IgnoreCase), new PageWaitForURLOptions { Timeout = 60_000 });
                await Expect(browser.Page.Locator(".order-completed")).ToBeVisibleAsync();
            }));
        }

        await Task.WhenAll(checkouts);
        Log($"{shoppers.Count} order(s) placed over {Math.Min(shoppers.Count, Instances.Count)} instance(s)");
    }

    /// <summary>"Run now" of the redemption task on every instance at the same moment.</summary>
    private async Task RunTaskOnAllAsync()
    {
        var admins = Instances.Select(url => new FarmAdmin(url)).ToList();
        try
        {
            await Task.WhenAll(admins.Select(a => a.LoginAsync()));
            await Task.WhenAll(admins.Select(a => a.RunRedemptionTaskAsync()));
        }
        finally
        {
            foreach (var admin in admins)
                admin.Dispose();
        }
    }

    /// <summary>Runs the task on the instances in turn until the claim reaches <paramref name="target"/> or a state staff must resolve, or time runs out; returns the state.</summary>
    private async Task<ClaimState> SettleAsync(int claimId, ClaimState target)
    {
        var admins = Instances.Select(url => new FarmAdmin(url)).ToList();
        try
        {
            await Task.WhenAll(admins.Select(a => a.LoginAsync()));
            var deadline = DateTime.UtcNow + SettleTimeout;
            for (var round = 0; ; round++)
            {
                var state = await ClaimStateAsync(claimId);
                Log($"claim {claimId}: {state} (round {round})");
                if (state == target || state is ClaimState.NeedsAttention or ClaimState.FailedFinal || DateTime.UtcNow > deadline)
                    return state;

                // A retry scheduled for later is due now (a claim with no next attempt is left as it is: not due).
                await StoreDatabase.ExecuteAsync(
                    $"UPDATE {Q("AiqLoyaltyRewardClaim")} SET {Q("NextAttemptOnUtc")} = @now WHERE {Q("Id")} = @id AND {Q("NextAttemptOnUtc")} > @now",
                    ("id", claimId), ("now", DateTime.UtcNow));
                await admins[round % admins.Count].RunRedemptionTaskAsync();
                await Task.Delay(500);
            }
        }
        finally
        {
            foreach (var admin in admins)
                admin.Dispose();
        }
    }

    /// <summary>Waits until the sandbox has received <paramref name="count"/> PUTs on a redemption URL; returns the count seen.</summary>
    private async Task<int> WaitForPutsAsync(string redemptionUrl, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var puts = await Sandbox.RedeemPutsAsync(redemptionUrl);
            if (puts >= count)
                return puts;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"no PUT on {redemptionUrl} within {timeout.TotalSeconds:0} s");
            await Task.Delay(100);
        }
    }

    #endregion

    #region Database

    private static string Q(string identifier) => StoreDatabase.Q(identifier);

    private static async Task ReadCustomerIdsAsync(IReadOnlyList<FarmShopper> shoppers)
    {
        foreach (var shopper in shoppers)
        {
            var id = await StoreDatabase.QueryAsync($"SELECT {Q("Id")} FROM {Q("Customer")} WHERE {Q("Email")} = @email", ("email", shopper.Email));
            Assert.That(id, Has.Count.EqualTo(1), $"customer {shopper.Email}");
            shopper.CustomerId = Convert.ToInt32(id[0][0], CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A verification row as a right PIN leaves it (as in <see cref="ConcurrentClaimTests"/>).</summary>
    private static Task InsertVerificationAsync(int customerId, string phone, string contactId) => StoreDatabase.ExecuteAsync(
        $"INSERT INTO {Q("AiqLoyaltyVerification")} ({Q("StoreId")}, {Q("ScopeKey")}, {Q("CustomerId")}, {Q("IdentityKindId")}, {Q("IdentityValue")}, " +
        $"{Q("ContactId")}, {Q("SendsInWindow")}, {Q("FailedAttempts")}, {Q("LockoutCount")}, {Q("VerifiedOnUtc")}, {Q("UpdatedOnUtc")}) " +
        "VALUES (1, @scopeKey, @customerId, 0, @phone, @contact, 0, 0, 0, @now, @now)",
        ("scopeKey", $"c:{customerId}"), ("customerId", customerId), ("phone", phone), ("contact", contactId), ("now", DateTime.UtcNow));

    private static async Task<IReadOnlyList<(int Id, int CustomerId)>> LiveClaimsAsync(string contactId, string templateId) =>
        (await StoreDatabase.QueryAsync(
            $"SELECT {Q("Id")}, {Q("CustomerId")} FROM {Q("AiqLoyaltyRewardClaim")} WHERE {Q("ContactId")} = @contact AND {Q("TemplateId")} = @template AND {Q("StateId")} = @claimed",
            ("contact", contactId), ("template", templateId), ("claimed", (int)ClaimState.Claimed)))
        .Select(r => (Convert.ToInt32(r[0], CultureInfo.InvariantCulture), Convert.ToInt32(r[1], CultureInfo.InvariantCulture)))
        .ToList();

    private static async Task<ClaimState> ClaimStateAsync(int claimId) => (ClaimState)Convert.ToInt32(
        (await StoreDatabase.QueryAsync($"SELECT {Q("StateId")} FROM {Q("AiqLoyaltyRewardClaim")} WHERE {Q("Id")} = @id", ("id", claimId))).Single()[0],
        CultureInfo.InvariantCulture);

    #endregion

    private void Log(string line)
    {
        var text = $"[{_clock.Elapsed.TotalSeconds,6:0.0}s] {line}";
        TestContext.Out.WriteLine(text);
        TestContext.Progress.WriteLine(text);
    }
}
