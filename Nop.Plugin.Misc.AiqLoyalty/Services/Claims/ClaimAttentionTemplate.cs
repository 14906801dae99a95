using Nop.Core.Domain.Messages;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

/// <summary>
/// Installs and removes the plugin's message template. The store owner may edit it in nopCommerce's
/// message templates; an existing one is never overwritten.
/// </summary>
public class ClaimAttentionTemplate
{
    private readonly EmailAccountSettings _emailAccountSettings;
    private readonly IMessageTemplateService _messageTemplateService;

    /// <summary>Creates the installer.</summary>
    public ClaimAttentionTemplate(EmailAccountSettings emailAccountSettings, IMessageTemplateService messageTemplateService)
    {
        _emailAccountSettings = emailAccountSettings;
        _messageTemplateService = messageTemplateService;
    }

    /// <summary>Adds the template when it is missing.</summary>
    public async Task InstallAsync()
    {
        if ((await _messageTemplateService.GetMessageTemplatesByNameAsync(AiqLoyaltyDefaults.ClaimNeedsAttentionTemplateName)).Count > 0)
            return;

        await _messageTemplateService.InsertMessageTemplateAsync(new MessageTemplate
        {
            Name = AiqLoyaltyDefaults.ClaimNeedsAttentionTemplateName,
            Subject = "%Store.Name%. An AIQ reward needs your attention (order %AiqLoyalty.OrderId%)",
            Body = "<p><a href=\"%AiqLoyalty.OrderUrl%\">Order %AiqLoyalty.OrderId%</a>: AIQ's answers could not tell whether the points for reward "
                + "\"%AiqLoyalty.RewardName%\" (%AiqLoyalty.PointsDeduction% points, %AiqLoyalty.Reason%) moved.</p>"
                + "<p>%AiqLoyalty.Detail%</p>"
                + "<p>Check the shopper in AIQ, then on the order page choose <em>Mark redeemed</em>, <em>Release</em> or <em>Retry</em>. "
                + "Until then the reward stays held and nothing is retried automatically.</p>",
            IsActive = true,
            EmailAccountId = _emailAccountSettings.DefaultEmailAccountId
        });
    }

    /// <summary>Removes the template (and its store mappings and translations, as nopCommerce does).</summary>
    public async Task UninstallAsync()
    {
        foreach (var template in await _messageTemplateService.GetMessageTemplatesByNameAsync(AiqLoyaltyDefaults.ClaimNeedsAttentionTemplateName))
            await _messageTemplateService.DeleteMessageTemplateAsync(template);
    }
}
