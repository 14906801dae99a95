using Nop.Core;

namespace Nop.Plugin.Misc.AiqLoyalty.Domain;

/// <summary>
/// PIN verification state for one scope: an identity (phone/email) or a customer. Both scopes are
/// kept so that neither a new cart nor a new phone number resets the attempt count.
/// </summary>
public class AiqVerification : BaseEntity
{
    /// <summary>The store.</summary>
    public int StoreId { get; set; }

    /// <summary>"c:{customerId}" or "p:{phone}" / "e:{email}".</summary>
    public string ScopeKey { get; set; }

    /// <summary>The customer who asked (for the customer scope, the owner).</summary>
    public int CustomerId { get; set; }

    /// <summary>0 phone, 1 email: the identity the code went to.</summary>
    public int IdentityKindId { get; set; }

    /// <summary>The normalised phone or email the code went to.</summary>
    public string IdentityValue { get; set; }

    /// <summary>AIQ's contact id once verified.</summary>
    public string ContactId { get; set; }

    /// <summary>When the current code was sent.</summary>
    public DateTime? CodeSentOnUtc { get; set; }

    /// <summary>When any code was last sent.</summary>
    public DateTime? LastSentOnUtc { get; set; }

    /// <summary>Start of the window in which sends are counted.</summary>
    public DateTime? SendWindowStartOnUtc { get; set; }

    /// <summary>Codes sent in the window.</summary>
    public int SendsInWindow { get; set; }

    /// <summary>Wrong codes since the last success or lockout.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>Locked until this time.</summary>
    public DateTime? LockedUntilUtc { get; set; }

    /// <summary>Lockouts since the last correct code (each lasts twice as long as the one before).</summary>
    public int LockoutCount { get; set; }

    /// <summary>When the identity was verified.</summary>
    public DateTime? VerifiedOnUtc { get; set; }

    /// <summary>When AIQ last said the identity is not a member (allows a signup without a code for a while).</summary>
    public DateTime? NotMemberOnUtc { get; set; }

    /// <summary>Last change, for optimistic concurrency checks and purging.</summary>
    public DateTime UpdatedOnUtc { get; set; }
}
