using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiqLoyalty.Core.Client;

/// <summary>Registers the AIQ client.</summary>
public static class AiqClientServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAiqClientFactory"/> and the named HttpClient it draws connections from: no
    /// automatic redirects (the key must never follow one), pooled connections recycled every
    /// few minutes, and no framework request logging (URLs can carry redemption tokens).
    /// </summary>
    public static IServiceCollection AddAiqClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddHttpClient(AiqClientDefaults.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(5)
            })
            .RemoveAllLoggers();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAiqClientFactory, AiqClientFactory>();
        return services;
    }
}
