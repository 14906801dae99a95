using AiqLoyalty.Core.Validation;
using AiqLoyalty.Core.Wire;

namespace AiqLoyalty.Core.Offers;

/// <summary>
/// Turns an AIQ wallet (untrusted input) into the rewards a shopper may use at online checkout.
/// A template that is in doubt is not offered: the mapper never guesses a discount up.
/// </summary>
public static class WalletOfferMapper
{
    /// <summary>Longest name, title or id kept, in UTF-16 code units.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Longest id accepted (template, POS discount, contact). Ids are never cut: a longer one is refused (see <see cref="AiqIdentifier"/>).</summary>
    public const int MaxIdLength = AiqIdentifier.MaxLength;

    /// <summary>
    /// Longest redemption URL accepted, in UTF-16 code units (the claim's column holds 1000). URLs
    /// are never cut: a longer one, or one with characters outside the BMP, makes the template invalid.
    /// </summary>
    public const int MaxRedemptionUrlLength = 1000;

    /// <summary>Maps <paramref name="wallet"/> as of <paramref name="now"/>.</summary>
    /// <param name="wallet">The wallet AIQ returned.</param>
    /// <param name="now">The current time, for expiry.</param>
    /// <returns>The offers and the templates left out, each in wallet order.</returns>
    public static WalletView Map(Wallet wallet, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(wallet);

        var offers = new List<RewardOffer>();
        var notOffered = new List<RejectedTemplate>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in wallet.DiscountTemplates ?? [])
        {
            var id = AiqIdentifier.Clean(template?.Id);
            if (template is null || id is null)
            {
                notOffered.Add(new RejectedTemplate(null, NotOfferedReason.Invalid));
                continue;
            }

            if (!seen.Add(id))
            {
                notOffered.Add(new RejectedTemplate(id, NotOfferedReason.Duplicate));
                continue;
            }

            var reason = TryCreateOffer(template, id, now, out var offer);
            if (offer is not null)
                offers.Add(offer);
            else
                notOffered.Add(new RejectedTemplate(id, reason ?? NotOfferedReason.Invalid));
        }

        return new WalletView
        {
            ContactId = AiqIdentifier.Clean(wallet.ContactId),
            Points = wallet.HidePointsInWallet ? null : wallet.LoyaltyPoints,
            Offers = offers,
            NotOffered = notOffered
        };
    }

    private static NotOfferedReason? TryCreateOffer(DiscountTemplate template, string id, DateTimeOffset now, out RewardOffer? offer)
    {
        offer = null;
        if (template.InStoreRedemption)
            return NotOfferedReason.InStoreOnly;
        if (!template.Available)
            return NotOfferedReason.Unavailable;
        if (!TryReadExpiry(template.Expiration, out var expiresAt))
            return NotOfferedReason.Invalid;
        if (expiresAt <= now)
            return NotOfferedReason.Expired;

        if (!string.IsNullOrWhiteSpace(template.PosDiscountId) && AiqIdentifier.Clean(template.PosDiscountId) is null)
            return NotOfferedReason.Invalid;

        var reason = RewardTermsReader.Read(template, out var terms);
        if (terms is null)
            return reason;

        var redemptionUrl = PlainText.AbsoluteHttpUrl(template.RedemptionUrl);
        if (redemptionUrl is { Length: > MaxRedemptionUrlLength } || (redemptionUrl is not null && redemptionUrl.Any(char.IsSurrogate)))
            redemptionUrl = null;
        var hasRawUrl = !string.IsNullOrWhiteSpace(template.RedemptionUrl);
        if (redemptionUrl is null && (hasRawUrl || terms.Kind != RewardKind.StoreDiscount))
            return NotOfferedReason.Invalid;

        var cap = template.PriceCap is > 0m ? template.PriceCap : null;
        offer = new RewardOffer
        {
            TemplateId = id,
            Name = PlainText.TrimAndCap(template.Name, MaxTextLength) ?? PlainText.TrimAndCap(template.PageTitle, MaxTextLength) ?? id,
            Title = PlainText.TrimAndCap(template.PageTitle, MaxTextLength),
            ImageUrl = PlainText.AbsoluteHttpUrl(template.Avatar),
            PointsCost = template.PointsDeduction,
            Kind = terms.Kind,
            Amount = terms.Amount,
            Percentage = terms.Percentage,
            MaxDiscountAmount = template.Min ? null : cap,
            MinimumOrderTotal = template.Min ? cap : null,
            PosDiscountId = AiqIdentifier.Clean(template.PosDiscountId),
            RedemptionUrl = redemptionUrl,
            Reusable = template.Reusable,
            ExpiresAt = expiresAt
        };
        return null;
    }


    /// <summary>AIQ's expiration is unix seconds with 0 meaning none [CODE]; negative or out-of-range values are refused.</summary>
    private static bool TryReadExpiry(long unixSeconds, out DateTimeOffset? expiresAt)
    {
        expiresAt = null;
        if (unixSeconds == 0)
            return true;
        if (unixSeconds < 0 || unixSeconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            return false;
        expiresAt = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
        return true;
    }
}
