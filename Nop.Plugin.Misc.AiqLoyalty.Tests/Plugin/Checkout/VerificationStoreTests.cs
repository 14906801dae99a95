using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Consent;
using AiqLoyalty.Core.Verification;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

/// <summary>Verification state kept in the plugin's table.</summary>
[TestFixture]
public class VerificationStoreTests
{
    private InMemoryTable<AiqVerification> _table = null!;
    private VerificationStore _store = null!;

    private static readonly DateTimeOffset At = new(2026, 5, 1, 10, 0, 0, TimeSpan.FromHours(-7));

    private static VerificationRecord Full() => new()
    {
        State = new VerificationState
        {
            CodeSentAt = At,
            LastSentAt = At.AddSeconds(30),
            SendWindowStartedAt = At.AddMinutes(-5),
            SendsInWindow = 2,
            FailedAttempts = 1,
            LockedUntil = At.AddMinutes(15),
            VerifiedAt = At.AddMinutes(1)
        },
        Identity = ContactIdentity.Phone(TestPhones.Ann),
        ContactId = "c_ann",
        NotMemberAt = At.AddDays(-1)
    };

    [SetUp]
    public void SetUp()
    {
        _table = InMemoryRepository.VerificationTable();
        _store = new VerificationStore(InMemoryRepository.Over(_table).Object);
    }

