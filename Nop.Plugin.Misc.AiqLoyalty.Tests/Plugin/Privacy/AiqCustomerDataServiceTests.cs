using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Redemption;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Gdpr;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Privacy;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Privacy;

/// <summary>
/// The plugin's part of nopCommerce's GDPR tools over the plugin's tables in memory, with the real
/// claim service (its release path: state, hold, coupon and discount) from the checkout world.
/// </summary>
[TestFixture]
public class AiqCustomerDataServiceTests
{
    private CheckoutWorld _world = null!;
    private InMemoryTable<AiqVerification> _verifications = null!;
    private InMemoryTable<AiqConsentRecord> _consents = null!;
    private InMemoryTable<AiqCartSync> _syncs = null!;
    private InMemoryTable<AiqRateCounter> _counters = null!;
    private InMemoryTable<Customer> _customers = null!;
    private AiqCustomerDataService _service = null!;

    private int AnnId => _world.Ann.Id;

    [SetUp]
    public void SetUp()
    {
        _world = new CheckoutWorld();
        _verifications = InMemoryRepository.VerificationTable();
        _consents = InMemoryRepository.ConsentTable();
        _syncs = InMemoryRepository.Table<AiqCartSync>();
        _counters = InMemoryRepository.Table<AiqRateCounter>();
        _customers = InMemoryRepository.Table<Customer>();
        _customers.Seed(new Customer { Id = AnnId, Deleted = true });
        _customers.Seed(new Customer { Id = _world.Bob.Id });

        _service = new AiqCustomerDataService(_world.CustomerService.Object, InMemoryRepository.Over(_syncs).Object, InMemoryRepository.Over(_consents).Object,
            InMemoryRepository.Over(_counters).Object, _world.ClaimRepository.Object, _world.ClaimWriter.Object, InMemoryRepository.Over(_verifications).Object,
            InMemoryRepository.Over(_customers).Object, _world.ClaimService, _world.Transitions);

        // Ann verified her phone (her row and the phone's row, with its wrong-code budget); Bob typed the same phone once.
        _verifications.Seed(new AiqVerification { StoreId = 1, ScopeKey = $"c:{AnnId}", CustomerId = AnnId, IdentityKindId = 0, IdentityValue = TestPhones.Ann, ContactId = CheckoutWorld.AnnContact, VerifiedOnUtc = DateTime.UtcNow });
        _verifications.Seed(new AiqVerification { StoreId = 1, ScopeKey = $"p:{TestPhones.Ann}", CustomerId = 0, IdentityKindId = 0, IdentityValue = TestPhones.Ann, FailedAttempts = 2 });
        _verifications.Seed(new AiqVerification { StoreId = 1, ScopeKey = $"c:{_world.Bob.Id}", CustomerId = _world.Bob.Id, IdentityKindId = 0, IdentityValue = TestPhones.Ben });
        var annsPhone = VerificationScope.ForIdentity(1, ContactIdentity.Phone(TestPhones.Ann));
        _counters.Seed(new AiqRateCounter { StoreId = 1, CounterKey = ShopperVerification.IdentityCounterKey("fail", annsPhone), Count = 2 });
        _counters.Seed(new AiqRateCounter { StoreId = 1, CounterKey = ShopperVerification.IdentityCounterKey("send", annsPhone), Count = 1 });
        _counters.Seed(new AiqRateCounter { StoreId = 1, CounterKey = "fail:store", Count = 9 });
        _consents.Seed(new AiqConsentRecord { StoreId = 1, CustomerId = AnnId, IdentityKindId = 0, IdentityValue = TestPhones.Ann, ConsentText = "I agree ...", ContactId = CheckoutWorld.AnnContact, ConsentedOnUtc = DateTime.UtcNow });
        _syncs.Seed(new AiqCartSync { StoreId = 1, CustomerId = AnnId, ContactMasked = "(***) ***-0101", StatusId = (int)CartSyncStatus.Sent });
        _syncs.Seed(new AiqCartSync { StoreId = 1, CustomerId = _world.Bob.Id, ContactMasked = "b***@example.com", StatusId = (int)CartSyncStatus.Sent });
    }

