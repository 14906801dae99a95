namespace AiqLoyalty.Core.Redemption;

/// <summary>Thrown when a trigger is not allowed in a claim's current state.</summary>
public sealed class InvalidClaimTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="state">The claim's state.</param>
    /// <param name="trigger">The refused trigger.</param>
    public InvalidClaimTransitionException(ClaimState state, ClaimTrigger trigger)
        : base($"A claim in state {state} cannot take trigger {trigger}.")
    {
        State = state;
        Trigger = trigger;
    }

    /// <summary>The claim's state.</summary>
    public ClaimState State { get; }

    /// <summary>The refused trigger.</summary>
    public ClaimTrigger Trigger { get; }
}
