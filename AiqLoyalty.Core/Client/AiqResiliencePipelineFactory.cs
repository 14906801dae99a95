using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace AiqLoyalty.Core.Client;

/// <summary>
/// Builds the resilience pipeline for one set of options: a total timeout, retries with jitter for
/// requests <see cref="AiqRetryRules"/> allows (honouring Retry-After), and a per-attempt timeout.
/// </summary>
public static class AiqResiliencePipelineFactory
{
    /// <summary>Creates the pipeline.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Create(AiqClientOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);

        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.TotalTimeout, Name = "aiq-total-timeout" });

        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "aiq-retry",
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.TotalTimeout,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(
                    AiqRetryRules.IsSafeToRetry(args.Context.GetRequestMessage())
                    && HttpClientResiliencePredicates.IsTransient(args.Outcome))
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout, Name = "aiq-attempt-timeout" });
        return builder.Build();
    }
}
