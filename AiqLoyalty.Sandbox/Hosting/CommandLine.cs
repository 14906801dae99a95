namespace AiqLoyalty.Sandbox.Hosting;

/// <summary>The sandbox's command line: <c>[--urls url[;url...]] [--seed file.json]</c>.</summary>
/// <param name="Urls">URLs to listen on.</param>
/// <param name="SeedPath">A seed file, or null for the embedded demo set.</param>
public sealed record CommandLine(IReadOnlyList<string> Urls, string? SeedPath)
{
    /// <summary>One-line usage text.</summary>
    public const string Usage = "usage: AiqLoyalty.Sandbox [--urls http://127.0.0.1:5099] [--seed file.json]";

    /// <summary>Parses <c>--name value</c> and <c>--name=value</c>; returns an error for anything else.</summary>
    public static (CommandLine? Parsed, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? urls = null;
        string? seed = null;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = Split(args[i]);
            if (value is null && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                value = args[++i];

            switch (name)
            {
                case "--urls" when !string.IsNullOrWhiteSpace(value):
                    urls = value;
                    break;
                case "--seed" when !string.IsNullOrWhiteSpace(value):
                    seed = value;
                    break;
                default:
                    return (null, $"unexpected argument '{args[i]}'");
            }
        }

        var list = (urls ?? SandboxDefaults.DefaultUrl)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (new CommandLine(list, seed), null);
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=');
        return equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }
}
