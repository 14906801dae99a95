using System.Diagnostics.CodeAnalysis;

namespace AiqLoyalty.Core.Client;

/// <summary>The outcome of an AIQ call that returns a payload.</summary>
/// <typeparam name="T">The payload type.</typeparam>
public sealed class AiqResult<T> : AiqResult
{
    private AiqResult(T? value, AiqError? error) : base(error) => Value = value;

    /// <summary>The payload on success.</summary>
    public T? Value { get; }

    /// <summary>True when the call succeeded and <see cref="Value"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool HasValue => IsSuccess && Value is not null;

    /// <summary>A success.</summary>
    public static AiqResult<T> Ok(T value) => new(value, null);

    /// <summary>A failure.</summary>
    public static new AiqResult<T> Fail(AiqError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));
}
