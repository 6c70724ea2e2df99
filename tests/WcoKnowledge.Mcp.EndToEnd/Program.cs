using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

// End-to-end check of `wco mcp` as a client starts it: the command (CI: the installed NativeAOT tool) is run as a child
// process with its stdin and stdout as the transport.
//   dotnet run --project tests/WcoKnowledge.Mcp.EndToEnd -c Release --no-build -- artifacts/tools/wco [dataset.json]
// Part 1 speaks raw JSON-RPC, one message per line, and reads every line the server writes: each must be a JSON-RPC
// message (nothing else may reach stdout), each request gets its answer, and the process must still be running after
// the hostile calls. Part 2 uses the official C# SDK's client (StdioClientTransport), the way an assistant's host
// would. With a dataset file, part 3 checks that `wco mcp --data <file>` serves it. Exit code 0 when all holds, 1 with
// the failures otherwise.
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: WcoKnowledge.Mcp.EndToEnd <wco executable> [dataset file for --data]");
    return 2;
}

var wco = Path.GetFullPath(args[0]);
var failures = new List<string>();
void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    if (!ok)
    {
        failures.Add(what);
    }
}

await RawJsonRpc(wco, [], Check);
await SdkClient(wco, Check);
if (args.Length == 2)
{
    await DataOption(wco, Path.GetFullPath(args[1]), Check);
}

