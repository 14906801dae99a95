namespace AiqLoyalty.Core.Client;

/// <summary>
/// Sits between the resilience pipeline and the network, so it sees every attempt of a call: counts
/// them and keeps the last status on the call's <see cref="AiqCallTrace"/>.
/// </summary>
internal sealed class AiqCallTraceHandler : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var trace = AiqCallTrace.Current;
        trace?.AttemptStarted();
        var response = await base.SendAsync(request, cancellationToken);
        trace?.AttemptAnswered((int)response.StatusCode);
        return response;
    }
}
