using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.AiqLoyalty.Models.CallLog;

/// <summary>One AIQ call as the grid shows it.</summary>
public record CallLogModel : BaseNopEntityModel
{
    /// <summary>When it started, in the admin's time zone.</summary>
    public DateTime StartedOn { get; set; }

    /// <summary>Store name ("all stores" for the default configuration).</summary>
    public string StoreName { get; set; }

    /// <summary>The operation, localized.</summary>
    public string Operation { get; set; }

    /// <summary>The outcome id (AiqCallOutcome), for the row's colour.</summary>
    public int OutcomeId { get; set; }

    /// <summary>The outcome, localized, with the error kind when it failed.</summary>
    public string Outcome { get; set; }

    /// <summary>The last HTTP status.</summary>
    public int? HttpStatus { get; set; }

    /// <summary>Latency in milliseconds.</summary>
    public int DurationMs { get; set; }

    /// <summary>HTTP requests sent.</summary>
    public int Attempts { get; set; }

    /// <summary>The shopper, masked.</summary>
    public string ContactMasked { get; set; }

    /// <summary>The customer served (links to the customer), or null.</summary>
    public int? CustomerId { get; set; }

    /// <summary>The order served (links to the order), or null.</summary>
    public int? OrderId { get; set; }

    /// <summary>The reward claim served, or null.</summary>
    public int? ClaimId { get; set; }
}
