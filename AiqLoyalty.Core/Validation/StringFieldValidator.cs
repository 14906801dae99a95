using FluentValidation;
using FluentValidation.Results;

namespace AiqLoyalty.Core.Validation;

/// <summary>
/// Base for the validators of a single shopper-typed string. Reports a null string as missing,
/// where FluentValidation would otherwise refuse a null root object.
/// </summary>
public abstract class StringFieldValidator : AbstractValidator<string?>
{
    private readonly Func<string?, ValidationError?> _check;
    private readonly string _propertyName;

    /// <summary>Creates the validator.</summary>
    /// <param name="check">Returns the error for a value, or null when it is acceptable.</param>
    /// <param name="propertyName">Name reported on failures when the string is validated on its own.</param>
    protected StringFieldValidator(Func<string?, ValidationError?> check, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentException.ThrowIfNullOrWhiteSpace(propertyName);
        _check = check;
        _propertyName = propertyName;
        RuleFor(value => value).Custom((value, context) => context.AddError(_check(value), value, _propertyName));
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<string?> context, ValidationResult result)
    {
        if (context.InstanceToValidate is not null)
            return true;

        var error = _check(null);
        if (error is not null)
            result.Errors.Add(new ValidationFailure(_propertyName, error.DefaultMessage) { ErrorCode = error.Code });
        return false;
    }
}
