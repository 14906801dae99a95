using AiqLoyalty.Core.Validation;
using AiqLoyalty.Demo.Shoppers;
using AiqLoyalty.Sandbox.Data;
using AiqLoyalty.Sandbox.Models;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Demo;

/// <summary>
/// The shoppers the demo prints come from the sandbox's seed. Phones in the made-up seeds are built
/// from the demo seed's own numbers, so these tests follow the demo data wherever its numbers move.
/// </summary>
[TestFixture]
public class DemoShopperPickerTests
{
    private SandboxSeed _demo = null!;
    private string _base = null!;

    [OneTimeSetUp]
    public async Task LoadDemoSeedAsync()
    {
        _demo = await SeedLoader.LoadDemoAsync();
        _base = _demo.Shoppers.Select(s => s.Phone).First(p => p is not null && PhoneNumberNormalizer.Normalize(p).IsValid)!;
    }

    [Test]
    public void TheDemoSeedGivesAMemberWithPointsAHiddenPointsMemberAndANewPhone()
    {
        var set = DemoShopperPicker.Pick(_demo);
        var seeded = _demo.Shoppers.ToDictionary(s => s.Phone ?? s.ContactID);

        Assert.Multiple(() =>
        {
            var member = seeded[set.Member.Phone];
            Assert.That(member.HidePointsInWallet, Is.False);
            Assert.That(member.LoyaltyPoints, Is.GreaterThan(0));
            Assert.That(set.Member.Description, Does.Contain(member.LoyaltyPoints.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " points"));

            Assert.That(set.HiddenPoints, Is.Not.Null, "the demo seed has a shopper whose brand hides points");
            Assert.That(seeded[set.HiddenPoints!.Phone].HidePointsInWallet, Is.True);

            Assert.That(set.NewShopper, Is.Not.Null);
            Assert.That(seeded.ContainsKey(set.NewShopper!.Phone), Is.False, "the signup phone must be unknown to the sandbox");
            Assert.That(PhoneNumberNormalizer.Normalize(set.NewShopper.Phone).Value, Is.EqualTo(set.NewShopper.Phone), "the plugin must accept it as typed");
            Assert.That(set.NewShopper.Description, Does.Contain("$5 welcome gift"), "the seed's welcome template is named");
        });
    }

    [Test]
    public void TheMemberIsTheOneWithTheRichestWallet()
    {
        var seed = Seed(
            Shopper("c_few", Phone(10), points: 5000, templates: 1),
            Shopper("c_hidden", Phone(11), points: 9000, templates: 5, hidden: true),
            Shopper("c_many", Phone(12), points: 100, templates: 3),
            Shopper("c_many_more_points", Phone(13), points: 200, templates: 3),
            Shopper("c_no_points", Phone(14), points: 0, templates: 4));

        var set = DemoShopperPicker.Pick(seed);

        Assert.Multiple(() =>
        {
            Assert.That(set.Member.Phone, Is.EqualTo(Phone(13)), "most offers, then most points; hidden and empty balances are not shown as 'points'");
            Assert.That(set.HiddenPoints?.Phone, Is.EqualTo(Phone(11)));
        });
    }

    [Test]
    public void WithoutAHiddenPointsShopperThatLineIsLeftOut() =>
        Assert.That(DemoShopperPicker.Pick(Seed(Shopper("c_a", Phone(10), 10, 1))).HiddenPoints, Is.Null);

    [Test]
    public void ASeedWithoutAMemberWhosePointsShowIsAnError() =>
        Assert.That(() => DemoShopperPicker.Pick(Seed(Shopper("c_h", Phone(10), 10, 1, hidden: true))),
            Throws.TypeOf<InvalidDataException>());

    [Test]
    public void TheNewPhoneSkipsNumbersTheSeedHolds()
    {
        var seed = Seed(Shopper("c_a", Phone(10), 10, 1), Shopper("c_b", Phone(99), 10, 1), Shopper("c_c", Phone(98), 10, 1));

        Assert.That(DemoShopperPicker.UnknownPhone(seed), Is.EqualTo(Phone(97)));
    }

    private string Phone(int ending) => _base[..^2] + ending.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    private static SeedShopper Shopper(string id, string phone, int points, int templates, bool hidden = false) => new()
    {
        ContactID = id,
        Phone = phone,
        FirstName = id,
        LoyaltyPoints = points,
        HidePointsInWallet = hidden,
        TemplateIds = Enumerable.Range(1, templates).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()
    };

    private static SandboxSeed Seed(params SeedShopper[] shoppers) => new() { Shoppers = shoppers };
}
