using System;
using System.Collections.Generic;
using WcoKnowledge;

// Exercises every public entry point under NativeAOT and checks the answers: load, every lookup, search.
var failures = new List<string>();
void Check(bool ok, string what)
{
    if (!ok)
    {
        failures.Add(what);
    }
}

var kb = WcoKnowledgeBase.Default;
Check(ReferenceEquals(kb, WcoKnowledgeBase.Default), "Default is one instance");
Check(kb.Organization.LegalName == "Customs Co-operation Council", "legal name");
Check(kb.Organization.EstablishingConvention.SignedOn == FactDate.Parse("1950-12-15"), "convention signed");
Check(kb.Organization.FirstCouncilSession.Date == FactDate.Parse("1953-01-26"), "first Council session");
Check(kb.Roles.Count == 4 && kb.Objectives.Count == 9 && kb.Pillars.Count == 10, "counts 4/9/10");

for (var n = 1; n <= kb.Objectives.Count; n++)
{
    Check(kb.GetObjective(n).Number == n && kb.TryGetObjective(n, out var o) && o.Number == n, $"objective {n}");
}

for (var n = 1; n <= kb.Pillars.Count; n++)
{
    Check(kb.GetPillar(n).Number == n && kb.TryGetPillar(n, out var p) && p.Number == n, $"pillar {n}");
}

foreach (var item in kb.Items)
{
    Check(ReferenceEquals(kb.GetItem(item.Id), item), $"item {item.Id}");
    Check(ReferenceEquals(kb.GetItem<IKnowledgeItem>(item.Id), item), $"generic item {item.Id}");
    foreach (var source in item.Sources)
    {
        Check(ReferenceEquals(kb.GetSource(source.Id), source), $"source {source.Id}");
    }
}

Check(kb.GetItem<Pillar>("pillar-integrity").Number == 10, "GetItem<Pillar>");
Check(!kb.TryGetPillar(11, out _) && !kb.TryGetItem("no-such-id", out _) && !kb.TryGetSource("src-none", out _), "Try forms on unknown keys");
Check(!kb.TryGetItem<Objective>("pillar-integrity", out _), "TryGetItem<T> of another kind");
try
{
    kb.GetObjective(42);
    Check(false, "GetObjective(42) throws");
}
catch (KnowledgeItemNotFoundException e)
{
    Check(e.Message.Contains("42", StringComparison.Ordinal), "exception names the key");
}

// Load through the validating reader, from the embedded resource, and check it matches Default.
using (var stream = typeof(WcoKnowledgeBase).Assembly.GetManifestResourceStream("WcoKnowledge.Data.wco-knowledge.json")!)
{
    var loaded = WcoKnowledgeBase.Load(stream);
    Check(!ReferenceEquals(loaded, kb) && loaded.Items.Count == kb.Items.Count && loaded.DataVersion == kb.DataVersion, "Load(Stream)");
}

try
{
    WcoKnowledgeBase.Load(new System.IO.MemoryStream("{\"formatVersion\": 4}"u8.ToArray()));
    Check(false, "Load rejects an incomplete dataset");
}
catch (WcoDataException)
{
}

try
{
    WcoKnowledgeBase.Load(new System.IO.MemoryStream("{\"formatVersion\": 1}"u8.ToArray()));
    Check(false, "Load rejects a format 1 dataset");
}
catch (WcoDataException e)
{
    Check(e.Errors.Count == 1 && e.Errors[0].Contains("Versions of the format", StringComparison.Ordinal), "a format 1 dataset gets the conversion message");
}

(string Query, string Expected)[] searches =
{
    ("database of goods", "role-trade-statistics"), ("CBM", "pillar-coordinated-border-management"),
    ("integrty", "pillar-integrity"), ("international coopération", "objective-international-cooperation"),
    ("kyoto", "instrument-kyoto-convention"), ("Customs Co-operation Council", "organization-wco"),
};
foreach (var (query, expected) in searches)
{
    var hits = kb.Search(query);
    Check(hits.Count > 0 && hits[0].Item.Id == expected, $"search '{query}' → {expected}");
}

Check(kb.Search("   ").Count == 0 && kb.Search("\ud800\u202e😀").Count == 0, "search of blank and odd text");
Check(kb.Search("customs", new SearchOptions { Limit = 3, Kind = KnowledgeKind.Pillar }).Count == 3, "search options");

// JSON out under NativeAOT: an item, a list and the whole knowledge base, which loads back.
var pillarJson = System.Text.Json.JsonSerializer.Serialize(kb.GetPillar(2), WcoJson.GetTypeInfo<Pillar>());
Check(pillarJson.Contains("\"id\":\"pillar-coordinated-border-management\"", StringComparison.Ordinal), "WcoJson writes a pillar");
var hitsJson = System.Text.Json.JsonSerializer.Serialize(kb.Search("kyoto"), WcoJson.GetTypeInfo<IReadOnlyList<SearchHit>>());
Check(hitsJson.StartsWith("[{\"item\":", StringComparison.Ordinal), "WcoJson writes search hits");
var datasetJson = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(kb, WcoJson.GetTypeInfo<WcoKnowledgeBase>());
Check(WcoKnowledgeBase.Load(new System.IO.MemoryStream(datasetJson)).Items.Count == kb.Items.Count, "a written knowledge base loads back");
Check(kb.GetMember("be").Title == "Belgium" && kb.IsMemberOn("SB", FactDate.Parse("2023-06-30")), "member registry");
Check(kb.MembershipOn(FactDate.Parse("2000-01-01")).Published.IsStale && kb.SecretaryGeneralOn(FactDate.Parse("2010"))?.Id == "secretary-general-kunio-mikuriya", "answers on a date");

// The language API under InvariantGlobalization (this app's setting, as the native wco's), where cultures other than the
// invariant one cannot be created: TitleIn takes tag strings and must not need one.
var culturesAreInvariant = false;
try
{
    _ = new System.Globalization.CultureInfo("fr");
}
catch (System.Globalization.CultureNotFoundException)
{
    culturesAreInvariant = true;
}

Check(culturesAreInvariant, "this app runs with InvariantGlobalization (new CultureInfo(\"fr\") throws)");
var germany = kb.GetMember("DE");
Check(germany.TitleIn("fr").Text == "Allemagne" && germany.TitleIn("fr-CA").Language == "fr" && !germany.TitleIn("FR-ca").IsFallback, "TitleIn fr, fr-CA");
Check(germany.TitleIn("de").IsFallback && germany.TitleIn("de").Text == "Germany" && !germany.TitleIn("en-GB").IsFallback, "TitleIn falls back to English");
string[] preferences = ["de", "fr-CH", "en"];
Check(kb.ChooseLanguage(preferences).Language == "fr" && kb.Languages.Count >= 2, "ChooseLanguage");
Check(kb.Search("Belgique")[0].Item.Id == "member-belgium" && kb.Search("Système harmonisé")[0].Item.Id == "instrument-hs-convention", "search in French");
Check(germany.WikidataId == "Q183" && kb.Organization.CustomsDayThemes.Count > 0, "Wikidata id, Customs Day themes");

if (failures.Count > 0)
{
    Console.Error.WriteLine($"AOT smoke test FAILED ({failures.Count}): {string.Join("; ", failures)}");
    return 1;
}

Console.WriteLine($"AOT smoke test passed: {kb} ({kb.Items.Count} items looked up, {searches.Length} searches checked).");
return 0;
