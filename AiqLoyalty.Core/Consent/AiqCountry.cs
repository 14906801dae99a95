namespace AiqLoyalty.Core.Consent;

/// <summary>The country a store operates in; it changes the wording of AIQ's consent text.</summary>
public enum AiqCountry
{
    /// <summary>United States: "rewards program".</summary>
    UnitedStates,

    /// <summary>Canada: "club program".</summary>
    Canada
}
