using AiqLoyalty.Core.Consent;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Consent;

[TestFixture]
public class ConsentTextTests
{
    private const string UnitedStatesText =
        "I consent to signup for the Green Leaf rewards program where I will receive marketing communications. By doing so, I understand that I am allowing Green Leaf and it's technology provider(s) to retain my personal contact details/ engagement history for use in personalized marketing. Opt out at any time by replying \"STOP\" to messages. Standard message and calling rates may apply.";

    private const string CanadaText =
        "I consent to signup for the Green Leaf club program where I will receive marketing communications. By doing so, I understand that I am allowing Green Leaf and it's technology provider(s) to retain my personal contact details/ engagement history for use in personalized marketing. Opt out at any time by replying \"STOP\" to messages. Standard message and calling rates may apply.";

    [Test]
    public void For_UnitedStates_IsTheGuideTextWordForWord()
    {
        Assert.That(ConsentText.For("Green Leaf", AiqCountry.UnitedStates), Is.EqualTo(UnitedStatesText));
    }

    [Test]
    public void For_Canada_SaysClubProgram()
    {
        Assert.That(ConsentText.For("Green Leaf", AiqCountry.Canada), Is.EqualTo(CanadaText));
    }

    [Test]
    public void For_TrimsTheBrandName()
    {
        Assert.That(ConsentText.For("  Green Leaf \t", AiqCountry.UnitedStates), Is.EqualTo(UnitedStatesText));
    }

    [Test]
    public void For_BrandNameIsInsertedLiterally_AndNotReprocessed()
    {
        var text = ConsentText.For("{{brand name}} rewards program", AiqCountry.Canada);

        Assert.That(text, Does.StartWith("I consent to signup for the {{brand name}} rewards program club program where"));
    }

    [Test]
    public void GuideTemplate_MatchesTheSharedGuideFile()
    {
        var guide = FindGuide();
        if (guide is null)
            Assert.Ignore("shared/aiq-ecommerce-guide.txt is not reachable from this checkout.");

        Assert.That(File.ReadAllText(guide), Does.Contain("\u201C" + ConsentText.GuideTemplate + "\u201D"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void For_BlankBrandName_Throws(string? brandName)
    {
        Assert.That(() => ConsentText.For(brandName!, AiqCountry.UnitedStates), Throws.InstanceOf<ArgumentException>());
    }

    [Test]
    public void For_UnknownCountry_Throws()
    {
        Assert.That(() => ConsentText.For("Green Leaf", (AiqCountry)99), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    private static string? FindGuide()
    {
        foreach (var start in new[] { TestContext.CurrentContext.TestDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "aiq-ecommerce-guide.txt");
                if (File.Exists(candidate))
                    return candidate;
            }
        }

        return null;
    }
}
