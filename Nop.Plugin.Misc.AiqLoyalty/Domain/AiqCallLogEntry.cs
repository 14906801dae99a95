using Nop.Core;

namespace Nop.Plugin.Misc.AiqLoyalty.Domain;

/// <summary>
/// One call to AIQ (the call log): what was asked, how it ended, how long it took and what it served.
/// Never the API key, a full phone or email, a redemption URL or a request body.
/// </summary>
public class AiqCallLogEntry : BaseEntity
{
    /// <summary>The store whose settings (credentials) made the call; 0 for the all-stores configuration.</summary>
    public int StoreId { get; set; }

    /// <summary>When the call started.</summary>
    public DateTime StartedOnUtc { get; set; }

    /// <summary>The operation (AiqLoyalty.Core.Client.AiqCall).</summary>
    public int OperationId { get; set; }

    /// <summary>How it ended (AiqLoyalty.Core.Client.AiqCallOutcome).</summary>
    public int OutcomeId { get; set; }

    /// <summary>The failure's kind (AiqLoyalty.Core.Client.AiqErrorKind), null when it succeeded or was cancelled.</summary>
    public int? ErrorKindId { get; set; }

    /// <summary>The last attempt's HTTP status, null when no answer arrived.</summary>
    public int? HttpStatus { get; set; }

    /// <summary>From the start to the result, retries included, in milliseconds.</summary>
    public int DurationMs { get; set; }

    /// <summary>HTTP requests sent (retries included; 0 when none was sent).</summary>
    public int Attempts { get; set; }

    /// <summary>The shopper, masked, or null.</summary>
    public string ContactMasked { get; set; }

    /// <summary>The customer the call served, or null.</summary>
    public int? CustomerId { get; set; }

    /// <summary>The order the call served, or null.</summary>
    public int? OrderId { get; set; }

    /// <summary>The reward claim the call served, or null.</summary>
    public int? ClaimId { get; set; }
}
