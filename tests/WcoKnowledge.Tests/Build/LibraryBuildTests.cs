using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Build;

/// <summary>The suite runs against the library build it was asked for (-p:LibTargetFramework=...).</summary>
public class LibraryBuildTests
{
    [Fact]
    public void LibraryAssembly_IsTheRequestedTargetFramework()
    {
        var requested = typeof(LibraryBuildTests).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Should().ContainSingle(a => a.Key == "LibTargetFramework").Which.Value;
        var expected = requested switch
        {
            "netstandard2.0" => ".NETStandard,Version=v2.0",
            "net10.0" => ".NETCoreApp,Version=v10.0",
            _ => "an unexpected LibTargetFramework: " + requested,
        };

        var actual = typeof(WcoKnowledgeBase).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();

        actual.Should().NotBeNull();
        actual!.FrameworkName.Should().Be(expected);
    }

    [Fact]
    public void LibraryAssembly_IsTheOneInTheTestOutput()
    {
        var library = typeof(WcoKnowledgeBase).Assembly;

        library.GetName().Name.Should().Be("WcoKnowledge");
        // Only the default load context counts: the reliability tests load patched copies into collectible contexts of their own.
        System.Runtime.Loader.AssemblyLoadContext.Default.Assemblies.Count(a => a.GetName().Name == "WcoKnowledge").Should().Be(1);
        System.IO.Path.GetDirectoryName(library.Location).Should().Be(System.AppContext.BaseDirectory.TrimEnd('/', '\\'));
    }
}
