namespace Nop.Plugin.Misc.AiqLoyalty;

/// <summary>An integer setting's allowed range and its default.</summary>
/// <param name="Min">The smallest allowed value.</param>
/// <param name="Max">The largest allowed value.</param>
/// <param name="Default">The value a fresh install gets.</param>
public sealed record SettingRange(int Min, int Max, int Default)
{
    /// <summary>The value kept within the range.</summary>
    public int Clamp(int value) => Math.Clamp(value, Min, Max);
}
