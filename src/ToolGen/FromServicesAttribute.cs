using System;

namespace ToolGen;

/// <summary>
/// Marks a tool parameter that is resolved from <see cref="ToolCall.Services"/> when the tool runs,
/// instead of being sent by the model. It never appears in the schema.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromServicesAttribute : Attribute
{
}
