using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>
/// Concurrency of single-use rewards against a real store and the AIQ sandbox: many registered
/// customers, each verified as the same AIQ member (the member's PIN typed in 50 browsers: the test
/// writes those 50 verifications straight into the store's table, as a phone never opens a wallet
/// without the PIN), try to apply the member's single-use welcome gift at the same moment; exactly
/// one claim may win (the unique key on AiqLoyaltyRewardClaimLock), and only that order is redeemed.
/// </summary>
[TestFixture]
[Category("Redemption")]
public partial class ConcurrentClaimTests : BrowserTestBase
{
    #region Fields

    private const int Competitors = 50;

    /// <summary>How many of the competitors (the winner included) go through checkout concurrently.</summary>
    private const int Checkouts = 6;

    /// <summary>The single-use, 0-point welcome gift every fresh sandbox member gets.</summary>
    private const string WelcomeTemplate = "2001";

    private const string Applied = "Your reward is applied.";

    private const string ClaimedElsewhere = "That reward is already being used in another cart or browser.";

    private const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";



    #endregion

    #region Tests

    [Test]
    [Category("Browser")]
    public async Task FiftyConcurrentOrders_OneSingleUseReward_ExactlyOneRedemption()
    {
        var clock = Stopwatch.StartNew();
        void Log(string line) { var text = $"[{clock.Elapsed.TotalSeconds,6:0.0}s] {line}"; TestContext.Out.WriteLine(text); TestContext.Progress.WriteLine(text); }

        var phone = await Sandbox.CreateFreshMemberAsync("Race");
        var before = await Sandbox.GetShopperAsync(phone);
        Log($"fresh member {phone}; sandbox before: {before}");
        Assert.That(before.Redemptions.Count(r => r.TemplateId == WelcomeTemplate), Is.Zero, "the fresh member has not redeemed the welcome gift");

        var customers = new List<Competitor>();
        try
        {
            // 50 registered customers, each logged in with its own cookies, then each verified as the member.
            var run = Guid.NewGuid().ToString("N")[..8];
            customers.AddRange(Enumerable.Range(1, Competitors).Select(i => new Competitor(StoreUrl, $"race-{run}-{i:00}@example.com")));
            await Task.WhenAll(customers.Select(c => c.RegisterAsync()));
            var pattern = ("pattern", (object)$"race-{run}-%");
            var ids = await StoreDatabase.QueryAsync($"SELECT {Q("Email")}, {Q("Id")} FROM {Q("Customer")} WHERE {Q("Email")} LIKE @pattern", pattern);
            foreach (var row in ids)
                customers.Single(c => c.Email == (string)row[0]!).CustomerId = Convert.ToInt32(row[1], CultureInfo.InvariantCulture);
            Assert.That(customers.All(c => c.CustomerId > 0), Is.True, "every competitor is a registered customer");
            // With the PIN required, each competitor opens the wallet as a verified shopper of the member:
            // the verification rows are written as a right PIN would leave them (the race is about the
            // claim, not the PIN).
            var memberContact = await Sandbox.ContactIdAsync(phone);
            var verifiedAt = DateTime.UtcNow;
            foreach (var customer in customers)
            {
                await StoreDatabase.ExecuteAsync(
                    $"INSERT INTO {Q("AiqLoyaltyVerification")} ({Q("StoreId")}, {Q("ScopeKey")}, {Q("CustomerId")}, {Q("IdentityKindId")}, {Q("IdentityValue")}, " +
                    $"{Q("ContactId")}, {Q("SendsInWindow")}, {Q("FailedAttempts")}, {Q("LockoutCount")}, {Q("VerifiedOnUtc")}, {Q("UpdatedOnUtc")}) " +
                    "VALUES (1, @scopeKey, @customerId, 0, @phone, @contact, 0, 0, 0, @now, @now)",
                    ("scopeKey", $"c:{customer.CustomerId}"), ("customerId", customer.CustomerId), ("phone", phone), ("contact", memberContact), ("now", verifiedAt));
            }
            Log($"registered {customers.Count} customers (ids {customers.Min(c => c.CustomerId)}..{customers.Max(c => c.CustomerId)}), each verified as {phone}");

            await Task.WhenAll(customers.Select(c => c.AddProductAndReadBoxAsync()));
            Log("each has the product in its cart and the rewards box token");

            // All open the member's own wallet, then all apply the single-use gift at once.
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var opened = 0;
            var races = customers.Select(async c =>
            {
                try
                {
                    c.OpenOwn = await c.PostBoxAsync("Refresh", new());
                }
                finally
                {
                    if (Interlocked.Increment(ref opened) == Competitors)
                        gate.TrySetResult();
                }
                await gate.Task.WaitAsync(TimeSpan.FromSeconds(120));
                c.Apply = await c.PostBoxAsync("Apply", new() { ["templateId"] = WelcomeTemplate });
            }).ToList();
            await Task.WhenAll(races);

            var openFailures = customers.Where(c => !c.OpenOwn.Ok).ToList();
            Assert.That(openFailures, Is.Empty,
                "every verified customer reads the member's wallet: " + string.Join("; ", openFailures.Take(3).Select(c => c.OpenOwn.Message)));

            var winners = customers.Where(c => c.Apply.Ok).ToList();
            var losers = customers.Where(c => !c.Apply.Ok).ToList();
            foreach (var group in customers.GroupBy(c => (c.Apply.Ok, c.Apply.Message)))
                Log($"Apply -> ok:{group.Key.Ok} x{group.Count()} \"{group.Key.Message}\"");

            var claims = await StoreDatabase.QueryLinesAsync(
                $"SELECT {Q("Id")}, {Q("CustomerId")}, {Q("ContactId")}, {Q("StateId")} FROM {Q("AiqLoyaltyRewardClaim")} " +
                $"WHERE {Q("TemplateId")} = @template AND {Q("CustomerId")} IN ({string.Join(",", customers.Select(c => c.CustomerId))})",
                ("template", WelcomeTemplate));
            Log($"claims in the database for the competitors: [{string.Join(", ", claims)}]");

            Assert.Multiple(() =>
            {
                Assert.That(winners, Has.Count.EqualTo(1), "exactly one Apply succeeds");
                Assert.That(winners.Select(w => w.Apply.Message), Is.All.EqualTo(Applied));
                Assert.That(losers, Has.Count.EqualTo(Competitors - 1), "every other Apply is refused");
                Assert.That(losers.Select(l => l.Apply.Message), Is.All.EqualTo(ClaimedElsewhere), "the refusal says the reward is in use elsewhere");
                Assert.That(claims, Has.Count.EqualTo(1), "exactly one claim row for the competitors");
            });

            var winner = winners.Single();
            var claimParts = claims.Single().Split('|');
            var contactId = claimParts[2];
            Assert.Multiple(() =>
            {
                Assert.That(int.Parse(claimParts[1]), Is.EqualTo(winner.CustomerId), "the claim belongs to the customer told it was applied");
                Assert.That(claimParts[3], Is.EqualTo("0"), "the claim is live (Claimed)");
            });
            var live = await StoreDatabase.QueryLinesAsync(
                $"SELECT count(*) FROM {Q("AiqLoyaltyRewardClaim")} WHERE {Q("ContactId")} = @contact AND {Q("TemplateId")} = @template AND {Q("StateId")} = 0",
                ("contact", contactId), ("template", WelcomeTemplate));
            Log($"live (StateId 0) claims of 2001 for contact {contactId}: {live.Single()}");
            Assert.That(live.Single(), Is.EqualTo("1"), "exactly one live claim for the contact");

            // The winner and some losers check out concurrently (browser one-page checkout, confirm clicked by all at once).
            var checkingOut = new[] { winner }.Concat(losers.Take(Checkouts - 1)).ToList();
            var confirmGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var ready = 0;
            var checkouts = new List<Task>();
            foreach (var c in checkingOut)
            {
                var shopper = await NewShopperAsync(c == winner ? "winner" : $"loser-{c.CustomerId}");
                await shopper.Page.Context.AddCookiesAsync(c.Cookies());
                checkouts.Add(Task.Run(async () =>
                {
                    try
                    {
                        await ToConfirmStepAsync(shopper, c.Email);
                    }
                    catch (Exception exception)
                    {
                        confirmGate.TrySetException(new InvalidOperationException($"{shopper.Label} did not reach the confirm step", exception));
                        throw;
                    }
                    if (Interlocked.Increment(ref ready) == checkingOut.Count)
                        confirmGate.TrySetResult();
                    await confirmGate.Task.WaitAsync(TimeSpan.FromSeconds(180));
                    await shopper.Page.Locator("#opc-confirm_order .confirm-order-next-step-button").ClickAsync();
                    await shopper.Page.WaitForURLAsync(new Regex("/checkout/completed", RegexOptions.IgnoreCase), new PageWaitForURLOptions { Timeout = 60_000 });
                    await Expect(shopper.Page.Locator(".order-completed")).ToBeVisibleAsync();
                }));
            }
            try
            {
                await Task.WhenAll(checkouts);
            }
            catch
            {
                foreach (var task in checkouts.Where(t => t.IsFaulted))
                    Log($"checkout failed: {task.Exception!.InnerException!.Message.Split('\n')[0]}");
                throw;
            }
            Log($"{checkingOut.Count} orders placed concurrently (winner + {checkingOut.Count - 1} losers)");

            var orders = await StoreDatabase.QueryLinesAsync(
                $"SELECT o.{Q("Id")}, o.{Q("CustomerId")}, o.{Q("OrderSubTotalDiscountExclTax")}, o.{Q("OrderDiscount")}, " +
                $"(SELECT count(*) FROM {Q("DiscountUsageHistory")} d WHERE d.{Q("OrderId")} = o.{Q("Id")}), " +
                $"(SELECT count(*) FROM {Q("AiqLoyaltyRewardClaim")} k WHERE k.{Q("OrderId")} = o.{Q("Id")}) FROM {Q("Order")} o " +
                $"WHERE o.{Q("CustomerId")} IN ({string.Join(",", checkingOut.Select(c => c.CustomerId))}) ORDER BY o.{Q("Id")}");
            Log($"orders (id|customer|subtotal discount|order discount|discount usages|AIQ claims): [{string.Join(", ", orders)}]");
            var rows = orders.Select(o => o.Split('|')).ToList();
            var winnerOrder = rows.Where(r => int.Parse(r[1]) == winner.CustomerId).ToList();
            var loserOrders = rows.Where(r => int.Parse(r[1]) != winner.CustomerId).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(rows, Has.Count.EqualTo(checkingOut.Count), "one order per customer who checked out");
                Assert.That(winnerOrder, Has.Count.EqualTo(1), "the winner's order");
                Assert.That(winnerOrder.Select(r => r[5]), Is.All.EqualTo("1"), "the winner's order carries the claim");
                Assert.That(winnerOrder.Select(r => r[4]), Is.All.EqualTo("1"), "the winner's order used one discount");
                Assert.That(loserOrders, Has.Count.EqualTo(checkingOut.Count - 1));
                Assert.That(loserOrders.Select(r => r[5]), Is.All.EqualTo("0"), "no other order carries an AIQ claim");
                Assert.That(loserOrders.Select(r => r[4]), Is.All.EqualTo("0"), "no other order used a discount");
                Assert.That(loserOrders.Select(r => decimal.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture) +
                    decimal.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)), Is.All.EqualTo(0m), "no other order has a discount amount");
            });
            var winnerOrderId = int.Parse(winnerOrder.Single()[0]);

            // The worker redeems exactly once.
            var admin = new StoreAdmin(await NewShopperAsync("admin"));
            await admin.LoginAsync();
            await admin.RunRedemptionTaskAsync();
            var reward = await admin.WaitForRewardStateAsync(winnerOrderId, "Redeemed", TimeSpan.FromSeconds(90));
            await admin.Page.Locator("#aiq-order-rewards").ScrollIntoViewIfNeededAsync();
            await admin.StepAsync("winner-order-redeemed");
            await admin.RunRedemptionTaskAsync();

            var after = await Sandbox.GetShopperAsync(phone);
            Log($"sandbox after the worker: {after}");
            var states = await StoreDatabase.QueryLinesAsync(
                $"SELECT {Q("StateId")}, count(*) FROM {Q("AiqLoyaltyRewardClaim")} WHERE {Q("ContactId")} = @contact GROUP BY {Q("StateId")}",
                ("contact", contactId));
            Log($"claims of contact {contactId} by state: [{string.Join(", ", states)}]");
            Assert.Multiple(() =>
            {
                Assert.That(reward.TemplateId, Is.EqualTo(WelcomeTemplate));
                Assert.That(after.Redemptions.Count(r => r.TemplateId == WelcomeTemplate), Is.EqualTo(1), "exactly one redemption of 2001 in the sandbox");
                Assert.That(after.Redemptions, Has.Count.EqualTo(before.Redemptions.Count + 1), "no other redemption for the member");
                Assert.That(states, Is.EqualTo(new[] { "3|1" }), "one claim for the contact, redeemed (state|count)");
            });
        }
        finally
        {
            foreach (var c in customers)
                c.Dispose();
        }
    }

    #endregion

    #region Checkout

    /// <summary>A registered customer's one-page checkout in the browser, up to (not including) the confirm click.</summary>
    internal static async Task ToConfirmStepAsync(StoreShopper shopper, string email)
    {
        var page = shopper.Page;
        // The rewards box may reload the page under load: start the checkout again from the cart until the steps show.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await shopper.OpenCartAsync();
                await SettleAsync(page);
                await Expect(page.Locator(".aiq-rewards.aiq-busy")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
                foreach (var select in await page.Locator(".checkout-attributes select").AllAsync())
                {
                    if (!string.IsNullOrEmpty(await select.InputValueAsync()))
                        continue;
                    var values = await select.Locator("option").EvaluateAllAsync<string[]>("options => options.map(o => o.value).filter(v => v)");
                    if (values.Length > 0)
                        await select.SelectOptionAsync(values[0]);
                }

                await SettleAsync(page);
                var terms = page.Locator("#termsofservice");
                if (await terms.CountAsync() > 0)
                    await terms.CheckAsync();
                await page.Locator("#checkout").ClickAsync(new() { Timeout = 30_000 });
                await Expect(page.Locator("#checkout-steps")).ToBeVisibleAsync(new() { Timeout = 30_000 });
                break;
            }
            catch (Exception exception) when (attempt < 4)
            {
                TestContext.Progress.WriteLine($"{shopper.Label}: cart to checkout failed (attempt {attempt}): {exception.Message.Split('\n')[0]}");
            }
        }

        // The rewards box may reload the page while the billing form is being filled (a reload keeps typed text but not the
        // ajax-loaded state list): fill and continue until the shipping methods show.
        await SettleAsync(page);
        await Expect(page.Locator(".aiq-rewards.aiq-busy")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        var billing = page.Locator("#opc-billing");
        var shippingMethod = page.Locator("#opc-shipping_method");
        for (var attempt = 1; ; attempt++)
        {
            var firstName = billing.Locator("#BillingNewAddress_FirstName");
            await Expect(firstName).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await firstName.FillAsync("Race");
            await billing.Locator("#BillingNewAddress_LastName").FillAsync("Shopper");
            await billing.Locator("#BillingNewAddress_Email").FillAsync(email);
            var country = billing.Locator("#BillingNewAddress_CountryId");
            if (await country.Locator("option:checked").InnerTextAsync() != "United States of America")
                await country.SelectOptionAsync(new SelectOptionValue { Label = "United States of America" });
            await SettleAsync(page);
            var state = billing.Locator("#BillingNewAddress_StateProvinceId");
            await Expect(state.Locator("option", new LocatorLocatorOptions { HasText = "New York" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await state.SelectOptionAsync(new SelectOptionValue { Label = "New York" });
            foreach (var (selector, value) in new[] { ("#BillingNewAddress_City", "New York"), ("#BillingNewAddress_Address1", "1 Main St"),
                         ("#BillingNewAddress_ZipPostalCode", "10001"), ("#BillingNewAddress_PhoneNumber", TestPhones.BillingAddress) })
            {
                var input = billing.Locator(selector);
                if (await input.CountAsync() > 0 && await input.IsVisibleAsync())
                    await input.FillAsync(value);
            }
            // A late reload of the state list (the country's change handler) clears the pick: pick again until it holds.
            for (var recheck = 0; recheck < 10; recheck++)
            {
                await Task.Delay(500);
                var picked = await state.InputValueAsync();
                if (!string.IsNullOrEmpty(picked) && picked != "0")
                    break;
                await Expect(state.Locator("option", new LocatorLocatorOptions { HasText = "New York" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
                await state.SelectOptionAsync(new SelectOptionValue { Label = "New York" });
            }
            await billing.Locator(".new-address-next-step-button").ClickAsync();
            try
            {
                await Expect(shippingMethod.Locator("input[name=shippingoption]").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 6)
            {
                TestContext.Progress.WriteLine($"{shopper.Label}: billing step did not continue (attempt {attempt}), filling again");
                await SettleAsync(page);
            }
        }

        await shippingMethod.Locator("input[name=shippingoption]").First.CheckAsync();
        await shippingMethod.Locator(".shipping-method-next-step-button").ClickAsync();

        var payment = page.Locator("#opc-payment_method");
        var check = payment.Locator("input[name=paymentmethod][value='Payments.CheckMoneyOrder']");
        await Expect(check).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await check.CheckAsync();
        await payment.Locator(".payment-method-next-step-button").ClickAsync();

        var paymentInfo = page.Locator("#opc-payment_info");
        await Expect(paymentInfo.Locator(".payment-info-next-step-button")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await paymentInfo.Locator(".payment-info-next-step-button").ClickAsync();

        await Expect(page.Locator("#opc-confirm_order .confirm-order-next-step-button")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await SettleAsync(page);
    }

    /// <summary>Waits up to 5 s for the network to go quiet (the rewards box may keep it busy under load), then goes on.</summary>
    private static async Task SettleAsync(IPage page)
    {
        try
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
        }
    }

    #endregion

    #region HTTP helpers

    private static HttpClient NewClient(HttpClientHandler handler, string baseUrl)
    {
        var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return http;
    }

    /// <summary>An identifier quoted for the store's database.</summary>
    private static string Q(string identifier) => StoreDatabase.Q(identifier);

    #endregion

    #region Competitor

    /// <summary>One registered customer over plain HTTP with its own cookies.</summary>
    private sealed class Competitor : IDisposable
    {
        private readonly CookieContainer _cookies = new();
        private readonly HttpClientHandler _handler;
        private readonly HttpClient _http;
        private readonly string _storeUrl;
        private string _boxToken = string.Empty;
        private string _actionBase = string.Empty;

        public Competitor(string storeUrl, string email)
        {
            _storeUrl = storeUrl;
            Email = email;
            _handler = new HttpClientHandler { CookieContainer = _cookies };
            _http = NewClient(_handler, storeUrl);
        }

        public string Email { get; }

        public int CustomerId { get; set; }

        /// <summary>The answer to "show my rewards" (a fresh wallet read).</summary>
        public (bool Ok, string Message) OpenOwn { get; set; }

        public (bool Ok, string Message) Apply { get; set; }

        /// <summary>Registers through /register; the standard registration signs the customer in.</summary>
        public async Task RegisterAsync()
        {
            var token = StorePageMarkup.RequestToken(await _http.GetStringAsync("/register"));
            using var response = await _http.PostAsync("/register", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["FirstName"] = "Race",
                ["LastName"] = "Shopper",
                ["Email"] = Email,
                ["Password"] = "Race123!x",
                ["ConfirmPassword"] = "Race123!x"
            }));
            var landed = response.RequestMessage?.RequestUri?.AbsolutePath ?? string.Empty;
            Assert.That(landed, Does.Contain("registerresult").IgnoreCase, $"registering {Email}");
        }

        /// <summary>Adds the sample product from its page, then reads the rewards box's token and action base from the cart.</summary>
        public async Task AddProductAndReadBoxAsync()
        {
            var token = StorePageMarkup.RequestToken(await _http.GetStringAsync("/" + StoreShopper.ProductSlug));
            using (var response = await _http.PostAsync($"/addproducttocart/details/{StoreShopper.ProductId}/1", new FormUrlEncodedContent(new Dictionary<string, string>
                   {
                       ["__RequestVerificationToken"] = token,
                       [$"addtocart_{StoreShopper.ProductId}.EnteredQuantity"] = "1"
                   })))
            {
                var body = await response.Content.ReadAsStringAsync();
                Assert.That(body, Does.Contain("\"success\":true"), $"{Email}: add to cart: {body}");
            }

            var cart = await _http.GetStringAsync("/cart");
            var boxToken = StorePageMarkup.BoxTokenPattern().Match(cart);
            var boxBase = StorePageMarkup.BoxBasePattern().Match(cart);
            Assert.That(boxToken.Success && boxBase.Success, Is.True, $"{Email}: the rewards box on the cart page");
            _boxToken = WebUtility.HtmlDecode(boxToken.Groups[1].Value);
            _actionBase = Regex.Replace(WebUtility.HtmlDecode(boxBase.Groups[1].Value), "/Box$", "/", RegexOptions.IgnoreCase);
        }

        /// <summary>Posts to one of the box's actions as the box's script does; returns the reply's ok and message.</summary>
        public async Task<(bool Ok, string Message)> PostBoxAsync(string action, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = _boxToken;
            using var response = await _http.PostAsync(_actionBase + action, new FormUrlEncodedContent(fields));
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
                return (false, $"HTTP {(int)response.StatusCode}");
            using var json = JsonDocument.Parse(body);
            return (json.RootElement.GetProperty("ok").GetBoolean(), json.RootElement.GetProperty("message").GetString() ?? string.Empty);
        }

        /// <summary>The session's cookies for a browser context.</summary>
        public IEnumerable<Microsoft.Playwright.Cookie> Cookies() => _cookies.GetCookies(new Uri(_storeUrl)).Select(c => new Microsoft.Playwright.Cookie
        {
            Name = c.Name, Value = c.Value, Url = _storeUrl
        });

        public void Dispose()
        {
            _http.Dispose();
            _handler.Dispose();
        }
    }

    #endregion
}
