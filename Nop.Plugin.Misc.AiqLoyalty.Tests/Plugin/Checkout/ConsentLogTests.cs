using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Consent;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

/// <summary>Consent records.</summary>
[TestFixture]
public class ConsentLogTests
{
    [Test]
    public async Task AConsentIsRecordedAndLaterGetsItsContact()
    {
        var table = InMemoryRepository.ConsentTable();
        var log = new ConsentLog(InMemoryRepository.Over(table).Object);
        var at = new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.FromHours(-4));

        var id = await log.RecordAsync(new ConsentEntry(1, 11, ContactIdentity.Email("ann@example.com"), AiqCountry.Canada, "I agree", at));
        await log.SetContactIdAsync(id, "c_ann");
        await log.SetContactIdAsync(id + 1, "c_nobody");

        var row = table.Rows.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Id, Is.EqualTo(id).And.Not.Zero);
            Assert.That(row.StoreId, Is.EqualTo(1));
            Assert.That(row.CustomerId, Is.EqualTo(11));
            Assert.That(row.IdentityKindId, Is.EqualTo((int)ContactKind.Email));
            Assert.That(row.IdentityValue, Is.EqualTo("ann@example.com"));
            Assert.That(row.CountryId, Is.EqualTo(1));
            Assert.That(row.ConsentText, Is.EqualTo("I agree"));
            Assert.That(row.ConsentedOnUtc, Is.EqualTo(at.UtcDateTime));
            Assert.That(row.ContactId, Is.EqualTo("c_ann"));
        });
    }

    [Test]
    public async Task AUnitedStatesConsentIsCountryZero()
    {
        var table = InMemoryRepository.ConsentTable();
        var log = new ConsentLog(InMemoryRepository.Over(table).Object);

        await log.RecordAsync(new ConsentEntry(1, 11, ContactIdentity.Phone(TestPhones.Ann), AiqCountry.UnitedStates, "I agree", DateTimeOffset.UtcNow) { ContactId = "c_x" });

        Assert.That(table.Rows.Single().CountryId, Is.Zero);
        Assert.That(table.Rows.Single().ContactId, Is.EqualTo("c_x"));
    }
}
