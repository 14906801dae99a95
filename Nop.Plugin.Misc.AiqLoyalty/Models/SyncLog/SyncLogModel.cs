using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.AiqLoyalty.Models.SyncLog;

/// <summary>One sync log row as the grid shows it.</summary>
public record SyncLogModel : BaseNopEntityModel
{
    /// <summary>Last change, in the admin's time zone.</summary>
    public DateTime UpdatedOn { get; set; }

    /// <summary>Store name.</summary>
    public string StoreName { get; set; }

    /// <summary>Customer id (links to the customer).</summary>
    public int CustomerId { get; set; }

    /// <summary>Masked phone or email.</summary>
    public string ContactMasked { get; set; }

    /// <summary>Items in the cart.</summary>
    public int ItemCount { get; set; }

    /// <summary>Cart total, formatted.</summary>
    public string CartTotal { get; set; }

    /// <summary>Status id (CartSyncStatus).</summary>
    public int StatusId { get; set; }

    /// <summary>Status, localized.</summary>
    public string Status { get; set; }

    /// <summary>Last HTTP status from AIQ.</summary>
    public int? HttpStatus { get; set; }

    /// <summary>Last error or skip reason.</summary>
    public string Error { get; set; }

    /// <summary>Send attempts for the current content.</summary>
    public int Attempts { get; set; }

    /// <summary>Next retry, in the admin's time zone.</summary>
    public DateTime? NextAttemptOn { get; set; }
}
