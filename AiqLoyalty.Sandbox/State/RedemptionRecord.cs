namespace AiqLoyalty.Sandbox.State;

/// <summary>One successful redemption PUT.</summary>
/// <param name="TemplateId">The redeemed template.</param>
/// <param name="Points">Points deducted.</param>
/// <param name="TransactionId">The POS transaction id appended to the URL, or null (ecommerce).</param>
/// <param name="At">When it happened (sandbox clock).</param>
public sealed record RedemptionRecord(string TemplateId, int Points, string? TransactionId, DateTimeOffset At);
