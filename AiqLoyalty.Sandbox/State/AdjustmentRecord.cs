namespace AiqLoyalty.Sandbox.State;

/// <summary>One points adjustment (refund or manual change).</summary>
/// <param name="Value">Points added (positive) or removed (negative).</param>
/// <param name="Note">The note sent with it (plugins put their idempotency key here).</param>
/// <param name="At">When it happened (sandbox clock).</param>
public sealed record AdjustmentRecord(int Value, string? Note, DateTimeOffset At);
