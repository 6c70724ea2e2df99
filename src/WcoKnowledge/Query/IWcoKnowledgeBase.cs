using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace WcoKnowledge;

/// <summary>
/// The WCO knowledge base: the organization, the roles of Customs, the strategic objectives, the building
/// blocks of Customs in the 21st Century and every source they are cited from, with lookups by id and number.
/// </summary>
/// <remarks>
/// <para><b>What it is for:</b> the knowledge base as a dependency: register <see cref="WcoKnowledgeBase.Default"/>
/// (or a loaded one) as <see cref="IWcoKnowledgeBase"/> and take it in constructors. It is implemented by
/// <see cref="WcoKnowledgeBase"/> only and is <b>not for implementing</b>: members are added in minor releases as the
/// knowledge grows, which would break a hand-written implementation. To test code that uses it, load a small dataset
/// of your own with <see cref="WcoKnowledgeBase.Load(System.IO.Stream, WcoLoadOptions?)"/> instead of writing a fake
/// (docs/design.md says why).</para>
/// <para><b>Thread safety:</b> implementations are immutable once loaded; every member may be called from
/// any number of threads at once.</para>
/// <para><b>Lists</b> are read-only (casting one to <see cref="IList{T}"/> and mutating it throws
/// <see cref="System.NotSupportedException"/>), never <see langword="null"/>, and keep a stable order:
/// numbered items by number, other items in dataset order.</para>
/// <para><b>Lookups</b> come in pairs: <c>GetX</c> throws <see cref="KnowledgeItemNotFoundException"/> (a
/// <see cref="KeyNotFoundException"/>) for an unknown key; <c>TryGetX</c> returns <see langword="false"/>
/// and never throws for an unknown key. Both throw <see cref="System.ArgumentNullException"/> for a
/// <see langword="null"/> id. Ids are compared ordinally (case-sensitive; ids are lowercase). Lookups
/// allocate nothing. The message a throwing lookup would carry is also available without an exception:
/// <see cref="ExplainNotFound(string)"/>, <see cref="ExplainNotFound(KnowledgeKind, int)"/> and
/// <see cref="ExplainMemberNotFound"/>, for a host that shows it after a <c>TryGetX</c> returned <see langword="false"/>.</para>
/// <para><b>Items as arguments</b> (<see cref="GetMembers"/>, <see cref="GetObjective(StrategicPlan, int)"/>) must be
/// this knowledge base's own objects: an item of another knowledge base, even another load of the same file, throws
/// <see cref="System.ArgumentException"/> everywhere.</para>
/// <para><b>Dates:</b> every answer for a date is a method whose name ends in <c>On</c> (<see cref="MembershipOn"/>,
/// <see cref="SecretariatStaffOn"/>, <see cref="SecretaryGeneralOn"/>, <see cref="OfficersOn"/>, <see cref="IsMemberOn"/>,
/// <see cref="Instrument.EditionOn"/>), and all read dates of mixed precision by the one rule in
/// <see cref="FigureOnDate"/>'s remarks. Each throws <see cref="System.ArgumentException"/> for <c>default(FactDate)</c>.</para>
/// </remarks>
public partial interface IWcoKnowledgeBase
{
    /// <summary>The version of the dataset, for example "1.0.0". Data-only corrections raise the patch number.</summary>
    string DataVersion { get; }

    /// <summary>The date the dataset's facts are current as of: the newest date its sources vouch for.</summary>
    FactDate AsOf { get; }

    /// <summary>The World Customs Organization and its facts.</summary>
    Organization Organization { get; }

    /// <summary>The "Customs in the 21st Century" strategy (June 2008), whose ten building blocks are <see cref="Pillars"/>.</summary>
    StrategyDocument CustomsIn21stCentury { get; }

    /// <summary>The four main roles of Customs, in the seed text's order.</summary>
    IReadOnlyList<CustomsRole> Roles { get; }

    /// <summary>The nine strategic objectives, ordered by number (1 to 9).</summary>
    IReadOnlyList<Objective> Objectives { get; }

    /// <summary>The ten building blocks ("pillars") of Customs in the 21st Century, ordered by number (1 to 10).</summary>
    IReadOnlyList<Pillar> Pillars { get; }

