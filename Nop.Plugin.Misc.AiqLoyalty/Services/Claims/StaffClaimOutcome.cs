namespace Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

/// <summary>How a staff action on a claim ended.</summary>
public enum StaffClaimOutcome
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>The claim is not on that order.</summary>
    NotFound,

    /// <summary>The action does not apply in the claim's state (e.g. a PUT is in flight).</summary>
    NotAllowed,

    /// <summary>Another store instance, worker or staff member changed the claim first; nothing was done.</summary>
    Changed
}
