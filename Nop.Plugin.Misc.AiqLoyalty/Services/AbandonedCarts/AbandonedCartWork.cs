using AiqLoyalty.Core.Carts.Wire;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// One selected cart as the batch loader prepared it: what to send (or why not), and what its sync
/// row records. The sender works from this alone.
/// </summary>
/// <param name="Candidate">The cart the selection found.</param>
/// <param name="Existing">The cart's sync row from an earlier run, or null for a cart seen for the first time.</param>
/// <param name="Payload">AIQ's payload; null when the cart is skipped.</param>
/// <param name="Fingerprint">The fingerprint of the cart's lines (decides "unchanged").</param>
/// <param name="SkipReason">Why the cart is not sent (a <c>CartNotAbandonedReason</c> name), or null to send it.</param>
/// <param name="ContactMasked">The masked phone or email for the sync log.</param>
/// <param name="ItemCount">Units in the cart.</param>
/// <param name="Total">The cart's total.</param>
public sealed record AbandonedCartWork(AbandonedCartCandidate Candidate, AiqCartSync Existing, CartPayload Payload, string Fingerprint,
    string SkipReason, string ContactMasked, int ItemCount, decimal Total);
