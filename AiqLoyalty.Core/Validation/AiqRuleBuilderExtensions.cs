using FluentValidation;

namespace AiqLoyalty.Core.Validation;

/// <summary>
/// Rules for a model's string properties, e.g. <c>RuleFor(m =&gt; m.Phone).AiqPhone()</c>. Unlike a
/// child validator, these also report a null value as missing. Each failure carries the stable
/// error code from <see cref="ValidationErrors"/>.
/// </summary>
public static class AiqRuleBuilderExtensions
{
    /// <summary>The value must be a US/Canadian phone number that normalises to 10 digits.</summary>
    /// <param name="rule">The rule for the property.</param>
    /// <typeparam name="T">The model type.</typeparam>
    public static IRuleBuilderOptionsConditions<T, string?> AiqPhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) => context.AddError(PhoneNumberNormalizer.Normalize(value).Error, value, "Phone"));

    /// <summary>The value must be shaped like an email address.</summary>
    /// <param name="rule">The rule for the property.</param>
    /// <typeparam name="T">The model type.</typeparam>
    public static IRuleBuilderOptionsConditions<T, string?> AiqEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) => context.AddError(EmailAddressNormalizer.Normalize(value).Error, value, "Email"));

    /// <summary>The value must be exactly four digits.</summary>
    /// <param name="rule">The rule for the property.</param>
    /// <typeparam name="T">The model type.</typeparam>
    public static IRuleBuilderOptionsConditions<T, string?> AiqPinCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) => context.AddError(PinCodeFormat.Check(value), value, "Code"));

    /// <summary>The value must be exactly one identity: a phone number, or an email address (contains @).</summary>
    /// <param name="rule">The rule for the property.</param>
    /// <typeparam name="T">The model type.</typeparam>
    public static IRuleBuilderOptionsConditions<T, string?> AiqContact<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) => context.AddError(ContactInputParser.Parse(value).Error, value, "Contact"));
}
