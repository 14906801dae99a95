namespace AiqLoyalty.Core.Privacy;

/// <summary>The answer of <see cref="ClaimErasure.ActionFor"/>.</summary>
public enum ClaimErasureAction
{
    /// <summary>Clear the contact, identity and capabilities now.</summary>
    Anonymise,

    /// <summary>Release the claim through the normal release path, then anonymise it.</summary>
    ReleaseThenAnonymise,

    /// <summary>Keep it as it is: AIQ still has to settle it; anonymise it once it has.</summary>
    WaitUntilSettled
}
