namespace AiqLoyalty.Core.Client;

/// <summary>Names used by the AIQ client.</summary>
public static class AiqClientDefaults
{
    /// <summary>The named HttpClient (primary handler and connection pool) for AIQ calls.</summary>
    public const string HttpClientName = "AiqLoyalty.Aiq";

    /// <summary>The header that carries the API key [DOC].</summary>
    public const string ApiKeyHeader = "X-APIKEY";

    /// <summary>Longest error text kept from an AIQ answer.</summary>
    public const int MaxErrorMessageLength = 200;
}
