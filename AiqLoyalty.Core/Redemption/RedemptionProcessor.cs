using AiqLoyalty.Core.Client;

namespace AiqLoyalty.Core.Redemption;

/// <summary>
/// Redeems a placed claim through its redemption URL exactly once, settles unknown outcomes from the
/// shopper's wallet and balance, and gives points back once for a cancelled order.
/// <list type="bullet">
/// <item>Every state is written before the call it leads to, over the exact row version read
/// (<see cref="IRedemptionLedger"/>): of two workers that read the same claim, only one gets to send.</item>
/// <item>The contact's points are read before the PUT and before the adjustment. Neither call is
/// idempotent at AIQ, so a timeout, dropped connection, 5xx or 408 is "outcome unknown", never a
/// failure to repeat: the wallet and balance afterwards decide (<see cref="UnknownOutcomeJudge"/>), and
/// when they cannot, the claim goes to <see cref="ClaimState.NeedsAttention"/> for staff.</item>
/// <item>A call in flight holds a lease (its next-attempt time): a claim found in flight after the lease
/// ran out belongs to a worker that died, and is settled the same way.</item>
/// </list>
/// </summary>
public sealed class RedemptionProcessor
{
    #region Fields

    /// <summary>How long a call in flight owns its claim before another worker may settle it.</summary>
    public static readonly TimeSpan DefaultInFlightLease = TimeSpan.FromMinutes(5);

    private readonly IRedemptionLedger _ledger;
    private readonly RetrySchedule _retrySchedule;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _inFlightLease;

    #endregion

    #region Ctor

    /// <summary>Creates the processor.</summary>
    /// <param name="ledger">The durable claim table.</param>
    /// <param name="retrySchedule">When to try again.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="inFlightLease">How long a call in flight owns its claim; <see cref="DefaultInFlightLease"/> when not given.</param>
    public RedemptionProcessor(IRedemptionLedger ledger, RetrySchedule retrySchedule, TimeProvider clock, TimeSpan? inFlightLease = null)
    {
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _retrySchedule = retrySchedule ?? throw new ArgumentNullException(nameof(retrySchedule));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _inFlightLease = inFlightLease ?? DefaultInFlightLease;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Whether the claim has work due now: it is in a state the worker handles and its next-attempt
    /// time has come. No next-attempt time means nothing is due (a claim waiting for staff, or done).
    /// </summary>
    public bool IsDue(RedemptionClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.NextAttemptAt is not { } next || next > _clock.GetUtcNow())
            return false;
        return claim.State switch
        {
            ClaimState.Placed or ClaimState.FailedRetryable or ClaimState.OutcomeUnknown or ClaimState.Redeeming or ClaimState.Refunding => true,
            ClaimState.Redeemed => claim.RefundRequested,
            _ => false
        };
    }

    /// <summary>Takes a due claim one step further; returns it as saved.</summary>
    /// <exception cref="ClaimChangedException">Another worker or staff moved the claim meanwhile; this run stopped.</exception>
    public async Task<RedemptionClaim> ProcessAsync(IAiqClient client, RedemptionClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(claim);
        if (!IsDue(claim))
            return claim;

        return claim.State switch
        {
            ClaimState.Placed => await RedeemAsync(client, claim, cancellationToken),
            ClaimState.FailedRetryable => await RedeemAsync(client, await SaveAsync(Fire(claim, ClaimTrigger.RetryRequested), cancellationToken), cancellationToken),
            ClaimState.Redeeming => await ResolveRedemptionAsync(client, await SaveAsync(Fire(claim, ClaimTrigger.RedeemOutcomeUnknown) with
            {
                LastError = "The worker stopped while redeeming; checking the wallet."
            }, cancellationToken), cancellationToken),
            ClaimState.OutcomeUnknown => await ResolveRedemptionAsync(client, claim, cancellationToken),
            ClaimState.Refunding => await ResolveRefundAsync(client, claim, cancellationToken),
            ClaimState.Redeemed => await RefundAsync(client, claim, cancellationToken),
            _ => claim
        };
    }

