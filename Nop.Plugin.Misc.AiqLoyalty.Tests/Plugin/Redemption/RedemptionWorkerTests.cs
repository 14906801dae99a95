using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Redemption;
using AiqLoyalty.Core.Wire;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core.Caching;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;
using Nop.Services.Configuration;
using Nop.Services.Logging;
using Nop.Services.Orders;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Redemption;

/// <summary>
/// The redemption worker the scheduled task runs, over the claim table in memory, the real ledger and
/// processor, and a mocked AIQ client: which claims it picks up, what it sends to AIQ for each, and
/// what it leaves alone.
/// </summary>
[TestFixture]
public class RedemptionWorkerTests
{
    private const int MainStore = 1;
    private const int OtherStore = 2;
    private const string AnnPhone = "5551234567";
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private FakeTimeProvider _clock = null!;
    private InMemoryTable<AiqRewardClaim> _claims = null!;
    private InMemoryTable<AiqRewardClaimLock> _locks = null!;
    private Dictionary<int, AiqLoyaltySettings> _settings = null!;
    private List<OrderNote> _notes = null!;
    private Mock<IAiqClient> _client = null!;
    private Mock<IAiqClientProvider> _clientProvider = null!;
    private Mock<IRewardClaimService> _claimService = null!;
    private Mock<ILogger> _logger = null!;
    private RedemptionWorker _worker = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeTimeProvider(Start);
        _claims = InMemoryRepository.ClaimTable();
        _locks = InMemoryRepository.LockTable();
        _settings = new() { [MainStore] = new() { Enabled = true }, [OtherStore] = new() { Enabled = true } };
        _notes = [];

        _client = new Mock<IAiqClient>(MockBehavior.Strict);
        _clientProvider = new Mock<IAiqClientProvider>();
        _clientProvider.Setup(p => p.GetClientAsync(It.IsAny<int>())).ReturnsAsync(() => _client.Object);
        _claimService = new Mock<IRewardClaimService>();
        _logger = new Mock<ILogger>();

