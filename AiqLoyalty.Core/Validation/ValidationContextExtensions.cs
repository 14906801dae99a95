using FluentValidation;
using FluentValidation.Results;

namespace AiqLoyalty.Core.Validation;

/// <summary>Adds a core <see cref="ValidationError"/> to a FluentValidation context, code and all.</summary>
internal static class ValidationContextExtensions
{
    /// <summary>Records <paramref name="error"/>, if any, against the property being validated.</summary>
    public static void AddError<T>(this ValidationContext<T> context, ValidationError? error, object? attemptedValue, string fallbackPropertyName)
    {
        if (error is null)
            return;

        var propertyName = string.IsNullOrEmpty(context.PropertyName) ? fallbackPropertyName : context.PropertyName;
        context.AddFailure(new ValidationFailure(propertyName, error.DefaultMessage, attemptedValue)
        {
            ErrorCode = error.Code
        });
    }
}
