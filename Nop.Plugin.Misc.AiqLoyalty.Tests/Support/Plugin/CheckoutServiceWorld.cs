using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Offers;
using AiqLoyalty.Core.Wire;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Configuration;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;

/// <summary>
/// The checkout service's surroundings for <see cref="LoyaltyCheckoutServiceTests"/>: Moq over nopCommerce's
/// services, the claim service and the AIQ client; the core's state in memory. (A separate class: a
/// fixture with nopCommerce-typed fields cannot be loaded while NUnit discovers tests.)
/// </summary>
internal sealed class CheckoutServiceWorld
{
    public const int Store = 1;
    public const string Ann = DemoShoppers.AnnPhone;
    public const string AnnContact = "c_ann";
    public const string Address = "203.0.113.20";

    public Customer Customer { get; } = new() { Id = 11, CustomerGuid = Guid.NewGuid() };
    public AiqLoyaltySettings Settings { get; }
    public Mock<IAiqClient> Client { get; }
    public Mock<IAiqClientProvider> ClientProvider { get; }
    public Mock<IConsentLog> ConsentLog { get; }
    public Mock<ILocalizationService> Localization { get; }
    public Mock<IRewardClaimService> Claims { get; }
    public Mock<ISettingService> SettingService { get; }
    public Mock<IShopperIdentityReader> Identities { get; }
    public Mock<IWalletSnapshotCache> Wallets { get; }
    public Mock<IWebHelper> WebHelper { get; }
    public InMemoryVerificationStore Verifications { get; }
    public InMemoryRateCounter Counter { get; }
    public FakeTimeProvider Clock { get; }
    public LoyaltyCheckoutService Service { get; }

    public CheckoutServiceWorld()
    {
        Settings = new AiqLoyaltySettings
        {
            Enabled = true, Uid = "1546", BrandName = "Green Leaf", RequirePin = true, RedemptionModelId = 1, MaxRewardsPerOrder = 2,
            CodeLifetimeMinutes = 10, ResendCooldownSeconds = 30, MaxFailedAttempts = 5, LockoutMinutes = 15, VerifiedLifetimeMinutes = 60
        };
        Client = new Mock<IAiqClient>(MockBehavior.Strict);
        ClientProvider = new Mock<IAiqClientProvider>();
        ClientProvider.Setup(p => p.GetClient(It.IsAny<AiqLoyaltySettings>(), It.IsAny<int>(), It.IsAny<string>())).Returns(Client.Object);
        ConsentLog = new Mock<IConsentLog>();
        Localization = new Mock<ILocalizationService>();
        Localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key.EndsWith(".WrongCode") ? key + " {0}" : key);
        Claims = new Mock<IRewardClaimService>();
        Claims.Setup(c => c.GetCartClaimsAsync(It.IsAny<int>(), It.IsAny<int>())).ReturnsAsync(new List<AiqRewardClaim>());
        Claims.Setup(c => c.GetHeldElsewhereAsync(It.IsAny<AiqLoyaltySettings>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<int>()))
            .ReturnsAsync(new HashSet<string>());
        Claims.Setup(c => c.ReleaseMissingAsync(It.IsAny<Customer>(), It.IsAny<int>(), It.IsAny<WalletView>())).ReturnsAsync(new List<string>());
        SettingService = new Mock<ISettingService>();
        SettingService.Setup(s => s.LoadSettingAsync<AiqLoyaltySettings>(It.IsAny<int>())).ReturnsAsync(() => Settings);
        Identities = new Mock<IShopperIdentityReader>();
        Wallets = new Mock<IWalletSnapshotCache>();
        WebHelper = new Mock<IWebHelper>();
        WebHelper.Setup(w => w.GetCurrentIpAddress()).Returns(Address);
        Verifications = new InMemoryVerificationStore();
        Counter = new InMemoryRateCounter();
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        Service = NewService();
    }

    public LoyaltyCheckoutService NewService() => new(ClientProvider.Object, ConsentLog.Object, new InMemoryExclusiveLock(), Localization.Object,
        Counter, Claims.Object, SettingService.Object, Identities.Object, Verifications, Wallets.Object, WebHelper.Object, Clock);

    public void VerifiedAs(string phone) =>
        Verifications.Records[VerificationScope.ForCustomer(Store, Customer.Id)] = VerificationRecord.Empty with
        {
            Identity = ContactIdentity.Phone(phone),
            ContactId = AnnContact,
            State = global::AiqLoyalty.Core.Verification.VerificationState.Empty with { VerifiedAt = Clock.GetUtcNow() }
        };

    public void CodeSentTo(string phone)
    {
        var sent = global::AiqLoyalty.Core.Verification.VerificationState.Empty with { CodeSentAt = Clock.GetUtcNow(), LastSentAt = Clock.GetUtcNow() };
        Verifications.Records[VerificationScope.ForCustomer(Store, Customer.Id)] = VerificationRecord.Empty with { Identity = ContactIdentity.Phone(phone), State = sent };
        Verifications.Records[VerificationScope.ForIdentity(Store, ContactIdentity.Phone(phone))] = VerificationRecord.Empty with { State = sent };
    }

    /// <summary>The wallet call (AIQ leaves the contact id out of it).</summary>
    public void WalletAnswers(Wallet wallet) =>
        Client.Setup(c => c.GetWalletAsync(It.IsAny<ContactIdentity>(), false, It.IsAny<CancellationToken>())).ReturnsAsync(AiqResult<Wallet>.Ok(wallet));

    public static Wallet Wallet(long points, params DiscountTemplate[] templates) => new() { LoyaltyPoints = points, DiscountTemplates = templates };

    public static DiscountTemplate Template(string id, long points) => new()
    {
        Id = id, Name = "Reward " + id, PageTitle = "Reward " + id, PointsDeduction = points, DollarValue = 5,
        RedemptionUrl = $"https://lab.alpineiq.com/api/v1.1/discount/redeem/1546/{id}/t"
    };

    /// <summary>A cached wallet with rewards 1010, 1020 and 1030.</summary>
    public sealed record WalletMapperInput(string ContactId)
    {
        public WalletView View(TimeProvider clock) =>
            WalletOfferMapper.Map(new Wallet { ContactId = ContactId, LoyaltyPoints = 800, DiscountTemplates = [Template("1010", 100), Template("1020", 200), Template("1030", 150)] }, clock.GetUtcNow());
    }

}
