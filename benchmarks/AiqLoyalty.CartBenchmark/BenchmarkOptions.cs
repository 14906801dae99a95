namespace AiqLoyalty.CartBenchmark;

/// <summary>Command line: --provider postgresql|mysql, --connection "...", --customers N, --rows N, --stores N, --refill, --index NAME, --skip-index-survey.</summary>
public sealed record BenchmarkOptions
{
    /// <summary>The local default database of each provider (the benchmark's own database, never a store's).</summary>
    private static readonly IReadOnlyDictionary<DatabaseProvider, string> DefaultConnections = new Dictionary<DatabaseProvider, string>
    {
        [DatabaseProvider.PostgreSql] = "Host=127.0.0.1;Username=postgres;Password=postgres;Database=aiq_cartbench",
        [DatabaseProvider.MySql] = "Server=127.0.0.1;Port=3306;User ID=nop;Password=nop;Database=aiq_cartbench"
    };

    /// <summary>The database the benchmark runs on.</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.PostgreSql;

    /// <summary>Connection string of the benchmark's own database (Npgsql or MySqlConnector syntax, after the provider); null: the provider's local default.</summary>
    public string Connection { get; init; }

    /// <summary>The data.</summary>
    public DataShape Shape { get; init; } = new();

    /// <summary>Refill even when the data is there.</summary>
    public bool Refill { get; init; }

    /// <summary>The index used for the send runs (a key of CartDatabase.CandidateIndexes).</summary>
    public string Index { get; init; } = "type-store-customer-updated";

    /// <summary>Skip timing the selection with each candidate index.</summary>
    public bool SkipIndexSurvey { get; init; }

    /// <summary>Parses the arguments.</summary>
    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        var shape = options.Shape;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--connection": options = options with { Connection = Next() }; break;
                case "--provider":
                    options = options with
                    {
                        Provider = Next().ToLowerInvariant() switch
                        {
                            "postgresql" or "postgres" => DatabaseProvider.PostgreSql,
                            "mysql" or "mariadb" => DatabaseProvider.MySql,
                            var other => throw new ArgumentException($"--provider {other}: expected postgresql or mysql")
                        }
                    };
                    break;
                case "--customers": shape = shape with { Customers = int.Parse(Next()) }; break;
                case "--rows": shape = shape with { CartRows = int.Parse(Next()) }; break;
                case "--stores": shape = shape with { Stores = int.Parse(Next()) }; break;
                case "--refill": options = options with { Refill = true }; break;
                case "--index": options = options with { Index = Next() }; break;
                case "--skip-index-survey": options = options with { SkipIndexSurvey = true }; break;
                default: throw new ArgumentException($"Unknown argument {args[i]}");
            }
        }

        if (!CartDatabase.CandidateIndexes.ContainsKey(options.Index))
            throw new ArgumentException($"--index must be one of {string.Join(", ", CartDatabase.CandidateIndexes.Keys)}");
        return options with { Shape = shape, Connection = options.Connection ?? DefaultConnections[options.Provider] };
    }
}
