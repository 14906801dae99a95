using AiqLoyalty.Core.Verification;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Verification;

[TestFixture]
public class VerificationPolicyTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly VerificationPolicy _policy = new(new VerificationPolicyOptions());

    [Test]
    public void CheckSend_FreshState_IsAllowed()
    {
        Assert.That(_policy.CheckSend(VerificationState.Empty, T0), Is.EqualTo(SendDecision.Allowed));
    }

    [Test]
    public void CheckSend_WithinCooldown_IsRefusedUntilCooldownEnds()
    {
        var state = _policy.RecordSent(VerificationState.Empty, T0);

        var decision = _policy.CheckSend(state, T0.AddSeconds(10));

        Assert.That(decision, Is.EqualTo(new SendDecision(SendVerdict.CooldownActive, T0.AddSeconds(30), TimeSpan.FromSeconds(20))));
    }

    [Test]
    public void CheckSend_AtExactlyTheCooldownEnd_IsAllowed()
    {
        var state = _policy.RecordSent(VerificationState.Empty, T0);

        Assert.Multiple(() =>
        {
            Assert.That(_policy.CheckSend(state, T0.AddSeconds(30) - TimeSpan.FromTicks(1)).Verdict, Is.EqualTo(SendVerdict.CooldownActive));
            Assert.That(_policy.CheckSend(state, T0.AddSeconds(30)).IsAllowed, Is.True);
        });
    }

    [Test]
    public void CheckSend_AfterFiveSendsInTheWindow_IsTooManyCodesUntilTheWindowCloses()
    {
        var state = SendTimes(0, 1, 2, 3, 4);

        var decision = _policy.CheckSend(state, T0.AddMinutes(5));

        Assert.Multiple(() =>
        {
            Assert.That(state.SendsInWindow, Is.EqualTo(5));
            Assert.That(decision.Verdict, Is.EqualTo(SendVerdict.TooManyCodes));
            Assert.That(decision.RetryAt, Is.EqualTo(T0.AddMinutes(15)));
            Assert.That(decision.RetryAfter, Is.EqualTo(TimeSpan.FromMinutes(10)));
            Assert.That(_policy.CheckSend(state, T0.AddMinutes(15)).IsAllowed, Is.True);
        });
    }

    [Test]
    public void RecordSent_AfterTheWindowCloses_StartsANewWindow()
    {
        var state = _policy.RecordSent(SendTimes(0, 1, 2, 3, 4), T0.AddMinutes(16));

        Assert.Multiple(() =>
        {
            Assert.That(state.SendsInWindow, Is.EqualTo(1));
            Assert.That(state.SendWindowStartedAt, Is.EqualTo(T0.AddMinutes(16)));
            Assert.That(state.CodeSentAt, Is.EqualTo(T0.AddMinutes(16)));
            Assert.That(state.LastSentAt, Is.EqualTo(T0.AddMinutes(16)));
        });
    }

    [Test]
    public void CheckAttempt_NoCodeSent()
    {
        Assert.That(_policy.CheckAttempt(VerificationState.Empty, T0), Is.EqualTo(AttemptDecision.NoCodeSent));
    }

    [Test]
    public void CheckAttempt_CodeExpiresAtExactlyItsLifetime()
    {
        var state = _policy.RecordSent(VerificationState.Empty, T0);

        Assert.Multiple(() =>
        {
            Assert.That(_policy.CheckAttempt(state, T0).IsAllowed, Is.True);
            Assert.That(_policy.CheckAttempt(state, T0.AddMinutes(10) - TimeSpan.FromTicks(1)).IsAllowed, Is.True);
            Assert.That(_policy.CheckAttempt(state, T0.AddMinutes(10)), Is.EqualTo(AttemptDecision.CodeExpired));
        });
    }

    [Test]
    public void RecordFailure_FifthFailureLocksAndVoidsTheCode()
    {
        var state = _policy.RecordSent(VerificationState.Empty, T0);
        for (var i = 1; i <= 4; i++)
        {
            state = _policy.RecordFailure(state, T0.AddMinutes(1));
            Assert.That(_policy.CheckAttempt(state, T0.AddMinutes(1)).IsAllowed, Is.True, $"after failure {i}");
        }

        state = _policy.RecordFailure(state, T0.AddMinutes(2));

        Assert.Multiple(() =>
        {
            Assert.That(state.FailedAttempts, Is.EqualTo(5));
            Assert.That(state.LockedUntil, Is.EqualTo(T0.AddMinutes(17)));
            Assert.That(state.CodeSentAt, Is.Null);
            Assert.That(_policy.CheckAttempt(state, T0.AddMinutes(3)), Is.EqualTo(AttemptDecision.LockedOut(T0.AddMinutes(17))));
            Assert.That(_policy.CheckSend(state, T0.AddMinutes(3)),
                Is.EqualTo(new SendDecision(SendVerdict.LockedOut, T0.AddMinutes(17), TimeSpan.FromMinutes(14))));
        });
    }

    [Test]
    public void Lockout_EndsAtExactlyItsDuration_AndTheNextFailureCountsFromOne()
    {
        var locked = Fail(_policy.RecordSent(VerificationState.Empty, T0), 5, T0);
        var end = T0.AddMinutes(15);

        var afterLockout = _policy.RecordFailure(_policy.RecordSent(locked, end), end.AddMinutes(1));

        Assert.Multiple(() =>
        {
            Assert.That(_policy.CheckSend(locked, end - TimeSpan.FromTicks(1)).Verdict, Is.EqualTo(SendVerdict.LockedOut));
            Assert.That(_policy.CheckSend(locked, end).IsAllowed, Is.True);
            Assert.That(_policy.CheckAttempt(locked, end), Is.EqualTo(AttemptDecision.NoCodeSent));
            Assert.That(afterLockout.FailedAttempts, Is.EqualTo(1));
            Assert.That(afterLockout.LockedUntil, Is.Null);
        });
    }

    [Test]
    public void RecordSent_KeepsTheFailureCount_SoResendingDoesNotBuyGuesses()
    {
        var state = Fail(_policy.RecordSent(VerificationState.Empty, T0), 4, T0);

        state = _policy.RecordFailure(_policy.RecordSent(state, T0.AddMinutes(1)), T0.AddMinutes(1));

        Assert.That(state.LockedUntil, Is.EqualTo(T0.AddMinutes(16)));
    }

    [Test]
    public void RecordSuccess_VerifiesClearsFailuresAndUsesUpTheCode()
    {
        var state = Fail(_policy.RecordSent(VerificationState.Empty, T0), 3, T0);

        state = _policy.RecordSuccess(state, T0.AddMinutes(2));

        Assert.Multiple(() =>
        {
            Assert.That(state.FailedAttempts, Is.Zero);
            Assert.That(state.LockedUntil, Is.Null);
            Assert.That(state.VerifiedAt, Is.EqualTo(T0.AddMinutes(2)));
            Assert.That(_policy.CheckAttempt(state, T0.AddMinutes(2)), Is.EqualTo(AttemptDecision.NoCodeSent));
            Assert.That(state.SendsInWindow, Is.EqualTo(1), "success must not reset the SMS limit");
        });
    }

    [Test]
    public void IsVerified_LastsExactlyTheVerifiedLifetime()
    {
        var state = _policy.RecordSuccess(_policy.RecordSent(VerificationState.Empty, T0), T0);

        Assert.Multiple(() =>
        {
            Assert.That(_policy.IsVerified(VerificationState.Empty, T0), Is.False);
            Assert.That(_policy.IsVerified(state, T0), Is.True);
            Assert.That(_policy.IsVerified(state, T0.AddMinutes(60) - TimeSpan.FromTicks(1)), Is.True);
            Assert.That(_policy.IsVerified(state, T0.AddMinutes(60)), Is.False);
            Assert.That(_policy.IsVerified(state, T0.AddMinutes(-1)), Is.False);
            Assert.That(_policy.VerifiedUntil(state), Is.EqualTo(T0.AddMinutes(60)));
        });
    }

    [Test]
    public void IsVerified_FalseWhileLocked()
    {
        var verified = _policy.RecordSuccess(_policy.RecordSent(VerificationState.Empty, T0), T0);

        var locked = Fail(_policy.RecordSent(verified, T0.AddMinutes(1)), 5, T0.AddMinutes(1));

        Assert.That(_policy.IsVerified(locked, T0.AddMinutes(2)), Is.False);
    }

    [Test]
    public void CheckSendAll_CustomerLimitStillAppliesWithANewPhone()
    {
        var customer = SendTimes(0, 1, 2, 3, 4);
        var newPhone = VerificationState.Empty;

        var decision = _policy.CheckSendAll([newPhone, customer], T0.AddMinutes(5));

        Assert.That(decision.Verdict, Is.EqualTo(SendVerdict.TooManyCodes));
    }

    [Test]
    public void CheckAttemptAll_LockedCustomerBlocksAFreshIdentity()
    {
        var identity = _policy.RecordSent(VerificationState.Empty, T0);
        var customer = Fail(_policy.RecordSent(VerificationState.Empty, T0), 5, T0);

        var decision = _policy.CheckAttemptAll([identity, customer], T0.AddMinutes(1));

        Assert.That(decision, Is.EqualTo(AttemptDecision.LockedOut(T0.AddMinutes(15))));
    }

    [Test]
    public void MostRestrictive_Send_PicksTheLongestRefusal()
    {
        var cooldown = SendDecision.Refused(SendVerdict.CooldownActive, T0.AddSeconds(30), T0);
        var lockout = SendDecision.Refused(SendVerdict.LockedOut, T0.AddMinutes(5), T0);
        var tooMany = SendDecision.Refused(SendVerdict.TooManyCodes, T0.AddMinutes(14), T0);

        Assert.Multiple(() =>
        {
            Assert.That(VerificationPolicy.MostRestrictive([SendDecision.Allowed, cooldown]), Is.EqualTo(cooldown));
            Assert.That(VerificationPolicy.MostRestrictive([cooldown, tooMany, lockout, SendDecision.Allowed]), Is.EqualTo(tooMany));
            Assert.That(VerificationPolicy.MostRestrictive([SendDecision.Allowed, SendDecision.Allowed]), Is.EqualTo(SendDecision.Allowed));
            Assert.That(() => VerificationPolicy.MostRestrictive(Array.Empty<SendDecision>()), Throws.ArgumentException);
        });
    }

    [Test]
    public void MostRestrictive_Attempt_LockoutBeatsEverything_LatestLockoutWins()
    {
        var early = AttemptDecision.LockedOut(T0.AddMinutes(1));
        var late = AttemptDecision.LockedOut(T0.AddMinutes(9));

        Assert.Multiple(() =>
        {
            Assert.That(VerificationPolicy.MostRestrictive([AttemptDecision.Allowed, AttemptDecision.CodeExpired]), Is.EqualTo(AttemptDecision.CodeExpired));
            Assert.That(VerificationPolicy.MostRestrictive([AttemptDecision.CodeExpired, AttemptDecision.NoCodeSent]), Is.EqualTo(AttemptDecision.NoCodeSent));
            Assert.That(VerificationPolicy.MostRestrictive([early, AttemptDecision.NoCodeSent, late]), Is.EqualTo(late));
        });
    }

    [Test]
    public void Options_AreCopied_SoLaterChangesDoNotLeakIn()
    {
        var options = new VerificationPolicyOptions();
        var policy = new VerificationPolicy(options);
        options.ResendCooldown = TimeSpan.FromMinutes(5);

        var state = policy.RecordSent(VerificationState.Empty, T0);

        Assert.That(policy.CheckSend(state, T0.AddSeconds(30)).IsAllowed, Is.True);
    }

    [Test]
    public void Constructor_RefusesInvalidOptions()
    {
        Assert.That(() => new VerificationPolicy(new VerificationPolicyOptions { MaxFailedAttempts = 0 }), Throws.ArgumentException);
    }

    [Test]
    public void CustomOptions_AreHonoured()
    {
        var policy = new VerificationPolicy(new VerificationPolicyOptions { MaxFailedAttempts = 2, LockoutDuration = TimeSpan.FromMinutes(7) });
        var state = policy.RecordSent(VerificationState.Empty, T0);

        state = policy.RecordFailure(policy.RecordFailure(state, T0), T0);

        Assert.That(state.LockedUntil, Is.EqualTo(T0.AddMinutes(7)));
    }

    [Test]
    [Category("Abuse")]
    public void Attack03_RepeatedLockoutsGrow_EachLastsTwiceTheOneBeforeUpToADayUntilARightCode()
    {
        var state = _policy.RecordSent(VerificationState.Empty, T0);
        var at = T0;
        var lengths = new List<TimeSpan>();
        for (var round = 0; round < 9; round++)
        {
            state = Fail(state, 5, at);
            lengths.Add(state.LockedUntil!.Value - at);
            at = state.LockedUntil.Value;
        }

        Assert.That(lengths.Take(4), Is.EqualTo(new[] { 15, 30, 60, 120 }.Select(m => TimeSpan.FromMinutes(m))));
        Assert.That(lengths.Last(), Is.EqualTo(TimeSpan.FromDays(1)), "capped at a day");
        var verified = _policy.RecordSuccess(state, at);
        Assert.That(verified.Lockouts, Is.Zero, "a right code starts over");
        Assert.That(Fail(_policy.RecordSent(verified, at), 5, at).LockedUntil, Is.EqualTo(at + TimeSpan.FromMinutes(15)));
    }

    [Test]
    [Category("Abuse")]
    public void Attack02_NotAMemberProbesCountAgainstTheSendLimits()
    {
        var state = VerificationState.Empty;
        for (var i = 0; i < 5; i++)
            state = _policy.RecordProbe(state, T0.AddMinutes(i));

        Assert.That(_policy.CheckSend(state, T0.AddMinutes(5)).Verdict, Is.EqualTo(SendVerdict.TooManyCodes));
        Assert.That(state.CodeSentAt, Is.Null, "a probe leaves no code to enter");
    }

    private VerificationState SendTimes(params int[] minutes) =>
        minutes.Aggregate(VerificationState.Empty, (state, minute) => _policy.RecordSent(state, T0.AddMinutes(minute)));

    private VerificationState Fail(VerificationState state, int times, DateTimeOffset at)
    {
        for (var i = 0; i < times; i++)
            state = _policy.RecordFailure(state, at);
        return state;
    }
}
