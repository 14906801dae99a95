using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>
/// One guest shopper (one browser context) in nopCommerce's default theme: the cart, the rewards box
/// and the one-page guest checkout, driven the way a person would (clicks and typing).
/// </summary>
public sealed partial class StoreShopper
{
    #region Fields

    /// <summary>A simple product of the sample data: HTC smartphone, $245.</summary>
    public const string ProductSlug = "htc-smartphone";

    /// <summary>The product's id in the sample data.</summary>
    public const int ProductId = 18;

    private readonly Func<IPage, string, Task> _step;

    #endregion

    #region Ctor

    /// <summary>Wraps a page; <paramref name="step"/> saves a screenshot.</summary>
    public StoreShopper(string label, IPage page, Func<IPage, string, Task> step)
    {
        Label = label;
        Page = page;
        _step = step;
    }

    #endregion

    #region Properties

    /// <summary>Who this shopper is in the scenario (used in screenshot names).</summary>
    public string Label { get; }

    /// <summary>The shopper's page.</summary>
    public IPage Page { get; }

    /// <summary>The rewards box (the first one on the page).</summary>
    public ILocator Box => Page.Locator(".aiq-rewards").First;

    /// <summary>The box's message line.</summary>
    public ILocator Message => Box.Locator(".aiq-message");

    #endregion

    #region Store

    /// <summary>Screenshot of the current page as the test's next step.</summary>
    public Task StepAsync(string step) => _step(Page, $"{Label}-{step}");

    /// <summary>Adds the sample product to the cart from its product page.</summary>
    public async Task AddProductToCartAsync()
    {
        await Page.GotoAsync("/" + ProductSlug);
        await Page.Locator($"#add-to-cart-button-{ProductId}").ClickAsync();
        await Expect(Page.Locator("#bar-notification .success, #bar-notification.success")).ToBeVisibleAsync();
    }

    /// <summary>Opens the shopping cart page.</summary>
    public async Task OpenCartAsync()
    {
        await Page.GotoAsync("/cart");
        await Expect(Page.Locator(".order-summary-content")).ToBeVisibleAsync();
    }

    /// <summary>The cart's totals table.</summary>
    public async Task<CartTotals> ReadCartTotalsAsync()
    {
        var totals = Page.Locator(".cart-footer .totals");
        await Expect(totals).ToBeVisibleAsync();
        return new CartTotals(
            await AmountAsync(totals.Locator(".order-subtotal .value-summary")),
            await AmountAsync(totals.Locator(".order-subtotal-discount .value-summary")),
            await AmountAsync(totals.Locator(".order-total .value-summary")));
    }

    private static async Task<decimal?> AmountAsync(ILocator cell)
    {
        if (await cell.CountAsync() == 0)
            return null;
        var text = (await cell.First.InnerTextAsync()).Trim();
        var match = MoneyPattern().Match(text);
        if (!match.Success)
            return null;
        var value = decimal.Parse(match.Groups["amount"].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
        return text.Contains('-') || text.Contains('(') ? -value : value;
    }

    [GeneratedRegex(@"\$(?<amount>[0-9][0-9,]*(\.[0-9]+)?)")]
    private static partial Regex MoneyPattern();

    #endregion

    #region Rewards box

    /// <summary>Types a phone or email and asks for a code.</summary>
    public async Task SendCodeAsync(string contact)
    {
        await Box.Locator("input[name=contact]").FillAsync(contact);
        await ClickActionAsync("SendCode");
    }

    /// <summary>Types a code and checks it.</summary>
    public async Task EnterCodeAsync(string code)
    {
        await Box.Locator("input[name=code]").FillAsync(code);
        await ClickActionAsync("Verify");
    }

    /// <summary>Clicks one of the box's buttons and waits until the box has finished the request.</summary>
    public async Task ClickActionAsync(string action, string? templateId = null, int? claimId = null)
    {
        var selector = $"[data-aiq-action='{action}']";
        if (templateId is not null)
            selector += $"[data-template-id='{templateId}']";
        if (claimId is not null)
            selector += $"[data-claim-id='{claimId}']";
        await Box.Locator(selector).ClickAsync();
        await WaitIdleAsync();
    }

    /// <summary>Waits until the box is not busy and the page (reloaded after totals change) is loaded.</summary>
    public async Task WaitIdleAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(Page.Locator(".aiq-rewards.aiq-busy")).ToHaveCountAsync(0);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>
    /// Posts straight to one of the box's actions from this page (with this session's cookies and the
    /// box's antiforgery token), as a script would when the box offers no button for it; returns the
    /// JSON reply's <c>ok</c> and <c>message</c>.
    /// </summary>
    public async Task<(bool Ok, string Message)> PostActionDirectlyAsync(string action, IDictionary<string, string> fields)
    {
        var reply = await Page.EvaluateAsync<System.Text.Json.JsonElement>(
            @"async ([action, fields]) => {
                const box = document.querySelector('.aiq-rewards');
                const body = new URLSearchParams(fields);
                body.append('__RequestVerificationToken', box.querySelector('.aiq-rewards-body').dataset.token || '');
                const base = box.dataset.base.replace(/\/Box$/i, '/');
                const response = await fetch(base + action, { method: 'POST', credentials: 'same-origin', body });
                return response.ok ? await response.json() : { ok: false, message: 'HTTP ' + response.status };
            }",
            new object[] { action, fields });
        return (reply.GetProperty("ok").GetBoolean(), reply.GetProperty("message").GetString() ?? string.Empty);
    }