        var locker = new Mock<ILocker>();
        locker.Setup(l => l.PerformActionWithLockAsync(It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<Func<Task>>()))
            .Returns(async (string _, TimeSpan _, Func<Task> action) =>
            {
                await action();
                return true;
            });
        var orderService = new Mock<IOrderService>();
        orderService.Setup(o => o.InsertOrderNoteAsync(It.IsAny<OrderNote>())).Callback((OrderNote note) => _notes.Add(note)).Returns(Task.CompletedTask);
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<AiqLoyaltySettings>(It.IsAny<int>())).ReturnsAsync((int storeId) => _settings[storeId]);
        var storeService = new Mock<IStoreService>();
        storeService.Setup(s => s.GetAllStoresAsync()).ReturnsAsync(() => _settings.Keys.Select(id => new Store { Id = id, Name = $"Store {id}" }).ToList());

        var claimRepository = InMemoryRepository.Over(_claims).Object;
        var ledger = new RedemptionLedger(orderService.Object, claimRepository, InMemoryRepository.Over(_locks).Object, new InMemoryVerificationStore(), _clock);
        _worker = new RedemptionWorker(_clientProvider.Object, locker.Object, _logger.Object, claimRepository, _claimService.Object,
            settingService.Object, storeService.Object, ledger, _clock);
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    /// <summary>A claim as the checkout and the worker leave it in <paramref name="state"/> (with its lock row while live).</summary>
    private AiqRewardClaim Claim(ClaimState state, string templateId = "t-10", int storeId = MainStore,
        AiqRedemptionModel model = AiqRedemptionModel.RedeemOnOrder, DateTime? nextAttempt = null, bool refundRequested = false, int orderId = 500)
    {
        var claim = _claims.Seed(new AiqRewardClaim
        {
            StoreId = storeId, CustomerId = 11, ContactId = "c_ann", IdentityKindId = (int)ContactKind.Phone, IdentityValue = AnnPhone,
            TemplateId = templateId, RewardName = "Reward " + templateId, PointsDeduction = 300,
            RedemptionUrl = $"https://lab.alpineiq.com/api/v2/redeem/secret-{templateId}", StateId = (int)state, RedemptionModelId = (int)model,
            OrderId = orderId, NextAttemptOnUtc = nextAttempt, RefundRequested = refundRequested, IdempotencyKey = "key-" + templateId,
            Attempts = state is ClaimState.Claimed or ClaimState.Placed ? 0 : 1,
            CreatedOnUtc = Now, UpdatedOnUtc = Now
        });
        if (ClaimStateMachine.IsLive(state))
            _locks.Seed(new AiqRewardClaimLock { LockKey = $"{storeId}:c_ann:{templateId}", ClaimId = claim.Id });
        return claim;
    }

    private ClaimState StateOf(AiqRewardClaim claim) => (ClaimState)_claims.Find(claim.Id)!.StateId;

    private void RedeemAnswers(AiqResult<PointsBalance> result) =>
        _client.Setup(c => c.RedeemAsync(It.IsAny<string>(), null, It.IsAny<CancellationToken>())).ReturnsAsync(result);

    private void WalletOffers(params string[] templateIds) =>
        _client.Setup(c => c.GetWalletAsync(It.IsAny<ContactIdentity>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(AiqResult<Wallet>.Ok(new Wallet { ContactId = "c_ann", DiscountTemplates = templateIds.Select(id => new DiscountTemplate { Id = id }).ToList() }));

    private void VerifyRedeemed(string templateId, Times times) =>
        _client.Verify(c => c.RedeemAsync($"https://lab.alpineiq.com/api/v2/redeem/secret-{templateId}", null, It.IsAny<CancellationToken>()), times);

    [Test]
    public async Task NothingIsSentWhileThePluginIsDisabledEverywhereAndTheLogSaysSo()
    {
        _settings[MainStore].Enabled = false;
        _settings[OtherStore].Enabled = false;
        var claim = Claim(ClaimState.Placed);

        var processed = await _worker.RunAsync();

        Assert.That(processed, Is.Zero);
        Assert.That(StateOf(claim), Is.EqualTo(ClaimState.Placed), "the claim waits for the plugin");
        _client.VerifyNoOtherCalls();
        _clientProvider.VerifyNoOtherCalls();
        _claimService.Verify(s => s.ReleaseExpiredAsync(It.IsAny<DateTime>()), Times.Never);
        _logger.Verify(l => l.InformationAsync(It.Is<string>(m => m.Contains("disabled in every store") && m.Contains("1 reward claim(s) wait")),
            null, null), Times.Once);

        // Enabled again: the waiting claim is redeemed.
        _settings[MainStore].Enabled = true;
        RedeemAnswers(AiqResult<PointsBalance>.Ok(new PointsBalance()));
        Assert.That(await _worker.RunAsync(), Is.EqualTo(1));
        Assert.That(StateOf(claim), Is.EqualTo(ClaimState.Redeemed));
    }

    [Test]
    public async Task AStoreWhereThePluginIsDisabledKeepsItsClaimsWaitingAndIsNamedInTheLog()
    {
        _settings[OtherStore].Enabled = false;
        var main = Claim(ClaimState.Placed, "t-main");
        var other = Claim(ClaimState.Placed, "t-other", storeId: OtherStore);
        RedeemAnswers(AiqResult<PointsBalance>.Ok(new PointsBalance()));

        await _worker.RunAsync();

        Assert.That(StateOf(main), Is.EqualTo(ClaimState.Redeemed));
        Assert.That(StateOf(other), Is.EqualTo(ClaimState.Placed));
        VerifyRedeemed("t-other", Times.Never());
        _clientProvider.Verify(p => p.GetClientAsync(OtherStore), Times.Never);
        _logger.Verify(l => l.WarningAsync(It.Is<string>(m => m.Contains("1 reward claim(s) wait") && m.Contains("store(s) 2;")), null, null), Times.Once);
    }
}
