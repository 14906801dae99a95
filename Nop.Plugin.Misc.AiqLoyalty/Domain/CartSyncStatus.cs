namespace Nop.Plugin.Misc.AiqLoyalty.Domain;

/// <summary>The states of an abandoned-cart sync row.</summary>
public enum CartSyncStatus
{
    /// <summary>Written before the send; a crash leaves it here and the next run resends.</summary>
    Sending = 0,

    /// <summary>AIQ accepted the cart.</summary>
    Sent = 1,

    /// <summary>A transient failure; retried after NextAttemptOnUtc.</summary>
    Retrying = 2,

    /// <summary>A permanent failure; retried only from the admin.</summary>
    Failed = 3,

    /// <summary>Not sent, with the reason in Error.</summary>
    Skipped = 4,

    /// <summary>The cart became an order after it was sent.</summary>
    Recovered = 5,

    /// <summary>Not sent: the shopper may not be contacted (neither a known AIQ member nor a customer who gave marketing consent).</summary>
    SkippedNoConsent = 6
}
