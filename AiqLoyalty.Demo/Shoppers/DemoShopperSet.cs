namespace AiqLoyalty.Demo.Shoppers;

/// <summary>The three shoppers the demo suggests trying.</summary>
/// <param name="Member">A member whose wallet shows points and rewards.</param>
/// <param name="HiddenPoints">A member whose brand hides points, or null when the seed has none.</param>
/// <param name="NewShopper">A phone AIQ does not know, to sign up with, or null when none could be made.</param>
public sealed record DemoShopperSet(DemoShopper Member, DemoShopper? HiddenPoints, DemoShopper? NewShopper);
