using System.Security.Cryptography;
using System.Text;
using AiqLoyalty.Core.Carts;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Carts;

[TestFixture]
public class CartFingerprintTests
{
    private static readonly CartFingerprintLine Gummies = new("12", "SKU-G", 2, 19.99m);
    private static readonly CartFingerprintLine Vape = new("40", null, 1, 45m);

    [Test]
    public void Compute_IsLowerHexSha256_OfTheDocumentedCanonicalText()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("v1\n2:12|5:SKU-G|2|19.99\n2:40|0:|1|45")));

        Assert.That(CartFingerprint.Compute([Vape, Gummies]), Is.EqualTo(expected).And.Match("^[0-9a-f]{64}$"));
    }

    [Test]
    public void Compute_IgnoresLineOrder()
    {
        Assert.That(CartFingerprint.Compute([Gummies, Vape]), Is.EqualTo(CartFingerprint.Compute([Vape, Gummies])));
    }

    [Test]
    public void Compute_IgnoresTrailingZerosInPrices()
    {
        Assert.That(CartFingerprint.Compute([Vape with { UnitPrice = 45.000m }]), Is.EqualTo(CartFingerprint.Compute([Vape])));
    }

    private static IEnumerable<TestCaseData> Changes()
    {
        yield return new TestCaseData(Gummies with { Quantity = 3 }).SetName("quantity");
        yield return new TestCaseData(Gummies with { UnitPrice = 18.99m }).SetName("price");
        yield return new TestCaseData(Gummies with { Variant = "SKU-H" }).SetName("variant");
        yield return new TestCaseData(Gummies with { ProductId = "13" }).SetName("product");
        yield return new TestCaseData(Gummies with { ProductId = "12|5:SKU-G", Variant = null }).SetName("separator injection");
    }

    [TestCaseSource(nameof(Changes))]
    public void Compute_ChangesWhenALineChanges(CartFingerprintLine changed)
    {
        Assert.That(CartFingerprint.Compute([changed, Vape]), Is.Not.EqualTo(CartFingerprint.Compute([Gummies, Vape])));
    }

    [Test]
    public void Compute_AddingALineChangesIt_AndEmptyIsStable()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CartFingerprint.Compute([Gummies]), Is.Not.EqualTo(CartFingerprint.Compute([Gummies, Vape])));
            Assert.That(CartFingerprint.Compute([Gummies, Gummies]), Is.Not.EqualTo(CartFingerprint.Compute([Gummies])));
            Assert.That(CartFingerprint.Compute([]), Is.EqualTo(CartFingerprint.Compute([])));
        });
    }
}
