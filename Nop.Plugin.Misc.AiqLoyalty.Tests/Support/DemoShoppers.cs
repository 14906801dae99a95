namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

/// <summary>Phones and ids from the sandbox's embedded demo data set (phones from <see cref="TestPhones"/>).</summary>
internal static class DemoShoppers
{
    public const string AnnPhone = TestPhones.Ann;
    public const string AnnEmail = "ann@example.com";
    public const string AnnContactId = "c_ann";
    public const int AnnPoints = 1233;
    public const string BenPhone = TestPhones.Ben;
    public const string CaraPhone = TestPhones.Cara;
    public const string DanPhone = TestPhones.Dan;
    public const string DanContactId = "c_dan";
    public const string NonMemberPhone = TestPhones.NonMember;
}