    /// <summary>The editions of the WCO Strategic Plan, oldest first; each lists its own objectives.</summary>
    IReadOnlyList<StrategicPlan> StrategicPlans { get; }

    /// <summary>The conventions, frameworks, declarations and data standards the WCO administers.</summary>
    IReadOnlyList<Instrument> Instruments { get; }

    /// <summary>The six WCO regions, ordered by number (1 to 6).</summary>
    IReadOnlyList<Region> Regions { get; }

    /// <summary>The Secretaries General the sources confirm, in term order.</summary>
    IReadOnlyList<SecretaryGeneral> SecretariesGeneral { get; }

    /// <summary>Every cited link between items (instrument → topic or body, body → body, ...), in dataset order.</summary>
    IReadOnlyList<Relation> Relations { get; }

    /// <summary>Every source cited anywhere in the dataset, in dataset order.</summary>
    IReadOnlyList<Source> Sources { get; }

    /// <summary>Every item of every kind, grouped by kind in <see cref="KnowledgeKind"/> order.</summary>
    IReadOnlyList<IKnowledgeItem> Items { get; }

    /// <summary>Every item of one kind, in the same order as <see cref="Items"/>.</summary>
    /// <param name="kind">The kind to list.</param>
    /// <returns>The items; empty for a kind the dataset has none of; never <see langword="null"/>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    IReadOnlyList<IKnowledgeItem> GetItems(KnowledgeKind kind);

    /// <summary>The strategic objective with <paramref name="number"/>.</summary>
    /// <param name="number">1 to 9.</param>
    /// <returns>The objective.</returns>
    /// <exception cref="KnowledgeItemNotFoundException">No objective has that number.</exception>
    Objective GetObjective(int number);

    /// <summary>Finds the strategic objective with <paramref name="number"/>; never throws.</summary>
    /// <param name="number">Any number; only 1 to 9 are found.</param>
    /// <param name="objective">The objective, or <see langword="null"/> when this returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> if found.</returns>
    bool TryGetObjective(int number, [NotNullWhen(true)] out Objective? objective);

    /// <summary>The building block ("pillar") with <paramref name="number"/>.</summary>
    /// <param name="number">1 to 10.</param>
    /// <returns>The building block.</returns>
    /// <exception cref="KnowledgeItemNotFoundException">No building block has that number.</exception>
    Pillar GetPillar(int number);

    /// <summary>Finds the building block ("pillar") with <paramref name="number"/>; never throws.</summary>
    /// <param name="number">Any number; only 1 to 10 are found.</param>
    /// <param name="pillar">The building block, or <see langword="null"/> when this returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> if found.</returns>
    bool TryGetPillar(int number, [NotNullWhen(true)] out Pillar? pillar);

    /// <summary>The item of any kind with <paramref name="id"/>, for example <c>pillar-integrity</c>.</summary>
    /// <param name="id">A stable item id.</param>
    /// <returns>The item.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KnowledgeItemNotFoundException">No item has that id.</exception>
    IKnowledgeItem GetItem(string id);

    /// <summary>Finds the item of any kind with <paramref name="id"/>; never throws for an unknown id.</summary>
    /// <param name="id">Any text; only item ids are found.</param>
    /// <param name="item">The item, or <see langword="null"/> when this returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> if found.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    bool TryGetItem(string id, [NotNullWhen(true)] out IKnowledgeItem? item);

    /// <summary>The item with <paramref name="id"/>, which must be a <typeparamref name="T"/>, for example <c>GetItem&lt;Pillar&gt;("pillar-integrity")</c>.</summary>
    /// <typeparam name="T">The item type expected.</typeparam>
    /// <param name="id">A stable item id.</param>
    /// <returns>The item.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KnowledgeItemNotFoundException">No <typeparamref name="T"/> has that id (the message says if the id belongs to another kind).</exception>
    T GetItem<T>(string id)
        where T : class, IKnowledgeItem;

    /// <summary>Finds the <typeparamref name="T"/> with <paramref name="id"/>; never throws for an unknown id or an id of another kind.</summary>
    /// <typeparam name="T">The item type expected.</typeparam>
    /// <param name="id">Any text.</param>
    /// <param name="item">The item, or <see langword="null"/> when this returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> if an item with that id exists and is a <typeparamref name="T"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    bool TryGetItem<T>(string id, [NotNullWhen(true)] out T? item)
        where T : class, IKnowledgeItem;

