namespace Nop.Plugin.Misc.AiqLoyalty.Models.Public;

/// <summary>A reward applied to the order.</summary>
public record AppliedRewardModel
{
    /// <summary>The claim id (for "Remove").</summary>
    public int ClaimId { get; set; }

    /// <summary>Name.</summary>
    public string Name { get; set; }

    /// <summary>Points it will cost.</summary>
    public long PointsCost { get; set; }
}
