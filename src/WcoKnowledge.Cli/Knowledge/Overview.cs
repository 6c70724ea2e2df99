using System.Linq;

namespace WcoKnowledge.Cli.Knowledge;

/// <summary>What the overview picks out of the knowledge base.</summary>
internal static class Overview
{
    /// <summary>The Secretary General in office as of the dataset's date (the last with no end of term), or <see langword="null"/> (format 1 datasets have none).</summary>
    public static SecretaryGeneral? CurrentSecretaryGeneral(IWcoKnowledgeBase kb) => kb.SecretariesGeneral.LastOrDefault(leader => leader.InOffice);
}
