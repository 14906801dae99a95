using AiqLoyalty.Core.Checkout;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Models.Public;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>The shopper's rewards box: what it shows and what its buttons do.</summary>
public interface ILoyaltyCheckoutService
{
    /// <summary>The store's settings, loaded once per request and shared by every step of it.</summary>
    Task<AiqLoyaltySettings> GetSettingsAsync(int storeId);

    /// <summary>The box for a page (reads the database and cache only; never calls AIQ).</summary>
    Task<RewardsBoxModel> PrepareBoxAsync(Customer customer, int storeId, string zone);

    /// <summary>Sends a code to the phone or email typed.</summary>
    Task<ActionReply> SendCodeAsync(Customer customer, int storeId, string contact);

    /// <summary>Sends a new code to the same identity.</summary>
    Task<ActionReply> ResendAsync(Customer customer, int storeId);

    /// <summary>Checks the code typed.</summary>
    Task<ActionReply> VerifyAsync(Customer customer, int storeId, string code);

    /// <summary>Joins the program with consent.</summary>
    Task<ActionReply> SignupAsync(Customer customer, int storeId, SignupRequestInput input);

    /// <summary>With PIN off: opens the logged-in customer's own wallet.</summary>
    Task<ActionReply> OpenOwnWalletAsync(Customer customer, int storeId);

    /// <summary>Reloads the wallet from AIQ.</summary>
    Task<ActionReply> RefreshAsync(Customer customer, int storeId);

    /// <summary>Applies a reward (staff-assisted: <paramref name="staffCustomerId"/> is the staff member).</summary>
    Task<ActionReply> ApplyAsync(Customer customer, int storeId, string templateId, int staffCustomerId = 0);

    /// <summary>Removes an applied reward.</summary>
    Task<ActionReply> RemoveAsync(Customer customer, int storeId, int claimId);

    /// <summary>At the confirm step: re-checks applied rewards against a fresh wallet and removes the ones gone.</summary>
    Task<ActionReply> ConfirmCheckAsync(Customer customer, int storeId);

    /// <summary>
    /// Before an order is saved: releases applied rewards the wallet no longer lists, using the cached
    /// wallet when it was read at most <paramref name="maxWalletAge"/> ago, else a fresh one. Returns
    /// the released rewards' names (none when AIQ cannot be asked: the owner requirement still holds).
    /// </summary>
    Task<IList<string>> ReleaseGoneBeforeOrderAsync(Customer customer, int storeId, TimeSpan maxWalletAge);

    /// <summary>The shopper's message naming rewards that were removed from the order.</summary>
    Task<string> NoLongerAvailableAsync(IEnumerable<string> rewardNames);

    /// <summary>"Use a different number": forgets the verification and removes applied rewards.</summary>
    Task<ActionReply> ForgetAsync(Customer customer, int storeId);
}
