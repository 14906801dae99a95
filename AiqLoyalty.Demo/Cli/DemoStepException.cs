namespace AiqLoyalty.Demo.Cli;

/// <summary>A demo step failed for a reason the user can act on: the helper prints the message, exit code 1.</summary>
public sealed class DemoStepException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DemoStepException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around its cause.</summary>
    public DemoStepException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
