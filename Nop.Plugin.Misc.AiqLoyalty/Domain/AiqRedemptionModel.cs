namespace Nop.Plugin.Misc.AiqLoyalty.Domain;

/// <summary>AIQ's two ecommerce redemption models.</summary>
public enum AiqRedemptionModel
{
    /// <summary>Model A (recommended): the plugin redeems through the reward's URL once the order is placed.</summary>
    RedeemOnOrder = 1,

    /// <summary>Model B: the choice is recorded on the order; the in-store POS redeems.</summary>
    RecordForPos = 2
}
