using System.Linq.Expressions;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Retention;

/// <summary>Which verification rows the retention may delete: old, and holding nothing still in force.</summary>
public static class VerificationRetention
{
    /// <summary>
    /// A store's rows unchanged since <paramref name="cutoffUtc"/> that hold no lockout, no verification
    /// and no code still in force at <paramref name="nowUtc"/> under the store's settings (a row can be old
    /// and still hold a day-long lockout when the retention is short: deleting it would lift the lockout).
    /// </summary>
    public static Expression<Func<AiqVerification, bool>> Expired(int storeId, DateTime cutoffUtc, DateTime nowUtc, AiqLoyaltySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var policy = AiqLoyaltySettingLimits.PolicyOptions(settings);
        var verifiedBefore = nowUtc - policy.VerifiedLifetime;
        var codeSentBefore = nowUtc - policy.CodeLifetime;
        var windowStartedBefore = nowUtc - policy.CodeSendWindow;
        return row => row.StoreId == storeId
            && row.UpdatedOnUtc < cutoffUtc
            && (row.LockedUntilUtc == null || row.LockedUntilUtc <= nowUtc)
            && (row.VerifiedOnUtc == null || row.VerifiedOnUtc <= verifiedBefore)
            && (row.CodeSentOnUtc == null || row.CodeSentOnUtc <= codeSentBefore)
            && (row.SendWindowStartOnUtc == null || row.SendWindowStartOnUtc <= windowStartedBefore);
    }
}
