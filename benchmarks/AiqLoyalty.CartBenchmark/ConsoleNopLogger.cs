using System.Reflection;

namespace AiqLoyalty.CartBenchmark;

/// <summary>nopCommerce's ILogger for the benchmark: every log call is written to stderr.</summary>
public class ConsoleNopLogger : DispatchProxy
{
    /// <summary>A logger proxy.</summary>
    public static Nop.Services.Logging.ILogger Create() => Create<Nop.Services.Logging.ILogger, ConsoleNopLogger>();

    /// <inheritdoc />
    protected override object Invoke(MethodInfo targetMethod, object[] args)
    {
        Console.Error.WriteLine($"[{targetMethod?.Name}] {string.Join(" | ", (args ?? []).Where(arg => arg is string or Exception))}");
        return targetMethod?.ReturnType == typeof(Task) ? Task.CompletedTask : null;
    }
}
