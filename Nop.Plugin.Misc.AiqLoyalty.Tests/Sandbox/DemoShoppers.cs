namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

/// <summary>Phones and ids from the sandbox's embedded demo data set.</summary>
internal static class DemoShoppers
{
    public const string AnnPhone = "5551234567";
    public const string AnnEmail = "ann@example.com";
    public const string AnnContactId = "c_ann";
    public const int AnnPoints = 1233;
    public const string BenPhone = "5552223333";
    public const string CaraPhone = "5553334444";
    public const string DanPhone = "5554445555";
    public const string DanContactId = "c_dan";
    public const string NonMemberPhone = "5559990000";
}
