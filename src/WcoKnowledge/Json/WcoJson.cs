using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WcoKnowledge;

/// <summary>
/// Writes model objects as JSON in the dataset's own shape: camelCase members, enumeration values as the dataset's
/// words (<c>"confirmed"</c>, <c>"governanceBody"</c>), dates as ISO text at their precision (<c>"1994-06"</c>), and
/// references to other items and to sources as their ids, so an item never drags the whole graph along and there are
/// no cycles. A whole <see cref="WcoKnowledgeBase"/> is written as a dataset file that
/// <see cref="WcoKnowledgeBase.Load(System.IO.Stream, WcoLoadOptions?)"/> reads back. docs/json-output.md describes the shape.
/// </summary>
/// <remarks>
/// <para>Use <see cref="Options"/> with <see cref="JsonSerializer"/>: <c>JsonSerializer.Serialize(kb.GetPillar(2), WcoJson.Options)</c>.
/// Trimmed and NativeAOT apps use the overloads that take a <see cref="JsonTypeInfo"/>, which do not warn:
/// <c>JsonSerializer.Serialize(pillar, WcoJson.GetTypeInfo&lt;Pillar&gt;())</c>. In an app with its own options
/// (ASP.NET Core, say), add <see cref="TypeInfoResolver"/> to them: <c>options.TypeInfoResolverChain.Insert(0, WcoJson.TypeInfoResolver)</c>.</para>
/// <para>It covers every item type, <see cref="IKnowledgeItem"/>, <see cref="Source"/>, <see cref="Relation"/>,
/// <see cref="DatedFigure"/>, the other value records, <see cref="SearchHit"/>, <see cref="FactDate"/>,
/// <see cref="KnowledgeKind"/>, the lists the API returns (<c>IReadOnlyList&lt;T&gt;</c> of those) and the knowledge base.
/// No reflection: trim- and NativeAOT-safe. Writing only: model objects come from a loaded dataset, so deserializing one
/// throws <see cref="System.NotSupportedException"/>.</para>
/// <para>Thread-safe; the options are read-only.</para>
/// </remarks>
public static class WcoJson
{
    /// <summary>Metadata for the model types, to combine with an application's own resolvers.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } = new Json.WcoJsonTypeInfoResolver();

    /// <summary>Read-only options that write model objects in the dataset's shape (compact; copy them to change, for example, <see cref="JsonSerializerOptions.WriteIndented"/>).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The metadata that writes <typeparamref name="T"/> with <see cref="Options"/>, for the <see cref="JsonSerializer"/> overloads that take one (no trimming or AOT warnings).</summary>
    /// <typeparam name="T">A model type, <see cref="IKnowledgeItem"/>, a list the API returns, or the knowledge base (see the remarks on <see cref="WcoJson"/>).</typeparam>
    /// <returns>The metadata for <typeparamref name="T"/>.</returns>
    /// <exception cref="System.NotSupportedException"><typeparamref name="T"/> is not a type this class writes.</exception>
    public static JsonTypeInfo<T> GetTypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>
    /// Writes <paramref name="knowledgeBase"/> as JSON-LD with schema.org types, for linked-data tools and search engines:
    /// the WCO as a <c>GovernmentOrganization</c>, each Member as a <c>Country</c> (with its ISO codes), conventions as
    /// <c>Legislation</c> and other instruments as <c>CreativeWork</c>, Secretaries General as <c>Person</c>, and a
    /// <c>Dataset</c> node with the data version. Every node's <c>@id</c> is <c>urn:wcoknowledge:</c> and the item's id;
    /// <c>sameAs</c> is the item's Wikidata page where it has one; names carry their language. docs/json-output.md
    /// describes the shape. A different shape from <see cref="Options"/>' dataset JSON, which is what loads back.
    /// </summary>
    /// <param name="writer">The writer to write one JSON object to.</param>
    /// <param name="knowledgeBase">The knowledge base to write.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteJsonLd(Utf8JsonWriter writer, IWcoKnowledgeBase knowledgeBase)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        Preconditions.CheckNotNull(knowledgeBase, nameof(knowledgeBase));
        Json.JsonLdWriter.Write(writer, knowledgeBase);
        writer.Flush();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = TypeInfoResolver };
        options.MakeReadOnly();
        return options;
    }
}
