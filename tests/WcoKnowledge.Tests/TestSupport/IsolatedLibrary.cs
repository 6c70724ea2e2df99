using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace WcoKnowledge.Tests.TestSupport;

/// <summary>
/// A private copy of the WcoKnowledge assembly in its own collectible <see cref="AssemblyLoadContext"/>: its static state
/// (Default and the type initializer behind it) starts fresh, so a test can see a first access again, or load a damaged
/// copy. Everything except WcoKnowledge itself (System.Text.Json, ...) resolves from the default context. Dispose unloads it.
/// </summary>
internal sealed class IsolatedLibrary : IDisposable
{
    private readonly LibraryContext _context;

    private IsolatedLibrary(Func<LibraryContext, Assembly> load)
    {
        _context = new LibraryContext();
        Assembly = load(_context);
        KnowledgeBaseType = Assembly.GetType("WcoKnowledge.WcoKnowledgeBase", throwOnError: true)!;
    }

    /// <summary>The assembly file the tests run against.</summary>
    public static string LibraryPath => typeof(WcoKnowledgeBase).Assembly.Location;

    public Assembly Assembly { get; }

    public Type KnowledgeBaseType { get; }

    public static IsolatedLibrary FromPath(string path) => new(context => context.LoadFromAssemblyPath(path));

    public static IsolatedLibrary FromBytes(byte[] image) => new(context => context.LoadFromStream(new MemoryStream(image, writable: false)));

    /// <summary>Reads WcoKnowledgeBase.Default of this copy; failures arrive as <see cref="TargetInvocationException"/>.</summary>
    public object GetDefault() => KnowledgeBaseType.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>Calls WcoKnowledgeBase.Load(Stream, null) of this copy.</summary>
    public object Load(Stream stream)
        => KnowledgeBaseType.GetMethod("Load", new[] { typeof(Stream), Assembly.GetType("WcoKnowledge.WcoLoadOptions", throwOnError: true)! })!.Invoke(null, new object?[] { stream, null })!;

    /// <summary>Calls Search(query, null) on a knowledge base of this copy; returns "id score" per hit, in order.</summary>
    public IReadOnlyList<string> Search(object knowledgeBase, string query)
    {
        var search = KnowledgeBaseType.GetMethod("Search", new[] { typeof(string), Assembly.GetType("WcoKnowledge.SearchOptions", throwOnError: true)! })!;
        var hits = (IEnumerable)search.Invoke(knowledgeBase, new object?[] { query, null })!;
        return hits.Cast<object>().Select(hit =>
        {
            var item = hit.GetType().GetProperty("Item")!.GetValue(hit)!;
            var id = (string)item.GetType().GetProperty("Id")!.GetValue(item)!;
            var score = (double)hit.GetType().GetProperty("Score")!.GetValue(hit)!;
            return FormattableString.Invariant($"{id} {score:R}");
        }).ToList();
    }

    public void Dispose() => _context.Unload();

    private sealed class LibraryContext : AssemblyLoadContext
    {
        public LibraryContext()
            : base("WcoKnowledge (isolated)", isCollectible: true)
        {
        }

        // Null: resolve from the default context. WcoKnowledge itself is already loaded here, so it never gets this far.
        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}
