global using Microsoft.CodeAnalysis.Testing;
global using ToolGen.Analyzers.Tests.Verifiers;
global using ToolGen.Generators.Diagnostics;
global using Xunit;
global using ToolGen.CodeFixes;
