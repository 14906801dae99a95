using AiqLoyalty.Core.Redemption;
using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

/// <summary>
/// Queues the store owner's "a reward claim needs attention" email from nopCommerce's message
/// template (editable under Content management > Message templates), to the template's email account,
/// as nopCommerce's own store-owner notifications do. A failure is logged, never thrown: the claim's
/// state is already written and shown on the order page and in the admin menu.
/// </summary>
public class ClaimAttentionNotifier : IClaimAttentionNotifier
{
    #region Fields

    private readonly EmailAccountSettings _emailAccountSettings;
    private readonly IEmailAccountService _emailAccountService;
    private readonly ILanguageService _languageService;
    private readonly ILogger _logger;
    private readonly IMessageTemplateService _messageTemplateService;
    private readonly IStoreService _storeService;
    private readonly IWorkflowMessageService _workflowMessageService;

    #endregion

    #region Ctor

    /// <summary>Creates the notifier.</summary>
    public ClaimAttentionNotifier(EmailAccountSettings emailAccountSettings,
        IEmailAccountService emailAccountService,
        ILanguageService languageService,
        ILogger logger,
        IMessageTemplateService messageTemplateService,
        IStoreService storeService,
        IWorkflowMessageService workflowMessageService)
    {
        _emailAccountSettings = emailAccountSettings;
        _emailAccountService = emailAccountService;
        _languageService = languageService;
        _logger = logger;
        _messageTemplateService = messageTemplateService;
        _storeService = storeService;
        _workflowMessageService = workflowMessageService;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task NotifyAsync(AiqRewardClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        try
        {
            var template = (await _messageTemplateService.GetMessageTemplatesByNameAsync(AiqLoyaltyDefaults.ClaimNeedsAttentionTemplateName, claim.StoreId))
                .FirstOrDefault(t => t.IsActive);
            if (template is null)
                return;

            var emailAccount = await _emailAccountService.GetEmailAccountByIdAsync(template.EmailAccountId)
                ?? await _emailAccountService.GetEmailAccountByIdAsync(_emailAccountSettings.DefaultEmailAccountId)
                ?? (await _emailAccountService.GetAllEmailAccountsAsync()).FirstOrDefault();
            if (emailAccount is null)
                return;

            var languageId = (await _languageService.GetAllLanguagesAsync(storeId: claim.StoreId)).FirstOrDefault()?.Id ?? 0;
            var store = await _storeService.GetStoreByIdAsync(claim.StoreId);
            var tokens = Tokens(claim, store?.Url, store?.Name);
            await _workflowMessageService.SendNotificationAsync(template, emailAccount, languageId, tokens, emailAccount.Email, emailAccount.DisplayName);
        }
        catch (Exception exception)
        {
            await _logger.ErrorAsync($"AIQ loyalty: telling the store owner that reward claim {claim.Id} needs attention failed.", exception);
        }
    }

    /// <summary>
    /// The template's tokens. AIQ's reward name and error are untrusted: nopCommerce HTML-encodes token
    /// values. No contact, key or redemption URL is ever a token.
    /// </summary>
    public static IList<Token> Tokens(AiqRewardClaim claim, string storeUrl, string storeName)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var orderUrl = claim.OrderId is { } orderId && !string.IsNullOrEmpty(storeUrl)
            ? $"{storeUrl.TrimEnd('/')}/Admin/Order/Edit/{orderId}"
            : string.Empty;
        return new List<Token>
        {
            new("Store.Name", storeName ?? string.Empty),
            new("AiqLoyalty.ClaimId", claim.Id),
            new("AiqLoyalty.OrderId", claim.OrderId?.ToString() ?? string.Empty),
            new("AiqLoyalty.OrderUrl", orderUrl, true),
            new("AiqLoyalty.RewardName", claim.RewardName ?? claim.TemplateId),
            new("AiqLoyalty.PointsDeduction", claim.PointsDeduction),
            new("AiqLoyalty.Reason", claim.StateId == (int)ClaimState.RefundNeedsAttention ? "refund of a cancelled order" : "redemption"),
            new("AiqLoyalty.Detail", claim.LastError ?? string.Empty)
        };
    }

    #endregion
}
