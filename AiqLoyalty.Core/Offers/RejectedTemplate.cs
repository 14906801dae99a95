namespace AiqLoyalty.Core.Offers;

/// <summary>A wallet template that is not offered online, and why (for logs and the admin).</summary>
/// <param name="TemplateId">AIQ's template id, trimmed; null when AIQ sent none.</param>
/// <param name="Reason">Why it is not offered.</param>
public sealed record RejectedTemplate(string? TemplateId, NotOfferedReason Reason);
