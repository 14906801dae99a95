namespace AiqLoyalty.Core.Redemption;

/// <summary>What the wallet and balance say about a call whose answer never came.</summary>
public enum UnknownOutcomeVerdict
{
    /// <summary>AIQ applied it.</summary>
    Applied,

    /// <summary>AIQ did not apply it: trying again cannot take or give points twice.</summary>
    NotApplied,

    /// <summary>The evidence does not tell (a reusable reward without a balance change, other activity on the balance): staff decide.</summary>
    Ambiguous
}