    private AiqRewardClaim SeedClaim(ClaimState state, int customerId, int orderId, long points) => _world.Claims.Seed(new AiqRewardClaim
    {
        StoreId = 1, CustomerId = customerId, ContactId = CheckoutWorld.AnnContact, IdentityKindId = 0, IdentityValue = TestPhones.Ann,
        TemplateId = "t-old", RewardName = "$5 off", PointsDeduction = points, StateId = (int)state, OrderId = orderId,
        RedemptionUrl = "https://lab.alpineiq.com/api/v2/redeem/secret", CouponCode = "AIQ-SECRET", LastError = $"AIQ said no to {TestPhones.Ann}",
        IdempotencyKey = $"key-{orderId}", CreatedOnUtc = DateTime.UtcNow
    });

    [Test]
    public async Task TheExportHoldsEveryRowOfTheCustomerAndNoOneElses()
    {
        SeedClaim(ClaimState.Redeemed, AnnId, 1001, 300);
        SeedClaim(ClaimState.Redeemed, _world.Bob.Id, 1002, 100);

        var data = await _service.GetAsync(AnnId);

        Assert.Multiple(() =>
        {
            Assert.That(data.Verifications.Select(row => row.ScopeKey), Is.EqualTo(new[] { $"c:{AnnId}" }));
            Assert.That(data.ConsentRecords, Has.Count.EqualTo(1));
            Assert.That(data.Claims.Select(row => row.OrderId), Is.EqualTo(new int?[] { 1001 }));
            Assert.That(data.CartSyncs.Select(row => row.CustomerId), Is.EqualTo(new[] { AnnId }));
        });
    }

    [Test]
    public async Task ErasureDeletesVerificationsBudgetsAndSyncRowsAndAnonymisesConsentAndSettledClaims()
    {
        var redeemed = SeedClaim(ClaimState.Redeemed, AnnId, 1001, 300);
        _world.Locks.Seed(new AiqRewardClaimLock { LockKey = $"1546:{CheckoutWorld.AnnContact}:t-old", ClaimId = redeemed.Id });

        var result = await _service.EraseAsync(AnnId);

        var claim = _world.Claims.Find(redeemed.Id)!;
        var consent = _consents.Rows.Single();
        Assert.Multiple(() =>
        {
            Assert.That(_verifications.Rows.Select(row => row.ScopeKey), Is.EqualTo(new[] { $"c:{_world.Bob.Id}" }), "Ann's row and her phone's row go; Bob's stays");
            Assert.That(_counters.Rows.Select(row => row.CounterKey), Is.EqualTo(new[] { "fail:store" }));
            Assert.That(_syncs.Rows.Select(row => row.CustomerId), Is.EqualTo(new[] { _world.Bob.Id }));

            Assert.That(consent.IdentityValue, Is.Empty);
            Assert.That(consent.ContactId, Is.Null);
            Assert.That(consent.ConsentText, Is.EqualTo("I agree ..."), "what was agreed to, where and when, stays");

            Assert.That(claim.ContactId, Is.Empty);
            Assert.That(claim.IdentityValue, Is.Null);
            Assert.That(claim.RedemptionUrl, Is.Null);
            Assert.That(claim.CouponCode, Is.Null);
            Assert.That(claim.LastError, Is.Null);
            Assert.That((claim.OrderId, claim.TemplateId, claim.RewardName, claim.PointsDeduction, claim.StateId),
                Is.EqualTo(((int?)1001, "t-old", "$5 off", 300L, (int)ClaimState.Redeemed)), "auditors keep pointsDeduction per order");
            Assert.That(_world.Locks.Rows, Is.Empty, "the hold row's key names the contact");

            Assert.That(result, Is.EqualTo(new AiqErasureResult(VerificationsDeleted: 2, RateCountersDeleted: 2, CartSyncsDeleted: 1, ConsentRecordsAnonymised: 1,
                ClaimsReleased: 0, ClaimsAnonymised: 1, ClaimsWaiting: 0)));
        });
    }

