using System;

namespace ToolGen;

/// <summary>Reads a model's whole answer as a <typeparamref name="T"/> (a generated, reflection-free reader).</summary>
/// <typeparam name="T">The answer type.</typeparam>
/// <param name="json">The answer's UTF-8 JSON text.</param>
/// <param name="value">The answer, when it could be read; otherwise the default.</param>
/// <param name="error">Why it could not be read, in the same path/rule/got words as a tool argument error; otherwise <see langword="null"/>.</param>
/// <returns><see langword="true"/> when the answer was read.</returns>
public delegate bool StructuredOutputReader<T>(ReadOnlySpan<byte> json, out T value, out ToolError? error);
