using AiqLoyalty.Core.Checkout;
using Nop.Core.Domain.Customers;
using Nop.Services.Events;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>
/// A guest who logs in mid-checkout keeps the rewards box where it was: nopCommerce moves the cart and
/// its coupons to the customer, and this moves the guest's applied rewards and verification with them
/// (the same browser just proved the PIN), so a reward is never dropped from the order yet left locked.
/// When the customer already has rewards of its own applied, the guest's are released at once instead.
/// </summary>
public class CustomerLoginConsumer : IConsumer<CustomerLoggedinEvent>
{
    #region Fields

    private readonly ILogger _logger;
    private readonly IRewardClaimService _claimService;
    private readonly IVerificationStore _verificationStore;
    private readonly IWalletSnapshotCache _walletCache;

    #endregion

    #region Ctor

    /// <summary>Creates the consumer.</summary>
    public CustomerLoginConsumer(ILogger logger,
        IRewardClaimService claimService,
        IVerificationStore verificationStore,
        IWalletSnapshotCache walletCache)
    {
        _logger = logger;
        _claimService = claimService;
        _verificationStore = verificationStore;
        _walletCache = walletCache;
    }

    #endregion

    #region Methods

    /// <summary>Moves (or releases) the guest's applied rewards.</summary>
    public async Task HandleEventAsync(CustomerLoggedinEvent eventMessage)
    {
        if (eventMessage?.GuestCustomer is not { } guest || eventMessage.Customer is not { } customer || guest.Id == customer.Id)
            return;

        try
        {
            var storeIds = await _claimService.MoveCartClaimsAsync(guest, customer);
            if (storeIds.Count == 0)
                return;

            foreach (var storeId in storeIds)
            {
                var verification = await _verificationStore.GetAsync(VerificationScope.ForCustomer(storeId, guest.Id));
                await _verificationStore.SaveAsync(VerificationScope.ForCustomer(storeId, customer.Id), verification);
                await _verificationStore.SaveAsync(VerificationScope.ForCustomer(storeId, guest.Id), VerificationRecord.Empty with { State = verification.State with { VerifiedAt = null, CodeSentAt = null } });
                await _walletCache.RemoveAsync(storeId, guest.Id);
                await _walletCache.RemoveAsync(storeId, customer.Id);
            }
        }
        catch (Exception exception)
        {
            await _logger.ErrorAsync($"AIQ loyalty: moving the applied rewards of guest {guest.Id} to customer {customer.Id} at login failed; they are released when their lifetime ends.", exception);
        }
    }

    #endregion
}
