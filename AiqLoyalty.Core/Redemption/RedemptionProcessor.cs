using AiqLoyalty.Core.Client;

namespace AiqLoyalty.Core.Redemption;

/// <summary>
/// Redeems a placed claim through its redemption URL exactly once, resolves unknown outcomes by
/// looking at the shopper's wallet, and gives points back once for a cancelled order.
/// <list type="bullet">
/// <item>"Redeeming" is written before the PUT, so a crash leaves a claim that the next run treats
/// as an unknown outcome and checks instead of PUTting again.</item>
/// <item>The PUT is never retried blindly: a timeout or dropped connection becomes OutcomeUnknown and
/// the wallet decides (a single-use reward gone from the wallet was redeemed).</item>
/// <item>"Refunding" is written before the points adjustment; AIQ has no idempotency key, so the
/// plugin's key goes into the adjustment note, and an adjustment whose outcome is unknown is not
/// repeated automatically.</item>
/// </list>
/// </summary>
public sealed class RedemptionProcessor
{
    #region Fields

    private readonly IRedemptionLedger _ledger;
    private readonly RetrySchedule _retrySchedule;
    private readonly TimeProvider _clock;

    #endregion

    #region Ctor

    /// <summary>Creates the processor.</summary>
    public RedemptionProcessor(IRedemptionLedger ledger, RetrySchedule retrySchedule, TimeProvider clock)
    {
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _retrySchedule = retrySchedule ?? throw new ArgumentNullException(nameof(retrySchedule));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    #endregion

    #region Methods

    /// <summary>Whether the claim has work due now.</summary>
    public bool IsDue(RedemptionClaim claim, TimeSpan staleRedeemingAfter)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = _clock.GetUtcNow();
        return claim.State switch
        {
            ClaimState.Placed or ClaimState.FailedRetryable or ClaimState.OutcomeUnknown => claim.NextAttemptAt is null || claim.NextAttemptAt <= now,
            ClaimState.Redeeming => claim.NextAttemptAt is null || claim.NextAttemptAt + staleRedeemingAfter <= now,
            ClaimState.Redeemed => claim.RefundRequested && (claim.NextAttemptAt is null || claim.NextAttemptAt <= now),
            _ => false
        };
    }

    /// <summary>Takes the claim one step further; returns it as saved.</summary>
    public async Task<RedemptionClaim> ProcessAsync(IAiqClient client, RedemptionClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(claim);

        return claim.State switch
        {
            ClaimState.Placed => await RedeemAsync(client, claim, cancellationToken),
            ClaimState.FailedRetryable => await RedeemAsync(client, await SaveAsync(Fire(claim, ClaimTrigger.RetryRequested), cancellationToken), cancellationToken),
            ClaimState.Redeeming => await ResolveUnknownAsync(client, await SaveAsync(Fire(claim, ClaimTrigger.RedeemOutcomeUnknown) with
            {
                LastError = "The worker stopped while redeeming; checking the wallet."
            }, cancellationToken), cancellationToken),
            ClaimState.OutcomeUnknown => await ResolveUnknownAsync(client, claim, cancellationToken),
            ClaimState.Redeemed when claim.RefundRequested => await RefundAsync(client, claim, cancellationToken),
            _ => claim
        };
    }

    #endregion

    #region Utilities

    private async Task<RedemptionClaim> RedeemAsync(IAiqClient client, RedemptionClaim claim, CancellationToken cancellationToken)
    {
        if (claim.RefundRequested)
        {
            // The order was cancelled before the points were taken: never redeem.
            return await SaveAsync(Fire(claim, ClaimTrigger.OrderCancelled), cancellationToken);
        }

        var now = _clock.GetUtcNow();
        var redeeming = await SaveAsync(Fire(claim, ClaimTrigger.RedeemStarted) with { Attempts = claim.Attempts + 1, NextAttemptAt = now }, cancellationToken);

        var result = await client.RedeemAsync(redeeming.RedemptionUrl ?? string.Empty, posTransactionId: null, cancellationToken);
        if (result.IsSuccess)
            return await SaveAsync(Fire(redeeming, ClaimTrigger.RedeemSucceeded) with { RedeemedAt = _clock.GetUtcNow(), LastError = null, NextAttemptAt = null }, cancellationToken);

        var error = result.Error!;
        if (error.Kind == AiqErrorKind.AlreadyRedeemed)
        {
            // Only this claim PUTs this URL, and only after "Redeeming" was saved: AIQ has the redemption.
            return await SaveAsync(Fire(redeeming, ClaimTrigger.RedeemSucceeded) with
            {
                RedeemedAt = _clock.GetUtcNow(),
                LastError = "AIQ reported the reward as already redeemed.",
                NextAttemptAt = null
            }, cancellationToken);
        }

        if (error.OutcomeUnknown)
        {
            var unknown = await SaveAsync(Fire(redeeming, ClaimTrigger.RedeemOutcomeUnknown) with { LastError = error.Message }, cancellationToken);
            return await ResolveUnknownAsync(client, unknown, cancellationToken);
        }

        return await FailAsync(redeeming, error, cancellationToken);
    }

