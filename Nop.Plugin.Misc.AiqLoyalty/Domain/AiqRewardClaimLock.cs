using Nop.Core;

namespace Nop.Plugin.Misc.AiqLoyalty.Domain;

/// <summary>
/// Exists while a claim holds a reward: its unique <see cref="LockKey"/> makes the database refuse a
/// second live claim on the same reward for the same contact, across carts, sessions and servers.
/// </summary>
public class AiqRewardClaimLock : BaseEntity
{
    /// <summary>"{storeId}:{contactId}:{templateId}" (unique).</summary>
    public string LockKey { get; set; }

    /// <summary>The claim holding the reward.</summary>
    public int ClaimId { get; set; }

    /// <summary>Created.</summary>
    public DateTime CreatedOnUtc { get; set; }
}
