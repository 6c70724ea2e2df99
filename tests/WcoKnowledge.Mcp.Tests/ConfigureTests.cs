using System;
using System.Linq;
using FluentAssertions;
using ModelContextProtocol.Server;
using Xunit;

namespace WcoKnowledge.Mcp.Tests;

/// <summary>The public entry point every host calls.</summary>
public sealed class ConfigureTests
{
    [Fact]
    public void Configure_fills_name_instructions_and_tools()
    {
        var options = new McpServerOptions();
        WcoMcpTools.Configure(options, WcoKnowledgeBase.Default);
        options.ServerInfo!.Name.Should().Be(WcoMcpTools.ServerName);
        options.ServerInstructions.Should().Be(WcoMcpTools.Instructions);
        options.ToolCollection!.Select(tool => tool.ProtocolTool.Name).Should().HaveCount(6);
    }

    [Fact]
    public void Create_refuses_null()
    {
        var act = () => WcoMcpTools.Create(null!);
        act.Should().Throw<ArgumentNullException>();
        var configure = () => WcoMcpTools.Configure(null!, WcoKnowledgeBase.Default);
        configure.Should().Throw<ArgumentNullException>();
    }
}