Console.WriteLine(failures.Count == 0 ? "wco mcp end-to-end: all checks passed" : $"wco mcp end-to-end: {failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;

static async Task RawJsonRpc(string wco, string[] extra, Action<bool, string> check)
{
    using var server = Start(wco, extra);
    var stderr = server.StandardError.ReadToEndAsync();
    var nextId = 0;

    // Sends one request and reads lines until its response; every line must be a JSON object with "jsonrpc": "2.0".
    async Task<JsonObject?> Request(string method, JsonObject? parameters)
    {
        var id = ++nextId;
        var request = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null)
        {
            request["params"] = parameters;
        }

        await server.StandardInput.WriteLineAsync(request.ToJsonString());
        await server.StandardInput.FlushAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            string? line;
            try
            {
                line = await server.StandardOutput.ReadLineAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                check(false, $"{method} #{id}: no response within 20 s");
                return null;
            }

            if (line is null)
            {
                check(false, $"{method} #{id}: stdout closed (the server exited)");
                return null;
            }

            JsonObject? message = null;
            try
            {
                message = JsonNode.Parse(line) as JsonObject;
            }
            catch (JsonException)
            {
                // Reported below.
            }

            if (message is null || (string?)message["jsonrpc"] != "2.0")
            {
                check(false, $"stdout carries only JSON-RPC messages; got: {Shorten(line)}");
                continue;
            }

            if (message["id"] is JsonValue value && value.TryGetValue<int>(out var got) && got == id)
            {
                return message;
            }

            // A notification or a server request: allowed, not what we wait for.
        }
    }

    async Task<JsonObject?> Call(string tool, string argumentsJson)
    {
        var response = await Request("tools/call", new JsonObject { ["name"] = tool, ["arguments"] = JsonNode.Parse(argumentsJson) });
        if (response?["error"] is { } error)
        {
            check(false, $"{tool} {Shorten(argumentsJson)}: a tool call answers with a result, not a protocol error ({error.ToJsonString()})");
            return null;
        }

        return response?["result"] as JsonObject;
    }

    static string Text(JsonObject? result) =>
        string.Join("\n", (result?["content"] as JsonArray ?? []).Select(block => (string?)block?["text"]));

    async Task Good(string tool, string arguments, string what, Func<JsonObject, bool> holds)
    {
        var result = await Call(tool, arguments);
        var ok = result is not null && !(result["isError"]?.GetValue<bool>() ?? false)
            && result["structuredContent"] is JsonObject && holds(result);
        check(ok, $"{tool} {arguments}: {what}");
        if (!ok && result is not null)
        {
            Console.WriteLine("     " + Shorten(result.ToJsonString(), 600));
        }
    }

    async Task Hostile(string tool, string arguments, string what, string expected)
    {
        var result = await Call(tool, arguments);
        var ok = result is not null && (result["isError"]?.GetValue<bool>() ?? false) && Text(result).Contains(expected, StringComparison.Ordinal);
        check(ok, $"{tool} {Shorten(arguments)}: {what} (isError, \"{expected}\")");
        if (!ok && result is not null)
        {
            Console.WriteLine("     " + Shorten(result.ToJsonString(), 600));
        }
    }

    var init = await Request("initialize", new JsonObject
    {
        ["protocolVersion"] = "2025-06-18",
        ["capabilities"] = new JsonObject(),
        ["clientInfo"] = new JsonObject { ["name"] = "wco-end-to-end", ["version"] = "1.0" },
    });
    check((string?)init?["result"]?["serverInfo"]?["name"] == "wco", "initialize: the server is named wco");
    check(((string?)init?["result"]?["instructions"])?.Contains("World Customs Organization", StringComparison.Ordinal) == true, "initialize: instructions");
    await server.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");

    var list = await Request("tools/list", null);
    var names = (list?["result"]?["tools"] as JsonArray ?? []).Select(tool => (string?)tool?["name"]).ToList();
    check(names.SequenceEqual(["search", "get_item", "get_member", "membership_on", "list_items", "organization_on"]),
        $"tools/list: the six tools ({string.Join(", ", names)})");

    await Good("search", """{"query":"Revised Kyoto"}""", "top hit instrument-revised-kyoto-convention",
        r => (string?)r["structuredContent"]!["hits"]![0]!["item"]!["id"] == "instrument-revised-kyoto-convention");
    await Good("get_item", """{"id":"instrument-hs-convention"}""", "the HS Convention with a source URL and a managedBy relation",
        r => ((string?)r["structuredContent"]!["sources"]![0]!["url"])?.StartsWith("http", StringComparison.Ordinal) == true
            && r["structuredContent"]!["relations"]!.AsArray().Any(rel => (string?)rel!["type"] == "managedBy"));
    await Good("get_member", """{"member":"BE"}""", "Belgium joined 1952-12-11, with a source URL",
        r => (string?)r["structuredContent"]!["item"]!["memberSince"] == "1952-12-11" && Text(r).Contains("https://", StringComparison.Ordinal));
    await Good("membership_on", """{"date":"2000-01-01"}""", "registry count 140-160 and the 1953 published figure with its age",
        r => r["structuredContent"]!["membership"]!["registryCount"]!.GetValue<int>() is >= 140 and <= 160
            && ((string?)r["structuredContent"]!["membership"]!["publishedFigure"]!["asOf"])!.StartsWith("1953", StringComparison.Ordinal)
            && r["structuredContent"]!["membership"]!["publishedFigureAgeInDays"]!.GetValue<int>() > 46 * 365);
    await Good("list_items", """{"kind":"regions"}""", "six regions",
        r => r["structuredContent"]!["items"]!.AsArray().Count == 6);
    await Good("organization_on", """{"date":"2010"}""", "Kunio Mikuriya in office in 2010",
        r => (string?)r["structuredContent"]!["on"]!["secretaryGeneral"]!["title"] == "Kunio Mikuriya");

    await Hostile("get_item", """{"id":"instrument-kyoto"}""", "unknown id, with nearest matches", "Nearest matches:\n- instrument-kyoto-convention");
    await Hostile("get_member", """{"member":"TW"}""", "a code that is no Member", "No WCO Member has the ISO 3166-1 code 'TW'");
    await Hostile("membership_on", """{"date":"2000-13-45"}""", "a malformed date", "'2000-13-45' is not a date");
    await Hostile("search", JsonSerializer.Serialize(new Dictionary<string, string> { ["query"] = new string('q', 20_000) }, EndToEndJson.Default.DictionaryStringString),
        "a 20,000-character query", "20,000 characters");
    await Hostile("search", """{"query":"kyo\u0000to\u001b[2J"}""", "control characters", "control character");
    await Hostile("search", """{"query":"kyoto","limit":"abc"}""", "limit as a string", "The argument 'limit' must be a whole number");
    await Hostile("get_item", """{"id":{"nested":true}}""", "id as an object", "The argument 'id' must be a string");
    // An unknown tool is the one protocol error (the MCP specification's "invalid params"), answered, not fatal.
    var unknown = await Request("tools/call", new JsonObject { ["name"] = "no_such_tool", ["arguments"] = new JsonObject() });
    check((int?)unknown?["error"]?["code"] == -32602, "tools/call of an unknown tool: a JSON-RPC error response (-32602)");
    // A line that is not JSON at all: the server may answer with a parse error but must go on reading.
    await server.StandardInput.WriteLineAsync("this is not JSON {");
    await server.StandardInput.FlushAsync();
    check(!server.HasExited, "the server is still running after the hostile calls");

    await Good("get_member", """{"member":"Belgium"}""", "a good call after the hostile ones still answers",
        r => (string?)r["structuredContent"]!["item"]!["id"] == "member-belgium");

    // Closing stdin is how a client stops the server: it must exit on its own with code 0.
    server.StandardInput.Close();
    var exited = server.WaitForExit(10_000);
    check(exited && server.ExitCode == 0, $"the server exits with 0 when stdin closes (exited: {exited}{(exited ? $", code {server.ExitCode}" : string.Empty)})");
    if (!exited)
    {
        server.Kill();
    }

    var log = await stderr;
    check(log.Contains("wco mcp: serving 6 tools", StringComparison.Ordinal), "diagnostics go to stderr");
}

