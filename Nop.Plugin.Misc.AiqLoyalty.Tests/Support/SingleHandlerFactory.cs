namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

/// <summary>An <see cref="IHttpMessageHandlerFactory"/> that always hands out the same handler (never disposed by clients).</summary>
public sealed class SingleHandlerFactory(HttpMessageHandler handler) : IHttpMessageHandlerFactory
{
    /// <inheritdoc />
    public HttpMessageHandler CreateHandler(string name) => new NonDisposingHandler(handler);

    private sealed class NonDisposingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override void Dispose(bool disposing)
        {
            // The shared stub outlives each client.
        }
    }
}
