using Nop.Plugin.Misc.AiqLoyalty.Services;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin;

/// <summary>Free text written to sized columns, which MySQL/MariaDB store as utf8mb3 and which MySQL and SQL Server refuse past their length.</summary>
[TestFixture]
public class StoredTextTests
{
    [Test]
    public void CharactersOutsideTheBmpBecomeOneReplacementEach_TheRestIsKept()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StoredText.Fit("\U0001F381 Welcome gift", 400), Is.EqualTo("\uFFFD Welcome gift"));
            Assert.That(StoredText.Fit("Café 15 % ünd ок", 400), Is.EqualTo("Café 15 % ünd ок"), "accents and other scripts of the BMP stay");
            Assert.That(StoredText.Fit("lone \uD83C surrogate", 400), Is.EqualTo("lone \uFFFD surrogate"));
            Assert.That(StoredText.Fit(null!, 10), Is.Null);
        });
    }

    [Test]
    public void TextIsCutToTheColumnLength_AfterReplacing_SoAPairIsNeverSplit()
    {
        var text = new string('a', 9) + "\U0001F600" + "tail";

        var fitted = StoredText.Fit(text, 10);

        Assert.That(fitted, Is.EqualTo(new string('a', 9) + "\uFFFD"));
        Assert.That(fitted.Any(char.IsSurrogate), Is.False);
    }
}
