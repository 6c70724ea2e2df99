using System.Collections.Generic;
using System.Globalization;

namespace WcoKnowledge.Cli.Output;

/// <summary>One kind-specific member of an item (an objective's number, a statement's era), for every output format.</summary>
/// <param name="Label">The human label, for example "plan edition".</param>
/// <param name="JsonName">The JSON member name, for example <c>planEdition</c>.</param>
/// <param name="Text">The value as text.</param>
/// <param name="Number">The value when it is a number, so that JSON writes it as one.</param>
internal sealed record ItemDetail(string Label, string JsonName, string Text, int? Number = null);

/// <summary>
/// The members an item has beyond those of <see cref="IKnowledgeItem"/>. This is the one place that knows the
/// item record types; an item of a kind added to the library later shows its common members everywhere and its
/// own members once they are listed here.
/// </summary>
internal static class ItemDetails
{
    public static IReadOnlyList<ItemDetail> Of(IKnowledgeItem item) => item switch
    {
        Objective o =>
        [
            Number(o.Number),
            new("plan edition", "planEdition", o.PlanEdition),
            new("plan status", "planEditionStatus", Names.Json(o.PlanEditionStatus)),
        ],
        Pillar p => [Number(p.Number)],
        Statement s => [new("era", "era", s.Era)],
        StrategyDocument d => [new("adopted", "adopted", d.Adopted.ToString())],
        _ => [],
    };

    /// <summary>The item's own number (objectives, building blocks), or <see langword="null"/>.</summary>
    public static int? NumberOf(IKnowledgeItem item) => item switch
    {
        Objective o => o.Number,
        Pillar p => p.Number,
        _ => null,
    };

    private static ItemDetail Number(int number) => new("number", "number", number.ToString(CultureInfo.InvariantCulture), number);
}
