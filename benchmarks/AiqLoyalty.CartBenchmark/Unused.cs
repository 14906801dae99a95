using System.Reflection;

namespace AiqLoyalty.CartBenchmark;

/// <summary>
/// A stand-in for a nopCommerce service the benchmarked path does not call (the benchmark calls
/// SyncStoreAsync with the store, settings and client itself): any call fails loudly.
/// </summary>
public class Unused : DispatchProxy
{
    /// <summary>A proxy of <typeparamref name="T"/> that throws on use.</summary>
    public static T Of<T>() where T : class => Create<T, Unused>();

    /// <inheritdoc />
    protected override object Invoke(MethodInfo targetMethod, object[] args) =>
        throw new NotSupportedException($"The benchmark does not expect {targetMethod?.DeclaringType?.Name}.{targetMethod?.Name} to be called.");
}
