using System;
using System.Collections.Generic;
using System.Reflection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace WcoKnowledge.Mcp;

/// <summary>
/// The WCO knowledge base as Model Context Protocol tools: the one entry point that every host calls (the <c>wco mcp</c>
/// stdio server, a web host's <c>/mcp</c> endpoint), so that both serve the same tools with the same descriptions,
/// schemas, results and errors.
/// </summary>
/// <remarks>
/// <para>The tools only read the immutable knowledge base they are given, so the tools and the options this class fills
/// may serve any number of sessions and concurrent calls. The tools are built with the SDK's
/// <c>McpServerTool.Create</c> from delegates (no assembly scanning), which is trim- and NativeAOT-safe.</para>
/// <para>Results come in English; the structured content uses the library's <see cref="WcoJson"/> shapes.</para>
/// </remarks>
public static class WcoMcpTools
{
    /// <summary>The server's name as it reports it to clients in <c>initialize</c>: <c>wco</c>.</summary>
    public const string ServerName = "wco";

    /// <summary>
    /// What the server tells a client about itself in <c>initialize</c> (the <c>instructions</c> field): what the tools
    /// cover, which tool answers which question, and how to cite.
    /// </summary>
    public static string Instructions { get; } =
        "Facts about the World Customs Organization (WCO) itself, each with its cited sources, a confirmation status and, where it changes, its date: "
        + "the organization and its history, its Members (ISO codes, region, joining date), Secretaries General and other officers, "
        + "governance bodies, instruments (conventions such as the Revised Kyoto Convention and the HS Convention), regions, strategic plans, "
        + "the roles of Customs and the building blocks of Customs in the 21st Century. "
        + "Use search when you know words but not an id; get_item for an id that search or list_items returned; get_member for one country; "
        + "membership_on for how many Members there were on a date; organization_on for the organization's facts on a date; list_items for every item of a kind. "
        + "Cite the sources the results name (title and URL) and mention a status other than confirmed. "
        + "It does not cover a country's own customs rules, tariffs or duty rates.";

    /// <summary>
    /// The server's name, title and version (this package's version) for <see cref="McpServerOptions.ServerInfo"/>.
    /// </summary>
    /// <returns>A new <see cref="Implementation"/> each call, which the caller may change.</returns>
    public static Implementation CreateServerInfo() => new()
    {
        Name = ServerName,
        Title = "WCO knowledge base",
        Version = PackageVersion(),
    };

    /// <summary>Makes the tools over <paramref name="knowledgeBase"/>.</summary>
    /// <param name="knowledgeBase">The knowledge base the tools answer from, e.g. <see cref="WcoKnowledgeBase.Default"/>.</param>
    /// <returns>New tool instances, in the order <see cref="WcoMcpToolNames"/> lists them; add them to a server's
    /// <see cref="McpServerOptions.ToolCollection"/> (or <c>WithTools</c> with the hosting package).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="knowledgeBase"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<McpServerTool> Create(IWcoKnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        return ToolFactory.CreateAll(new KnowledgeTools(knowledgeBase));
    }

    /// <summary>
    /// Fills a server's options: <see cref="McpServerOptions.ServerInfo"/>, <see cref="McpServerOptions.ServerInstructions"/>
    /// and the tools of <see cref="Create"/> in <see cref="McpServerOptions.ToolCollection"/> (created if it is
    /// <see langword="null"/>).
    /// </summary>
    /// <param name="options">The options to fill, before the server is created.</param>
    /// <param name="knowledgeBase">The knowledge base the tools answer from.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The collection already holds a tool with one of these names.</exception>
    public static void Configure(McpServerOptions options, IWcoKnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        options.ServerInfo = CreateServerInfo();
        options.ServerInstructions = Instructions;
        options.ToolCollection ??= new();
        foreach (var tool in Create(knowledgeBase))
        {
            options.ToolCollection.Add(tool);
        }
    }

    // The package version without the "+commit" suffix the SDK adds to the informational version.
    private static string PackageVersion()
    {
        var version = typeof(WcoMcpTools).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
