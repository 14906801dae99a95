using Nop.Core;

namespace Nop.Plugin.Misc.AiqLoyalty.Domain;

/// <summary>What a shopper agreed to when joining: the exact text shown, when, where and as whom.</summary>
public class AiqConsentRecord : BaseEntity
{
    /// <summary>The store.</summary>
    public int StoreId { get; set; }

    /// <summary>The customer.</summary>
    public int CustomerId { get; set; }

    /// <summary>0 phone, 1 email.</summary>
    public int IdentityKindId { get; set; }

    /// <summary>The normalised phone or email.</summary>
    public string IdentityValue { get; set; }

    /// <summary>0 United States, 1 Canada.</summary>
    public int CountryId { get; set; }

    /// <summary>The consent text exactly as shown.</summary>
    public string ConsentText { get; set; }

    /// <summary>AIQ's contact id returned by the signup.</summary>
    public string ContactId { get; set; }

    /// <summary>When the shopper consented.</summary>
    public DateTime ConsentedOnUtc { get; set; }
}
