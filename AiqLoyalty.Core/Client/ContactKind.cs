namespace AiqLoyalty.Core.Client;

/// <summary>Which identity a shopper gave.</summary>
public enum ContactKind
{
    /// <summary>A 10-digit US/Canada phone.</summary>
    Phone,

    /// <summary>An email address.</summary>
    Email
}
