using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

// Asserts what the package holds: both libraries with their XML docs, the README, no test or sample files,
// the expected dependency groups (net10.0: none), licence and metadata; the ReadyToRun copies of the net10.0
// library under runtimes/ (one per platform in WcoReadyToRunRuntimeIdentifiers, each really precompiled for that
// platform and built from the same IL as lib/net10.0); and that the .snupkg has both PDBs, the net10.0 one being the
// PDB that the IL and its ReadyToRun copies name.
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

// The platforms src/WcoKnowledge/WcoKnowledge.csproj lists in WcoReadyToRunRuntimeIdentifiers, each with the PE
// machine a ReadyToRun image for it carries: the architecture's, XOR a per-OS value on Linux and macOS (so that an
// image compiled for one OS is never taken for another's).
const ushort LinuxMachineXor = 0x7B79;
const ushort MacOSMachineXor = 0x4644;
var readyToRunPlatforms = new Dictionary<string, ushort>(StringComparer.Ordinal)
{
    ["linux-x64"] = (ushort)Machine.Amd64 ^ LinuxMachineXor,
    ["win-x64"] = (ushort)Machine.Amd64,
    ["linux-arm64"] = (ushort)Machine.Arm64 ^ LinuxMachineXor,
    ["osx-arm64"] = (ushort)Machine.Arm64 ^ MacOSMachineXor,
};

AssemblyFacts? net10Il = null;
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

    net10Il = AssemblyFacts.Read(package, "lib/net10.0/WcoKnowledge.dll");
    Check(net10Il is { IsReadyToRun: false, IsILOnly: true }, "lib/net10.0/WcoKnowledge.dll is plain IL (what NativeAOT, trimming and other platforms use)");
    foreach (var (rid, machine) in readyToRunPlatforms)
    {
        var path = $"runtimes/{rid}/lib/net10.0/WcoKnowledge.dll";
        var r2r = AssemblyFacts.Read(package, path);
        Check(r2r is not null, path);
        if (r2r is null || net10Il is null)
        {
            continue;
        }

        Check(r2r.IsReadyToRun && !r2r.IsILOnly, $"{path} is ReadyToRun (native code header, IL-only flag cleared)");
        Check(r2r.Machine == machine, $"{path} is compiled for {rid} (PE machine 0x{r2r.Machine:X4}, expected 0x{machine:X4})");
        Check(r2r.Version == net10Il.Version, $"{path} has lib/net10.0's assembly version {net10Il.Version} ({r2r.Version})");
        Check(r2r.Mvid == net10Il.Mvid, $"{path} has lib/net10.0's MVID {net10Il.Mvid} (compiled from the same IL)");
        Check(r2r.PdbId == net10Il.PdbId && r2r.PdbId != Guid.Empty, $"{path} names lib/net10.0's PDB {net10Il.PdbId}");
    }

    var expectedRuntimeFiles = readyToRunPlatforms.Keys.Select(rid => $"runtimes/{rid}/lib/net10.0/WcoKnowledge.dll").ToHashSet(StringComparer.Ordinal);
    var unexpectedRuntimeFiles = names.Where(n => n.StartsWith("runtimes/", StringComparison.Ordinal) && !expectedRuntimeFiles.Contains(n)).ToList();
    Check(unexpectedRuntimeFiles.Count == 0, $"no other files under runtimes/ {string.Join(", ", unexpectedRuntimeFiles)}");

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
    string[] expectedNs20 = ["System.Text.Json"];
    Check(groups.TryGetValue(".NETStandard2.0", out var ns20) && ns20.SequenceEqual(expectedNs20), "netstandard2.0: System.Text.Json only");
}

var symbols = Path.ChangeExtension(args[0], ".snupkg");
Check(File.Exists(symbols), "symbols package .snupkg beside it");
if (File.Exists(symbols))
{
    using var snupkg = ZipFile.OpenRead(symbols);
    var pdbs = snupkg.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".pdb", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
    string[] expectedPdbs = ["lib/net10.0/WcoKnowledge.pdb", "lib/netstandard2.0/WcoKnowledge.pdb"];
    Check(pdbs.SequenceEqual(expectedPdbs), "both PDBs in the .snupkg");

    // A debugger or symbol server finds a PDB by the id in the assembly's CodeView entry, so this one PDB serves
    // lib/net10.0 and each runtimes/<rid> copy (checked above to name the same id).
    var pdbEntry = snupkg.GetEntry("lib/net10.0/WcoKnowledge.pdb");
    if (pdbEntry is not null && net10Il is not null)
    {
        using var pdbStream = new MemoryStream();
        using (var entryStream = pdbEntry.Open())
        {
            entryStream.CopyTo(pdbStream);
        }

        pdbStream.Position = 0;
        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
        var pdbId = new Guid(pdbProvider.GetMetadataReader().DebugMetadataHeader!.Id.AsSpan(0, 16));
        Check(pdbId == net10Il.PdbId, $"the .snupkg's lib/net10.0 PDB is the one lib/net10.0/WcoKnowledge.dll names ({pdbId})");
    }
}

Console.WriteLine(failures.Count == 0 ? "Package check passed." : $"Package check FAILED: {failures.Count} problem(s).");
return failures.Count == 0 ? 0 : 1;

/// <summary>What the checks need to know of one assembly in the package.</summary>
internal sealed record AssemblyFacts(Version Version, Guid Mvid, Guid PdbId, ushort Machine, bool IsILOnly, bool IsReadyToRun)
{
    /// <summary>Reads the assembly at <paramref name="path"/> in the package, or returns null if there is none.</summary>
    public static AssemblyFacts? Read(ZipArchive package, string path)
    {
        var entry = package.GetEntry(path);
        if (entry is null)
        {
            return null;
        }

        var image = new MemoryStream();
        using (var entryStream = entry.Open())
        {
            entryStream.CopyTo(image);
        }

        image.Position = 0;
        using var pe = new PEReader(image);
        var metadata = pe.GetMetadataReader();
        var corHeader = pe.PEHeaders.CorHeader!;
        var codeView = pe.ReadDebugDirectory().Where(d => d.Type == DebugDirectoryEntryType.CodeView)
            .Select(d => pe.ReadCodeViewDebugDirectoryData(d).Guid).FirstOrDefault();
        return new AssemblyFacts(
            metadata.GetAssemblyDefinition().Version,
            metadata.GetGuid(metadata.GetModuleDefinition().Mvid),
            codeView,
            (ushort)pe.PEHeaders.CoffHeader.Machine,
            (corHeader.Flags & CorFlags.ILOnly) != 0,
            corHeader.ManagedNativeHeaderDirectory.Size > 0);
    }
}
