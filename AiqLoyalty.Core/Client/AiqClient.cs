using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AiqLoyalty.Core.Wire;
using AiqLoyalty.Core.Wire.Json;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using Refit;

namespace AiqLoyalty.Core.Client;

/// <summary>
/// The AIQ client for one account: Refit for the documented calls, a plain PUT for redemption URLs,
/// every failure turned into an <see cref="AiqError"/>. The API key travels only in the X-APIKEY
/// header and never appears in logs or error text. Every call, once it ends, is reported to the
/// client's <see cref="IAiqCallObserver"/> (when it has one) with its outcome, status, attempts and
/// time, the contact masked.
/// </summary>
public sealed class AiqClient : IAiqClient
{
    #region Fields

    private static readonly RefitSettings RefitSettings = new(new SystemTextJsonContentSerializer(AiqJson.Options));

    private readonly IAiqApi? _api;
    private readonly HttpClient? _http;
    private readonly AiqClientOptions _options;
    private readonly string? _configurationError;
    private readonly ILogger _logger;
    private readonly IAiqCallObserver? _observer;
    private readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    /// <summary>Creates a client over an HttpClient whose base address, key header and resilience are set up.</summary>
    internal AiqClient(HttpClient http, AiqClientOptions options, ILogger logger, IAiqCallObserver? observer = null, TimeProvider? timeProvider = null)
    {
        _http = http;
        _options = options;
        _logger = logger;
        _observer = observer;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _api = RestService.For<IAiqApi>(http, RefitSettings);
    }

