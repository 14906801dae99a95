using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Privacy;
using AiqLoyalty.Core.Redemption;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Privacy;

/// <summary>
/// Reads and erases a customer's rows in the plugin's tables. What happens to a claim is the core's
/// rule (<see cref="ClaimErasure"/>); releasing an applied claim goes through the claim service's own
/// release path (state, hold, coupon and discount together), never around it.
/// </summary>
public class AiqCustomerDataService : IAiqCustomerDataService
{
    #region Fields

    private readonly ICustomerService _customerService;
    private readonly IRepository<AiqCartSync> _syncRepository;
    private readonly IRepository<AiqConsentRecord> _consentRepository;
    private readonly IRepository<AiqRateCounter> _counterRepository;
    private readonly IRepository<AiqRewardClaim> _claimRepository;
    private readonly IClaimRowWriter _rowWriter;
    private readonly IRepository<AiqVerification> _verificationRepository;
    private readonly IRepository<Customer> _customerRepository;
    private readonly IRewardClaimService _claimService;
    private readonly IClaimTransitions _transitions;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public AiqCustomerDataService(ICustomerService customerService,
        IRepository<AiqCartSync> syncRepository,
        IRepository<AiqConsentRecord> consentRepository,
        IRepository<AiqRateCounter> counterRepository,
        IRepository<AiqRewardClaim> claimRepository,
        IClaimRowWriter rowWriter,
        IRepository<AiqVerification> verificationRepository,
        IRepository<Customer> customerRepository,
        IRewardClaimService claimService,
        IClaimTransitions transitions)
    {
        _customerService = customerService;
        _syncRepository = syncRepository;
        _consentRepository = consentRepository;
        _counterRepository = counterRepository;
        _claimRepository = claimRepository;
        _rowWriter = rowWriter;
        _verificationRepository = verificationRepository;
        _customerRepository = customerRepository;
        _claimService = claimService;
        _transitions = transitions;
    }

    #endregion

    #region Utilities

    /// <summary>True once a claim carries nothing that identifies the shopper.</summary>
    private static bool IsAnonymised(AiqRewardClaim claim) =>
        string.IsNullOrEmpty(claim.ContactId) && claim.IdentityValue is null && claim.RedemptionUrl is null && claim.CouponCode is null;

