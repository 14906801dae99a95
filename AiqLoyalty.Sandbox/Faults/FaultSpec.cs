namespace AiqLoyalty.Sandbox.Faults;

/// <summary>An injected failure for the next <see cref="Times"/> matching API requests.</summary>
/// <param name="Path">Path prefix to match, e.g. <c>/api/v1.1/discount/redeem</c>.</param>
/// <param name="Status">Status to answer with; 0 = pass the request through after the delay.</param>
/// <param name="DelayMs">Delay before acting, in milliseconds (cut short if the client aborts).</param>
/// <param name="Times">How many requests it applies to (remaining count when listed).</param>
/// <param name="Drop">True: abort the connection without any response.</param>
/// <param name="Method">HTTP method to match, or null for any.</param>
/// <param name="ApplyFirst">
/// True: the request takes effect first (points deducted, adjustment booked) and only its answer is
/// faulted: delayed, replaced by <see cref="Status"/>, or lost with the connection. This is how a caller
/// meets AIQ's non-idempotent calls whose outcome is unknown.
/// </param>
public sealed record FaultSpec(string Path, int Status, int DelayMs, int Times, bool Drop, string? Method, bool ApplyFirst = false)
{
    /// <summary>True when this fault applies to a request.</summary>
    public bool Matches(string method, string path) =>
        path.StartsWith(Path, StringComparison.OrdinalIgnoreCase)
        && (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase));
}
