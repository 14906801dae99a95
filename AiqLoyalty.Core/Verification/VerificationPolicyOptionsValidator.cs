using FluentValidation;

namespace AiqLoyalty.Core.Verification;

/// <summary>Keeps <see cref="VerificationPolicyOptions"/> within ranges that still protect shoppers.</summary>
public sealed class VerificationPolicyOptionsValidator : AbstractValidator<VerificationPolicyOptions>
{
    /// <summary>Creates the validator.</summary>
    public VerificationPolicyOptionsValidator()
    {
        RuleFor(o => o.CodeLifetime).InclusiveBetween(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1))
            .WithErrorCode("Aiq.Verification.CodeLifetime");
        RuleFor(o => o.ResendCooldown).InclusiveBetween(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10))
            .WithErrorCode("Aiq.Verification.ResendCooldown");
        RuleFor(o => o.ResendCooldown).LessThan(o => o.CodeLifetime)
            .WithErrorCode("Aiq.Verification.ResendCooldownBeyondLifetime")
            .WithMessage("The resend cooldown must be shorter than the code lifetime.");
        // At most 10 guesses of a 4-digit PIN per lockout: odds of 1 in 1,000 or worse for a guesser.
        RuleFor(o => o.MaxFailedAttempts).InclusiveBetween(1, 10)
            .WithErrorCode("Aiq.Verification.MaxFailedAttempts");
        RuleFor(o => o.LockoutDuration).InclusiveBetween(TimeSpan.FromMinutes(5), TimeSpan.FromDays(1))
            .WithErrorCode("Aiq.Verification.LockoutDuration");
        RuleFor(o => o.MaxCodesPerWindow).InclusiveBetween(1, 50)
            .WithErrorCode("Aiq.Verification.MaxCodesPerWindow");
        RuleFor(o => o.CodeSendWindow).InclusiveBetween(TimeSpan.FromMinutes(1), TimeSpan.FromDays(1))
            .WithErrorCode("Aiq.Verification.CodeSendWindow");
        RuleFor(o => o.VerifiedLifetime).InclusiveBetween(TimeSpan.FromMinutes(1), TimeSpan.FromDays(1))
            .WithErrorCode("Aiq.Verification.VerifiedLifetime");
    }
}
