using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WcoKnowledge.Snippets.Tests;

/// <summary>
/// Compiles a snippet as the whole of a console program with top-level statements, against the library and the
/// runtime's own assemblies, as a reader would paste it into a new .NET 10 app.
/// </summary>
internal static class SnippetCompiler
{
    // What a reader's project gives every file without a using directive (the SDK's implicit usings, less those the
    // documentation never needs); everything else, WcoKnowledge included, the snippet must import itself.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<IReadOnlyList<MetadataReference>> _references = new(LoadReferences);

    /// <summary>The compiler's errors and warnings for the snippet, each with its place in the Markdown file; empty when it compiles cleanly.</summary>
    public static IReadOnlyList<string> Diagnostics(FencedBlock block)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        // The #line directive makes every diagnostic name the Markdown file and line the reader sees.
        var source = $"#line {block.FenceLine + 1} \"{block.File}\"\n{block.Code}\n";
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(source, parse, path: block.File + ".cs", encoding: Encoding.UTF8),
            CSharpSyntaxTree.ParseText(ImplicitUsings, parse, path: "ImplicitUsings.cs", encoding: Encoding.UTF8),
        };
        var options = new CSharpCompilationOptions(OutputKind.ConsoleApplication)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithOptimizationLevel(OptimizationLevel.Debug);
        var compilation = CSharpCompilation.Create("Snippet", trees, _references.Value, options);

        using var assembly = new MemoryStream();
        var result = compilation.Emit(assembly);
        return result.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            // Unused global usings of the implicit file are not the snippet's business.
            .Where(d => d.Id != "CS8019")
            .OrderBy(d => d.Location.GetMappedLineSpan().StartLinePosition.Line)
            .Select(d => d.ToString())
            .ToList();
    }

    // The runtime's own assemblies (the shared framework folder of the trusted platform assemblies) and the library.
    private static List<MetadataReference> LoadReferences()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var framework = trusted.Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal)
            && path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
        return framework
            .Append(typeof(WcoKnowledgeBase).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }
}
