namespace Nop.Plugin.Misc.AiqLoyalty.Models.Public;

/// <summary>A reward on offer (all text is AIQ's data: the view encodes it).</summary>
public record RewardItemModel
{
    /// <summary>AIQ's template id.</summary>
    public string TemplateId { get; set; }

    /// <summary>Name.</summary>
    public string Name { get; set; }

    /// <summary>Headline, e.g. "15% OFF".</summary>
    public string Title { get; set; }

    /// <summary>Absolute http(s) image URL, or null.</summary>
    public string ImageUrl { get; set; }

    /// <summary>Points it costs.</summary>
    public long PointsCost { get; set; }

    /// <summary>Held by another cart, store or an order waiting for the POS: shown, but not offered.</summary>
    public bool InUseElsewhere { get; set; }
}