    private async Task<RedemptionClaim> ResolveUnknownAsync(IAiqClient client, RedemptionClaim claim, CancellationToken cancellationToken)
    {
        if (claim.Identity is null || claim.Reusable)
        {
            // The wallet cannot tell (no identity, or a reusable reward stays in it): leave it for staff.
            return await SaveAsync(claim with
            {
                LastError = "The redemption may or may not have reached AIQ and the wallet cannot tell; check the shopper in AIQ, then retry or mark it done.",
                NextAttemptAt = null
            }, cancellationToken);
        }

        var wallet = await client.GetWalletAsync(claim.Identity, cancellationToken: cancellationToken);
        if (!wallet.HasValue)
        {
            var retry = _retrySchedule.Next(claim.Attempts, _clock.GetUtcNow());
            return await SaveAsync(claim with { LastError = "Could not read the wallet to check the redemption: " + wallet.Error?.Message, NextAttemptAt = retry.NextAttemptAt ?? _clock.GetUtcNow().AddMinutes(30) }, cancellationToken);
        }

        var stillOffered = wallet.Value.DiscountTemplates?.Any(t => string.Equals(t.Id, claim.TemplateId, StringComparison.Ordinal)) == true;
        if (!stillOffered)
            return await SaveAsync(Fire(claim, ClaimTrigger.WalletShowsRedeemed) with { RedeemedAt = _clock.GetUtcNow(), LastError = null, NextAttemptAt = null }, cancellationToken);

        var placed = await SaveAsync(Fire(claim, ClaimTrigger.WalletShowsNotRedeemed) with { LastError = "The redemption did not reach AIQ; it will be tried again." }, cancellationToken);
        return await RedeemAsync(client, placed, cancellationToken);
    }

    private async Task<RedemptionClaim> RefundAsync(IAiqClient client, RedemptionClaim claim, CancellationToken cancellationToken)
    {
        if (claim.PointsDeduction <= 0)
            return await SaveAsync(Fire(Fire(claim, ClaimTrigger.RefundStarted), ClaimTrigger.RefundSucceeded) with { RefundedAt = _clock.GetUtcNow(), RefundRequested = false }, cancellationToken);

        var refunding = await SaveAsync(Fire(claim, ClaimTrigger.RefundStarted) with { Attempts = claim.Attempts + 1 }, cancellationToken);
        var result = await client.AdjustPointsAsync(claim.ContactId, claim.PointsDeduction, RefundNote(claim), cancellationToken);
        if (result.IsSuccess)
            return await SaveAsync(Fire(refunding, ClaimTrigger.RefundSucceeded) with { RefundedAt = _clock.GetUtcNow(), RefundRequested = false, LastError = null, NextAttemptAt = null }, cancellationToken);

        if (result.Error!.OutcomeUnknown)
        {
            // The points may already be back: stay in Refunding for staff to check, never adjust twice.
            return await SaveAsync(refunding with { LastError = "The refund may or may not have reached AIQ; check the shopper's balance before retrying." }, cancellationToken);
        }

        var retry = _retrySchedule.Next(refunding.Attempts, _clock.GetUtcNow());
        return await SaveAsync(Fire(refunding, ClaimTrigger.RefundFailed) with
        {
            LastError = "Refund failed: " + result.Error.Message,
            NextAttemptAt = retry.ShouldRetry ? retry.NextAttemptAt : null,
            RefundRequested = retry.ShouldRetry
        }, cancellationToken);
    }

    private async Task<RedemptionClaim> FailAsync(RedemptionClaim redeeming, AiqError error, CancellationToken cancellationToken)
    {
        var retry = _retrySchedule.Next(redeeming.Attempts, _clock.GetUtcNow());
        if (error.IsTransient && retry.ShouldRetry)
        {
            var next = error.RetryAfter is { } after && retry.NextAttemptAt < _clock.GetUtcNow() + after ? _clock.GetUtcNow() + after : retry.NextAttemptAt;
            return await SaveAsync(Fire(redeeming, ClaimTrigger.RedeemFailedRetryable) with { LastError = error.Message, NextAttemptAt = next }, cancellationToken);
        }

        return await SaveAsync(Fire(redeeming, ClaimTrigger.RedeemFailedFinal) with { LastError = $"{error.Kind}: {error.Message}", NextAttemptAt = null }, cancellationToken);
    }

    /// <summary>The note that carries the plugin's idempotency key into AIQ.</summary>
    public static string RefundNote(RedemptionClaim claim) =>
        $"nopCommerce order cancelled: points returned for reward {claim.TemplateId} (aiq-nop-refund:{claim.IdempotencyKey})";

    private static RedemptionClaim Fire(RedemptionClaim claim, ClaimTrigger trigger) =>
        claim with { State = ClaimStateMachine.Fire(claim.State, trigger) };

    private async Task<RedemptionClaim> SaveAsync(RedemptionClaim claim, CancellationToken cancellationToken)
    {
        await _ledger.SaveAsync(claim, cancellationToken);
        return claim;
    }

    #endregion
}
