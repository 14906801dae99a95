namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;

/// <summary>
/// The result of a task whose result is a nopCommerce type (the fakes complete synchronously).
/// Awaiting such a task in a test would give its async state machine a TaskAwaiter over a
/// nopCommerce type, which cannot be loaded while NUnit discovers tests, before
/// <see cref="Tests.Plugin.NopCommerceAssemblyResolver"/> is registered: discovery then finds no tests at all.
/// </summary>
internal static class Completed
{
    /// <summary>The task's result (it has completed).</summary>
    public static T Result<T>(Task<T> task) => task.GetAwaiter().GetResult();
}
