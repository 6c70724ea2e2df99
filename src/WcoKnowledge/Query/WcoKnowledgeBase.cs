using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Threading;
using WcoKnowledge.Loading;
using WcoKnowledge.Search;

namespace WcoKnowledge;

/// <summary>
/// The WCO knowledge base: <see cref="Default"/> for the dataset embedded in this package, or
/// <see cref="Load(System.IO.Stream, WcoLoadOptions?)"/> for a dataset file in the same format.
/// </summary>
/// <remarks>
/// <para><b>Immutable and thread-safe.</b> The data never changes after the instance is created. The lookup
/// indexes by id and the search index are built once, on first use, and published without locks, so one instance
/// can be shared by any number of threads. Keep one instance (for the embedded data, use <see cref="Default"/>)
/// rather than loading per request.</para>
/// <para>See <see cref="IWcoKnowledgeBase"/> for the contracts of the lookups.</para>
/// </remarks>
public sealed partial class WcoKnowledgeBase : IWcoKnowledgeBase
{
    private static readonly IReadOnlyList<Relation> _noRelations = Array.AsReadOnly(Array.Empty<Relation>());

    private readonly LoadedDataset _data;

    /// <summary>The validated dataset behind this knowledge base, for the JSON writer.</summary>
    internal LoadedDataset Data => _data;

    // The id, kind and relation indexes and the search index are built on first use, not at load, so that the first
    // answer (a property or a lookup by number) costs only what it needs.
    private KnowledgeIndexes? _indexes;
    private SearchIndex? _searchIndex;

    // Internal rather than private so that tests can wrap a dataset read by an internal path (DatasetReader.ReadResource).
    internal WcoKnowledgeBase(LoadedDataset data)
    {
        _data = data;
    }

    /// <inheritdoc/>
    public string DataVersion => _data.DataVersion;

    /// <inheritdoc/>
    public FactDate AsOf => _data.AsOf;

    /// <inheritdoc/>
    public Organization Organization => _data.Organization;

    /// <inheritdoc/>
    public StrategyDocument CustomsIn21stCentury => _data.CustomsIn21stCentury;

    /// <inheritdoc/>
    public IReadOnlyList<CustomsRole> Roles => _data.Roles;

    /// <inheritdoc/>
    public IReadOnlyList<Objective> Objectives => _data.Objectives;

    /// <inheritdoc/>
    public IReadOnlyList<Pillar> Pillars => _data.Pillars;

    /// <inheritdoc/>
    public IReadOnlyList<StrategicPlan> StrategicPlans => _data.StrategicPlans;

    /// <inheritdoc/>
    public IReadOnlyList<Instrument> Instruments => _data.Instruments;

    /// <inheritdoc/>
    public IReadOnlyList<Region> Regions => _data.Regions;

    /// <inheritdoc/>
    public IReadOnlyList<SecretaryGeneral> SecretariesGeneral => _data.SecretariesGeneral;

    /// <inheritdoc/>
    public IReadOnlyList<Relation> Relations => _data.Relations;

    /// <inheritdoc/>
    public IReadOnlyList<Source> Sources => _data.Sources;

    /// <inheritdoc/>
    public IReadOnlyList<IKnowledgeItem> Items => Indexes.Items;

    /// <inheritdoc/>
    public IReadOnlyList<IKnowledgeItem> GetItems(KnowledgeKind kind) => (uint)kind < (uint)KnowledgeKinds.All.Count
        ? Indexes.ItemsByKind[(int)kind]
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined KnowledgeKind.");

    /// <inheritdoc/>
    public Objective GetObjective(int number) => TryGetObjective(number, out var objective)
        ? objective
        : throw new KnowledgeItemNotFoundException(Key(number), KnowledgeKind.Objective, ExplainNotFound(KnowledgeKind.Objective, number));

    /// <inheritdoc/>
    public bool TryGetObjective(int number, [NotNullWhen(true)] out Objective? objective)
    {
        // Objectives are stored in number order from 1 with no gaps (the loader checks), so the number is the index.
        objective = (uint)(number - 1) < (uint)Objectives.Count ? Objectives[number - 1] : null;
        return objective is not null;
    }

