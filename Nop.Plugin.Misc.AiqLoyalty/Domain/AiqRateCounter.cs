using Nop.Core;

namespace Nop.Plugin.Misc.AiqLoyalty.Domain;

/// <summary>
/// One budget's counter (wrong codes per client address, store-wide, per identity; codes sent per
/// client address; signups without a code). Changed only by single conditional UPDATE statements, so
/// parallel requests on any server cannot take more than the budget.
/// </summary>
public class AiqRateCounter : BaseEntity
{
    /// <summary>The store.</summary>
    public int StoreId { get; set; }

    /// <summary>What is counted, e.g. "fail:ip:{hash}" (unique per store).</summary>
    public string CounterKey { get; set; }

    /// <summary>When the current window began.</summary>
    public DateTime WindowStartUtc { get; set; }

    /// <summary>Units taken in the current window.</summary>
    public int Count { get; set; }
}
