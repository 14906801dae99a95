namespace Nop.Plugin.Misc.AiqLoyalty.Services.Retention;

/// <summary>Rows one retention run deleted, per table.</summary>
/// <param name="Verifications">Verification rows.</param>
/// <param name="SyncLogRows">Abandoned-cart sync log rows.</param>
/// <param name="CallLogRows">Call log rows.</param>
public sealed record RetentionResult(int Verifications, int SyncLogRows, int CallLogRows)
{
    /// <summary>Nothing deleted.</summary>
    public static RetentionResult None { get; } = new(0, 0, 0);

    /// <summary>The sum of two runs' counts.</summary>
    public RetentionResult Add(RetentionResult other) =>
        new(Verifications + other.Verifications, SyncLogRows + other.SyncLogRows, CallLogRows + other.CallLogRows);
}
