using AiqLoyalty.Core.Redemption;
using Moq;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Claims;

/// <summary>The store owner's email when a claim needs attention: nopCommerce's template, no contact, key or redemption URL in it.</summary>
[TestFixture]
public class ClaimAttentionNotifierTests
{
    private static AiqRewardClaim Claim(ClaimState state) => new()
    {
        Id = 42, StoreId = 1, OrderId = 7, ContactId = "c_secret_contact", IdentityValue = "3035550101", TemplateId = "1010",
        RewardName = "$5 off", PointsDeduction = 300, RedemptionUrl = "https://lab.alpineiq.com/api/v2/redeem/capability-token",
        StateId = (int)state, LastError = "The balance went from 1000 to 1050."
    };

    [Test]
    public void TheTokensNameTheOrderAndRewardButNeverTheContactOrTheRedemptionUrl()
    {
        var tokens = ClaimAttentionNotifier.Tokens(Claim(ClaimState.NeedsAttention), "https://shop.example/", "Green Leaf");
        var text = string.Join("\n", tokens.Select(t => $"{t.Key}={t.Value}"));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("AiqLoyalty.OrderUrl=https://shop.example/Admin/Order/Edit/7"));
            Assert.That(text, Does.Contain("AiqLoyalty.RewardName=$5 off").And.Contain("AiqLoyalty.Reason=redemption"));
            Assert.That(text, Does.Not.Contain("3035550101").And.Not.Contain("c_secret_contact").And.Not.Contain("capability-token"));
        });
        Assert.That(ClaimAttentionNotifier.Tokens(Claim(ClaimState.RefundNeedsAttention), null, null).Single(t => t.Key == "AiqLoyalty.Reason").Value,
            Is.EqualTo("refund of a cancelled order"));
    }

    [Test]
    public async Task TheTemplateIsQueuedToItsEmailAccountAndAFailureIsLoggedNotThrown()
    {
        var template = new MessageTemplate { Id = 3, Name = AiqLoyaltyDefaults.ClaimNeedsAttentionTemplateName, IsActive = true, EmailAccountId = 2 };
        var account = new EmailAccount { Id = 2, Email = "owner@shop.example", DisplayName = "Owner" };
        var templates = new Mock<IMessageTemplateService>();
        templates.Setup(t => t.GetMessageTemplatesByNameAsync(AiqLoyaltyDefaults.ClaimNeedsAttentionTemplateName, 1)).ReturnsAsync([template]);
        var accounts = new Mock<IEmailAccountService>();
        accounts.Setup(a => a.GetEmailAccountByIdAsync(2)).ReturnsAsync(account);
        var languages = new Mock<ILanguageService>();
        languages.Setup(l => l.GetAllLanguagesAsync(It.IsAny<bool>(), 1)).ReturnsAsync([new Language { Id = 1 }]);
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetStoreByIdAsync(1)).ReturnsAsync(new Store { Id = 1, Url = "https://shop.example/", Name = "Green Leaf" });
        var workflow = new Mock<IWorkflowMessageService>();
        var logger = new Mock<ILogger>();
        var notifier = new ClaimAttentionNotifier(new EmailAccountSettings(), accounts.Object, languages.Object, logger.Object, templates.Object, stores.Object, workflow.Object);

        await notifier.NotifyAsync(Claim(ClaimState.NeedsAttention));
        workflow.Setup(w => w.SendNotificationAsync(It.IsAny<MessageTemplate>(), It.IsAny<EmailAccount>(), It.IsAny<int>(), It.IsAny<IList<Token>>(),
                It.IsAny<string>(), It.IsAny<string>(), null, null, null, null, null, null, null, false))
            .ThrowsAsync(new InvalidOperationException("SMTP down"));
        await notifier.NotifyAsync(Claim(ClaimState.NeedsAttention));

        workflow.Verify(w => w.SendNotificationAsync(template, account, 1, It.IsAny<IList<Token>>(), "owner@shop.example", "Owner",
            null, null, null, null, null, null, null, false), Times.Exactly(2));
        logger.Verify(l => l.ErrorAsync(It.Is<string>(m => m.Contains("claim 42")), It.IsAny<InvalidOperationException>(), null), Times.Once);
    }
}