    [Test]
    public async Task ARecordComesBackAsItWasSaved()
    {
        var scope = VerificationScope.ForCustomer(1, 11);
        var record = Full();

        await _store.SaveAsync(scope, record);
        var back = await _store.GetAsync(scope);

        Assert.That(back, Is.EqualTo(record));
        Assert.Multiple(() =>
        {
            Assert.That(back.State.VerifiedAt, Is.EqualTo(At.AddMinutes(1)));
            Assert.That(back.State.VerifiedAt!.Value.Offset, Is.EqualTo(TimeSpan.Zero), "read back as UTC");
            Assert.That(back.Identity, Is.EqualTo(ContactIdentity.Phone(TestPhones.Ann)));
            Assert.That(back.ContactId, Is.EqualTo("c_ann"));
            Assert.That(back.NotMemberAt, Is.EqualTo(At.AddDays(-1)));
        });
        var row = _table.Rows.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.StoreId, Is.EqualTo(1));
            Assert.That(row.ScopeKey, Is.EqualTo("c:11"));
            Assert.That(row.IdentityKindId, Is.EqualTo((int)ContactKind.Phone));
            Assert.That(row.IdentityValue, Is.EqualTo(TestPhones.Ann));
            Assert.That(row.VerifiedOnUtc, Is.EqualTo(At.AddMinutes(1).UtcDateTime));
            Assert.That(row.UpdatedOnUtc, Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
        });
    }

    [Test]
    public async Task AnEmailIdentityAndEmptyTimesRoundTrip()
    {
        var scope = VerificationScope.ForIdentity(1, ContactIdentity.Email("Ann@Example.com"));
        var record = new VerificationRecord
        {
            State = new VerificationState { FailedAttempts = 3 },
            Identity = ContactIdentity.Email("ann@example.com")
        };

        await _store.SaveAsync(scope, record);

        Assert.That(await _store.GetAsync(scope), Is.EqualTo(record));
        Assert.That(_table.Rows.Single().ScopeKey, Is.EqualTo("e:ann@example.com"));
    }

    [Test]
    public async Task NoIdentityIsReadBackAsNoIdentity()
    {
        var scope = VerificationScope.ForCustomer(1, 11);

        await _store.SaveAsync(scope, new VerificationRecord { NotMemberAt = At });

        var back = await _store.GetAsync(scope);
        Assert.That(back.Identity, Is.Null);
        Assert.That(back, Is.EqualTo(new VerificationRecord { NotMemberAt = At }));
    }

    [Test]
    public async Task TimesReadFromTheDatabaseWithoutAKindAreUtc()
    {
        var scope = VerificationScope.ForCustomer(1, 11);
        await _store.SaveAsync(scope, Full());
        var row = _table.Rows.Single();
        row.VerifiedOnUtc = DateTime.SpecifyKind(row.VerifiedOnUtc!.Value, DateTimeKind.Unspecified);
        row.CodeSentOnUtc = DateTime.SpecifyKind(row.CodeSentOnUtc!.Value, DateTimeKind.Unspecified);
        await _table.UpdateAsync(row);

        var back = await _store.GetAsync(scope);

        Assert.That(back.State.VerifiedAt, Is.EqualTo(At.AddMinutes(1)));
        Assert.That(back.State.CodeSentAt, Is.EqualTo(At));
    }

    [Test]
    public async Task AnUnknownScopeIsEmpty()
    {
        await _store.SaveAsync(VerificationScope.ForCustomer(1, 11), Full());

        Assert.That(await _store.GetAsync(VerificationScope.ForCustomer(1, 12)), Is.SameAs(VerificationRecord.Empty));
        Assert.That(await _store.GetAsync(VerificationScope.ForCustomer(2, 11)), Is.SameAs(VerificationRecord.Empty), "another store");
    }

    [Test]
    public async Task SavingAgainUpdatesTheSameRowAndClearsWhatWasCleared()
    {
        var scope = VerificationScope.ForCustomer(1, 11);
        await _store.SaveAsync(scope, Full());

        var cleared = new VerificationRecord { State = new VerificationState { LastSentAt = At } };
        await _store.SaveAsync(scope, cleared);

        Assert.That(_table.Rows, Has.Count.EqualTo(1));
        Assert.That(await _store.GetAsync(scope), Is.EqualTo(cleared));
    }

    [Test]
    public async Task ScopesAreKeptApart()
    {
        var customer = VerificationScope.ForCustomer(1, 11);
        var phone = VerificationScope.ForIdentity(1, ContactIdentity.Phone(TestPhones.Ann));
        var otherStore = VerificationScope.ForCustomer(2, 11);
        var forCustomer = Full();
        var forPhone = new VerificationRecord { State = new VerificationState { FailedAttempts = 4 } };
        var forOtherStore = new VerificationRecord { ContactId = "c_other" };

        await _store.SaveAsync(customer, forCustomer);
        await _store.SaveAsync(phone, forPhone);
        await _store.SaveAsync(otherStore, forOtherStore);

        Assert.That(_table.Rows, Has.Count.EqualTo(3));
        Assert.That(await _store.GetAsync(customer), Is.EqualTo(forCustomer));
        Assert.That(await _store.GetAsync(phone), Is.EqualTo(forPhone));
        Assert.That(await _store.GetAsync(otherStore), Is.EqualTo(forOtherStore));
    }

    [Test]
    public async Task WhenAnotherRequestInsertedTheRowFirstThatRowIsUpdated()
    {
        var scope = VerificationScope.ForCustomer(1, 11);
        var raced = false;
        _table.BeforeInsert = _ =>
        {
            if (raced)
                return;
            raced = true;
            _table.Seed(new AiqVerification { StoreId = 1, ScopeKey = "c:11", FailedAttempts = 9 });
        };

        await _store.SaveAsync(scope, Full());

        Assert.That(_table.Rows, Has.Count.EqualTo(1));
        Assert.That(await _store.GetAsync(scope), Is.EqualTo(Full()));
    }

    [Test]
    public void AnInsertFailureThatIsNotARaceIsRethrown()
    {
        _table.BeforeInsert = _ => throw new TimeoutException("database timeout");

        Assert.ThrowsAsync<TimeoutException>(() => _store.SaveAsync(VerificationScope.ForCustomer(1, 11), Full()));
    }

    [Test]
    public async Task ACustomerScopeRowRecordsItsCustomer()
    {
        await _store.SaveAsync(VerificationScope.ForCustomer(1, 11), Full());

        Assert.That(_table.Rows.Single().CustomerId, Is.EqualTo(11));
    }
}

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
