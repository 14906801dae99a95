namespace AiqLoyalty.Core.Validation;

/// <summary>
/// Validates a string as AIQ's verification code: exactly four digits, leading zeros kept. Failures carry stable codes from <see cref="ValidationErrors"/>.
/// For a property of a model prefer <see cref="AiqRuleBuilderExtensions.AiqPinCode{T}"/>, because a
/// child validator is skipped when the property is null.
/// </summary>
public sealed class PinCodeValidator : StringFieldValidator
{
    /// <summary>Creates the validator.</summary>
    /// <param name="propertyName">Name reported on failures when the string is validated on its own.</param>
    public PinCodeValidator(string propertyName = "Code")
        : base(value => PinCodeFormat.Check(value), propertyName)
    {
    }
}