    /// <summary>The note that carries the plugin's idempotency key into AIQ.</summary>
    public static string RefundNote(RedemptionClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return $"nopCommerce order cancelled: points returned for reward {claim.TemplateId} (aiq-nop-refund:{claim.IdempotencyKey})";
    }

    #endregion

    #region Utilities

    private async Task<RedemptionClaim> RedeemAsync(IAiqClient client, RedemptionClaim claim, CancellationToken cancellationToken)
    {
        if (claim.RefundRequested)
        {
            // The order was cancelled before the points were taken: never redeem.
            return await SaveAsync(Fire(claim, ClaimTrigger.OrderCancelled) with { NextAttemptAt = null }, cancellationToken);
        }

        var before = await ReadPointsAsync(client, claim, cancellationToken);
        if (before.Failed)
            return await WaitForWalletAsync(claim, ClaimTrigger.RedeemFailedFinal, "the points before redeeming", before.Error, cancellationToken);

        var now = _clock.GetUtcNow();
        var redeeming = await SaveAsync(Fire(claim, ClaimTrigger.RedeemStarted) with
        {
            Attempts = claim.Attempts + 1,
            PointsBefore = before.Points,
            NextAttemptAt = now + _inFlightLease
        }, cancellationToken);

        var result = await client.RedeemAsync(redeeming.RedemptionUrl ?? string.Empty, posTransactionId: null, cancellationToken);
        if (result.IsSuccess)
            return await RedeemedAsync(redeeming, ClaimTrigger.RedeemSucceeded, null, cancellationToken);

        var error = result.Error!;
        if (error.Kind == AiqErrorKind.AlreadyRedeemed)
        {
            // Only this claim PUTs this URL, and only after "Redeeming" was saved: AIQ has the redemption.
            return await RedeemedAsync(redeeming, ClaimTrigger.RedeemSucceeded, "AIQ reported the reward as already redeemed.", cancellationToken);
        }

        if (error.OutcomeUnknown)
        {
            var unknown = await SaveAsync(Fire(redeeming, ClaimTrigger.RedeemOutcomeUnknown) with { LastError = error.Message }, cancellationToken);
            return await ResolveRedemptionAsync(client, unknown, cancellationToken);
        }

        return await FailAsync(redeeming, error, cancellationToken);
    }

    private async Task<RedemptionClaim> ResolveRedemptionAsync(IAiqClient client, RedemptionClaim claim, CancellationToken cancellationToken)
    {
        if (claim.Identity is null)
            return await NeedsAttentionAsync(claim, "The redemption may or may not have reached AIQ and the shopper's wallet cannot be read; check the shopper in AIQ, then mark it redeemed, release it or retry.", cancellationToken);

        var wallet = await client.GetWalletAsync(claim.Identity, cancellationToken: cancellationToken);
        if (!wallet.HasValue)
            return await WaitForWalletAsync(claim, ClaimTrigger.NeedsStaff, "the wallet to check the redemption", wallet.Error, cancellationToken);

        var stillOffered = wallet.Value.DiscountTemplates?.Any(t => string.Equals(t.Id, claim.TemplateId, StringComparison.Ordinal)) == true;
        switch (UnknownOutcomeJudge.JudgeRedemption(claim, stillOffered, wallet.Value.LoyaltyPoints))
        {
            case UnknownOutcomeVerdict.Applied:
                return await RedeemedAsync(claim, ClaimTrigger.WalletShowsRedeemed, null, cancellationToken);
            case UnknownOutcomeVerdict.NotApplied:
                var retry = _retrySchedule.Next(Math.Max(1, claim.Attempts), _clock.GetUtcNow());
                var notRedeemed = await SaveAsync(Fire(claim, ClaimTrigger.WalletShowsNotRedeemed) with
                {
                    LastError = "The redemption did not reach AIQ; it will be tried again.",
                    NextAttemptAt = retry.NextAttemptAt
                }, cancellationToken);
                return retry.ShouldRetry
                    ? notRedeemed
                    : await SaveAsync(Fire(notRedeemed, ClaimTrigger.RedeemFailedFinal) with { LastError = "The redemption never reached AIQ; retries ran out.", NextAttemptAt = null }, cancellationToken);
            default:
                return await NeedsAttentionAsync(claim,
                    $"The redemption may or may not have reached AIQ: the shopper's points went from {claim.PointsBefore?.ToString() ?? "unknown"} to {wallet.Value.LoyaltyPoints} and the wallet {(stillOffered ? "still lists" : "no longer lists")} the reward. Check the shopper in AIQ, then mark it redeemed, release it or retry.",
                    cancellationToken);
        }
    }

