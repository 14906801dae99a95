namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Demo;

/// <summary>A request the fake store received.</summary>
/// <param name="Method">GET or POST.</param>
/// <param name="Path">Path and query.</param>
/// <param name="Form">The url-encoded form fields in posted order (empty for a GET).</param>
public sealed record FakeStoreRequest(string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Form)
{
    /// <summary>Every value posted for <paramref name="name"/>.</summary>
    public IEnumerable<string> Values(string name) => Form.Where(f => f.Key == name).Select(f => f.Value);
}
