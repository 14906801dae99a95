using System.Globalization;
using AiqLoyalty.Core.Client;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;

/// <summary>The stable English names of stored ids (CSV cells, error kinds in the grid): identifiers for scripts, not translated.</summary>
public static class CallLogNames
{
    /// <summary>The operation's name, or its number when unknown.</summary>
    public static string Operation(int operationId) => Name<AiqCall>(operationId);

    /// <summary>The outcome's name, or its number when unknown.</summary>
    public static string Outcome(int outcomeId) => Name<AiqCallOutcome>(outcomeId);

    /// <summary>The error kind's name, or its number when unknown.</summary>
    public static string ErrorKind(int errorKindId) => Name<AiqErrorKind>(errorKindId);

    private static string Name<TEnum>(int value) where TEnum : struct, Enum =>
        Enum.IsDefined(typeof(TEnum), value) ? Enum.GetName(typeof(TEnum), value) : value.ToString(CultureInfo.InvariantCulture);
}
