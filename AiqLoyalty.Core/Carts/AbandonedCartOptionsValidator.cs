using FluentValidation;

namespace AiqLoyalty.Core.Carts;

/// <summary>Keeps <see cref="AbandonedCartOptions"/> sensible.</summary>
public sealed class AbandonedCartOptionsValidator : AbstractValidator<AbandonedCartOptions>
{
    /// <summary>Creates the validator.</summary>
    public AbandonedCartOptionsValidator()
    {
        RuleFor(o => o.IdleThreshold).InclusiveBetween(TimeSpan.FromMinutes(5), TimeSpan.FromDays(7))
            .WithErrorCode("Aiq.Carts.IdleThreshold");
        RuleFor(o => o.MaxAge).InclusiveBetween(TimeSpan.FromHours(1), TimeSpan.FromDays(90))
            .WithErrorCode("Aiq.Carts.MaxAge");
        RuleFor(o => o.MaxAge).GreaterThan(o => o.IdleThreshold)
            .WithErrorCode("Aiq.Carts.MaxAgeNotAboveIdleThreshold")
            .WithMessage("The maximum cart age must be longer than the idle threshold.");
    }
}
