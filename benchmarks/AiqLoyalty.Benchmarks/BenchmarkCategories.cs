namespace AiqLoyalty.Benchmarks;

/// <summary>The benchmark categories; each pairs a client call with its raw HttpClient baseline.</summary>
public static class BenchmarkCategories
{
    /// <summary>POST /api/v2/wallet (wallet read without a code).</summary>
    public const string WalletRead = "wallet read";

    /// <summary>POST /api/v2/verify/contact/wallet (PIN send).</summary>
    public const string PinSend = "PIN send";
}
