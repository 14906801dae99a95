using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiqLoyalty.Demo.Cli;

namespace AiqLoyalty.Demo.Store;

/// <summary>
/// Checks the demo as a shopper sees it: a guest puts a product from the home page into the cart
/// (the catalog's "Add to cart" button) and the cart page shows the rewards box.
/// </summary>
public sealed partial class CartProbe
{
    private readonly StoreClient _store;

    /// <summary>Creates the probe for a (fresh, guest) store session.</summary>
    public CartProbe(StoreClient store)
    {
        _store = store;
    }

    /// <summary>Adds the first product the catalog can add in one click; returns its id.</summary>
    public async Task<int> AddAnyProductToCartAsync(CancellationToken ct)
    {
        var home = await _store.GetFollowingAsync("/", ct);
        if (home.Status != HttpStatusCode.OK)
            throw new DemoStepException($"the home page answered HTTP {(int)home.Status}");
        var token = StoreClient.TokenOf(home, "the home page");

        var productIds = ProductIdRegex().Matches(home.Body).Select(m => int.Parse(m.Groups["id"].Value)).Distinct().ToList();
        if (productIds.Count == 0)
            throw new DemoStepException("the home page lists no products: was the sample data installed?");

        foreach (var productId in productIds)
        {
            // Products with attributes, rentals etc. answer with a redirect to their page instead.
            var answer = await _store.PostAsync($"/addproducttocart/catalog/{productId}/1/1",
                [new(DemoDefaults.AntiforgeryField, token)], ct);
            if (answer.Status == HttpStatusCode.OK && AddedToCart(answer.Body))
                return productId;
        }

        throw new DemoStepException($"none of the home page's products ({string.Join(", ", productIds)}) could be added to the cart");
    }

    /// <summary>Whether the cart page shows the rewards box; the page is returned for the caller's report.</summary>
    public async Task<(bool Shown, StorePage Page)> CartShowsRewardsBoxAsync(CancellationToken ct)
    {
        var cart = await _store.GetFollowingAsync("/cart", ct);
        return (cart.Status == HttpStatusCode.OK && ContainsRewardsBox(cart.Body), cart);
    }

    /// <summary>Whether a page carries the cart's rewards box element.</summary>
    public static bool ContainsRewardsBox(string page) =>
        RewardsBoxRegex().IsMatch(page ?? string.Empty);

    private static bool AddedToCart(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("success", out var success)
                && success.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"data-productid=""(?<id>\d+)""")]
    private static partial Regex ProductIdRegex();

    [GeneratedRegex(@"<div\b[^>]*\bclass=""aiq-rewards""[^>]*\bid=""" + DemoDefaults.CartRewardsBoxId + @"""")]
    private static partial Regex RewardsBoxRegex();
}
