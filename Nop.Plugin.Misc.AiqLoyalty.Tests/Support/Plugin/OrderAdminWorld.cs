using Moq;
using Nop.Plugin.Misc.AiqLoyalty.Controllers;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Services.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Services.Exports;
using Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;

/// <summary>
/// The order page's AIQ actions with their services mocked, for <see cref="OrderAdminNotificationTests"/>
/// (a separate class: a fixture with nopCommerce-typed members cannot be loaded while NUnit discovers tests).
/// </summary>
internal sealed class OrderAdminWorld
{
    public InMemoryTable<AiqRewardClaim> Claims { get; } = InMemoryRepository.ClaimTable();
    public Mock<INotificationService> Notifications { get; } = new();
    public Mock<IRedemptionWorker> Worker { get; } = new();
    public Mock<IRewardClaimService> ClaimService { get; } = new();
    public AiqLoyaltyOrderAdminController Controller { get; }

    public OrderAdminWorld()
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key + " \"{0}\"");
        var transitions = new ClaimTransitions(Mock.Of<IClaimAttentionNotifier>(), Mock.Of<IClaimOrderNotes>(), Mock.Of<ICustomerService>(),
            InMemoryRepository.ClaimWriter(Claims).Object, InMemoryRepository.Over(InMemoryRepository.LockTable()).Object, Mock.Of<IRewardDiscountGateway>(), TimeProvider.System);
        var staffActions = new StaffClaimActions(transitions, Worker.Object, InMemoryRepository.Over(Claims).Object, ClaimService.Object, TimeProvider.System);
        Controller = new AiqLoyaltyOrderAdminController(new Mock<ICustomerActivityService>().Object, localization.Object, Notifications.Object,
            InMemoryRepository.Over(Claims).Object, Mock.Of<IRewardsAuditExporter>(), staffActions);
    }

    /// <summary>Whether every notification shown asked nopCommerce to HTML-encode it and carried <paramref name="text"/>.</summary>
    public bool AllEncodedWith(string text) =>
        Notifications.Invocations.Count > 0
        && Notifications.Invocations.All(i => i.Arguments[0] is string message && message.Contains(text) && i.Arguments[1] is true);
}
