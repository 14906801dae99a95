using System.Diagnostics.CodeAnalysis;

namespace AiqLoyalty.Core.Client;

/// <summary>The outcome of an AIQ call that returns no payload.</summary>
public class AiqResult
{
    /// <summary>Creates an outcome.</summary>
    protected AiqResult(AiqError? error) => Error = error;

    /// <summary>The failure, or null on success.</summary>
    public AiqError? Error { get; }

    /// <summary>True when the call succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>A success.</summary>
    public static AiqResult Ok() => new(null);

    /// <summary>A failure.</summary>
    public static AiqResult Fail(AiqError error) => new(error ?? throw new ArgumentNullException(nameof(error)));
}
