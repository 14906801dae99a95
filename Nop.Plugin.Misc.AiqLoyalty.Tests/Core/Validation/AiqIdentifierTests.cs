using AiqLoyalty.Core.Validation;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Validation;

[TestFixture]
public class AiqIdentifierTests
{
    [TestCase("c_123", "c_123")]
    [TestCase("  1010 ", "1010")]
    [TestCase("Ünïcode-ок", "Ünïcode-ок")]
    public void Clean_KeepsAnIdTheDatabasesCanHold_Trimmed(string input, string expected)
    {
        Assert.That(AiqIdentifier.Clean(input), Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("gift-\U0001F381")]
    [TestCase("tab\tinside")]
    public void Clean_RefusesBlankControlAndNonBmpIds(string? input)
    {
        Assert.That(AiqIdentifier.Clean(input), Is.Null);
    }

    [Test]
    public void Clean_RefusesALoneSurrogate()
    {
        // Built at run time: attribute arguments cannot carry a lone surrogate.
        Assert.That(AiqIdentifier.Clean("half-" + (char)0xD83C), Is.Null);
    }

    [Test]
    public void Clean_AcceptsUpToTheColumnLengthAndNoMore()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AiqIdentifier.Clean(new string('x', AiqIdentifier.MaxLength)), Has.Length.EqualTo(AiqIdentifier.MaxLength));
            Assert.That(AiqIdentifier.Clean(new string('x', AiqIdentifier.MaxLength + 1)), Is.Null, "never cut: a longer id is refused");
        });
    }
}