    /// <inheritdoc/>
    public Pillar GetPillar(int number) => TryGetPillar(number, out var pillar)
        ? pillar
        : throw new KnowledgeItemNotFoundException(Key(number), KnowledgeKind.Pillar, ExplainNotFound(KnowledgeKind.Pillar, number));

    /// <inheritdoc/>
    public bool TryGetPillar(int number, [NotNullWhen(true)] out Pillar? pillar)
    {
        pillar = (uint)(number - 1) < (uint)Pillars.Count ? Pillars[number - 1] : null;
        return pillar is not null;
    }

    /// <inheritdoc/>
    public Region GetRegion(int number) => TryGetRegion(number, out var region)
        ? region
        : throw new KnowledgeItemNotFoundException(Key(number), KnowledgeKind.Region, ExplainNotFound(KnowledgeKind.Region, number));

    /// <inheritdoc/>
    public bool TryGetRegion(int number, [NotNullWhen(true)] out Region? region)
    {
        region = (uint)(number - 1) < (uint)Regions.Count ? Regions[number - 1] : null;
        return region is not null;
    }

    /// <inheritdoc/>
    public Objective GetObjective(StrategicPlan plan, int number) => TryGetObjective(plan, number, out var objective)
        ? objective
        : throw new KnowledgeItemNotFoundException(
            Key(number),
            KnowledgeKind.Objective,
            $"The {plan.Title} has no objective number {Key(number)} in WCO knowledge base data version {DataVersion}; its objectives are numbered 1 to {plan.Objectives.Count}. List them with {nameof(StrategicPlan)}.{nameof(StrategicPlan.Objectives)}.");

    /// <inheritdoc/>
    public bool TryGetObjective(StrategicPlan plan, int number, [NotNullWhen(true)] out Objective? objective)
    {
        Preconditions.CheckOwn(this, plan, nameof(plan));
        foreach (var candidate in plan.Objectives)
        {
            if (candidate.Number == number)
            {
                objective = candidate;
                return true;
            }
        }

        objective = null;
        return false;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Member> GetMembers(Region region)
    {
        Preconditions.CheckOwn(this, region, nameof(region));
        return Indexes.MembersByRegion.TryGetValue(region.Id, out var members) ? members : Array.Empty<Member>();
    }

    /// <inheritdoc/>
    public string ExplainNotFound(string id)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        return IdMessage(id, "item", $"List valid ids with {nameof(IWcoKnowledgeBase)}.{nameof(Items)}.");
    }

    /// <inheritdoc/>
    public string ExplainNotFound(KnowledgeKind kind, int number)
    {
        var (count, listName) = kind switch
        {
            KnowledgeKind.Objective => (Objectives.Count, nameof(Objectives)),
            KnowledgeKind.Pillar => (Pillars.Count, nameof(Pillars)),
            KnowledgeKind.Region => (Regions.Count, nameof(Regions)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only objectives, building blocks (pillars) and regions are looked up by number."),
        };
        return $"There is no {KnowledgeKinds.DisplayName(kind)} number {Key(number)} in WCO knowledge base data version {DataVersion}; valid numbers are 1 to {count}. List them with {nameof(IWcoKnowledgeBase)}.{listName}.";
    }

    /// <inheritdoc/>
    public IKnowledgeItem GetItem(string id) => TryGetItem(id, out var item)
        ? item
        : throw new KnowledgeItemNotFoundException(id, null, ExplainNotFound(id));

    /// <inheritdoc/>
    public bool TryGetItem(string id, [NotNullWhen(true)] out IKnowledgeItem? item)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        return Indexes.ItemsById.TryGetValue(id, out item);
    }

    /// <inheritdoc/>
    public T GetItem<T>(string id)
        where T : class, IKnowledgeItem
    {
        if (TryGetItem(id, out var item))
        {
            return item as T ?? throw IdNotFound(id, KindOf<T>(), typeof(T).Name, $"'{id}' is a {KnowledgeKinds.DisplayName(item.Kind)} ({item.GetType().Name}), not of type {typeof(T).Name}.");
        }

        throw IdNotFound(id, KindOf<T>(), typeof(T).Name, $"List valid ids with {nameof(IWcoKnowledgeBase)}.{nameof(Items)} or {nameof(GetItems)}(kind).");
    }

