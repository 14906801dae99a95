namespace AiqLoyalty.FarmLoadBenchmark;

/// <summary>Command line: --stores URL,URL --sandbox URL --connection "..." --shoppers N --seconds N --template ID.</summary>
public sealed record LoadOptions
{
    /// <summary>The farm's instances (default: STORE_URLS).</summary>
    public IReadOnlyList<string> Stores { get; init; } = [];

    /// <summary>The AIQ sandbox the stores are configured against (default: SANDBOX_URL).</summary>
    public string Sandbox { get; init; } = string.Empty;

    /// <summary>The stores' PostgreSQL database (Npgsql syntax).</summary>
    public string Connection { get; init; } = string.Empty;

    /// <summary>Concurrent shoppers; two share each AIQ member, so they compete for its reward.</summary>
    public int Shoppers { get; init; } = 100;

    /// <summary>How long the loop runs.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The reward applied and removed (the single-use welcome gift every fresh sandbox member gets).</summary>
    public string TemplateId { get; init; } = "2001";

    /// <summary>Parses the arguments; environment variables fill what is not given.</summary>
    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions
        {
            Stores = SplitUrls(Environment.GetEnvironmentVariable("STORE_URLS")),
            Sandbox = (Environment.GetEnvironmentVariable("SANDBOX_URL") ?? string.Empty).TrimEnd('/')
        };
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--stores" => options with { Stores = SplitUrls(Next()) },
                "--sandbox" => options with { Sandbox = Next().TrimEnd('/') },
                "--connection" => options with { Connection = Next() },
                "--shoppers" => options with { Shoppers = int.Parse(Next()) },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(int.Parse(Next())) },
                "--template" => options with { TemplateId = Next() },
                _ => throw new ArgumentException($"unknown option {args[i]} (see README.md)")
            };
        }

        if (options.Stores.Count < 2)
            throw new ArgumentException("--stores (or STORE_URLS): at least two instance URLs, comma-separated");
        if (options.Sandbox.Length == 0)
            throw new ArgumentException("--sandbox (or SANDBOX_URL): the AIQ sandbox the stores use");
        if (options.Connection.Length == 0)
            throw new ArgumentException("--connection: the stores' PostgreSQL database, e.g. \"Host=127.0.0.1;Username=postgres;Password=postgres;Database=nop490farm\"");
        if (options.Shoppers < 2 || options.Shoppers % 2 != 0)
            throw new ArgumentException("--shoppers: an even number, at least 2 (two shoppers per member)");
        return options;
    }

    private static IReadOnlyList<string> SplitUrls(string? urls) =>
        (urls ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => u.TrimEnd('/')).ToList();
}
