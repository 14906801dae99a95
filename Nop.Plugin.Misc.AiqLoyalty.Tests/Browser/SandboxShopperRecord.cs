namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>What the sandbox knows about a shopper: the real balance, redemptions and adjustments.</summary>
public sealed record SandboxShopperRecord(int LoyaltyPoints, IReadOnlyList<SandboxRedemption> Redemptions, IReadOnlyList<SandboxAdjustment> Adjustments)
{
    /// <summary>Adjustments carrying the plugin's refund idempotency key.</summary>
    public IReadOnlyList<SandboxAdjustment> Refunds => Adjustments.Where(a => a.Note.Contains("aiq-nop-refund:", StringComparison.Ordinal)).ToList();

    /// <summary>One line for the test output.</summary>
    public override string ToString() =>
        $"loyaltyPoints {LoyaltyPoints}; redemptions [{string.Join(", ", Redemptions.Select(r => $"{r.TemplateId}/{r.Points}pts/tx={r.TransactionId ?? "null"}"))}]; " +
        $"adjustments [{string.Join(", ", Adjustments.Select(a => $"{a.Value:+#;-#;0} '{a.Note}'"))}]";
}
