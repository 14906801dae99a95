namespace AiqLoyalty.Core.Client;

/// <summary>
/// What the AIQ calls made inside a block serve — the shopper (customer), an order, a claim — so the
/// call log can say which. It flows with the async call chain (AsyncLocal) and ends when disposed; it
/// is per call flow, never shared between requests.
/// </summary>
/// <example><code>using (AiqCallScope.Begin(orderId: claim.OrderId, claimId: claim.Id)) { await client.RedeemAsync(url); }</code></example>
public sealed class AiqCallScope : IDisposable
{
    private static readonly AsyncLocal<AiqCallScope?> Ambient = new();

    private readonly AiqCallScope? _outer;
    private bool _disposed;

    private AiqCallScope(AiqCallScope? outer, int? customerId, int? orderId, int? claimId, string? contactMasked)
    {
        _outer = outer;
        CustomerId = customerId ?? outer?.CustomerId;
        OrderId = orderId ?? outer?.OrderId;
        ClaimId = claimId ?? outer?.ClaimId;
        ContactMasked = contactMasked ?? outer?.ContactMasked;
    }

    /// <summary>The scope of the current call flow, or null.</summary>
    public static AiqCallScope? Current => Ambient.Value;

    /// <summary>The customer the calls serve, or null.</summary>
    public int? CustomerId { get; }

    /// <summary>The order the calls serve, or null.</summary>
    public int? OrderId { get; }

    /// <summary>The reward claim the calls serve, or null.</summary>
    public int? ClaimId { get; }

    /// <summary>The shopper, already masked, for calls whose request names no contact (redemption, points adjustment, carts).</summary>
    public string? ContactMasked { get; }

    /// <summary>
    /// Starts a scope inside the current one: values not given are inherited from it. Dispose it (a
    /// <c>using</c>) to return to the outer scope.
    /// </summary>
    public static AiqCallScope Begin(int? customerId = null, int? orderId = null, int? claimId = null, string? contactMasked = null)
    {
        var scope = new AiqCallScope(Ambient.Value, customerId, orderId, claimId, contactMasked);
        Ambient.Value = scope;
        return scope;
    }

    /// <summary>Restores the outer scope.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        if (ReferenceEquals(Ambient.Value, this))
            Ambient.Value = _outer;
    }
}
