using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Nop.Core;
using Nop.Plugin.Misc.AiqLoyalty.Services.Privacy;
using Nop.Services.Logging;
using Nop.Web.Framework;

namespace Nop.Plugin.Misc.AiqLoyalty.Infrastructure;

/// <summary>
/// Puts the plugin's rows into nopCommerce's own "Export personal data" workbook. nopCommerce 4.90
/// builds it in ExportManager.ExportCustomerGdprInfoToXlsxAsync and publishes no event and offers no
/// hook for it, so this filter runs after the two actions that return it (admin Customer/GdprExport
/// and the shopper's Customer/GdprTools "export-data") and adds the plugin's sheets to the file
/// they return. Those actions keep their own checks: the admin one's permissions (GDPR_MANAGE and
/// CUSTOMERS_VIEW) run before any action filter, the shopper's only exports the logged-in customer.
/// </summary>
public class GdprExportFilter : IAsyncActionFilter
{
    #region Fields

    private readonly IAiqCustomerDataService _customerDataService;
    private readonly ILogger _logger;
    private readonly IWorkContext _workContext;

    #endregion

    #region Ctor

    /// <summary>Creates the filter.</summary>
    public GdprExportFilter(IAiqCustomerDataService customerDataService,
        ILogger logger,
        IWorkContext workContext)
    {
        _customerDataService = customerDataService;
        _logger = logger;
        _workContext = workContext;
    }

    #endregion

    #region Utilities

    /// <summary>Whose data the action exports: the admin action's customer id, or the logged-in shopper; null for any other action.</summary>
    private async Task<int?> ExportedCustomerIdAsync(ActionExecutingContext context)
    {
        if (context.ActionDescriptor is not ControllerActionDescriptor action || action.ControllerName != "Customer")
            return null;

        var area = context.RouteData.Values.TryGetValue("area", out var value) ? value as string : null;
        var isAdmin = string.Equals(area, AreaNames.ADMIN, StringComparison.OrdinalIgnoreCase);
        if (isAdmin && action.MethodInfo.Name == "GdprExport")
            return context.ActionArguments.TryGetValue("id", out var id) && id is int customerId ? customerId : null;
        if (!isAdmin && action.MethodInfo.Name == "GdprToolsExport")
            return (await _workContext.GetCurrentCustomerAsync())?.Id;
        return null;
    }

    #endregion

    #region Methods

    /// <summary>Lets the export run, then adds the plugin's sheets to the workbook it returned.</summary>
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var customerId = await ExportedCustomerIdAsync(context);
        var executed = await next();
        if (customerId is not { } id || executed.Exception is not null
            || executed.Result is not FileContentResult { } file || file.ContentType != MimeTypes.TextXlsx)
            return;

        try
        {
            var data = await _customerDataService.GetAsync(id);
            executed.Result = new FileContentResult(GdprWorkbookWriter.Append(file.FileContents, data), file.ContentType)
            {
                FileDownloadName = file.FileDownloadName
            };
        }
        catch (Exception exception)
        {
            // nopCommerce's own export still goes out; the log says the plugin's part is missing.
            await _logger.ErrorAsync($"AIQ loyalty: the plugin's rows could not be added to the GDPR export of customer {id}.", exception);
        }
    }

    #endregion
}
