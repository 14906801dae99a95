namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Demo;

/// <summary>What the fake store answers.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Body">Body text.</param>
/// <param name="Location">Redirect target, if any.</param>
/// <param name="ContentType">Content type of the body.</param>
public sealed record FakeStoreAnswer(int Status, string Body = "", string? Location = null, string ContentType = "text/html; charset=utf-8")
{
    /// <summary>A 200 page.</summary>
    public static FakeStoreAnswer Page(string html) => new(200, html);

    /// <summary>A 302 redirect.</summary>
    public static FakeStoreAnswer Redirect(string location) => new(302, string.Empty, location);

    /// <summary>A 200 JSON answer.</summary>
    public static FakeStoreAnswer Json(string json) => new(200, json, null, "application/json; charset=utf-8");
}