    /// <summary>The box's message, once it shows one.</summary>
    public async Task<string> MessageTextAsync()
    {
        await Expect(Message).ToBeVisibleAsync();
        return (await Message.InnerTextAsync()).Trim();
    }

    #endregion

    #region Checkout

    /// <summary>From the cart: fills the required checkout attribute, agrees to the terms, checks out as a guest.</summary>
    public async Task StartGuestCheckoutAsync()
    {
        await OpenCartAsync();
        // Required checkout attributes (the sample data's "Gift wrapping"): keep a chosen value, else take the first option.
        foreach (var select in await Page.Locator(".checkout-attributes select").AllAsync())
        {
            if (!string.IsNullOrEmpty(await select.InputValueAsync()))
                continue;
            var values = await select.Locator("option").EvaluateAllAsync<string[]>("options => options.map(o => o.value).filter(v => v)");
            if (values.Length > 0)
                await select.SelectOptionAsync(values[0]);
        }

        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var terms = Page.Locator("#termsofservice");
        if (await terms.CountAsync() > 0)
            await terms.CheckAsync();
        await Page.Locator("#checkout").ClickAsync();

        var guest = Page.Locator(".checkout-as-guest-button");
        await Expect(guest.Or(Page.Locator("#checkout-steps"))).ToBeVisibleAsync();
        if (await guest.IsVisibleAsync())
            await guest.ClickAsync();
        await Expect(Page.Locator("#checkout-steps")).ToBeVisibleAsync();
    }

    /// <summary>One-page checkout: billing address, Ground shipping, Check / Money Order, confirm.</summary>
    public async Task CompleteOnePageCheckoutAsync(string email)
    {
        var billing = Page.Locator("#opc-billing");
        await Expect(billing.Locator("#BillingNewAddress_FirstName")).ToBeVisibleAsync();
        await billing.Locator("#BillingNewAddress_FirstName").FillAsync("Test");
        await billing.Locator("#BillingNewAddress_LastName").FillAsync("Shopper");
        await billing.Locator("#BillingNewAddress_Email").FillAsync(email);
        await billing.Locator("#BillingNewAddress_CountryId").SelectOptionAsync(new SelectOptionValue { Label = "United States of America" });
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var state = billing.Locator("#BillingNewAddress_StateProvinceId");
        await Expect(state.Locator("option", new LocatorLocatorOptions { HasText = "New York" })).ToHaveCountAsync(1);
        await state.SelectOptionAsync(new SelectOptionValue { Label = "New York" });
        await FillIfPresentAsync(billing, "#BillingNewAddress_City", "New York");
        await FillIfPresentAsync(billing, "#BillingNewAddress_Address1", "1 Main St");
        await FillIfPresentAsync(billing, "#BillingNewAddress_ZipPostalCode", "10001");
        await FillIfPresentAsync(billing, "#BillingNewAddress_PhoneNumber", TestPhones.BillingAddress);
        await StepAsync("checkout-billing");
        await billing.Locator(".new-address-next-step-button").ClickAsync();

        var shippingMethod = Page.Locator("#opc-shipping_method");
        await Expect(shippingMethod.Locator("input[name=shippingoption]").First).ToBeVisibleAsync();
        await shippingMethod.Locator("input[name=shippingoption]").First.CheckAsync();
        await shippingMethod.Locator(".shipping-method-next-step-button").ClickAsync();

        var payment = Page.Locator("#opc-payment_method");
        var check = payment.Locator("input[name=paymentmethod][value='Payments.CheckMoneyOrder']");
        await Expect(check).ToBeVisibleAsync();
        await check.CheckAsync();
        await payment.Locator(".payment-method-next-step-button").ClickAsync();

        var paymentInfo = Page.Locator("#opc-payment_info");
        await Expect(paymentInfo.Locator(".payment-info-next-step-button")).ToBeVisibleAsync();
        await paymentInfo.Locator(".payment-info-next-step-button").ClickAsync();

        var confirm = Page.Locator("#opc-confirm_order");
        await Expect(confirm.Locator(".confirm-order-next-step-button")).ToBeVisibleAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await StepAsync("checkout-confirm");
        await confirm.Locator(".confirm-order-next-step-button").ClickAsync();

        await Page.WaitForURLAsync(new Regex("/checkout/completed", RegexOptions.IgnoreCase), new PageWaitForURLOptions { Timeout = 30_000 });
        await Expect(Page.Locator(".order-completed")).ToBeVisibleAsync();
    }

    private static async Task FillIfPresentAsync(ILocator scope, string selector, string value)
    {
        var input = scope.Locator(selector);
        if (await input.CountAsync() > 0 && await input.IsVisibleAsync())
            await input.FillAsync(value);
    }

    #endregion
}

/// <summary>The cart page's totals; null when a row is absent or shows no amount.</summary>
public sealed record CartTotals(decimal? SubTotal, decimal? SubTotalDiscount, decimal? Total);