    /// <summary>
    /// Clears the contact, identity and capabilities; keeps order, template, reward, pointsDeduction,
    /// states and dates. Written through the claims' one writer (a conditional update over the row's
    /// version): false when the claim moved on since it was read, so nothing was written.
    /// </summary>
    private async Task<bool> TryAnonymiseAsync(AiqRewardClaim claim)
    {
        var written = await _transitions.TryUpdateAsync(claim, row =>
        {
            row.ContactId = string.Empty;
            row.IdentityValue = null;
            row.RedemptionUrl = null;
            row.CouponCode = null;
            // AIQ's error texts may quote the contact.
            row.LastError = null;
        });
        if (!written)
            return false;

        // A settled claim holds nothing; its hold row's key names the contact.
        await _rowWriter.DeleteLockAsync(claim.Id);
        return true;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<AiqPersonalData> GetAsync(int customerId)
    {
        var verifications = await _verificationRepository.Table.Where(row => row.CustomerId == customerId).OrderBy(row => row.Id).ToListAsync();
        var consents = await _consentRepository.Table.Where(row => row.CustomerId == customerId).OrderBy(row => row.Id).ToListAsync();
        var claims = await _claimRepository.Table.Where(row => row.CustomerId == customerId).OrderBy(row => row.Id).ToListAsync();
        var syncs = await _syncRepository.Table.Where(row => row.CustomerId == customerId).OrderBy(row => row.Id).ToListAsync();
        return new AiqPersonalData(verifications, consents, claims, syncs);
    }

    /// <inheritdoc />
    public async Task<AiqErasureResult> EraseAsync(int customerId)
    {
        // Claims first: releasing one needs the customer's coupon and the claim's hold as they are.
        var customer = await _customerService.GetCustomerByIdAsync(customerId);
        int released = 0, anonymised = 0, waiting = 0;
        foreach (var claim in await _claimRepository.Table.Where(row => row.CustomerId == customerId).OrderBy(row => row.Id).ToListAsync())
        {
            var action = ClaimErasure.ActionFor((ClaimState)claim.StateId);
            if (action == ClaimErasureAction.WaitUntilSettled)
            {
                waiting++;
                continue;
            }

            var current = claim;
            if (action == ClaimErasureAction.ReleaseThenAnonymise && customer is not null
                && await _claimService.RemoveAsync(customer, claim.StoreId, claim.Id))
            {
                released++;
                current = await _claimRepository.GetByIdAsync(claim.Id);
            }

            if (ClaimErasure.ActionFor((ClaimState)current.StateId) != ClaimErasureAction.Anonymise)
            {
                // Not released (a concurrent change moved it on): it settles like any other.
                waiting++;
                continue;
            }

            if (IsAnonymised(current))
                continue;
            if (await TryAnonymiseAsync(current))
                anonymised++;
            else
                waiting++;
        }

        var consents = await _consentRepository.Table.Where(row => row.CustomerId == customerId && (row.IdentityValue != string.Empty || row.ContactId != null)).ToListAsync();
        foreach (var consent in consents)
        {
            // The consent text, store, country and time stay as the record of what was agreed to.
            consent.IdentityValue = string.Empty;
            consent.ContactId = null;
            await _consentRepository.UpdateAsync(consent, publishEvent: false);
        }

        // The customer's own row names the identity the customer verified; that identity's row and its
        // budgets (wrong codes, sends, resend wait) are keyed by the identity itself (shared by whoever typed it).
        var rows = await _verificationRepository.Table.Where(row => row.CustomerId == customerId).ToListAsync();
        var identityScopes = rows
            .Where(row => !string.IsNullOrEmpty(row.IdentityValue))
            .Select(row => VerificationScope.ForIdentity(row.StoreId, new ContactIdentity((ContactKind)row.IdentityKindId, row.IdentityValue)))
            .Distinct()
            .ToList();
        var countersDeleted = 0;
        var verificationsDeleted = 0;
        foreach (var scope in identityScopes)
        {
            var keys = ShopperVerification.IdentityCounterKeys(scope).ToArray();
            countersDeleted += await _counterRepository.DeleteAsync(counter => counter.StoreId == scope.StoreId && keys.Contains(counter.CounterKey));
            verificationsDeleted += await _verificationRepository.DeleteAsync(row => row.StoreId == scope.StoreId && row.ScopeKey == scope.Key);
        }

        verificationsDeleted += await _verificationRepository.DeleteAsync(row => row.CustomerId == customerId);
        var syncsDeleted = await _syncRepository.DeleteAsync(row => row.CustomerId == customerId);

        return new AiqErasureResult(verificationsDeleted, countersDeleted, syncsDeleted, consents.Count, released, anonymised, waiting);
    }

    /// <inheritdoc />
    public async Task<int> AnonymiseSettledClaimsOfDeletedCustomersAsync()
    {
        var settled = Enum.GetValues<ClaimState>().Where(state => ClaimErasure.ActionFor(state) == ClaimErasureAction.Anonymise).Select(state => (int)state).ToArray();
        var claims = await (from claim in _claimRepository.Table
                            join customer in _customerRepository.Table on claim.CustomerId equals customer.Id
                            where customer.Deleted && settled.Contains(claim.StateId)
                                && (claim.ContactId != string.Empty || claim.IdentityValue != null || claim.RedemptionUrl != null || claim.CouponCode != null)
                            select claim).ToListAsync();
        var anonymised = 0;
        foreach (var claim in claims)
        {
            // A claim that moved on since it was read is looked at again on the next run.
            if (await TryAnonymiseAsync(claim))
                anonymised++;
        }

        return anonymised;
    }

    #endregion
}