    /// <summary>The source with <paramref name="id"/>, for example <c>src-wco-history</c>.</summary>
    /// <param name="id">A source id.</param>
    /// <returns>The source.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KnowledgeItemNotFoundException">No source has that id.</exception>
    Source GetSource(string id);

    /// <summary>Finds the source with <paramref name="id"/>; never throws for an unknown id.</summary>
    /// <param name="id">Any text; only source ids are found.</param>
    /// <param name="source">The source, or <see langword="null"/> when this returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> if found.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    bool TryGetSource(string id, [NotNullWhen(true)] out Source? source);

    /// <summary>The WCO region with <paramref name="number"/>.</summary>
    /// <param name="number">1 to 6.</param>
    /// <returns>The region.</returns>
    /// <exception cref="KnowledgeItemNotFoundException">No region has that number.</exception>
    Region GetRegion(int number);

    /// <summary>Finds the WCO region with <paramref name="number"/>; never throws.</summary>
    /// <param name="number">Any number; only 1 to 6 are found.</param>
    /// <param name="region">The region, or <see langword="null"/> when this returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> if found.</returns>
    bool TryGetRegion(int number, [NotNullWhen(true)] out Region? region);

    /// <summary>The objective with <paramref name="number"/> in one edition of the Strategic Plan (each edition numbers its own from 1).</summary>
    /// <param name="plan">One of <see cref="StrategicPlans"/>.</param>
    /// <param name="number">The objective's number within the plan.</param>
    /// <returns>The objective.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="plan"/> is not an item of this knowledge base.</exception>
    /// <exception cref="KnowledgeItemNotFoundException">The plan has no objective with that number.</exception>
    Objective GetObjective(StrategicPlan plan, int number);

    /// <summary>Finds the objective with <paramref name="number"/> in one edition of the Strategic Plan; never throws for an unknown number.</summary>
    /// <param name="plan">One of <see cref="StrategicPlans"/>.</param>
    /// <param name="number">Any number.</param>
    /// <param name="objective">The objective, or <see langword="null"/> when this returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> if found.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="plan"/> is not an item of this knowledge base.</exception>
    bool TryGetObjective(StrategicPlan plan, int number, [NotNullWhen(true)] out Objective? objective);

    /// <summary>The message that <see cref="GetItem(string)"/> throws for <paramref name="id"/>, without throwing it.</summary>
    /// <param name="id">An id that was not found.</param>
    /// <returns>What the exception's <see cref="System.Exception.Message"/> would say.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    string ExplainNotFound(string id);

    /// <summary>The message that <see cref="GetObjective(int)"/>, <see cref="GetPillar"/> or <see cref="GetRegion"/> throws for <paramref name="number"/>, without throwing it.</summary>
    /// <param name="kind"><see cref="KnowledgeKind.Objective"/>, <see cref="KnowledgeKind.Pillar"/> or <see cref="KnowledgeKind.Region"/>.</param>
    /// <param name="number">A number that was not found.</param>
    /// <returns>What the exception's <see cref="System.Exception.Message"/> would say, with the valid range.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="kind"/> is not a numbered kind.</exception>
    string ExplainNotFound(KnowledgeKind kind, int number);

    /// <summary>The message that <see cref="GetMember"/> throws for <paramref name="isoCode"/>, without throwing it.</summary>
    /// <param name="isoCode">A code that no Member has.</param>
    /// <returns>What the exception's <see cref="System.Exception.Message"/> would say.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="isoCode"/> is <see langword="null"/>.</exception>
    string ExplainMemberNotFound(string isoCode);

    /// <summary>The relations that start or end at the item with <paramref name="id"/>, in dataset order; empty when it has none.</summary>
    /// <param name="id">A stable item id, for example <c>instrument-hs-convention</c>.</param>
    /// <returns>The relations; use <see cref="Relation.From"/> and <see cref="Relation.To"/> to find the related items. Read-only.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KnowledgeItemNotFoundException">No item has that id.</exception>
    IReadOnlyList<Relation> GetRelations(string id);

