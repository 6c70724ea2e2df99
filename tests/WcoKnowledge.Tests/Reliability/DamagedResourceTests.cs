using System;
using System.IO;
using System.Reflection;
using System.Text;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Reliability;

/// <summary>
/// A damaged package: a copy of WcoKnowledge.dll whose embedded dataset is missing or corrupt, loaded into its own context.
/// Default must throw WcoDataException with the reason on every access, never TypeInitializationException, and Load must still work.
/// </summary>
public class DamagedResourceTests
{
    private const string ResourceName = "WcoKnowledge.Data.wco-knowledge.json";

    // "plan-year-22022" once made the loader throw ArgumentOutOfRangeException, which in the type initializer behind Default
    // would have become a TypeInitializationException on every access: the type initializer catches only WcoDataException.
    public static TheoryData<string> Damages { get; } = new() { "missing", "wrong-format-version", "malformed-json", "plan-year-22022" };

    [Theory]
    [MemberData(nameof(Damages))]
    public void Default_DamagedEmbeddedDataset_ThrowsWcoDataExceptionOnEveryAccess(string damage)
    {
        using var library = IsolatedLibrary.FromBytes(DamagedImage(damage));

        var first = DefaultFailure(library);
        var second = DefaultFailure(library);

        foreach (var e in new[] { first, second })
        {
            e.GetType().FullName.Should().Be("WcoKnowledge.WcoDataException", "not TypeInitializationException");
            e.GetType().Assembly.Should().BeSameAs(library.Assembly);
            e.Should().BeAssignableTo<FormatException>();
            e.Message.Should().StartWith("The embedded WCO dataset could not be loaded: ").And.Contain(ResourceName);
        }

        second.Message.Should().Be(first.Message, "the same reason every time");
        var reason = damage switch
        {
            "missing" => "is missing from the WcoKnowledge assembly; the package is damaged. Reinstall it.",
            "wrong-format-version" => "is invalid; the package is damaged or was built from bad data. The dataset has 1 error(s); the first is: $.formatVersion: format version 9 is not supported",
            "malformed-json" => "is invalid; the package is damaged or was built from bad data. The dataset is not JSON of the expected shape.",
            _ => "is invalid; the package is damaged or was built from bad data. The dataset has 2 error(s); the first is: $.strategicPlans[4].startYear: 22022 to 2025",
        };
        first.Message.Should().Contain(reason);
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void Load_InADamagedPackage_StillLoadsAGoodFile(string damage)
    {
        using var library = IsolatedLibrary.FromBytes(DamagedImage(damage));
        DefaultFailure(library);

        using var stream = File.OpenRead(TestDataset.FilePath);
        var kb = library.Load(stream);

        kb.GetType().Should().BeSameAs(library.KnowledgeBaseType);
        library.Search(kb, "customs").Should().NotBeEmpty();
    }

    [Fact]
    public void UndamagedCopy_LoadsDefault()
    {
        // The control: the same loading path with the bytes unchanged works, so the failures above are the damage's doing.
        using var library = IsolatedLibrary.FromBytes(File.ReadAllBytes(IsolatedLibrary.LibraryPath));

        library.GetDefault().Should().BeSameAs(library.GetDefault());
    }

    private static Exception DefaultFailure(IsolatedLibrary library)
    {
        Action read = () => library.GetDefault();

        var inner = read.Should().Throw<TargetInvocationException>().Which.InnerException;
        inner.Should().NotBeNull();
        return inner!;
    }

    // Patches, in place and at the same length, the only occurrence of a byte string in the DLL.
    private static byte[] DamagedImage(string damage)
    {
        var image = File.ReadAllBytes(IsolatedLibrary.LibraryPath);
        var (find, replace) = damage switch
        {
            // The resource name lives once, in ASCII, in the metadata string heap (the C# constant is UTF-16 in another heap).
            "missing" => (ResourceName, "WcoKnowledge.Data.wco-knowledgX.json"),
            // The dataset is embedded as Data/wco-knowledge.json is laid out.
            "wrong-format-version" => ("\"formatVersion\": 4", "\"formatVersion\": 9"),
            "malformed-json" => ("\"formatVersion\": 4,", "\"formatVersion\": 4;"),
            // One digit more for the year in place of the space after the colon (the 2022-2025 plan), so the length stays the same.
            _ => ("\"startYear\": 2022,", "\"startYear\":22022,"),
        };

        var at = SingleIndexOf(image, Encoding.ASCII.GetBytes(find));
        Encoding.ASCII.GetBytes(replace).CopyTo(image, at);
        return image;
    }

    private static int SingleIndexOf(byte[] haystack, byte[] needle)
    {
        var at = haystack.AsSpan().IndexOf(needle);
        at.Should().BeGreaterThanOrEqualTo(0, "'{0}' must occur in the DLL", Encoding.ASCII.GetString(needle));
        haystack.AsSpan(at + 1).IndexOf(needle).Should().Be(-1, "'{0}' must occur only once to be patched safely", Encoding.ASCII.GetString(needle));
        return at;
    }
}
