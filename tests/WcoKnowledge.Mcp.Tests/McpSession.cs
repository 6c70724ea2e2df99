using System;
using System.Collections.Generic;
using System.IO.Pipelines;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace WcoKnowledge.Mcp.Tests;

/// <summary>
/// A server made by <see cref="WcoMcpTools.Configure"/> over the built-in dataset and the SDK's own client, connected
/// in process by two pipes: every test speaks the real protocol (initialize, tools/list, tools/call) through the same
/// code paths as a client over stdio, without a process.
/// </summary>
public sealed class McpSession : IAsyncDisposable
{
    private readonly Pipe _clientToServer = new();
    private readonly Pipe _serverToClient = new();
    private readonly CancellationTokenSource _stop = new();
    private McpServer? _server;
    private Task? _serving;

    private McpSession()
    {
    }

    public McpClient Client { get; private set; } = null!;

    /// <summary>Starts a server and connects a client to it (initialize and initialized done).</summary>
    public static async Task<McpSession> StartAsync()
    {
        var session = new McpSession();
        await session.ConnectAsync();
        return session;
    }

    private async Task ConnectAsync()
    {
        var options = new McpServerOptions();
        WcoMcpTools.Configure(options, WcoKnowledgeBase.Default);
        var transport = new StreamServerTransport(_clientToServer.Reader.AsStream(), _serverToClient.Writer.AsStream(), WcoMcpTools.ServerName);
        _server = McpServer.Create(transport, options);
        _serving = _server.RunAsync(_stop.Token);
        Client = await McpClient.CreateAsync(new StreamClientTransport(_clientToServer.Writer.AsStream(), _serverToClient.Reader.AsStream()));
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _stop.CancelAsync();
        try
        {
            await _serving!;
        }
        catch (OperationCanceledException)
        {
            // The server stops by cancellation.
        }

        await _server!.DisposeAsync();
        _stop.Dispose();
    }

    /// <summary>Calls a tool with arguments as the client sends them (any JSON value, right type or not).</summary>
    public async Task<CallToolResult> CallAsync(string tool, object arguments)
    {
        var json = JsonSerializer.SerializeToElement(arguments, arguments.GetType(), TestJson.Options);
        var args = json.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        return await Client.CallToolAsync(new CallToolRequestParams { Name = tool, Arguments = args });
    }

    public static string Text(CallToolResult result) =>
        string.Join("\n", result.Content.OfType<TextContentBlock>().Select(block => block.Text));

    public static JsonElement Structured(CallToolResult result) =>
        result.StructuredContent ?? throw new InvalidOperationException("The result has no structured content: " + Text(result));
}

/// <summary>Serializer options for the tests' argument objects (anonymous types, by reflection: tests only).</summary>
internal static class TestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
