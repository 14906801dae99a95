namespace AiqLoyalty.Core.Validation;

/// <summary>
/// The outcome of normalising shopper input: either the value in AIQ's form or the reason it was refused.
/// </summary>
public sealed record NormalizationResult
{
    private NormalizationResult(string? value, ValidationError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The normalised value; null when <see cref="IsValid"/> is false.</summary>
    public string? Value { get; }

    /// <summary>Why the input was refused; null when <see cref="IsValid"/> is true.</summary>
    public ValidationError? Error { get; }

    /// <summary>True when the input was accepted.</summary>
    public bool IsValid => Error is null;

    /// <summary>An accepted input in its normalised form.</summary>
    /// <param name="value">The normalised value.</param>
    public static NormalizationResult Success(string value) => new(value, null);

    /// <summary>A refused input.</summary>
    /// <param name="error">Why it was refused.</param>
    public static NormalizationResult Failure(ValidationError error) => new(null, error);
}
