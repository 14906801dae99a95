using AiqLoyalty.Core.Carts;
using Nop.Core.Domain.Gdpr;
using Nop.Core.Domain.Messages;
using Nop.Data;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// Marketing consent from nopCommerce's own records: active newsletter subscriptions of the store
/// (by email, as nopCommerce keeps them) and the GDPR consent log (the customer's latest agree or
/// disagree for the chosen consent wins, as nopCommerce's IGdprService.IsConsentAcceptedAsync reads it).
/// Read with one query each per batch instead of one service call per cart.
/// </summary>
public class AbandonedCartConsentReader : IAbandonedCartConsentReader
{
    #region Fields

    private readonly IRepository<GdprLog> _gdprLogRepository;
    private readonly IRepository<NewsLetterSubscription> _subscriptionRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the reader.</summary>
    public AbandonedCartConsentReader(IRepository<GdprLog> gdprLogRepository,
        IRepository<NewsLetterSubscription> subscriptionRepository)
    {
        _gdprLogRepository = gdprLogRepository;
        _subscriptionRepository = subscriptionRepository;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<int, CartContactFacts>> GetConsentsAsync(int storeId, AbandonedCartOptions options,
        IReadOnlyDictionary<int, string> emails)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(emails);

        var subscribed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (CartAudienceRules.NeedsNewsletter(options.Audience, options.ConsentSource))
        {
            var addresses = emails.Values.Where(email => !string.IsNullOrEmpty(email)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            if (addresses.Length > 0)
            {
                // nopCommerce keeps the email as typed; the databases compare case-insensitively
                // (citext, *_CI_AS, utf8mb3_general_ci) and the set below does too.
                subscribed.UnionWith(await _subscriptionRepository.Table
                    .Where(subscription => subscription.StoreId == storeId && subscription.Active && addresses.Contains(subscription.Email))
                    .Select(subscription => subscription.Email)
                    .ToListAsync());
            }
        }

        var agreed = new HashSet<int>();
        if (CartAudienceRules.NeedsGdprConsent(options.Audience, options.ConsentSource) && options.GdprConsentId > 0 && emails.Count > 0)
        {
            var ids = emails.Keys.ToArray();
            var consentId = options.GdprConsentId;
            var agreeId = (int)GdprRequestType.ConsentAgree;
            var disagreeId = (int)GdprRequestType.ConsentDisagree;
            var answers = await _gdprLogRepository.Table
                .Where(log => log.ConsentId == consentId && ids.Contains(log.CustomerId)
                    && (log.RequestTypeId == agreeId || log.RequestTypeId == disagreeId))
                .Select(log => new { log.Id, log.CustomerId, log.RequestTypeId, log.CreatedOnUtc })
                .ToListAsync();
            agreed.UnionWith(answers
                .GroupBy(answer => answer.CustomerId)
                .Select(group => group.OrderByDescending(answer => answer.CreatedOnUtc).ThenByDescending(answer => answer.Id).First())
                .Where(latest => latest.RequestTypeId == agreeId)
                .Select(latest => latest.CustomerId));
        }

        var result = new Dictionary<int, CartContactFacts>();
        foreach (var (customerId, email) in emails)
        {
            var newsletter = !string.IsNullOrEmpty(email) && subscribed.Contains(email);
            var gdpr = agreed.Contains(customerId);
            if (newsletter || gdpr)
                result[customerId] = new CartContactFacts { HasNewsletterSubscription = newsletter, HasGdprConsent = gdpr };
        }

        return result;
    }

    #endregion
}
