namespace AiqLoyalty.Core.Consent;

/// <summary>
/// AIQ's loyalty signup consent text, word for word from AIQ's ecommerce integration guide
/// (recorded in docs/aiq-api.md, "Sign a shopper up"). It is a legal string: do not reword, re-punctuate or "fix" it
/// (the guide's "it's" and straight quotes around "STOP" are kept on purpose).
/// </summary>
public static class ConsentText
{
    /// <summary>The placeholder the guide uses for the merchant's brand name.</summary>
    public const string BrandNamePlaceholder = "{{brand name}}";

    /// <summary>The guide's text, with <see cref="BrandNamePlaceholder"/> in both places.</summary>
    public const string GuideTemplate =
        "I consent to signup for the {{brand name}} rewards program where I will receive marketing communications. " +
        "By doing so, I understand that I am allowing {{brand name}} and it's technology provider(s) to retain my " +
        "personal contact details/ engagement history for use in personalized marketing. Opt out at any time by " +
        "replying \"STOP\" to messages. Standard message and calling rates may apply.";

    /// <summary>The program's name in the text, replaced for Canada as the guide requires.</summary>
    public const string RewardsProgramWording = "rewards program";

    /// <summary>What Canadian stores show instead of <see cref="RewardsProgramWording"/>.</summary>
    public const string CanadianProgramWording = "club program";

    /// <summary>Builds the consent text to show (and to record) for a store.</summary>
    /// <param name="brandName">The merchant's brand name; trimmed, must not be blank.</param>
    /// <param name="country">The store's country.</param>
    /// <returns>The exact text, without surrounding quotes.</returns>
    /// <exception cref="ArgumentException">The brand name is null, empty or white space.</exception>
    public static string For(string brandName, AiqCountry country)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(brandName);

        var template = country switch
        {
            AiqCountry.UnitedStates => GuideTemplate,
            AiqCountry.Canada => GuideTemplate.Replace(RewardsProgramWording, CanadianProgramWording, StringComparison.Ordinal),
            _ => throw new ArgumentOutOfRangeException(nameof(country), country, "Unknown country.")
        };

        return template.Replace(BrandNamePlaceholder, brandName.Trim(), StringComparison.Ordinal);
    }
}
