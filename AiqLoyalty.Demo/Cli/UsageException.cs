namespace AiqLoyalty.Demo.Cli;

/// <summary>The command line is wrong: the helper prints the message and its usage, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
