namespace AiqLoyalty.Core.Wire;

/// <summary>One entry of AIQ's <c>errors</c> array.</summary>
public sealed record AiqErrorMessage
{
    /// <summary>The message text.</summary>
    public string? Message { get; init; }
}