    private async Task<RedemptionClaim> RefundAsync(IAiqClient client, RedemptionClaim claim, CancellationToken cancellationToken)
    {
        if (claim.PointsDeduction <= 0)
        {
            var started = await SaveAsync(Fire(claim, ClaimTrigger.RefundStarted), cancellationToken);
            return await SaveAsync(Fire(started, ClaimTrigger.RefundSucceeded) with { RefundedAt = _clock.GetUtcNow(), NextAttemptAt = null }, cancellationToken);
        }

        var before = await ReadPointsAsync(client, claim, cancellationToken);
        if (before.Failed)
            return await WaitForWalletAsync(claim, ClaimTrigger.NeedsStaff, "the points before returning them", before.Error, cancellationToken);

        var refunding = await SaveAsync(Fire(claim, ClaimTrigger.RefundStarted) with
        {
            Attempts = claim.Attempts + 1,
            PointsBefore = before.Points,
            NextAttemptAt = _clock.GetUtcNow() + _inFlightLease
        }, cancellationToken);

        var result = await client.AdjustPointsAsync(claim.ContactId, claim.PointsDeduction, RefundNote(claim), cancellationToken);
        if (result.IsSuccess)
            return await SaveAsync(Fire(refunding, ClaimTrigger.RefundSucceeded) with { RefundedAt = _clock.GetUtcNow(), LastError = null, NextAttemptAt = null }, cancellationToken);

        if (result.Error!.OutcomeUnknown)
            return await ResolveRefundAsync(client, await SaveAsync(refunding with { LastError = result.Error.Message }, cancellationToken), cancellationToken);

        return await RefundFailedAsync(refunding, "Refund failed: " + result.Error.Message, cancellationToken);
    }

    /// <summary>A refund in flight whose answer never came (or whose worker died): the balance decides.</summary>
    private async Task<RedemptionClaim> ResolveRefundAsync(IAiqClient client, RedemptionClaim claim, CancellationToken cancellationToken)
    {
        if (claim.Identity is null || claim.PointsBefore is null)
            return await NeedsAttentionAsync(claim, "The points may or may not have been given back and the balance cannot tell; check the shopper in AIQ, then mark them returned or retry.", cancellationToken);

        var wallet = await client.GetWalletAsync(claim.Identity, cancellationToken: cancellationToken);
        if (!wallet.HasValue)
            return await WaitForWalletAsync(claim, ClaimTrigger.NeedsStaff, "the balance to check the refund", wallet.Error, cancellationToken);

        return UnknownOutcomeJudge.JudgeRefund(claim, wallet.Value.LoyaltyPoints) switch
        {
            UnknownOutcomeVerdict.Applied => await SaveAsync(Fire(claim, ClaimTrigger.RefundSucceeded) with { RefundedAt = _clock.GetUtcNow(), LastError = null, NextAttemptAt = null }, cancellationToken),
            UnknownOutcomeVerdict.NotApplied => await RefundFailedAsync(claim, "The refund did not reach AIQ; it will be tried again.", cancellationToken),
            _ => await NeedsAttentionAsync(claim,
                $"The points may or may not have been given back: the balance went from {claim.PointsBefore} to {wallet.Value.LoyaltyPoints} (refund {claim.PointsDeduction}). Check the shopper in AIQ, then mark them returned or retry.",
                cancellationToken)
        };
    }

