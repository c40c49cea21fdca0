using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace ToolGen.Analyzers.Tests.Verifiers;

/// <summary>What every test compilation has: .NET 8 reference assemblies, the ToolGen runtime, nullable on, common usings.</summary>
internal static class TestProject
{
    public const string UsingsFileName = "/0/Usings.cs";

    /// <summary>Global usings, so that test sources show only what each case is about.</summary>
    public const string Usings = """
        global using System;
        global using System.Collections.Generic;
        global using System.ComponentModel;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using ToolGen;

        """;

    public static readonly ReferenceAssemblies ReferenceAssemblies = ReferenceAssemblies.Net.Net80;

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(ToolAttribute).Assembly.Location);

    /// <summary>Applies the common setup to an analyzer or code-fix test.</summary>
    public static void Configure(AnalyzerTest<DefaultVerifier> test)
    {
        test.ReferenceAssemblies = ReferenceAssemblies;

        // TG0008 has two descriptors (tool, parameter) with one ID; markup only names the ID.
        test.MarkupOptions = MarkupOptions.UseFirstDescriptor;
        test.TestState.AdditionalReferences.Add(Runtime);
        test.TestState.Sources.Add((UsingsFileName, Usings));
        test.SolutionTransforms.Add(static (solution, projectId) =>
        {
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable));
        });
    }
}
