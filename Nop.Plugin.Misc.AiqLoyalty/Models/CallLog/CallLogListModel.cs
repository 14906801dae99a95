using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.AiqLoyalty.Models.CallLog;

/// <summary>One page of the call log grid.</summary>
public record CallLogListModel : BasePagedListModel<CallLogModel>;