    /// <summary>Finds the relations that start or end at the item with <paramref name="id"/>; never throws for an unknown id.</summary>
    /// <param name="id">Any text; only item ids are found.</param>
    /// <param name="relations">The relations (empty when the item has none), or <see langword="null"/> when this returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> if an item has that id.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    bool TryGetRelations(string id, [NotNullWhen(true)] out IReadOnlyList<Relation>? relations);

    /// <summary>
    /// The sources that the item's relations, an instrument's editions, the item's translations and its Wikidata link
    /// cite and that are not among its own <see cref="IKnowledgeItem.Sources"/>, in the order first cited: with those,
    /// every source an answer about the item names (an answer that shows the item, its relations and their sources).
    /// </summary>
    /// <param name="item">An item of this knowledge base.</param>
    /// <returns>The sources, possibly empty; read-only.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="item"/> belongs to another knowledge base.</exception>
    IReadOnlyList<Source> GetRelatedSources(IKnowledgeItem item);

    /// <summary>
    /// Finds items by what a person types: words from titles, aliases (including the seed text's wording and
    /// acronyms such as CBM, HS or CCC) and summaries, best match first.
    /// </summary>
    /// <param name="query">
    /// Any text. Matching ignores case, diacritics (é = e), punctuation and hyphens ("Co-operation" =
    /// "cooperation") and English inflections (revenues = revenue; managing, managed, management); the last
    /// word also matches as a prefix while it is being typed ("integ"); words of 5+ letters tolerate one typo,
    /// of 9+ letters two (ranked below exact matches). Only the first 1,000 characters
    /// (<see cref="SearchOptions.MaxQueryLength"/>) are read; longer text is truncated, not rejected.
    /// </param>
    /// <param name="options">Limit, kind filter and minimum score; <see langword="null"/> for <see cref="SearchOptions.Default"/>.</param>
    /// <returns>
    /// At most <see cref="SearchOptions.Limit"/> hits in non-increasing <see cref="SearchHit.Score"/> order; ties
    /// break by kind order, then number or id, so results are deterministic. Empty (never <see langword="null"/>)
    /// for an empty or blank query or when nothing matches. Read-only.
    /// </returns>
    /// <remarks>
    /// Title and alias matches outrank summary matches; items matching more of the query's words rank higher,
    /// and the whole query standing as a phrase in a title or alias ranks higher still. Never throws for any
    /// content of <paramref name="query"/> (unpaired surrogates, control characters, emoji included). The index is
    /// built once per knowledge base, on the first search; a search allocates only its result; thread-safe.
    /// </remarks>
    /// <exception cref="System.ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    IReadOnlyList<SearchHit> Search(string query, SearchOptions? options = null);

    /// <summary>Chairpersons of the Council and Deputy Secretaries General, each with the term the sources give.</summary>
    IReadOnlyList<Officer> Officers { get; }

    /// <summary>The member registry: every WCO Member, in the WCO's regions' order and by name within each.</summary>
    IReadOnlyList<Member> Members { get; }

    /// <summary>The Member with the ISO 3166-1 alpha-2 or alpha-3 code (<c>"BE"</c>, <c>"bel"</c>), ignoring case.</summary>
    /// <param name="isoCode">An alpha-2 or alpha-3 code.</param>
    /// <returns>The Member.</returns>
    /// <remarks>A name or alias ("Turkey", "Ivory Coast") is found with <see cref="Search"/>; an id with <c>GetItem&lt;Member&gt;</c>.</remarks>
    /// <exception cref="System.ArgumentNullException"><paramref name="isoCode"/> is <see langword="null"/>.</exception>
    /// <exception cref="KnowledgeItemNotFoundException">No Member has that code.</exception>
    Member GetMember(string isoCode);

    /// <summary>Finds the Member with the ISO 3166-1 alpha-2 or alpha-3 code, ignoring case.</summary>
    /// <param name="isoCode">An alpha-2 or alpha-3 code.</param>
    /// <param name="member">The Member, when found.</param>
    /// <returns>Whether a Member has that code.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="isoCode"/> is <see langword="null"/>.</exception>
    bool TryGetMember(string isoCode, [NotNullWhen(true)] out Member? member);

    /// <summary>The Members of a region, in registry order.</summary>
    /// <param name="region">One of <see cref="Regions"/>.</param>
    /// <returns>A read-only list.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="region"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="region"/> is not an item of this knowledge base.</exception>
    IReadOnlyList<Member> GetMembers(Region region);
}
