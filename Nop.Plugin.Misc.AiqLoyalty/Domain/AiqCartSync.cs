using Nop.Core;

namespace Nop.Plugin.Misc.AiqLoyalty.Domain;

/// <summary>One abandoned cart's sync state, written before and updated after each send.</summary>
public class AiqCartSync : BaseEntity
{
    /// <summary>The store.</summary>
    public int StoreId { get; set; }

    /// <summary>The cart owner.</summary>
    public int CustomerId { get; set; }

    /// <summary>The cart content fingerprint last sent (or being sent).</summary>
    public string Fingerprint { get; set; }

    /// <summary>The newest cart item change the row describes.</summary>
    public DateTime CartUpdatedOnUtc { get; set; }

    /// <summary>The sync status (CartSyncStatus).</summary>
    public int StatusId { get; set; }

    /// <summary>Send attempts for this fingerprint.</summary>
    public int Attempts { get; set; }

    /// <summary>The last HTTP status from AIQ.</summary>
    public int? HttpStatus { get; set; }

    /// <summary>The last error or the skip reason.</summary>
    public string Error { get; set; }

    /// <summary>The contact, masked for the log grid.</summary>
    public string ContactMasked { get; set; }

    /// <summary>Items in the cart.</summary>
    public int ItemCount { get; set; }

    /// <summary>Cart total at send time.</summary>
    public decimal CartTotal { get; set; }

    /// <summary>When AIQ accepted it.</summary>
    public DateTime? SentOnUtc { get; set; }

    /// <summary>When a failed send may be retried.</summary>
    public DateTime? NextAttemptOnUtc { get; set; }

    /// <summary>Created.</summary>
    public DateTime CreatedOnUtc { get; set; }

    /// <summary>Last change.</summary>
    public DateTime UpdatedOnUtc { get; set; }
}
