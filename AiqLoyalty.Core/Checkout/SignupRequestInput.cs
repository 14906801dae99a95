namespace AiqLoyalty.Core.Checkout;

/// <summary>What the shopper typed on the signup form.</summary>
/// <param name="Consented">The consent box was ticked (it starts unticked).</param>
/// <param name="FirstName">Optional first name.</param>
/// <param name="LastName">Optional last name.</param>
/// <param name="Email">Optional email, for a shopper who joined by phone.</param>
public sealed record SignupRequestInput(bool Consented, string? FirstName, string? LastName, string? Email);
