using AiqLoyalty.Core.Client;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// Sends prepared carts to AIQ and records each on its sync row: the row says Sending before the send
/// and AIQ's answer after it, so a crash neither loses nor duplicates a cart.
/// </summary>
public interface IAbandonedCartSender
{
    /// <summary>
    /// True while AIQ's Retry-After on a 429 (kept on the row that got it) has not passed: the store
    /// sends nothing until then, on any instance.
    /// </summary>
    /// <param name="storeId">The store.</param>
    /// <param name="nowUtc">The run's clock.</param>
    Task<bool> IsRateLimitedAsync(int storeId, DateTime nowUtc);

    /// <summary>
    /// Writes the rows of carts seen for the first time as Sending, in one bulk insert, before any of
    /// them is sent.
    /// </summary>
    /// <param name="storeId">The store.</param>
    /// <param name="batch">The prepared batch.</param>
    /// <returns>The written rows by customer id, to pass to <see cref="ProcessAsync"/>.</returns>
    Task<IReadOnlyDictionary<int, AiqCartSync>> PrewriteNewRowsAsync(int storeId, IReadOnlyCollection<AbandonedCartWork> batch);

    /// <summary>
    /// Takes one cart to its next state: unchanged (not sent again), skipped, or sent with the answer
    /// recorded (sent, retrying with backoff, failed).
    /// </summary>
    /// <param name="storeId">The store.</param>
    /// <param name="work">The prepared cart.</param>
    /// <param name="client">The store's AIQ client.</param>
    /// <param name="control">The store run's shared control (send gate, stop).</param>
    /// <param name="prewritten">The cart's row from <see cref="PrewriteNewRowsAsync"/>, or null.</param>
    /// <param name="cancellationToken">Stops waiting for the send gate and the send.</param>
    Task<AbandonedCartOutcome> ProcessAsync(int storeId, AbandonedCartWork work, IAiqClient client, AbandonedCartRunControl control,
        AiqCartSync prewritten = null, CancellationToken cancellationToken = default);

    /// <summary>Pre-written rows the run stopped before sending: due again at once, no attempt counted.</summary>
    /// <param name="prewritten">The batch's pre-written rows.</param>
    /// <param name="control">The store run's control (its stop reason goes on the rows).</param>
    Task ReleaseUnsentAsync(IEnumerable<AiqCartSync> prewritten, AbandonedCartRunControl control);
}