    private async Task<RedemptionClaim> RefundFailedAsync(RedemptionClaim refunding, string message, CancellationToken cancellationToken)
    {
        var retry = _retrySchedule.Next(Math.Max(1, refunding.Attempts), _clock.GetUtcNow());
        return retry.ShouldRetry
            ? await SaveAsync(Fire(refunding, ClaimTrigger.RefundFailed) with { LastError = message, NextAttemptAt = retry.NextAttemptAt }, cancellationToken)
            : await NeedsAttentionAsync(refunding, message + " Retries ran out: return the points in AIQ, then record them as returned, or retry.", cancellationToken);
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

    /// <summary>Redeemed: nothing more to do unless the order was cancelled meanwhile (the ledger schedules the refund then).</summary>
    private Task<RedemptionClaim> RedeemedAsync(RedemptionClaim claim, ClaimTrigger trigger, string? note, CancellationToken cancellationToken) =>
        SaveAsync(Fire(claim, trigger) with { RedeemedAt = _clock.GetUtcNow(), LastError = note, NextAttemptAt = null }, cancellationToken);

    /// <summary>
    /// The wallet could not be read: read it again later (nothing was sent that depends on it), and
    /// once the retries run out, hand the claim to staff (or fail it, for a PUT never sent).
    /// </summary>
    private async Task<RedemptionClaim> WaitForWalletAsync(RedemptionClaim claim, ClaimTrigger whenRetriesRunOut, string what, AiqError? error,
        CancellationToken cancellationToken)
    {
        var message = $"Could not read {what}: {error?.Message ?? "no answer"}";
        // The failed read counts as an attempt, so an AIQ that stays unreadable ends the retries.
        var attempts = claim.Attempts + 1;
        var retry = _retrySchedule.Next(attempts, _clock.GetUtcNow());
        if (retry.ShouldRetry)
            return await SaveAsync(claim with { Attempts = attempts, LastError = message, NextAttemptAt = retry.NextAttemptAt }, cancellationToken);

        return whenRetriesRunOut == ClaimTrigger.RedeemFailedFinal && ClaimStateMachine.CanFire(claim.State, ClaimTrigger.RedeemStarted)
            // Nothing was ever sent for this attempt: the points were not taken.
            ? await SaveAsync(Fire(Fire(claim, ClaimTrigger.RedeemStarted), ClaimTrigger.RedeemFailedFinal) with { LastError = message + " Retries ran out.", NextAttemptAt = null }, cancellationToken)
            : await NeedsAttentionAsync(claim, message + " Retries ran out.", cancellationToken);
    }

    /// <summary>Hands the claim to staff: NeedsAttention for a redemption, RefundNeedsAttention for a refund (from Redeemed, nothing was sent yet).</summary>
    private Task<RedemptionClaim> NeedsAttentionAsync(RedemptionClaim claim, string message, CancellationToken cancellationToken)
    {
        var from = claim.State == ClaimState.Redeemed ? Fire(claim, ClaimTrigger.RefundStarted) : claim;
        return SaveAsync(Fire(from, ClaimTrigger.NeedsStaff) with { LastError = message, NextAttemptAt = null }, cancellationToken);
    }

    /// <summary>The contact's points now, or no figure when there is no identity to read them with.</summary>
    private static async Task<PointsReading> ReadPointsAsync(IAiqClient client, RedemptionClaim claim, CancellationToken cancellationToken)
    {
        if (claim.Identity is null)
            return new PointsReading(null, null);
        var wallet = await client.GetWalletAsync(claim.Identity, cancellationToken: cancellationToken);
        return wallet.HasValue ? new PointsReading(wallet.Value.LoyaltyPoints, null) : new PointsReading(null, wallet.Error);
    }

    private static RedemptionClaim Fire(RedemptionClaim claim, ClaimTrigger trigger) =>
        claim with { State = ClaimStateMachine.Fire(claim.State, trigger) };

    private Task<RedemptionClaim> SaveAsync(RedemptionClaim claim, CancellationToken cancellationToken) =>
        _ledger.SaveAsync(claim, cancellationToken);

    /// <summary>A balance read before a call: the points, or the error that kept them from being read.</summary>
    private sealed record PointsReading(long? Points, AiqError? Error)
    {
        public bool Failed => Error is not null;
    }

    #endregion
}
