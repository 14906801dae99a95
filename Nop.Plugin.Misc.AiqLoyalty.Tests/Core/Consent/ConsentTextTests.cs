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
    public void GuideTemplate_IsTheTextTheWireContractRecords()
    {
        var contract = FindWireContract();
        if (contract is null)
            Assert.Ignore("docs/aiq-api.md is not reachable from the test folder (tests run outside the repository).");

        // The contract quotes the text as a Markdown block quote on one line.
        Assert.That(File.ReadAllLines(contract), Does.Contain("> " + ConsentText.GuideTemplate));
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

    /// <summary>docs/aiq-api.md of the repository the tests were built in (found by walking up to the solution file).</summary>
    private static string? FindWireContract()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiqNopPlugin.sln")))
            {
                var contract = Path.Combine(dir.FullName, "docs", "aiq-api.md");
                return File.Exists(contract) ? contract : throw new FileNotFoundException("The repository has no docs/aiq-api.md.", contract);
            }
        }

        return null;
    }
}
