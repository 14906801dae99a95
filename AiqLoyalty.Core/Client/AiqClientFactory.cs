using System.Collections.Concurrent;
using FluentValidation;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace AiqLoyalty.Core.Client;

/// <summary>
/// Creates <see cref="AiqClient"/>s over the pooled primary handler of the named HttpClient, each
/// with its account's base URL, key header and a resilience pipeline for its timeouts.
/// </summary>
public sealed class AiqClientFactory : IAiqClientFactory
{
    #region Fields

    private static readonly IValidator<AiqClientOptions> OptionsValidator = new AiqClientOptionsValidator();

    private readonly IHttpMessageHandlerFactory _handlerFactory;
    private readonly ILogger<AiqClient> _logger;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<(TimeSpan, TimeSpan, int, TimeSpan), ResiliencePipeline<HttpResponseMessage>> _pipelines = new();

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public AiqClientFactory(
        IHttpMessageHandlerFactory handlerFactory,
        ILogger<AiqClient> logger,
        TimeProvider timeProvider)
    {
        _handlerFactory = handlerFactory;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public IAiqClient Create(AiqClientOptions options) => Create(options, null);

    /// <inheritdoc />
    public IAiqClient Create(AiqClientOptions options, IAiqCallObserver? observer)
    {
        ArgumentNullException.ThrowIfNull(options);

        var validation = OptionsValidator.Validate(options);
        if (!validation.IsValid)
            return new AiqClient(options, string.Join(" ", validation.Errors.Select(e => e.ErrorMessage)), _logger, observer, _timeProvider);

        // Pipelines hold no per-call state; one per distinct timeout/retry setting is reused.
        var pipeline = _pipelines.GetOrAdd(
            (options.AttemptTimeout, options.TotalTimeout, options.MaxRetries, options.RetryBaseDelay),
            _ => AiqResiliencePipelineFactory.Create(options, _timeProvider));

        // The trace handler sits below the pipeline, so it sees (and counts) each retry.
        var handler = new ResilienceHandler(pipeline)
        {
            InnerHandler = new AiqCallTraceHandler { InnerHandler = _handlerFactory.CreateHandler(AiqClientDefaults.HttpClientName) }
        };
        var http = new HttpClient(handler, disposeHandler: false)
        {
            BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/"),
            Timeout = Timeout.InfiniteTimeSpan
        };
        http.DefaultRequestHeaders.TryAddWithoutValidation(AiqClientDefaults.ApiKeyHeader, options.ApiKey);

        return new AiqClient(http, options, _logger, observer, _timeProvider);
    }

    #endregion
}
