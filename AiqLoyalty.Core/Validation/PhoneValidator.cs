namespace AiqLoyalty.Core.Validation;

/// <summary>
/// Validates a string as a US/Canadian phone number that normalises to AIQ's 10-digit form. Failures carry stable codes from <see cref="ValidationErrors"/>.
/// For a property of a model prefer <see cref="AiqRuleBuilderExtensions.AiqPhone{T}"/>, because a
/// child validator is skipped when the property is null.
/// </summary>
public sealed class PhoneValidator : StringFieldValidator
{
    /// <summary>Creates the validator.</summary>
    /// <param name="propertyName">Name reported on failures when the string is validated on its own.</param>
    public PhoneValidator(string propertyName = "Phone")
        : base(value => PhoneNumberNormalizer.Normalize(value).Error, propertyName)
    {
    }
}
