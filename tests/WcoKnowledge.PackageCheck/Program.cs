using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

// Asserts what the package holds: both libraries with their XML docs, the README, no test or sample files,
// the expected dependency groups (net10.0: none), licence and metadata; and that the .snupkg has both PDBs.
if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("Usage: PackageCheck <path to WcoKnowledge.<version>.nupkg>");
    return 2;
}

var failures = new List<string>();
void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    if (!ok)
    {
        failures.Add(what);
    }
}

using (var package = ZipFile.OpenRead(args[0]))
{
    var names = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
    foreach (var tfm in new[] { "netstandard2.0", "net10.0" })
    {
        Check(names.Contains($"lib/{tfm}/WcoKnowledge.dll"), $"lib/{tfm}/WcoKnowledge.dll");
        Check(names.Contains($"lib/{tfm}/WcoKnowledge.xml"), $"lib/{tfm}/WcoKnowledge.xml (XML docs)");
    }

    Check(names.Contains("README.md"), "README.md");
    Check(names.Contains("schema/wco-knowledge.schema.json"), "schema/wco-knowledge.schema.json (the dataset's JSON Schema)");
    var unexpected = names.Where(n => n.StartsWith("lib/", StringComparison.Ordinal)
        && !n.EndsWith("/WcoKnowledge.dll", StringComparison.Ordinal) && !n.EndsWith("/WcoKnowledge.xml", StringComparison.Ordinal)).ToList();
    Check(unexpected.Count == 0, $"no other files under lib/ {string.Join(", ", unexpected)}");
    Check(!names.Any(n => n.Contains("Test", StringComparison.OrdinalIgnoreCase) || n.Contains("Sample", StringComparison.OrdinalIgnoreCase)), "no test or sample files");

    var nuspecEntry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
    using var nuspecStream = nuspecEntry.Open();
    var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
    Check(Value("id") == "WcoKnowledge", "id WcoKnowledge");
    Check(Value("license") == "MIT", "licence expression MIT");
    Check(Value("readme") == "README.md", "readme element");
    Check(!string.IsNullOrWhiteSpace(Value("description")) && !string.IsNullOrWhiteSpace(Value("releaseNotes")), "description and release notes");
    var tags = Value("tags") ?? string.Empty;
    string[] expectedTags = ["wco", "customs", "trade", "reference-data", "knowledge"];
    Check(expectedTags.All(t => tags.Split(' ').Contains(t)), "tags");
    var groups = metadata.Descendants().Where(e => e.Name.LocalName == "group")
        .ToDictionary(g => g.Attribute("targetFramework")!.Value, g => g.Elements().Select(d => d.Attribute("id")!.Value).OrderBy(x => x, StringComparer.Ordinal).ToArray());
    Check(groups.Count == 2, "two dependency groups");
    Check(groups.TryGetValue("net10.0", out var net10) && net10.Length == 0, "net10.0: no dependencies");
    string[] expectedNs20 = ["System.Memory"];
    Check(groups.TryGetValue(".NETStandard2.0", out var ns20) && ns20.SequenceEqual(expectedNs20), "netstandard2.0: System.Memory only");
}

var symbols = Path.ChangeExtension(args[0], ".snupkg");
Check(File.Exists(symbols), "symbols package .snupkg beside it");
if (File.Exists(symbols))
{
    using var snupkg = ZipFile.OpenRead(symbols);
    var pdbs = snupkg.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".pdb", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
    string[] expectedPdbs = ["lib/net10.0/WcoKnowledge.pdb", "lib/netstandard2.0/WcoKnowledge.pdb"];
    Check(pdbs.SequenceEqual(expectedPdbs), "both PDBs in the .snupkg");
}

Console.WriteLine(failures.Count == 0 ? "Package check passed." : $"Package check FAILED: {failures.Count} problem(s).");
return failures.Count == 0 ? 0 : 1;
