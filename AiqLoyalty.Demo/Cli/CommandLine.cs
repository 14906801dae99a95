namespace AiqLoyalty.Demo.Cli;

/// <summary>The helper's command line: <c>command [--name value]...</c>.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _options;

    private CommandLine(string command, Dictionary<string, string> options)
    {
        Command = command;
        _options = options;
    }

    /// <summary>The command (first argument).</summary>
    public string Command { get; }

    /// <summary>Parses the arguments; throws <see cref="UsageException"/> for anything malformed.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
            throw new UsageException("a command is required");

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length < 3)
                throw new UsageException($"unexpected argument '{name}'");
            if (i + 1 >= args.Count)
                throw new UsageException($"{name} needs a value");
            if (!options.TryAdd(name[2..], args[++i]))
                throw new UsageException($"{name} given twice");
        }

        return new CommandLine(args[0], options);
    }

    /// <summary>A required option's value.</summary>
    public string Required(string name) =>
        _options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new UsageException($"--{name} is required for {Command}");

    /// <summary>An optional option's value, or <paramref name="fallback"/>.</summary>
    public string Optional(string name, string fallback) =>
        _options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : fallback;

    /// <summary>A required absolute http(s) URL, without a trailing slash.</summary>
    public Uri RequiredUrl(string name)
    {
        var text = Required(name);
        if (!Uri.TryCreate(text.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new UsageException($"--{name} must be an http(s) URL, not '{text}'");
        return uri;
    }

    /// <summary>An optional positive whole number.</summary>
    public int OptionalNumber(string name, int fallback)
    {
        if (!_options.TryGetValue(name, out var text))
            return fallback;
        return int.TryParse(text, out var value) && value > 0
            ? value
            : throw new UsageException($"--{name} must be a positive whole number, not '{text}'");
    }
}
