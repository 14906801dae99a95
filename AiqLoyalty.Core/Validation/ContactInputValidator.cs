namespace AiqLoyalty.Core.Validation;

/// <summary>
/// Validates a string as a single "phone or email" field: input with @ is checked as an email address, other input as a phone number. Failures carry stable codes from <see cref="ValidationErrors"/>.
/// For a property of a model prefer <see cref="AiqRuleBuilderExtensions.AiqContact{T}"/>, because a
/// child validator is skipped when the property is null.
/// </summary>
public sealed class ContactInputValidator : StringFieldValidator
{
    /// <summary>Creates the validator.</summary>
    /// <param name="propertyName">Name reported on failures when the string is validated on its own.</param>
    public ContactInputValidator(string propertyName = "Contact")
        : base(value => ContactInputParser.Parse(value).Error, propertyName)
    {
    }
}
