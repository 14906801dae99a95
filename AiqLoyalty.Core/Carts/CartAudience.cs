namespace AiqLoyalty.Core.Carts;

/// <summary>Whose abandoned carts may go to AIQ (a per-store choice of the merchant).</summary>
public enum CartAudience
{
    /// <summary>
    /// Only shoppers who may be contacted: AIQ members the store knows (an AIQ contact id) and
    /// customers who gave marketing consent. The default: 0, so a store that never chose gets it.
    /// </summary>
    MembersAndConsented = 0,

    /// <summary>Everyone with a phone or email, consent or not (the merchant answers for the consent).</summary>
    EveryoneWithContact = 1
}
