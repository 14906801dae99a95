namespace Nop.Plugin.Misc.AiqLoyalty.Services.Privacy;

/// <summary>The plugin's part of nopCommerce's GDPR tools: a customer's rows for the export, and their erasure.</summary>
public interface IAiqCustomerDataService
{
    /// <summary>Every row the plugin keeps about the customer.</summary>
    /// <param name="customerId">The customer.</param>
    Task<AiqPersonalData> GetAsync(int customerId);

    /// <summary>
    /// Erases the customer from the plugin's tables: verification rows, their wrong-code budgets and
    /// sync rows deleted; consent records and settled claims anonymised (pointsDeduction kept per
    /// order); claims applied to the cart released first. Repeating it does nothing more.
    /// </summary>
    /// <param name="customerId">The customer nopCommerce deleted permanently.</param>
    Task<AiqErasureResult> EraseAsync(int customerId);

    /// <summary>
    /// Anonymises the claims of deleted customers that AIQ has settled since they were deleted (a claim
    /// still settling at erasure keeps its contact until then). Safe to run at any time, e.g. daily.
    /// </summary>
    /// <returns>Claims anonymised.</returns>
    Task<int> AnonymiseSettledClaimsOfDeletedCustomersAsync();
}