    /// <summary>Creates a client whose every call fails: the options did not validate.</summary>
    internal AiqClient(AiqClientOptions options, string configurationError, ILogger logger, IAiqCallObserver? observer = null, TimeProvider? timeProvider = null)
    {
        _options = options;
        _configurationError = configurationError;
        _logger = logger;
        _observer = observer;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<AiqResult> SendVerificationCodeAsync(ContactIdentity contact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return await ObservedAsync(AiqCall.SendCode, contact.Masked,
            () => CallAsync(AiqCall.SendCode, (api, ct) => api.SendVerificationCodeAsync(ToContactRequest(contact), ct), requireData: false, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<AiqResult<Wallet>> ViewWalletWithCodeAsync(ContactIdentity contact, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(code);
        var request = new ViewWalletRequest
        {
            Phone = contact.Kind == ContactKind.Phone ? contact.Value : null,
            Email = contact.Kind == ContactKind.Email ? contact.Value : null,
            Code = code
        };
        return ObservedAsync(AiqCall.ViewWalletWithCode, contact.Masked,
            () => CallAsync(AiqCall.ViewWalletWithCode, (api, ct) => api.ViewWalletWithCodeAsync(request, ct), requireData: true, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<AiqResult<Wallet>> GetWalletAsync(ContactIdentity contact, bool includeBadges = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return ObservedAsync(AiqCall.Wallet, contact.Masked,
            () => CallAsync(AiqCall.Wallet, (api, ct) => api.GetWalletAsync(ToContactRequest(contact), includeBadges ? true : null, ct), requireData: true, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<AiqResult<SignupResult>> SignupAsync(SignupRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ObservedAsync(AiqCall.Signup, ContactMasker.Mask(request.MobilePhone, request.Email),
            () => CallAsync(AiqCall.Signup, (api, ct) => api.SignupAsync(request, ct), requireData: false, cancellationToken, () => new SignupResult()), cancellationToken);
    }

    /// <inheritdoc />
    public Task<AiqResult<SignupResult>> OptInAsync(ContactIdentity contact, bool? loyalty, bool? sms, bool? email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var request = new SignupRequest
        {
            MobilePhone = contact.Kind == ContactKind.Phone ? contact.Value : null,
            Email = contact.Kind == ContactKind.Email ? contact.Value : null,
            Loyalty = loyalty,
            SmsOptIn = sms,
            EmailOptIn = email
        };
        return SignupAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    public Task<AiqResult<LookupResult>> LookupAsync(ContactIdentity contact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return ObservedAsync(AiqCall.Lookup, contact.Masked,
            () => CallAsync(AiqCall.Lookup, (api, ct) => api.LookupAsync(contact.Value, ct), requireData: true, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<AiqResult<PointsBalance>> RedeemAsync(string redemptionUrl, string? posTransactionId = null, CancellationToken cancellationToken = default) =>
        ObservedAsync(AiqCall.Redeem, null, () => PutRedemptionAsync(redemptionUrl, posTransactionId, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<AiqResult<PointsBalance>> AdjustPointsAsync(string contactId, long value, string note, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        ArgumentNullException.ThrowIfNull(note);
        if (value == 0)
            throw new ArgumentOutOfRangeException(nameof(value), "A points adjustment must not be zero.");

        return ObservedAsync(AiqCall.AdjustPoints, null,
            () => CallAsync(AiqCall.AdjustPoints, (api, ct) => api.AdjustPointsAsync(_options.Uid, contactId, new AdjustPointsRequest(value, note), ct),
                requireData: false, cancellationToken, () => new PointsBalance()), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<AiqResult> SendAbandonedCartAsync(object cartPayload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cartPayload);
        return await ObservedAsync(AiqCall.Cart, null,
            () => CallAsync(AiqCall.Cart, (api, ct) => api.SendCartAsync(cartPayload, ct), requireData: false, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<AiqResult<StoreList>> GetStoresAsync(CancellationToken cancellationToken = default) =>
        ObservedAsync(AiqCall.Stores, null,
            () => CallAsync(AiqCall.Stores, (api, ct) => api.GetStoresAsync(_options.Uid, ct), requireData: true, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public async Task<ConnectionCheck> TestConnectionAsync(CancellationToken cancellationToken = default)
    {
        var stores = await GetStoresAsync(cancellationToken);
        return stores.HasValue
            ? new ConnectionCheck(ConnectionCheckOutcome.Connected, $"Connected to AIQ account {_options.Uid}: {stores.Value.Stores?.Count ?? 0} store(s).")
            : ConnectionCheck.FromError(stores.Error ?? new AiqError(AiqErrorKind.InvalidResponse, "AIQ returned no store list."));
    }

    #endregion

    #region Utilities

    private async Task<AiqResult<PointsBalance>> PutRedemptionAsync(string redemptionUrl, string? posTransactionId, CancellationToken cancellationToken)
    {
        if (_configurationError is not null || _http is null)
            return ConfigurationFailure<PointsBalance>();

        var target = RedemptionUrlGuard.Resolve(redemptionUrl, _options.BaseUrl, posTransactionId);
        if (target is null)
        {
            _logger.LogWarning("AIQ redemption refused: the redemption URL {Url} is not on the configured AIQ host.", RedemptionUrlGuard.Mask(redemptionUrl));
            return AiqResult<PointsBalance>.Fail(new AiqError(AiqErrorKind.RedemptionUrlRefused, "The redemption URL is not on the configured AIQ host."));
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, target);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
                return AiqResult<PointsBalance>.Ok(TryReadBalance(body) ?? new PointsBalance());

            return Failed<PointsBalance>(AiqCall.Redeem, response.StatusCode, AiqErrorBodyReader.ReadMessage(body), response.Headers.RetryAfter);
        }
        catch (Exception exception) when (IsTransportFailure(exception, cancellationToken))
        {
            return Failed<PointsBalance>(AiqCall.Redeem, exception);
        }
    }

    private async Task<AiqResult<T>> CallAsync<T>(
        AiqCall call,
        Func<IAiqApi, CancellationToken, Task<IApiResponse<AiqEnvelope<T>>>> send,
        bool requireData,
        CancellationToken cancellationToken,
        Func<T>? whenDataMissing = null)
    {
        if (_configurationError is not null || _api is null)
            return ConfigurationFailure<T>();

        try
        {
            using var response = await send(_api, cancellationToken);
            if (!response.IsReceived || response.StatusCode is not { } status)
            {
                // Refit captures transport failures in the response instead of throwing them.
                var failure = response.Error?.InnerException ?? response.Error;
                if (failure is not null && IsTransportFailure(failure, cancellationToken))
                    return Failed<T>(call, failure);
                cancellationToken.ThrowIfCancellationRequested();
                return Failed<T>(call, failure ?? new HttpRequestException("No response."));
            }

            if (response.IsSuccessStatusCode)
            {
                if (response.Error is not null)
                    return Invalid<T>(call, "AIQ's answer could not be read.");

                var data = response.Content is null ? default : response.Content.Data;
                if (data is not null && (data is not JsonElement element || element.ValueKind != JsonValueKind.Undefined))
                    return AiqResult<T>.Ok(data);
                if (requireData)
                    return Invalid<T>(call, "AIQ's answer had no data.");
                return AiqResult<T>.Ok(whenDataMissing is null ? default! : whenDataMissing());
            }

            return Failed<T>(call, status, AiqErrorBodyReader.ReadMessage((response.Error as ApiException)?.Content), response.Headers.RetryAfter);
        }
        catch (ApiException exception)
        {
            return exception.StatusCode is >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices
                ? Invalid<T>(call, "AIQ's answer could not be read.")
                : Failed<T>(call, exception.StatusCode, AiqErrorBodyReader.ReadMessage(exception.Content), exception.Headers.RetryAfter);
        }
        catch (JsonException)
        {
            return Invalid<T>(call, "AIQ's answer could not be read.");
        }
        catch (Exception exception) when (IsTransportFailure(exception, cancellationToken))
        {
            return Failed<T>(call, exception);
        }
    }

    /// <summary>Runs one call and reports it to the observer (never letting the observer fail the call).</summary>
    private async Task<TResult> ObservedAsync<TResult>(AiqCall call, string? contactMasked, Func<Task<TResult>> run, CancellationToken cancellationToken)
        where TResult : AiqResult
    {
        if (_observer is null)
            return await run();

        var startedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        var started = _timeProvider.GetTimestamp();
        using var trace = AiqCallTrace.Start();
        TResult result;
        try
        {
            result = await run();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ReportAsync(call, contactMasked, startedOnUtc, started, trace.Trace, AiqCallOutcome.Cancelled, null);
            throw;
        }

        await ReportAsync(call, contactMasked, startedOnUtc, started, trace.Trace, AiqCallOutcomes.Of(result.Error), result.Error);
        return result;
    }

    private async Task ReportAsync(AiqCall call, string? contactMasked, DateTime startedOnUtc, long started, AiqCallTrace trace,
        AiqCallOutcome outcome, AiqError? error)
    {
        var scope = AiqCallScope.Current;
        var record = new AiqCallRecord(call, startedOnUtc, _timeProvider.GetElapsedTime(started), outcome, error?.Kind,
            trace.LastStatus ?? (trace.Attempts > 0 ? error?.HttpStatus : null), trace.Attempts, contactMasked ?? scope?.ContactMasked, scope);
        try
        {
            await _observer!.OnCallCompletedAsync(record);
        }
        catch (Exception exception)
        {
            // The call itself is done: a log that cannot be written must not turn its result into a failure.
            _logger.LogWarning("AIQ call {Call} could not be recorded in the call log ({Reason}).", call, exception.GetType().Name);
        }
    }

    private AiqResult<T> Failed<T>(AiqCall call, HttpStatusCode status, string? message, RetryConditionHeaderValue? retryAfter)
    {
        var kind = AiqErrorClassifier.Classify(call, status, message);
        var error = new AiqError(kind, message ?? $"AIQ answered HTTP {(int)status}.", (int)status, ReadRetryAfter(retryAfter),
            OutcomeUnknown: AiqErrorClassifier.LeavesOutcomeUnknown(call, status));
        _logger.LogWarning("AIQ call {Call} failed: {Kind}, HTTP {Status}.", call, kind, (int)status);
        return AiqResult<T>.Fail(error);
    }

    private AiqResult<T> Failed<T>(AiqCall call, Exception exception)
    {
        var timedOut = exception is TimeoutRejectedException or OperationCanceledException;
        var neverSent = exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
        var error = timedOut
            ? new AiqError(AiqErrorKind.Timeout, "AIQ did not answer in time.", OutcomeUnknown: true)
            : new AiqError(AiqErrorKind.Unavailable, neverSent ? "AIQ could not be reached." : "The connection to AIQ failed.", OutcomeUnknown: !neverSent);
        _logger.LogWarning("AIQ call {Call} failed: {Kind} ({Reason}).", call, error.Kind, exception.GetType().Name);
        return AiqResult<T>.Fail(error);
    }

    private AiqResult<T> Invalid<T>(AiqCall call, string message)
    {
        _logger.LogWarning("AIQ call {Call} returned an unreadable answer.", call);
        return AiqResult<T>.Fail(new AiqError(AiqErrorKind.InvalidResponse, message));
    }

    private AiqResult<T> ConfigurationFailure<T>() =>
        AiqResult<T>.Fail(new AiqError(AiqErrorKind.InvalidConfiguration, _configurationError ?? "The AIQ settings are not valid."));

    private static bool IsTransportFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or TimeoutRejectedException or IOException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static TimeSpan? ReadRetryAfter(RetryConditionHeaderValue? retryAfter)
    {
        if (retryAfter?.Delta is { } delta)
            return delta;
        if (retryAfter?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static PointsBalance? TryReadBalance(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        try
        {
            return JsonSerializer.Deserialize<AiqEnvelope<PointsBalance>>(body, AiqJson.Options)?.Data;
        }
        catch (JsonException)
        {
            // A 2xx on a redemption means the points were taken, whatever the body says.
            return null;
        }
    }

    private static ContactRequest ToContactRequest(ContactIdentity contact) => contact.Kind == ContactKind.Phone
        ? new ContactRequest { Phone = contact.Value }
        : new ContactRequest { Email = contact.Value };

    #endregion
}
