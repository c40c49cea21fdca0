#if !NET7_0_OR_GREATER
namespace System.Diagnostics.CodeAnalysis;

/// <summary>
/// The compiler's <c>[UnscopedRef]</c>, which .NET 7 and later define: it is recognized by name, so the netstandard2.0
/// build declares its own (internal) copy.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
internal sealed class UnscopedRefAttribute : Attribute
{
}
#endif
