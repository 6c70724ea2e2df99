using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FluentAssertions;
using WcoKnowledge.Json;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Reliability;

/// <summary>
/// The reader's pool of repeated texts (ids, references, enumeration values, dates): equal texts become one string,
/// different texts never do, texts it does not take are decoded as before, and it stops growing at its limit.
/// </summary>
public class TextPoolTests
{
    [Fact]
    public void SharedStrings_EqualTextsAreOneString_DifferentTextsAreNot()
    {
        var texts = Shared("[\"src-a\",\"src-b\",\"src-a\",\"confirmed\",\"src-b\",\"src-ab\",\"src-a\"]");

        texts.Should().Equal("src-a", "src-b", "src-a", "confirmed", "src-b", "src-ab", "src-a");
        texts[2].Should().BeSameAs(texts[0]);
        texts[6].Should().BeSameAs(texts[0]);
        texts[4].Should().BeSameAs(texts[1]);
        texts[1].Should().NotBeSameAs(texts[0]);
    }

    [Fact]
    public void SharedStrings_NearlyEqualTextsOfEveryLength_StayApart()
    {
        // Every length up to the pool's limit and one past it, each text also with its last and first byte changed:
        // texts that differ in one byte, in either half of the hash's words, must never be taken for one another.
        var expected = new List<string>();
        for (var length = 1; length <= TextPool.MaxLength + 1; length++)
        {
            var text = new string('a', length);
            expected.Add(text);
            expected.Add(new string('a', length - 1) + "b");
            expected.Add("c" + new string('a', length - 1));
        }

        var twice = expected.Concat(expected).ToList();
        var texts = Shared("[" + string.Join(",", twice.Select(t => "\"" + t + "\"")) + "]");

        texts.Should().Equal(twice);
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i].Length <= TextPool.MaxLength)
            {
                texts[expected.Count + i].Should().BeSameAs(texts[i], "'{0}' is a short ASCII text seen before", expected[i]);
            }
        }
    }

    [Theory]
    [InlineData("src-\\u0061", "src-a")] // escaped: decoded, not pooled
    [InlineData("caf\u00e9", "caf\u00e9")] // not ASCII
    [InlineData("src-a\\n", "src-a\n")]
    public void SharedStrings_TextsThePoolDoesNotTake_AreDecodedAsBefore(string json, string expected)
    {
        var texts = Shared("[\"src-a\",\"" + json + "\",\"" + json + "\"]");

        texts.Should().Equal("src-a", expected, expected);
    }

    [Theory]
    [InlineData("src-a\\nb", "src-a\\n", "src-a\nb", "src-a\n")] // escaped: as many chars as the other's bytes
    [InlineData("\u00e91", "\u00e9", "\u00e91", "\u00e9")] // not ASCII: as many bytes as the other's chars
    public void SharedStrings_ATextThePoolDoesNotTake_IsNeverTakenForAPooledOne(string first, string second, string firstText, string secondText)
    {
        // If the pool took such texts, a pooled text would be compared by a length that is not its bytes' length, and a
        // prefix of its bytes could match the other text: only the hash would stand in the way (this fails with the
        // tokenizer's guard removed and every hash made equal).
        var texts = Shared("[\"" + first + "\",\"" + second + "\",\"" + first + "\",\"" + second + "\"]");

        texts.Should().Equal(firstText, secondText, firstText, secondText);
    }

    [Fact]
    public void SharedStrings_TextsThatCollide_AreAllRight_AndLookupsStopAfterABoundedRun()
    {
        // A hundred texts that all start at the same slot of the first table (which they do not fill enough to grow):
        // the first ones are shared, the lookup of a later one gives up after a bounded run of slots, and every text
        // still comes out as written.
        var colliding = Enumerable.Range(0, 1_000_000).Select(i => "id-" + i)
            .Where(t => (TextPool.Hash(Encoding.ASCII.GetBytes(t)) & 1023) == 7).Take(100).ToList();
        colliding.Should().HaveCount(100);

        var texts = Shared("[" + string.Join(",", colliding.Concat(colliding).Select(t => "\"" + t + "\"")) + "]");

        texts.Should().Equal(colliding.Concat(colliding));
        texts[100].Should().BeSameAs(texts[0]);
        texts[199].Should().NotBeSameAs(texts[99], "its lookup runs past the bound, so it is not pooled");
    }

    [Fact]
    public void Pool_GrowsAndThenStopsTakingNewTexts_WithoutLosingAny()
    {
        var ids = Enumerable.Range(0, 10_000).Select(i => "id-" + i).ToList();
        var texts = Shared("[" + string.Join(",", ids.Concat(ids).Select(t => "\"" + t + "\"")) + "]");

        texts.Should().Equal(ids.Concat(ids));
        texts[ids.Count].Should().BeSameAs(texts[0], "the first texts were taken while the pool had room");
        texts[(2 * ids.Count) - 1].Should().NotBeSameAs(texts[ids.Count - 1], "the last ones came after the pool was full");
    }

    [Fact]
    public void Pool_IsFull_AtHalfItsLargestTable()
    {
        var pool = new TextPool();
        var document = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 7000).Select(i => i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture))));
        var added = 0;
        for (var i = 0; i < 7000; i++)
        {
            pool.Find(document, i * 8, 8, out var hash, out var slot).Should().BeNull();
            if (slot < 0)
            {
                break;
            }

            pool.Add(Encoding.ASCII.GetString(document, i * 8, 8), i * 8, hash, slot);
            added++;
        }

        added.Should().Be(8192 / 2);
        pool.Find(document, 0, 8, out _, out _).Should().Be("00000000");
    }

    [Fact]
    public void Load_ACitationWrittenWithAnEscape_StillCitesItsSource()
    {
        // The id of a role's first source, written with its first letter escaped: the pool does not take it, and the
        // builder must still find the source by its decoded id.
        var json = Encoding.UTF8.GetString(TestDataset.ReadBytes());
        var role = TestDataset.Load(json).Roles[0];
        var id = role.Sources[0].Id;
        var at = json.IndexOf("\"" + id + "\"", json.IndexOf("\"" + role.Id + "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var escaped = json.Substring(0, at) + "\"\\u0073" + id.Substring(1) + "\"" + json.Substring(at + id.Length + 2);

        var loaded = TestDataset.Load(escaped).Roles[0];

        loaded.Sources.Select(s => s.Id).Should().Equal(role.Sources.Select(s => s.Id));
    }

    private static unsafe List<string> Shared(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var pool = new TextPool();
        var texts = new List<string>();
        fixed (byte* start = bytes)
        {
            var tokens = new JsonTokenizer(start, bytes.Length, 64);
            while (tokens.Read())
            {
                if (tokens.Token == JsonToken.String)
                {
                    texts.Add(tokens.GetSharedString(pool));
                }
            }
        }

        return texts;
    }
}
