using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.AiqLoyalty.Models.SyncLog;

/// <summary>The sync log's filters.</summary>
public record SyncLogSearchModel : BaseSearchModel
{
    /// <summary>A store id, or 0 for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.SyncLog.Search.Store")]
    public int SearchStoreId { get; set; }

    /// <summary>A CartSyncStatus value, or -1 for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.SyncLog.Search.Status")]
    public int SearchStatusId { get; set; } = -1;

    /// <summary>Rows changed on or after this date (store time).</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.SyncLog.Search.From")]
    [UIHint("DateNullable")]
    public DateTime? CreatedFrom { get; set; }

    /// <summary>Rows changed on or before this date (store time).</summary>
    [NopResourceDisplayName("Plugins.Misc.AiqLoyalty.SyncLog.Search.To")]
    [UIHint("DateNullable")]
    public DateTime? CreatedTo { get; set; }

    /// <summary>Store choices.</summary>
    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();

    /// <summary>Status choices.</summary>
    public IList<SelectListItem> AvailableStatuses { get; set; } = new List<SelectListItem>();
}
