using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ToolGen.Generators.Tests;

/// <summary>
/// Generator bugs found while writing the golden tests, each kept as the minimal repro of the behaviour a
/// user needs, so that they stay fixed.
/// </summary>
public sealed class RegressionTests
{

    /// <summary>
    /// The hint name is the fully qualified name with keyword escapes kept (<c>P.@class.Tools.g.cs</c>); Roslyn rejects
    /// '@' in hint names, so AddSource throws, the generator fails (CS8785) and no tool set of the project is generated.
    /// </summary>
    [Fact]
    public void KeywordNamedTypeOrNamespace()
    {
        const string source = """
            using ToolGen;

            namespace Keywords.@event;

            public partial class @class
            {
                [Tool]
                public int Count() => 1;
            }
            """;

        var run = GeneratorHarness.Run(source);

        Assert.Single(run.Sources);
        GeneratorHarness.AssertCompilesClean(run);
    }

    /// <summary>
    /// Roslyn compares hint names case-insensitively: <c>P.Tools</c> and <c>P.TOOLS</c> yield hint names
    /// <c>P.Tools.Tools.g.cs</c> and <c>P.TOOLS.Tools.g.cs</c>, equal under that comparison, AddSource throws, and the whole generator fails.
    /// </summary>
    [Fact]
    public void TypesWhoseNamesDifferOnlyInCase()
    {
        const string source = """
            using ToolGen;

            namespace P;

            public partial class Tools
            {
                [Tool]
                public int A() => 1;
            }

            public partial class TOOLS
            {
                [Tool]
                public int B() => 2;
            }
            """;

        var run = GeneratorHarness.Run(source);

        Assert.Equal(2, run.Sources.Count);
        GeneratorHarness.AssertCompilesClean(run);
    }

    /// <summary>
    /// In a nullable-disabled project (or a <c>#nullable disable</c> region), <c>string s = null</c> is the ordinary way
    /// to write an optional reference parameter. The reader declares <c>out string __a0</c> under <c>#nullable enable</c>
    /// and assigns <c>__a0 = null;</c>: warning CS8625 in generated code, an error under TreatWarningsAsErrors.
    /// </summary>
    [Fact]
    public void NullDefaultInNullableDisabledContext()
    {
        const string source = """
            using ToolGen;

            namespace P;

            public partial class SearchTools
            {
                [Tool]
                public string Search(string query, string category = null, int[] ids = null) => query;
            }
            """;

        var run = GeneratorHarness.Run(source, new CompilationSettings(Nullable: NullableContextOptions.Disable));

        GeneratorHarness.AssertCompilesClean(run);
    }

    /// <summary>The same CS8625 in a nullable-enabled project for <c>string s = null!</c>.</summary>
    [Fact]
    public void SuppressedNullDefault()
    {
        const string source = """
            using ToolGen;

            namespace P;

            public partial class SearchTools
            {
                [Tool]
                public string Search(string category = null!) => category;
            }
            """;

        GeneratorHarness.AssertCompilesClean(GeneratorHarness.Run(source));
    }

    /// <summary>
    /// A tool class deriving from another tool class: the derived part declares <c>ToolDefinitions</c> and
    /// <c>InvokeAsync</c> again without <c>new</c>: two CS0108 warnings in generated code.
    /// </summary>
    [Fact]
    public void DerivedToolClass()
    {
        const string source = """
            using ToolGen;

            namespace P;

            public partial class BaseTools
            {
                [Tool]
                public int A() => 1;
            }

            public partial class DerivedTools : BaseTools
            {
                [Tool]
                public int B() => 2;
            }
            """;

        GeneratorHarness.AssertCompilesClean(GeneratorHarness.Run(source));
    }

    /// <summary>
    /// A <c>ref struct</c> (before C# 13) cannot implement an interface, yet the generated part declares
    /// <c>partial struct T : global::ToolGen.IToolSet</c>: error CS8343 on top of the user's code. It should be left
    /// out (or generated without the interface).
    /// </summary>
    [Fact]
    public void RefStruct()
    {
        const string source = """
            using ToolGen;

            namespace P;

            public ref partial struct SpanTools
            {
                [Tool]
                public int A() => 1;
            }
            """;

        GeneratorHarness.AssertNoNewDiagnostics(GeneratorHarness.Run(source));
    }

