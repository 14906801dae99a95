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
using Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Checkout;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

/// <summary>
/// The rewards box's service with Moq over nopCommerce's services and the claim service, a mocked AIQ
/// client and the core's real verification flow over in-memory state: what each button does, which
/// AIQ calls it makes, and that one request loads the settings once.
/// </summary>
[TestFixture]
public class LoyaltyCheckoutServiceTests
{
    private CheckoutServiceWorld _w = null!;

    [SetUp]
    public void SetUp() => _w = new CheckoutServiceWorld();

    #region One request

    [Test]
    public async Task OneRequestLoadsTheSettingsOnceAndBuildsOneClient()
    {
        _w.VerifiedAs(CheckoutServiceWorld.Ann);
        _w.WalletAnswers(CheckoutServiceWorld.Wallet(1000, CheckoutServiceWorld.Template("1010", 300)));
        _w.Claims.Setup(c => c.ApplyAsync(_w.Customer, CheckoutServiceWorld.Store, It.IsAny<AiqLoyaltySettings>(), It.IsAny<WalletView>(), "1010", 0))
            .ReturnsAsync(new ApplyResult(ApplyRefusal.None, new AiqRewardClaim { Id = 5 }));

        Completed.Result(_w.Service.GetSettingsAsync(CheckoutServiceWorld.Store));
        await _w.Service.ApplyAsync(_w.Customer, CheckoutServiceWorld.Store, "1010");
        Completed.Result(_w.Service.PrepareBoxAsync(_w.Customer, CheckoutServiceWorld.Store, "order_summary_content_before"));

        _w.SettingService.Verify(s => s.LoadSettingAsync<AiqLoyaltySettings>(CheckoutServiceWorld.Store), Times.Once);
        _w.ClientProvider.Verify(p => p.GetClient(_w.Settings, CheckoutServiceWorld.Store, null), Times.Once);
        _w.Claims.Verify(c => c.ApplyAsync(_w.Customer, CheckoutServiceWorld.Store, _w.Settings, It.IsAny<WalletView>(), "1010", 0), Times.Once, "the loaded settings are passed down");
    }

    [Test]
    public async Task EachStoreHasItsOwnSettings()
    {
        Completed.Result(_w.Service.GetSettingsAsync(1));
        Completed.Result(_w.Service.GetSettingsAsync(2));
        Completed.Result(_w.Service.GetSettingsAsync(1));

        _w.SettingService.Verify(s => s.LoadSettingAsync<AiqLoyaltySettings>(1), Times.Once);
        _w.SettingService.Verify(s => s.LoadSettingAsync<AiqLoyaltySettings>(2), Times.Once);
    }

    #endregion

    #region Verification

    [Test]
    public async Task SendCodeCountsAgainstTheShoppersAddressAsNopCommerceReadsIt()
    {
        _w.Client.Setup(c => c.SendVerificationCodeAsync(ContactIdentity.Phone(CheckoutServiceWorld.Ann), It.IsAny<CancellationToken>())).ReturnsAsync(AiqResult.Ok());

        var reply = await _w.Service.SendCodeAsync(_w.Customer, CheckoutServiceWorld.Store, TestPhones.Typed(CheckoutServiceWorld.Ann, "(###) ###-####"));

        Assert.That(reply.Ok, Is.True);
        Assert.That(reply.Message, Is.EqualTo("Plugins.Misc.AiqLoyalty.Shopper.Outcome.CodeSent"));
        Assert.That(_w.Counter.Taken("send:ip:" + ShopperVerification.ClientKey(CheckoutServiceWorld.Address)), Is.EqualTo(1));
        _w.WebHelper.Verify(w => w.GetCurrentIpAddress(), Times.AtLeastOnce);
    }

    [Test]
    public async Task AWrongCodeSaysHowManyTriesAreLeft()
    {
        _w.CodeSentTo(CheckoutServiceWorld.Ann);
        _w.Client.Setup(c => c.ViewWalletWithCodeAsync(ContactIdentity.Phone(CheckoutServiceWorld.Ann), "0000", It.IsAny<CancellationToken>()))
            .ReturnsAsync(AiqResult<Wallet>.Fail(new AiqError(AiqErrorKind.InvalidCode, "wrong", 400)));

        var reply = await _w.Service.VerifyAsync(_w.Customer, CheckoutServiceWorld.Store, " 0000 ");

        Assert.That(reply.Ok, Is.False);
        Assert.That(reply.Message, Is.EqualTo("Plugins.Misc.AiqLoyalty.Shopper.Outcome.WrongCode 4"));
    }

