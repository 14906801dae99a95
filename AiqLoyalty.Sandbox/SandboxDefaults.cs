namespace AiqLoyalty.Sandbox;

/// <summary>Well-known values of the sandbox and its demo data set.</summary>
public static class SandboxDefaults
{
    /// <summary>Where <c>dotnet run</c> listens when no <c>--urls</c> is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5099";

    /// <summary>The demo data set's main API key.</summary>
    public const string DemoApiKey = "sandbox-demo-key";

    /// <summary>The account UID of <see cref="DemoApiKey"/>.</summary>
    public const string DemoUid = "1546";

    /// <summary>A second demo key, for another account.</summary>
    public const string OtherApiKey = "sandbox-other-key";

    /// <summary>The account UID of <see cref="OtherApiKey"/>.</summary>
    public const string OtherUid = "2002";
}
