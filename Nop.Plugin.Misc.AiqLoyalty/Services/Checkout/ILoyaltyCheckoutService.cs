using AiqLoyalty.Core.Checkout;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Models.Public;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>The shopper's rewards box: what it shows and what its buttons do.</summary>
public interface ILoyaltyCheckoutService
{
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

    /// <summary>"Use a different number": forgets the verification and removes applied rewards.</summary>
    Task<ActionReply> ForgetAsync(Customer customer, int storeId);
}
