namespace AiqLoyalty.Core.Validation;

/// <summary>
/// Validates a string as an email address. Failures carry stable codes from <see cref="ValidationErrors"/>.
/// For a property of a model prefer <see cref="AiqRuleBuilderExtensions.AiqEmail{T}"/>, because a
/// child validator is skipped when the property is null.
/// </summary>
public sealed class EmailValidator : StringFieldValidator
{
    /// <summary>Creates the validator.</summary>
    /// <param name="propertyName">Name reported on failures when the string is validated on its own.</param>
    public EmailValidator(string propertyName = "Email")
        : base(value => EmailAddressNormalizer.Normalize(value).Error, propertyName)
    {
    }
}