    [Test]
    public async Task ARightCodeCachesTheWalletForTheVerificationLifetime()
    {
        _w.CodeSentTo(CheckoutServiceWorld.Ann);
        _w.Client.Setup(c => c.ViewWalletWithCodeAsync(ContactIdentity.Phone(CheckoutServiceWorld.Ann), "1234", It.IsAny<CancellationToken>()))
            .ReturnsAsync(AiqResult<Wallet>.Ok(CheckoutServiceWorld.Wallet(1000, CheckoutServiceWorld.Template("1010", 300)) with { ContactId = CheckoutServiceWorld.AnnContact }));

        var reply = await _w.Service.VerifyAsync(_w.Customer, CheckoutServiceWorld.Store, "1234");

        Assert.That(reply.Ok, Is.True);
        _w.Wallets.Verify(w => w.SetAsync(CheckoutServiceWorld.Store, _w.Customer.Id, It.Is<WalletView>(v => v.ContactId == CheckoutServiceWorld.AnnContact && v.Points == 1000), TimeSpan.FromMinutes(60)), Times.Once);
    }

    [Test]
    [Category("Abuse")]
    public async Task Attack01_AnotherIdentityDropsTheCachedWalletAndTheAppliedRewards()
    {
        _w.VerifiedAs(CheckoutServiceWorld.Ann);
        var applied = new AiqRewardClaim { Id = 9, StoreId = CheckoutServiceWorld.Store, CustomerId = _w.Customer.Id, TemplateId = "1010" };
        _w.Claims.Setup(c => c.GetCartClaimsAsync(CheckoutServiceWorld.Store, _w.Customer.Id)).ReturnsAsync(new List<AiqRewardClaim> { applied });
        _w.Claims.Setup(c => c.RemoveAsync(_w.Customer, CheckoutServiceWorld.Store, 9)).ReturnsAsync(true);
        _w.Client.Setup(c => c.SendVerificationCodeAsync(ContactIdentity.Phone(DemoShoppers.NonMemberPhone), It.IsAny<CancellationToken>()))
            .ReturnsAsync(AiqResult.Fail(new AiqError(AiqErrorKind.ContactNotFound, "No shopper exists", 404)));

        var reply = await _w.Service.SendCodeAsync(_w.Customer, CheckoutServiceWorld.Store, DemoShoppers.NonMemberPhone);

        Assert.That(reply.Message, Is.EqualTo("Plugins.Misc.AiqLoyalty.Shopper.Outcome.NotMember"));
        Assert.That(reply.TotalsChanged, Is.True, "a reward left the order: the page reloads its totals");
        _w.Claims.Verify(c => c.RemoveAsync(_w.Customer, CheckoutServiceWorld.Store, 9), Times.Once);
        _w.Wallets.Verify(w => w.RemoveAsync(CheckoutServiceWorld.Store, _w.Customer.Id), Times.Once);
        Assert.That((await _w.Service.RefreshAsync(_w.Customer, CheckoutServiceWorld.Store)).Message, Is.EqualTo("Plugins.Misc.AiqLoyalty.Shopper.Outcome.NotVerified"));
        _w.Client.Verify(c => c.GetWalletAsync(It.IsAny<ContactIdentity>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    [Category("Abuse")]
    public async Task Attack07_PinNotRequired_OnlyAnEmailTheStoreValidatedOpensAWallet()
    {
        _w.Settings.RequirePin = false;
        _w.Identities.Setup(i => i.GetStoreVerifiedAsync(_w.Customer)).ReturnsAsync((ContactIdentity)null!);

        var refused = await _w.Service.OpenOwnWalletAsync(_w.Customer, CheckoutServiceWorld.Store);

        Assert.That(refused.Ok, Is.False);
        Assert.That(refused.Message, Is.EqualTo("Plugins.Misc.AiqLoyalty.Shopper.Outcome.NotVerified"));
        _w.Client.Verify(c => c.GetWalletAsync(It.IsAny<ContactIdentity>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);

        var email = ContactIdentity.Email("ann@example.com");
        _w.Identities.Setup(i => i.GetStoreVerifiedAsync(_w.Customer)).ReturnsAsync(email);
        _w.Client.Setup(c => c.GetWalletAsync(email, false, It.IsAny<CancellationToken>())).ReturnsAsync(AiqResult<Wallet>.Ok(CheckoutServiceWorld.Wallet(10) with { ContactId = CheckoutServiceWorld.AnnContact }));

        var opened = await _w.NewService().OpenOwnWalletAsync(_w.Customer, CheckoutServiceWorld.Store);

        Assert.That(opened.Ok, Is.True);
        _w.Identities.Verify(i => i.GetPrefillAsync(It.IsAny<Customer>()), Times.Never, "the prefill (a phone, maybe) never opens a wallet");
    }

    [Test]
    public async Task WithThePinOnTheOwnWalletButtonDoesNothing()
    {
        _w.Identities.Setup(i => i.GetStoreVerifiedAsync(_w.Customer)).ReturnsAsync(ContactIdentity.Email("ann@example.com"));

        var reply = await _w.Service.OpenOwnWalletAsync(_w.Customer, CheckoutServiceWorld.Store);

        Assert.That(reply.Ok, Is.False);
        _w.Identities.Verify(i => i.GetStoreVerifiedAsync(It.IsAny<Customer>()), Times.Never);
    }

    #endregion

    #region Box

    [Test]
    public async Task TheBoxShowsRewardsHeldElsewhereAsInUseAndHidesAppliedOnes()
    {
        _w.VerifiedAs(CheckoutServiceWorld.Ann);
        _w.Wallets.Setup(w => w.GetAsync(CheckoutServiceWorld.Store, _w.Customer.Id)).ReturnsAsync(new CheckoutServiceWorld.WalletMapperInput(CheckoutServiceWorld.AnnContact).View(_w.Clock));
        _w.Claims.Setup(c => c.GetCartClaimsAsync(CheckoutServiceWorld.Store, _w.Customer.Id))
            .ReturnsAsync(new List<AiqRewardClaim> { new() { Id = 3, TemplateId = "1030", RewardName = "10% OFF", PointsDeduction = 150 } });
        _w.Claims.Setup(c => c.GetHeldElsewhereAsync(_w.Settings, CheckoutServiceWorld.AnnContact, CheckoutServiceWorld.Store, _w.Customer.Id)).ReturnsAsync(new HashSet<string> { "1020" });

        var box = Completed.Result(_w.Service.PrepareBoxAsync(_w.Customer, CheckoutServiceWorld.Store, "order_summary_content_before"));

        Assert.Multiple(() =>
        {
            Assert.That(box.Stage, Is.EqualTo(VerificationStage.Verified));
            Assert.That(box.Applied.Select(a => a.ClaimId), Is.EqualTo(new[] { 3 }));
            Assert.That(box.Rewards.Select(r => (r.TemplateId, r.InUseElsewhere)), Is.EqualTo(new[] { ("1010", false), ("1020", true) }));
            Assert.That(box.CanApplyMore, Is.True);
        });
        _w.Client.VerifyNoOtherCalls();
    }

    #endregion

    #region Apply and confirm

    [Test]
    public async Task ApplyReadsAFreshWalletFillsTheContactFromTheVerificationAndReleasesPosHoldsItNoLongerLists()
    {
        _w.VerifiedAs(CheckoutServiceWorld.Ann);
        _w.WalletAnswers(CheckoutServiceWorld.Wallet(1000, CheckoutServiceWorld.Template("1010", 300)));
        _w.Claims.Setup(c => c.ApplyAsync(_w.Customer, CheckoutServiceWorld.Store, _w.Settings, It.IsAny<WalletView>(), "1010", 0)).ReturnsAsync(new ApplyResult(ApplyRefusal.NotEnoughPoints));

        var reply = await _w.Service.ApplyAsync(_w.Customer, CheckoutServiceWorld.Store, "1010");

        Assert.That(reply.Ok, Is.False);
        Assert.That(reply.Message, Is.EqualTo("Plugins.Misc.AiqLoyalty.Shopper.Apply.NotEnoughPoints"));
        _w.Claims.Verify(c => c.ApplyAsync(_w.Customer, CheckoutServiceWorld.Store, _w.Settings, It.Is<WalletView>(w => w.ContactId == CheckoutServiceWorld.AnnContact), "1010", 0), Times.Once);
        _w.Claims.Verify(c => c.ReleasePosHeldGoneAsync(_w.Settings, It.Is<WalletView>(w => w.ContactId == CheckoutServiceWorld.AnnContact)), Times.Once);
    }

    [Test]
    public async Task ApplyWithoutAVerificationAsksToVerifyAndCallsNobody()
    {
        var reply = await _w.Service.ApplyAsync(_w.Customer, CheckoutServiceWorld.Store, "1010");

        Assert.That(reply.Message, Is.EqualTo("Plugins.Misc.AiqLoyalty.Shopper.Outcome.NotVerified"));
        _w.Claims.Verify(c => c.ApplyAsync(It.IsAny<Customer>(), It.IsAny<int>(), It.IsAny<AiqLoyaltySettings>(), It.IsAny<WalletView>(), It.IsAny<string>(), It.IsAny<int>()), Times.Never);
    }

    [Test]
    [Category("Abuse")]
    public async Task Attack09_SpentInStore_BeforeTheOrderIsSavedAWalletAtMostAMinuteOldDecides()
    {
        _w.VerifiedAs(CheckoutServiceWorld.Ann);
        _w.Claims.Setup(c => c.GetCartClaimsAsync(CheckoutServiceWorld.Store, _w.Customer.Id)).ReturnsAsync(new List<AiqRewardClaim> { new() { Id = 4, TemplateId = "1010" } });
        var recent = new WalletView { ContactId = CheckoutServiceWorld.AnnContact, Points = 900, Offers = [] };
        _w.Wallets.Setup(w => w.GetFreshAsync(CheckoutServiceWorld.Store, _w.Customer.Id, TimeSpan.FromMinutes(1))).ReturnsAsync(recent);
        _w.Claims.Setup(c => c.ReleaseMissingAsync(_w.Customer, CheckoutServiceWorld.Store, recent)).ReturnsAsync(new List<string> { "15% OFF" });

        var gone = await _w.Service.ReleaseGoneBeforeOrderAsync(_w.Customer, CheckoutServiceWorld.Store, AiqLoyaltyDefaults.ConfirmWalletMaxAge);

        Assert.That(gone, Is.EqualTo(new[] { "15% OFF" }));
        _w.Client.Verify(c => c.GetWalletAsync(It.IsAny<ContactIdentity>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never, "a recent wallet is enough");

        // No wallet that recent: AIQ is asked.
        _w.Wallets.Setup(w => w.GetFreshAsync(CheckoutServiceWorld.Store, _w.Customer.Id, It.IsAny<TimeSpan>())).ReturnsAsync((WalletView)null!);
        _w.WalletAnswers(CheckoutServiceWorld.Wallet(900));
        await _w.NewService().ReleaseGoneBeforeOrderAsync(_w.Customer, CheckoutServiceWorld.Store, AiqLoyaltyDefaults.ConfirmWalletMaxAge);
        _w.Client.Verify(c => c.GetWalletAsync(ContactIdentity.Phone(CheckoutServiceWorld.Ann), false, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task NoAppliedRewardsNoCheckAndNoCall()
    {
        var gone = await _w.Service.ReleaseGoneBeforeOrderAsync(_w.Customer, CheckoutServiceWorld.Store, TimeSpan.FromMinutes(1));

        Assert.That(gone, Is.Empty);
        _w.Wallets.Verify(w => w.GetFreshAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<TimeSpan>()), Times.Never);
        _w.Client.VerifyNoOtherCalls();
    }

    [Test]
    public async Task WhenAiqCannotBeAskedTheOrderGoesOnWithItsRewards()
    {
        _w.VerifiedAs(CheckoutServiceWorld.Ann);
        _w.Claims.Setup(c => c.GetCartClaimsAsync(CheckoutServiceWorld.Store, _w.Customer.Id)).ReturnsAsync(new List<AiqRewardClaim> { new() { Id = 4, TemplateId = "1010" } });
        _w.Client.Setup(c => c.GetWalletAsync(It.IsAny<ContactIdentity>(), false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(AiqResult<Wallet>.Fail(new AiqError(AiqErrorKind.Unavailable, "down", 503)));

        var reply = await _w.Service.ConfirmCheckAsync(_w.Customer, CheckoutServiceWorld.Store);

        Assert.That(reply.Ok, Is.True);
        _w.Claims.Verify(c => c.ReleaseMissingAsync(It.IsAny<Customer>(), It.IsAny<int>(), It.IsAny<WalletView>()), Times.Never);
    }

    [Test]
    public async Task ForgetRemovesTheAppliedRewardsTheWalletAndTheVerification()
    {
        _w.VerifiedAs(CheckoutServiceWorld.Ann);
        _w.Claims.Setup(c => c.GetCartClaimsAsync(CheckoutServiceWorld.Store, _w.Customer.Id)).ReturnsAsync(new List<AiqRewardClaim> { new() { Id = 7 } });

        var reply = await _w.Service.ForgetAsync(_w.Customer, CheckoutServiceWorld.Store);

        Assert.That(reply.TotalsChanged, Is.True);
        _w.Claims.Verify(c => c.RemoveAsync(_w.Customer, CheckoutServiceWorld.Store, 7), Times.Once);
        _w.Wallets.Verify(w => w.RemoveAsync(CheckoutServiceWorld.Store, _w.Customer.Id), Times.Once);
        Assert.That((await _w.Verifications.GetAsync(VerificationScope.ForCustomer(CheckoutServiceWorld.Store, _w.Customer.Id))).Identity, Is.Null);
    }

    #endregion

}
