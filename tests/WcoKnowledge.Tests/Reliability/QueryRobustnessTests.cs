using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using CsCheck;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Reliability;

/// <summary>
/// 10,000+ random keys (any UTF-16, lone surrogates, controls, bidi marks, emoji, real ids bent slightly, some 1 MB strings) and
/// random numbers into every lookup and search: the throwing forms throw only KnowledgeItemNotFoundException, the Try forms never
/// throw, both agree, and every call stays within the issue's 50 ms. Runs alone (its collection is not parallel) so that the
/// timing is its own; each call over the bound is re-measured up to three times, and only a call slow every time fails.
/// </summary>
[Collection(TimedTests.Name)]
public class QueryRobustnessTests
{
    private const long Iterations = 10_000;
    private const double BoundMs = 50;

    private static readonly WcoKnowledgeBase _default = WcoKnowledgeBase.Default;
    private static readonly WcoKnowledgeBase _loaded = TestDataset.Load(TestDataset.ReadBytes()); // another instance, built by Load(Stream)
    private static readonly string[] _ids = _default.Items.Select(i => i.Id).Concat(_default.Sources.Select(s => s.Id)).ToArray();

    private static readonly Gen<string> _piece = Gen.Frequency(
        (5, (IGen<string>)Gen.Char['a', 'z'].Select(c => c.ToString())),
        (3, Gen.Char.Select(c => c.ToString())),
        (2, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())),
        (2, Gen.Char['\0', '\u001F'].Select(c => c.ToString())),
        (2, Gen.OneOf("\u200F", "\u202E", "\u200E", "\u2066", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u0301", "\uFFFF", "\uFFFE")),
        (2, Gen.OneOf("😀", "🛃", "🇪🇺", "👩‍👩‍👧", "é", "İ", "ﬁ", "ＷＣＯ", "中文", "عربى", " ", "-", "*", "?", "%")),
        (3, Gen.OneOf(_ids)));

    // Real ids as they are, or bent (case, padding, a stray char); free text; and now and then a string of about 1 MB.
    internal static readonly Gen<string> Keys = Gen.Frequency(
        (20, (IGen<string>)_piece.Array[0, 30].Select(string.Concat)),
        (6, Gen.OneOf(_ids)),
        (4, Gen.Select(Gen.OneOf(_ids), _piece, Gen.Int[0, 3], Bend)),
        (1, Gen.Select(_piece, Gen.Int[900_000, 1_100_000], (p, n) => string.Concat(Enumerable.Repeat(p, n / p.Length)))));

    private static readonly Gen<int> _numbers = Gen.Frequency((4, (IGen<int>)Gen.Int[-3, 15]), (1, Gen.Int), (1, Gen.OneOf(int.MinValue, int.MaxValue, 0)));

    private static readonly Gen<SearchOptions?> _options = Gen.Frequency(
        (2, (IGen<SearchOptions?>)Gen.Const((SearchOptions?)null)),
        (1, Gen.Select(Gen.Int[1, 100], Gen.Enum<KnowledgeKind>().Nullable(0.5), (limit, kind) => (SearchOptions?)new SearchOptions { Limit = limit, Kind = kind })));

    [Fact]
    public void Lookups_AnyKey_ThrowOnlyNotFoundAndStayWithin50Ms()
    {
        var timer = new CallTimer();
        foreach (var warmUp in new[] { "pillar-integrity", "nothing", new string('x', 1 << 20), "\uD800" })
        {
            LookUpEverything(_default, warmUp, 1, null, null);
        }

        Gen.Select(Keys, _numbers, Gen.Bool, _options).Sample(
            (key, number, loaded, options) => LookUpEverything(loaded ? _loaded : _default, key, number, options, timer),
            iter: Iterations,
            threads: 1,
            print: t => $"{DatasetMutation.Printable(t.Item1)} ({t.Item1.Length} chars), number {t.Item2}, loaded {t.Item3}, options {t.Item4}");

        timer.Calls.Should().BeGreaterThan(10 * Iterations);
        timer.Slowest.Should().BeEmpty($"every call must take at most {BoundMs} ms (the slowest took {timer.MaxMs:F1} ms)");
    }

    [Fact]
    public void Lookups_Null_ThrowArgumentNullException()
    {
        var kb = _default;
        var calls = new Dictionary<string, Action>
        {
            ["GetItem"] = () => kb.GetItem(null!),
            ["TryGetItem"] = () => kb.TryGetItem(null!, out _),
            ["GetItem<Pillar>"] = () => kb.GetItem<Pillar>(null!),
            ["TryGetItem<Pillar>"] = () => kb.TryGetItem<Pillar>(null!, out _),
            ["GetSource"] = () => kb.GetSource(null!),
            ["TryGetSource"] = () => kb.TryGetSource(null!, out _),
            ["GetRelations"] = () => kb.GetRelations(null!),
            ["Search"] = () => kb.Search(null!),
            ["Search with options"] = () => kb.Search(null!, new SearchOptions { Limit = 3 }),
        };

        foreach (var (name, call) in calls)
        {
            call.Should().ThrowExactly<ArgumentNullException>(name).Which.ParamName.Should().NotBeNullOrEmpty(name);
        }
    }

    private static string Bend(string id, string piece, int how) => how switch
    {
        0 => id.ToUpperInvariant(),
        1 => " " + id,
        2 => id + piece,
        _ => piece + id[1..],
    };

    private static void LookUpEverything(WcoKnowledgeBase kb, string key, int number, SearchOptions? options, CallTimer? timer)
    {
        Time(timer, "TryGetItem", () => kb.TryGetItem(key, out _));
        var found = kb.TryGetItem(key, out var item);
        Time(timer, "GetItem", () => ExpectFound(found, () => kb.GetItem(key), key));
        Time(timer, "TryGetItem<Pillar>", () => kb.TryGetItem<Pillar>(key, out _));
        Time(timer, "GetItem<Pillar>", () => ExpectFound(item is Pillar, () => kb.GetItem<Pillar>(key), key));
        Time(timer, "TryGetItem<SecretaryGeneral>", () => kb.TryGetItem<SecretaryGeneral>(key, out _));
        Time(timer, "GetItem<IKnowledgeItem>", () => ExpectFound(found, () => kb.GetItem<IKnowledgeItem>(key), key));
        var sourceFound = kb.TryGetSource(key, out _);
        Time(timer, "TryGetSource", () => kb.TryGetSource(key, out _));
        Time(timer, "GetSource", () => ExpectFound(sourceFound, () => kb.GetSource(key), key));
        Time(timer, "GetRelations", () => ExpectFound(found, () => kb.GetRelations(key), key));
        Time(timer, "Search", () => CheckHits(kb, kb.Search(key), SearchOptions.Default.Limit));
        Time(timer, "Search with options", () => CheckHits(kb, kb.Search(key, options), options?.Limit ?? SearchOptions.Default.Limit));
        Time(timer, "TryGetObjective", () => kb.TryGetObjective(number, out _));
        Time(timer, "GetObjective", () => ExpectFound(number >= 1 && number <= kb.Objectives.Count, () => kb.GetObjective(number), number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Time(timer, "TryGetPillar", () => kb.TryGetPillar(number, out _));
        Time(timer, "GetPillar", () => ExpectFound(number >= 1 && number <= kb.Pillars.Count, () => kb.GetPillar(number), number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    // The throwing form must succeed exactly when the Try form does, and otherwise throw KnowledgeItemNotFoundException for that key.
    private static void ExpectFound(bool shouldFind, Func<object> call, string key)
    {
        try
        {
            var result = call();
            if (!shouldFind || result is null)
            {
                throw new InvalidOperationException($"Found a result ({result}) where the Try form found none, for {DatasetMutation.Printable(key)}.");
            }
        }
        catch (KnowledgeItemNotFoundException e) when (!shouldFind)
        {
            if (e.Key != key || string.IsNullOrEmpty(e.Message))
            {
                throw new InvalidOperationException($"The exception names key {DatasetMutation.Printable(e.Key ?? "(null)")}, not {DatasetMutation.Printable(key)}.", e);
            }
        }
    }

    private static void CheckHits(WcoKnowledgeBase kb, IReadOnlyList<SearchHit> hits, int limit)
    {
        if (hits is null || hits.Count > limit || hits.Any(h => !ReferenceEquals(kb.GetItem(h.Item.Id), h.Item) || !(h.Score > 0)))
        {
            throw new InvalidOperationException("Search returned a malformed list.");
        }
    }

    private static void Time(CallTimer? timer, string name, Action call)
    {
        if (timer is null)
        {
            call();
            return;
        }

        timer.Measure(name, call);
    }

    private sealed class CallTimer
    {
        private readonly Stopwatch _watch = new();

        public long Calls { get; private set; }

        public double MaxMs { get; private set; }

        public List<string> Slowest { get; } = new();

        public void Measure(string name, Action call)
        {
            Calls++;
            var best = double.MaxValue;
            for (var attempt = 0; attempt < 4 && best > BoundMs; attempt++)
            {
                _watch.Restart();
                call();
                best = Math.Min(best, _watch.Elapsed.TotalMilliseconds);
            }

            MaxMs = Math.Max(MaxMs, best);
            if (best > BoundMs)
            {
                Slowest.Add(FormattableString.Invariant($"{name}: {best:F1} ms"));
            }
        }
    }
}

/// <summary>Tests that measure time: xUnit runs this collection on its own, after the parallel ones, so other tests do not share the two cores with it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedTests
{
    public const string Name = "Timing";
}
