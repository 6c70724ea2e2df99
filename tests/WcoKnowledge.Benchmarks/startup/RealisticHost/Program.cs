using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using WcoKnowledge;

// What any real host has done before it first needs the data: a source-generated System.Text.Json round trip (as an
// app reading its settings or serving HTTP does), a UTF-8 decode, and numbers and dates formatted into text.
var order = new Order(42, "Widget", 19.99m, new DateTime(2026, 12, 3, 8, 30, 0, DateTimeKind.Utc));
var json = JsonSerializer.Serialize(order, HostJson.Default.Order);
var back = JsonSerializer.Deserialize(json, HostJson.Default.Order)!;
var text = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(json));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{back.Id} {back.Price} {back.Placed:yyyy-MM-dd} {text.Length} {back.Placed.Year}"));

if (args.Length > 0 && args[0] == "answer")
{
    Facts.Print();
}

internal static class Facts
{
    // Not inlined: the data access is compiled only when this variant runs it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void Print()
    {
        var kb = WcoKnowledgeBase.Default;
        Console.WriteLine(kb.Organization.CurrentMembership);
        Console.WriteLine(kb.GetPillar(2).Title);
    }
}

internal sealed record Order(int Id, string Item, decimal Price, DateTime Placed);

[JsonSerializable(typeof(Order))]
internal sealed partial class HostJson : JsonSerializerContext
{
}
