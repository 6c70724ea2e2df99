using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Reliability;

/// <summary>
/// 10,000+ damaged datasets per run, built from the dataset file (Data/wco-knowledge.json) and the kept format-1 file: each either loads into a fully
/// usable knowledge base or throws <see cref="WcoDataException"/>; any other exception fails with CsCheck's seed and the mutation.
/// </summary>
public class MutationPropertyTests
{
    private const long Iterations = 10_000;

    private static readonly Gen<string> _text = Gen.Frequency(
        (4, (IGen<string>)Gen.Char['a', 'z'].Select(c => c.ToString())),
        (3, Gen.Char.Select(c => c.ToString())),
        (2, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())),
        (2, Gen.Char['\0', '\u001F'].Select(c => c.ToString())),
        (2, Gen.OneOf("\u200F", "\u202E", "\u00A0", "\u200B", "\uFEFF", "\u0301", "😀", "🇪🇺", "中文", "عربى", " ", "\"", "\\", "-", "src-", "pillar-")))
        .Array[0, 40].Select(string.Concat);

    private static readonly Gen<MutationKind> _kind = Gen.Frequency(
        (12, Gen.Const(MutationKind.Truncate)), (10, Gen.Const(MutationKind.FlipBytes)), (12, Gen.Const(MutationKind.Remove)),
        (6, Gen.Const(MutationKind.DuplicateElement)), (4, Gen.Const(MutationKind.DuplicateMember)), (12, Gen.Const(MutationKind.WrongType)),
        (8, Gen.Const(MutationKind.EdgeNumber)), (4, Gen.Const(MutationKind.HugeString)), (4, Gen.Const(MutationKind.DeepNesting)),
        (12, Gen.Const(MutationKind.Swap)), (12, Gen.Const(MutationKind.RandomText)), (4, Gen.Const(MutationKind.InvalidUtf8)));

    // Sizes: mostly small. A huge string gets 301 + size chars (up to about 1 MiB, within MaxBytes); nesting is 65 to 10,000 levels.
    private static readonly Gen<int> _size = Gen.Frequency((6, (IGen<int>)Gen.Int[0, 2_000]), (2, Gen.Int[2_000, 10_000]), (1, Gen.Int[10_000, 1 << 20]));

    internal static readonly Gen<DatasetMutation> Mutations = Gen.Select(
        _kind, Gen.Int[0, 3].Select(n => n == 0), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], _size, _text, Gen.Int[0, 3],
        (kind, format1, a, b, size, text, reader) => new DatasetMutation(kind, format1, a, b, size, text, reader));

    [Fact]
    public void Load_MutatedDataset_LoadsUsablyOrThrowsWcoDataException()
    {
        var before = WcoKnowledgeBase.Default;
        var itemsBefore = before.Items.Count;

        Mutations.Sample(
            mutation =>
            {
                var (description, bytes) = mutation.Apply();
                var outcome = LoadOrFail(bytes, mutation.Reader, description);
                if (outcome.Exception is { } e)
                {
                    // Checked plainly first: a FluentAssertions chain per sample would dominate the run time.
                    if (string.IsNullOrWhiteSpace(e.Message) || e.Errors is not { Count: > 0 and <= 100 } || NamesAnInternalType(e.Message))
                    {
                        e.Errors.Should().HaveCountGreaterThan(0, description).And.HaveCountLessThanOrEqualTo(100, description);
                        e.Message.Should().NotBeNullOrWhiteSpace(description);
                        NamesAnInternalType(e.Message).Should().BeFalse("messages speak of the dataset's members, not of the types they are read into: " + e.Message);
                    }
                }
                else
                {
                    mutation.Kind.Should().NotBe(MutationKind.DuplicateMember, "a member written twice is refused: " + description);
                    AssertUsable(outcome.Loaded!, description);
                }
            },
            iter: Iterations,
            print: m => m + " => " + m.Apply().Description);

        WcoKnowledgeBase.Default.Should().BeSameAs(before, "no failed or successful load touches Default");
        WcoKnowledgeBase.Default.Items.Should().HaveCount(itemsBefore);
    }

    [Fact]
    public void Mutations_CoverEveryKindAndBothOutcomes()
    {
        // A guard on the generator itself: it must damage files in every way and still leave some loadable.
        var sample = Mutations.Array[600].Single().ToList();
        sample.Select(m => m.Kind).Distinct().Should().HaveCount(Enum.GetValues<MutationKind>().Length);
        sample.Should().Contain(m => m.Format1).And.Contain(m => !m.Format1);

        var outcomes = sample.Take(300).Select(m => LoadOrFail(m.Apply().Bytes, m.Reader, m.ToString())).ToList();
        outcomes.Should().Contain(o => o.Loaded != null, "some mutations (swaps of like values) keep a file valid");
        outcomes.Should().Contain(o => o.Exception != null);
    }

    // A message about the JSON's shape must not name the types the dataset is read into (WcoKnowledge.Json.*Dto,
    // DatasetDocument) nor the runtime's (System.String, System.Int32). Messages quote dataset text and the reader
    // quotes the input around a bad literal, so only these names are looked for.
    internal static bool NamesAnInternalType(string message)
        => message.StartsWith("The dataset is not JSON of the expected shape.", StringComparison.Ordinal)
            && (message.Contains("Dto", StringComparison.Ordinal) || message.Contains("DatasetDocument", StringComparison.Ordinal)
                || message.Contains("WcoKnowledge.", StringComparison.Ordinal) || message.Contains("System.String", StringComparison.Ordinal)
                || message.Contains("System.Int32", StringComparison.Ordinal) || message.Contains(".NET member", StringComparison.Ordinal));

    internal static (WcoKnowledgeBase? Loaded, WcoDataException? Exception) LoadOrFail(byte[] bytes, int reader, string description)
    {
        using var memory = new MemoryStream(bytes, writable: false);
        using var stream = reader % 2 == 0 ? (Stream)memory : new CountingStream(memory, maxChunk: 512 + (bytes.Length % 8192), yieldOnAsyncRead: true);
        try
        {
            var kb = reader < 2 ? WcoKnowledgeBase.Load(stream) : WcoKnowledgeBase.LoadAsync(stream).GetAwaiter().GetResult();
            return (kb, null);
        }
        catch (WcoDataException e)
        {
            return (null, e);
        }
#pragma warning disable CA1031 // any other exception is the failure this test exists to find: report it with the mutation
        catch (Exception e)
#pragma warning restore CA1031
        {
            throw new InvalidOperationException($"Load threw {e.GetType().FullName} (not WcoDataException) for: {description}", e);
        }
    }

    /// <summary>A loaded knowledge base is whole: every item and source resolves by id to itself, numbers resolve, relations and search work.</summary>
    /// <remarks>Plain checks collected into one assertion: FluentAssertions per element would dominate the run time.</remarks>
    internal static void AssertUsable(WcoKnowledgeBase kb, string description)
    {
        var problems = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                problems.Add(what);
            }
        }

        Check(kb.Items.Count > 0, "no items");
        foreach (var item in kb.Items)
        {
            Check(ReferenceEquals(kb.GetItem(item.Id), item), item.Id + " does not resolve to itself");
            Check(kb.GetRelations(item.Id) is not null, item.Id + " has null relations");
            Check(item.Sources.Count > 0 && item.Sources.All(s => ReferenceEquals(kb.GetSource(s.Id), s)), item.Id + " cites a source that does not resolve");
        }

        foreach (var source in kb.Sources)
        {
            Check(kb.TryGetSource(source.Id, out var found) && ReferenceEquals(found, source), source.Id + " does not resolve");
        }

        for (var i = 0; i < kb.Objectives.Count; i++)
        {
            Check(ReferenceEquals(kb.GetObjective(i + 1), kb.Objectives[i]), "objective " + (i + 1));
        }

        for (var i = 0; i < kb.Pillars.Count; i++)
        {
            Check(ReferenceEquals(kb.GetPillar(i + 1), kb.Pillars[i]), "pillar " + (i + 1));
        }

        foreach (var relation in kb.Relations)
        {
            Check(ReferenceEquals(kb.GetItem(relation.From.Id), relation.From) && ReferenceEquals(kb.GetItem(relation.To.Id), relation.To), "relation " + relation);
        }

        Check(kb.Search("customs").Count > 0, "searching 'customs' finds nothing");
        var last = kb.Items[kb.Items.Count - 1];
        Check(kb.Search(last.Title, new SearchOptions { Limit = kb.Items.Count }).All(h => ReferenceEquals(kb.GetItem(h.Item.Id), h.Item)), "a search hit is not an item of this base");
        Check(kb.ToString().Contains(kb.DataVersion, StringComparison.Ordinal), "ToString");
        problems.Should().BeEmpty(description);
    }
}
