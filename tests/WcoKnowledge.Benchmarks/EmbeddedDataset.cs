using System.IO;

namespace WcoKnowledge.Benchmarks;

/// <summary>The library's embedded dataset, opened the way the library opens it, so ours and the baseline read the same bytes.</summary>
internal static class EmbeddedDataset
{
    internal const string ResourceName = "WcoKnowledge.Data.wco-knowledge.json";

    internal static Stream Open() => typeof(WcoKnowledgeBase).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new FileNotFoundException("The WcoKnowledge assembly has no embedded resource " + ResourceName);
}
