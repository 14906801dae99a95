using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.AiqLoyalty.Models.CallLog;

/// <summary>The call log's filters (also read from the query string, so the dashboard can link to a filtered log).</summary>
public record CallLogSearchModel : BaseSearchModel
{
    /// <summary>A store id, or 0 for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.CallLog.Search.Store")]
    public int SearchStoreId { get; set; }

    /// <summary>An AiqCall value, or -1 for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.CallLog.Search.Operation")]
    public int SearchOperationId { get; set; } = -1;

    /// <summary>An AiqCallOutcome value, or -1 for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.CallLog.Search.Outcome")]
    public int SearchOutcomeId { get; set; } = -1;

    /// <summary>Calls started on or after this date (the admin's time zone).</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.CallLog.Search.From")]
    [UIHint("DateNullable")]
    public DateTime? StartedFrom { get; set; }

    /// <summary>Calls started on or before this date (the admin's time zone; the whole day counts).</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.CallLog.Search.To")]
    [UIHint("DateNullable")]
    public DateTime? StartedTo { get; set; }

    /// <summary>Store choices.</summary>
    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();

    /// <summary>Operation choices.</summary>
    public IList<SelectListItem> AvailableOperations { get; set; } = new List<SelectListItem>();

    /// <summary>Outcome choices.</summary>
    public IList<SelectListItem> AvailableOutcomes { get; set; } = new List<SelectListItem>();
}