static async Task SdkClient(string wco, Action<bool, string> check)
{
    var transport = new StdioClientTransport(new StdioClientTransportOptions { Command = wco, Arguments = ["mcp"], Name = "wco" });
    await using var client = await McpClient.CreateAsync(transport);
    var tools = await client.ListToolsAsync();
    check(tools.Count == 6, $"SDK client: lists {tools.Count} tools");

    var belgium = await client.CallToolAsync("get_member", new Dictionary<string, object?> { ["member"] = "Belgium" });
    check(belgium.IsError != true && belgium.StructuredContent?.GetProperty("item").GetProperty("memberSince").GetString() == "1952-12-11"
        && belgium.StructuredContent?.GetProperty("sources")[0].GetProperty("url").GetString()?.StartsWith("https://", StringComparison.Ordinal) == true,
        "SDK client: Belgium's joining date 1952-12-11 with its source URL");

    var kyoto = await client.CallToolAsync("search", new Dictionary<string, object?> { ["query"] = "Revised Kyoto", ["limit"] = 3 });
    check(kyoto.StructuredContent?.GetProperty("hits")[0].GetProperty("item").GetProperty("id").GetString() == "instrument-revised-kyoto-convention",
        "SDK client: search finds the Revised Kyoto Convention first");

    var membership = await client.CallToolAsync("membership_on", new Dictionary<string, object?> { ["date"] = "2000-01-01" });
    check(membership.StructuredContent?.GetProperty("membership").GetProperty("registryCount").GetInt32() is >= 140 and <= 160,
        "SDK client: membership on 2000-01-01 is 140-160 by the registry");

    var bad = await client.CallToolAsync("get_member", new Dictionary<string, object?> { ["member"] = "TW" });
    check(bad.IsError == true, "SDK client: TW is a tool error");
    var after = await client.CallToolAsync("get_item", new Dictionary<string, object?> { ["id"] = "pillar-integrity" });
    check(after.IsError != true, "SDK client: the next call answers");
}

static async Task DataOption(string wco, string dataset, Action<bool, string> check)
{
    // The same server over a dataset file, through the loader every command uses.
    var transport = new StdioClientTransport(new StdioClientTransportOptions { Command = wco, Arguments = ["mcp", "--data", dataset], Name = "wco-data" });
    await using var client = await McpClient.CreateAsync(transport);
    var result = await client.CallToolAsync("get_member", new Dictionary<string, object?> { ["member"] = "BEL" });
    check(result.StructuredContent?.GetProperty("item").GetProperty("id").GetString() == "member-belgium", "--data: the server answers from the given dataset file");

    // A missing file ends the command before any protocol message: exit code 3, the reason on stderr, nothing on stdout.
    using var broken = Start(wco, ["--data", dataset + ".missing"]);
    var output = await broken.StandardOutput.ReadToEndAsync();
    var error = await broken.StandardError.ReadToEndAsync();
    await broken.WaitForExitAsync();
    check(broken.ExitCode == 3 && output.Length == 0 && error.Contains("does not exist", StringComparison.Ordinal),
        $"--data with a missing file: exit 3, nothing on stdout, the reason on stderr (exit {broken.ExitCode})");
}

static Process Start(string wco, string[] extra)
{
    var start = new ProcessStartInfo(wco)
    {
        RedirectStandardInput = true,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
        StandardOutputEncoding = new UTF8Encoding(false),
        StandardInputEncoding = new UTF8Encoding(false),
    };
    start.ArgumentList.Add("mcp");
    foreach (var arg in extra)
    {
        start.ArgumentList.Add(arg);
    }

    return Process.Start(start) ?? throw new InvalidOperationException($"cannot start {wco}");
}

static string Shorten(string text, int length = 120) => text.Length <= length ? text : text[..length] + "…";