    /// <summary>
    /// A <c>file</c>-local partial type (C# 11): the generated part, in another file and without <c>file</c>, declares a
    /// different type, so <c>global::P.FileTools.A()</c> does not bind: error CS0117. It should be left out.
    /// </summary>
    [Fact]
    public void FileLocalType()
    {
        const string source = """
            using ToolGen;

            namespace P;

            file partial class FileTools
            {
                [Tool]
                public static int A() => 1;
            }
            """;

        GeneratorHarness.AssertNoNewDiagnostics(GeneratorHarness.Run(source, new CompilationSettings(LanguageVersion.Latest)));
    }

    /// <summary>
    /// A string default holding a lone surrogate (legal in C#) is copied raw into the generated C# literal and into the
    /// schema JSON: the generated source cannot be written as UTF-8 (e.g. with EmitCompilerGeneratedFiles), and the
    /// schema is not valid Unicode. CSharpLiteral.String should escape surrogates as \uXXXX, as CSharpLiteral.Char does.
    /// </summary>
    [Fact]
    public void LoneSurrogateInStringDefault()
    {
        const string source = """
            using ToolGen;

            namespace P;

            public partial class TextTools
            {
                [Tool]
                public string Pad(string fill = "x\uD800y") => fill;
            }
            """;

        var run = GeneratorHarness.Run(source);

        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        foreach (var text in run.Sources.Values)
        {
            strict.GetBytes(text);
        }

        GeneratorHarness.AssertCompilesClean(run);
    }

    /// <summary>
    /// <c>/** ... */</c> is the other C# doc comment syntax; DocComments.Read only reads <c>///</c> lines, so the tool and
    /// its parameters get no description.
    /// </summary>
    [Fact]
    public void DelimitedDocComment()
    {
        const string source = """
            using ToolGen;

            namespace P;

            public partial class DocTools
            {
                /**
                 * <summary>Adds one.</summary>
                 * <param name="x">The number.</param>
                 */
                [Tool]
                public int Increment(int x) => x + 1;
            }
            """;

        var tool = Assert.Single(Assert.Single(GeneratorHarness.Run(source).ToolSets).Tools);

        Assert.Equal("Adds one.", tool.Description);
        Assert.Equal("The number.", tool.Parameters[0].Field!.Description);
    }

    /// <summary>
    /// A type that already declares <c>ToolDefinitions</c> (TG0012): generating its half would add CS0102; its tools are
    /// left out instead, and the generated code adds no diagnostic.
    /// </summary>
    [Fact]
    public void TypeDeclaringAGeneratedMemberName()
    {
        const string source = """
            using ToolGen;

            namespace P;

            public partial class WeatherTools
            {
                public static string[] ToolDefinitions = { "weather" };

                [Tool]
                public string GetWeather(string city) => city;
            }
            """;

        var run = GeneratorHarness.Run(source);

        Assert.Empty(run.Sources);
        GeneratorHarness.AssertNoNewDiagnostics(run);
    }

    /// <summary>
    /// Object models are reused across the tools of a compilation: a tool that meets B (which holds an A) after A
    /// must still get A's reader, whichever tool came first.
    /// </summary>
    [Fact]
    public void SharedObjectTypesAcrossTools()
    {
        const string source = """
            using System.Collections.Generic;
            using ToolGen;

            namespace P;

            public class Address { public string City { get; set; } = ""; }

            public class Customer
            {
                public string Name { get; set; } = "";

                public List<Address> Addresses { get; set; } = new List<Address>();
            }

            public partial class First
            {
                [Tool]
                public int Both(Address address, Customer customer) => 0;

                [Tool]
                public int OnlyCustomer(Customer customer) => 0;
            }

            public partial class Second
            {
                [Tool]
                public int OnlyCustomer(Customer customer) => 0;
            }
            """;

        var run = GeneratorHarness.Run(source);

        Assert.Equal(2, run.Sources.Count);
        Assert.All(run.Sources.Values, text => Assert.Contains("global::P.Address", text));
        GeneratorHarness.AssertCompilesClean(run);
    }
}
