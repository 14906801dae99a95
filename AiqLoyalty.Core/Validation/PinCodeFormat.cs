namespace AiqLoyalty.Core.Validation;

/// <summary>
/// The shape of AIQ's verification code: exactly four ASCII digits, kept as a string so leading
/// zeros survive (docs/aiq-api.md, "View the wallet with the PIN").
/// </summary>
public static class PinCodeFormat
{
    /// <summary>Digits in an AIQ verification code.</summary>
    public const int Length = 4;

    /// <summary>Checks <paramref name="code"/> as typed; no trimming.</summary>
    /// <param name="code">The code the shopper entered.</param>
    /// <returns>Null when the code is well formed, else the error to show.</returns>
    public static ValidationError? Check(string? code)
    {
        if (string.IsNullOrEmpty(code))
            return ValidationErrors.PinRequired;
        if (code.Length != Length)
            return ValidationErrors.PinInvalid;
        foreach (var c in code)
        {
            if (!char.IsAsciiDigit(c))
                return ValidationErrors.PinInvalid;
        }

        return null;
    }
}
