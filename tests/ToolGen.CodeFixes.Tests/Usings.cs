global using Microsoft.CodeAnalysis.Testing;
global using ToolGen.CodeFixes.Tests.Verifiers;
global using ToolGen.Generators.Diagnostics;
global using Xunit;
