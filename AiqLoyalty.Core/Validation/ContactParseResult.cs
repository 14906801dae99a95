using AiqLoyalty.Core.Client;

namespace AiqLoyalty.Core.Validation;

/// <summary>The outcome of reading a "phone or email" field.</summary>
public sealed record ContactParseResult
{
    private ContactParseResult(ContactIdentity? identity, ValidationError? error)
    {
        Identity = identity;
        Error = error;
    }

    /// <summary>The identity; null when <see cref="IsValid"/> is false.</summary>
    public ContactIdentity? Identity { get; }

    /// <summary>Why the input was refused; null when <see cref="IsValid"/> is true.</summary>
    public ValidationError? Error { get; }

    /// <summary>True when the input named exactly one valid identity.</summary>
    public bool IsValid => Error is null;

    /// <summary>An accepted identity.</summary>
    /// <param name="identity">The normalised identity.</param>
    public static ContactParseResult Success(ContactIdentity identity) => new(identity, null);

    /// <summary>A refused input.</summary>
    /// <param name="error">Why it was refused.</param>
    public static ContactParseResult Failure(ValidationError error) => new(null, error);
}