    /// <inheritdoc/>
    public bool TryGetItem<T>(string id, [NotNullWhen(true)] out T? item)
        where T : class, IKnowledgeItem
    {
        item = TryGetItem(id, out var found) ? found as T : null;
        return item is not null;
    }

    /// <inheritdoc/>
    public Source GetSource(string id) => TryGetSource(id, out var source)
        ? source
        : throw IdNotFound(id, null, "source", $"List valid source ids with {nameof(IWcoKnowledgeBase)}.{nameof(Sources)}.");

    /// <inheritdoc/>
    public bool TryGetSource(string id, [NotNullWhen(true)] out Source? source)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        return Indexes.SourcesById.TryGetValue(id, out source);
    }

    /// <inheritdoc/>
    public IReadOnlyList<Relation> GetRelations(string id) => TryGetRelations(id, out var relations)
        ? relations
        : throw new KnowledgeItemNotFoundException(id, null, ExplainNotFound(id));

    /// <inheritdoc/>
    public bool TryGetRelations(string id, [NotNullWhen(true)] out IReadOnlyList<Relation>? relations)
    {
        if (!TryGetItem(id, out _))
        {
            relations = null;
            return false;
        }

        relations = Indexes.RelationsById.TryGetValue(id, out var found) ? found : _noRelations;
        return true;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Source> GetRelatedSources(IKnowledgeItem item)
    {
        Preconditions.CheckOwn(this, item, nameof(item));
        var related = new List<Source>();
        void Add(IReadOnlyList<Source> sources)
        {
            foreach (var source in sources)
            {
                if (!related.Contains(source) && !Contains(item.Sources, source))
                {
                    related.Add(source);
                }
            }
        }

        foreach (var relation in GetRelations(item.Id))
        {
            Add(relation.Sources);
        }

        if (item is Instrument instrument)
        {
            foreach (var edition in instrument.Editions)
            {
                Add(edition.Sources);
            }
        }

        foreach (var translation in item.Translations)
        {
            Add(translation.Sources);
        }

        if (item.Wikidata is { } wikidata)
        {
            Add(wikidata.Sources);
        }

        return related.AsReadOnly();
    }

    private static bool Contains(IReadOnlyList<Source> sources, Source source)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (ReferenceEquals(sources[i], source))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public IReadOnlyList<SearchHit> Search(string query, SearchOptions? options = null)
    {
        Preconditions.CheckNotNull(query, nameof(query));
        var index = Volatile.Read(ref _searchIndex) ?? BuildSearchIndex();
        return index.Search(query, options ?? SearchOptions.Default);
    }

    /// <summary>Returns the data version and counts, for logs.</summary>
    /// <returns>For example <c>WCO knowledge base 1.0.0 (as of 2025-12-10, 40 items, 30 sources)</c>.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "WCO knowledge base {0} (as of {1}, {2} items, {3} sources)", DataVersion, AsOf, Items.Count, Sources.Count);

    private KnowledgeIndexes Indexes => Volatile.Read(ref _indexes) ?? BuildIndexes();

    // As with the search index: racing threads may each build one; exactly one is published and used by all.
    private KnowledgeIndexes BuildIndexes()
    {
        var built = new KnowledgeIndexes(_data);
        return Interlocked.CompareExchange(ref _indexes, built, null) ?? built;
    }

    // Two threads racing the first search may both build an index; exactly one is published and used by all.
    private SearchIndex BuildSearchIndex()
    {
        var built = new SearchIndex(Items);
        return Interlocked.CompareExchange(ref _searchIndex, built, null) ?? built;
    }

    private static KnowledgeKind? KindOf<T>() => KnowledgeKinds.Of(typeof(T));

    // Built only on the failure path, so the lookups themselves allocate nothing.
    private static string Key(int number) => number.ToString(CultureInfo.InvariantCulture);

    private KnowledgeItemNotFoundException IdNotFound(string id, KnowledgeKind? kind, string kindName, string hint) => new(id, kind, IdMessage(id, kindName, hint));

    private string IdMessage(string id, string kindName, string hint)
        => $"There is no {kindName} with id '{MessageText.Shorten(id, 120)}' in WCO knowledge base data version {DataVersion}. Ids are lowercase and kind-prefixed, such as 'pillar-integrity'. {MessageText.Shorten(hint, 300)}";
}