    [Test]
    public async Task AnAppliedRewardIsReleasedThroughTheClaimServiceBeforeItIsAnonymised()
    {
        var applied = await _world.ClaimService.ApplyAsync(_world.Ann, CheckoutWorld.Store, _world.Settings, _world.Wallet, CheckoutWorld.TenOff.TemplateId);
        Assert.That(applied.Applied, Is.True, "set-up: the reward is applied");
        Assert.That(_world.Locks.Rows, Has.Count.EqualTo(1));

        var result = await _service.EraseAsync(AnnId);

        var claim = _world.Claims.Rows.Single();
        Assert.Multiple(() =>
        {
            Assert.That(claim.StateId, Is.EqualTo((int)ClaimState.Released));
            Assert.That(_world.Locks.Rows, Is.Empty, "the reward is no longer held");
            Assert.That(_world.AppliedCoupons.GetValueOrDefault(AnnId) ?? [], Is.Empty, "the coupon left the customer");
            Assert.That(_world.Discounts, Is.Empty, "the reward's discount is deleted");
            Assert.That(claim.ContactId, Is.Empty);
            Assert.That(claim.RedemptionUrl, Is.Null);
            Assert.That(result.ClaimsReleased, Is.EqualTo(1));
            Assert.That(result.ClaimsAnonymised, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task AClaimAiqHasNotSettledKeepsWhatTheSettlementNeedsUntilItSettles()
    {
        var placed = SeedClaim(ClaimState.Placed, AnnId, 1003, 200);

        var result = await _service.EraseAsync(AnnId);

        Assert.Multiple(() =>
        {
            Assert.That(_world.Claims.Find(placed.Id)!.RedemptionUrl, Is.Not.Null, "the worker still has to redeem it");
            Assert.That(_world.Claims.Find(placed.Id)!.ContactId, Is.EqualTo(CheckoutWorld.AnnContact));
            Assert.That(result.ClaimsWaiting, Is.EqualTo(1));
        });

        // The worker redeems it; the sweep then anonymises it (Ann's customer row is marked deleted), and only hers.
        var settled = _world.Claims.Find(placed.Id)!;
        settled.StateId = (int)ClaimState.Redeemed;
        await _world.Claims.UpdateAsync(settled);
        var bobs = SeedClaim(ClaimState.Redeemed, _world.Bob.Id, 1004, 100);

        Assert.That(await _service.AnonymiseSettledClaimsOfDeletedCustomersAsync(), Is.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(_world.Claims.Find(placed.Id)!.ContactId, Is.Empty);
            Assert.That(_world.Claims.Find(placed.Id)!.RedemptionUrl, Is.Null);
            Assert.That(_world.Claims.Find(bobs.Id)!.ContactId, Is.EqualTo(CheckoutWorld.AnnContact), "a customer who was not deleted keeps his claims");
        });
        Assert.That(await _service.AnonymiseSettledClaimsOfDeletedCustomersAsync(), Is.Zero, "nothing is done twice");
    }

    [Test]
    public async Task ErasingTwiceChangesNothingMore()
    {
        SeedClaim(ClaimState.Released, AnnId, 1005, 0);
        await _service.EraseAsync(AnnId);

        var again = await _service.EraseAsync(AnnId);

        Assert.That(again, Is.EqualTo(new AiqErasureResult(0, 0, 0, 0, 0, 0, 0)));
    }

    [Test]
    public async Task NopCommercesPermanentDeleteEventErasesTheCustomerAndLogsNoContact()
    {
        var logger = new Mock<ILogger>();
        string? logged = null;
        logger.Setup(l => l.InformationAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Customer>()))
            .Callback((string message, Exception _, Customer _) => logged = message)
            .Returns(Task.CompletedTask);

        await new CustomerPermanentlyDeletedConsumer(_service, logger.Object).HandleEventAsync(new CustomerPermanentlyDeleted(AnnId, "ann@example.com"));

        Assert.Multiple(() =>
        {
            Assert.That(_verifications.Rows.Any(row => row.CustomerId == AnnId), Is.False);
            Assert.That(logged, Does.Contain($"customer {AnnId} deleted permanently"));
            Assert.That(logged, Does.Not.Contain(TestPhones.Ann).And.Not.Contain("ann@example.com").And.Not.Contain(CheckoutWorld.AnnContact));
        });
    }
}
