using System.Reflection;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;

/// <summary>Shallow copies of flat entities (what a database round trip gives).</summary>
internal static class Copy
{
    private static readonly MethodInfo CloneMethod =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>A shallow copy of <paramref name="value"/>.</summary>
    public static T Of<T>(T value) where T : class => (T)CloneMethod.Invoke(value, null)!;
}
