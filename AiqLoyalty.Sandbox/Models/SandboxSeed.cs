using System.Text.Json.Nodes;

namespace AiqLoyalty.Sandbox.Models;

/// <summary>
/// The data set the sandbox starts from and returns to on reset. The JSON form is documented in
/// the project's README.md.
/// </summary>
public sealed record SandboxSeed
{
    /// <summary>The default verification-code lifetime, in seconds.</summary>
    public const int DefaultCodeLifetimeSeconds = 600;

    /// <summary>API key to account UID. Every <c>/api/**</c> call must carry one of these keys.</summary>
    public IReadOnlyDictionary<string, string> ApiKeys { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Discount templates in AIQ wire field names, kept exactly as given so legacy string numbers
    /// (<c>"priceCap": "100"</c>) reach the wallet untouched.
    /// </summary>
    public IReadOnlyList<JsonObject> Templates { get; init; } = [];

    /// <summary>The shoppers that exist when the sandbox starts.</summary>
    public IReadOnlyList<SeedShopper> Shoppers { get; init; } = [];

    /// <summary>Template ids every newly signed-up shopper receives (the welcome gift).</summary>
    public IReadOnlyList<string> WelcomeTemplateIds { get; init; } = [];

    /// <summary>How long a verification code stays valid, in seconds.</summary>
    public int CodeLifetimeSeconds { get; init; } = DefaultCodeLifetimeSeconds;
}
