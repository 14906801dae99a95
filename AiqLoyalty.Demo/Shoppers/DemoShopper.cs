namespace AiqLoyalty.Demo.Shoppers;

/// <summary>A phone number to type into the rewards box, and what the demo shows for it.</summary>
/// <param name="Phone">The 10-digit phone.</param>
/// <param name="Description">Who that is, in a few words.</param>
public sealed record DemoShopper(string Phone, string Description);
