using System.Linq;
using System.Text.Json;
using FluentAssertions;
using WcoKnowledge.Cli.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Cli.Tests.Commands;

public sealed class ShowCommandTests
{
    private static readonly WcoKnowledgeBase _kb = WcoKnowledgeBase.Default;

    public static TheoryData<string> EveryItemId => new(_kb.Items.Select(item => item.Id));

    [Fact]
    public void Show_Id_PrintsTheItemWithItsDetailsAndEverySource()
    {
        var pillar = _kb.GetPillar(10);
        var result = Wco.Run("show", pillar.Id).ShouldSucceed();

        result.Lines[0].Should().Be(pillar.Title);
        result.Stdout.Should().Contain(pillar.Id).And.Contain("number         10").And.Contain(pillar.Summary[..40]);
        foreach (var source in pillar.Sources)
        {
            result.Stdout.Should().Contain(source.Url).And.Contain(source.Id);
        }
    }

    [Fact]
    public void Show_KindAndNumber_IsTheNumberedItem()
    {
        var byNumber = Wco.Run("show", "pillar", "8").ShouldSucceed();
        var byId = Wco.Run("show", _kb.GetPillar(8).Id).ShouldSucceed();

        byNumber.Stdout.Should().Be(byId.Stdout);
        Wco.Line("show objective 3").ShouldSucceed().Lines[0].Should().Be(_kb.GetObjective(3).Title);
        Wco.Run("show", "building blocks", "2").ShouldSucceed().Lines[0].Should().Be(_kb.GetPillar(2).Title);
    }

    [Fact]
    public void Show_KindAndNumber_ForAnUnnumberedKind_IsThePositionInTheList()
    {
        Wco.Line("show role 2").ShouldSucceed().Lines[0].Should().Be(_kb.Roles[1].Title);
        Wco.Line("show mission 1").ShouldSucceed().Lines[0].Should().Be(_kb.Organization.Missions[0].Title);
    }

    [Fact]
    public void Show_IgnoresTheCaseOfTheId()
    {
        Wco.Line("show PILLAR-INTEGRITY").ShouldSucceed().Stdout.Should().Contain("pillar-integrity");
    }

    [Theory]
    [MemberData(nameof(EveryItemId))]
    public void Show_Json_EveryItem_IsTheLibrarysObject_WithItsKindAndFullSources(string id)
    {
        var item = _kb.GetItem(id);
        var json = Wco.Run("show", id, "--json").ShouldSucceed().Json();

        json.GetProperty("kind").GetString().Should().Be(KnowledgeKinds.Word(item.Kind));
        var shown = json.GetProperty("item");
        Library.Compact(shown).Should().Be(Library.Json(item));
        shown.GetProperty("id").GetString().Should().Be(id);
        shown.GetProperty("title").GetString().Should().Be(item.Title);
        shown.GetProperty("summary").GetString().Should().Be(item.Summary);
        shown.GetProperty("status").GetString().Should().Be(DatasetWords.Word(item.Status));
        shown.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Equal(item.Aliases);
        shown.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).Should().Equal(item.Sources.Select(s => s.Id));
        var sources = json.GetProperty("sources").EnumerateArray().ToList();
        sources.Select(s => s.GetProperty("id").GetString()).Should().Equal(item.Sources.Select(s => s.Id));
        sources.Select(s => s.GetProperty("url").GetString()).Should().Equal(item.Sources.Select(s => s.Url));
    }

    [Fact]
    public void Show_Json_Pillar3_IsExactlyWhatTheLibraryWritesForIt()
    {
        var pillar = _kb.GetPillar(3);
        var json = Wco.Line("show pillar 3 --json").ShouldSucceed().Json();

        // The library's own serialization, untouched; the tool's document differs only in its indentation and escaping.
        Library.Compact(json.GetProperty("item")).Should().Be(JsonSerializer.Serialize(pillar, WcoJson.GetTypeInfo<Pillar>()));
        Library.Compact(json.GetProperty("sources")).Should().Be(Library.Json(pillar.Sources));
        Library.Compact(json.GetProperty("relations")).Should().Be(Library.Json(_kb.GetRelations(pillar.Id)));
        json.GetProperty("kind").GetString().Should().Be("pillar");
        json.EnumerateObject().Select(member => member.Name).Should().Equal("kind", "language", "title", "item", "sources", "relations", "relatedSources");
    }

    [Fact]
    public void Show_Json_HasTheKindsOwnMembers()
    {
        var pillarJson = Wco.Line("show pillar 8 --json").ShouldSucceed().Json();
        pillarJson.GetProperty("kind").GetString().Should().Be("pillar");
        var pillar = pillarJson.GetProperty("item");
        pillar.TryGetProperty("kind", out _).Should().BeFalse("an item in the dataset's shape has no kind member");
        pillar.GetProperty("number").GetInt32().Should().Be(8);

        var objective = Wco.Line("show objective 2 --json").ShouldSucceed().Json().GetProperty("item");
        objective.GetProperty("number").GetInt32().Should().Be(2);
        objective.GetProperty("planEdition").GetString().Should().Be(_kb.GetObjective(2).PlanEdition);
        objective.GetProperty("planEditionStatus").GetString().Should().Be("inferred");

        var strategy = Wco.Run("show", _kb.CustomsIn21stCentury.Id, "--json").ShouldSucceed().Json().GetProperty("item");
        strategy.GetProperty("adopted").GetString().Should().Be(_kb.CustomsIn21stCentury.Adopted.ToString());

        Wco.Line("show body-council --json").ShouldSucceed().Json().GetProperty("kind").GetString().Should().Be("governanceBody");
    }

    [Fact]
    public void Show_Instrument_PrintsItsKindAdoptionEntryIntoForceEditionsTopicsAndManagers()
    {
        var result = Wco.Line("show instrument-hs-convention").ShouldSucceed();

        result.Stdout.Should().Contain("  kind           instrument\n")
            .And.Contain("  type           convention\n")
            .And.Contain("  adopted        1983-06-14 in Brussels\n")
            .And.Contain("  in force       yes, since 1988-01-01\n")
            .And.Contain("  topics         Commodity classification (topic-classification)\n")
            .And.Contain("  managed by     Harmonized System Committee (body-harmonized-system-committee)\n")
            .And.Contain("Editions (1)\n  1986-06-24  Protocol of Amendment: ");
        Wco.Line("show instrument-hs-2028").ShouldSucceed().Stdout.Should().Contain("  in force       not yet; enters into force 2028-01-01\n");
        Wco.Line("show instrument-safe-framework").ShouldSucceed().Stdout
            .Should().Contain("  in force       not binding").And.Contain("Editions (8)").And.Contain("  2015-06     2015: ").And.Contain("  2025-05     2025: ").And.Contain("[secondary]");
        Wco.Line("show instrument-kyoto-convention").ShouldSucceed().Stdout.Should().Contain("  in force       entered into force 1974-09-25; whether it is in force");
        Wco.Line("show instrument-johannesburg-convention").ShouldSucceed().Stdout.Should().Contain("  in force       not stated by the sources\n");
    }

    [Fact]
    public void Show_Json_Instrument_HasItsMembers_EditionsWithSources_TopicsAndManagersAsRelations()
    {
        var hs = _kb.GetItem<Instrument>("instrument-safe-framework");
        var json = Wco.Run("show", hs.Id, "--json").ShouldSucceed().Json();
        var item = json.GetProperty("item");

        item.GetProperty("instrumentKind").GetString().Should().Be("frameworkOfStandards");
        item.GetProperty("adoptedOn").GetString().Should().Be("2005-06");
        item.GetProperty("adoptedAt").ValueKind.Should().Be(JsonValueKind.Null);
        item.GetProperty("inForce").GetString().Should().Be("notBinding");
        item.GetProperty("inForceOn").ValueKind.Should().Be(JsonValueKind.Null);
        // Topics and managing bodies are the ends of the instrument's relations, as in the dataset file.
        var relations = json.GetProperty("relations").EnumerateArray().ToList();
        relations.Where(r => r.GetProperty("type").GetString() == "serves").Select(r => r.GetProperty("to").GetString()).Should().Equal(hs.Topics.Select(topic => topic.Id));
        relations.Where(r => r.GetProperty("type").GetString() == "managedBy").Select(r => r.GetProperty("to").GetString()).Should().Equal("body-safe-working-group");
        var editions = item.GetProperty("editions").EnumerateArray().ToList();
        editions.Select(e => e.GetProperty("label").GetString()).Should().Equal(hs.Editions.Select(e => e.Label));
        editions.Select(e => e.GetProperty("date").GetString()).Should().Equal(hs.Editions.Select(e => e.Date.ToString()));
        editions[0].GetProperty("status").GetString().Should().Be("secondary");
        editions[0].GetProperty("sources").EnumerateArray().Select(id => id.GetString()).Should().Equal(hs.Editions[0].Sources.Select(source => source.Id));
        item.TryGetProperty("adopted", out _).Should().BeFalse("'adopted' is the human line; JSON has adoptedOn and adoptedAt");
    }

    [Fact]
    public void Show_StrategicPlan_PrintsPeriodEndorsementStructureAndItsObjectivesByLabel()
    {
        var plan = _kb.GetItem<StrategicPlan>("plan-2022-2025");
        var byNumber = Wco.Line("show plan 5").ShouldSucceed();
        byNumber.Stdout.Should().Be(Wco.Run("show", plan.Id).ShouldSucceed().Stdout, "plans have no numbers: 'show plan 5' is the 5th in the list");

        byNumber.Stdout.Should().Contain("  period         2022–2025\n").And.Contain("  endorsed       2022-06\n").And.Contain("  structure      One Strategic Goal;");
        byNumber.Stdout.Should().Contain("Objectives (4)\n");
        foreach (var objective in plan.Objectives)
        {
            byNumber.Stdout.Should().Contain($"  {objective.Label}  {objective.Title}\n       {objective.Id}\n");
        }

        Wco.Line("show plan-2011-2012").ShouldSucceed().Stdout.Should().Contain("Objectives (9)\n  Objective 1  International cooperation and information sharing [unconfirmed]\n");
        Wco.Line("show plan-2025-2028").ShouldSucceed().Stdout.Should().Contain("Objectives (0)\n  None recorded");
    }

    [Fact]
    public void Show_Json_StrategicPlanAndObjective_LinkEachOther()
    {
        var planJson = Wco.Line("show plan-2013-2016 --json").ShouldSucceed().Json();
        planJson.GetProperty("kind").GetString().Should().Be("strategicPlan");
        var plan = planJson.GetProperty("item");
        plan.GetProperty("period").GetString().Should().Be("2013/2014–2015/2016");
        plan.GetProperty("startYear").GetInt32().Should().Be(2013);
        plan.GetProperty("endYear").GetInt32().Should().Be(2016);
        plan.GetProperty("endorsed").GetString().Should().Be("2013-06");
        plan.GetProperty("structure").GetString().Should().StartWith("Seven Strategic Goals");
        var ids = plan.GetProperty("objectives").EnumerateArray().Select(objective => objective.GetProperty("id").GetString()!).ToList();
        ids.Should().Equal(_kb.GetItem<StrategicPlan>("plan-2013-2016").Objectives.Select(objective => objective.Id));
        Wco.Line("show plan-2019-2022 --json").ShouldSucceed().Json().GetProperty("item").GetProperty("endorsed").ValueKind.Should().Be(JsonValueKind.Null);

        var objective = Wco.Run("show", ids[2], "--json").ShouldSucceed().Json().GetProperty("item");
        objective.GetProperty("plan").GetString().Should().Be("plan-2013-2016");
        objective.GetProperty("label").GetString().Should().Be("Goal 3");
        objective.GetProperty("number").GetInt32().Should().Be(3);

        var seed = Wco.Line("show objective 3 --json").ShouldSucceed().Json().GetProperty("item");
        seed.GetProperty("id").GetString().Should().Be(_kb.GetObjective(3).Id, "'objective 3' stays the seed text's third objective");
        seed.GetProperty("plan").GetString().Should().Be("plan-2011-2012");
        Wco.Line("show objective 3").ShouldSucceed().Stdout.Should().Contain("  label          Objective 3\n  plan           plan-2011-2012\n");
    }

    [Fact]
    public void Show_GovernanceBody_RegionAndSecretaryGeneral_PrintTheirOwnMembers()
    {
        Wco.Line("show body-harmonized-system-committee").ShouldSucceed().Stdout
            .Should().Contain("  group          Tariff and Trade Affairs\n  established    1988\n");
        Wco.Line("show body-secretariat").ShouldSucceed().Stdout.Should().NotContain("  group ").And.NotContain("  established ");
        var body = Wco.Line("show body-secretariat --json").ShouldSucceed().Json().GetProperty("item");
        body.GetProperty("group").ValueKind.Should().Be(JsonValueKind.Null);
        body.GetProperty("established").ValueKind.Should().Be(JsonValueKind.Null);
        Wco.Line("show body-permanent-technical-committee --json").ShouldSucceed().Json().GetProperty("item").GetProperty("established").GetString().Should().Be("1953-04");

        var region = Wco.Line("show region 3").ShouldSucceed();
        region.Lines[0].Should().Be(_kb.Regions[2].Title);
        region.Stdout.Should().Contain("  number         3\n  abbreviation   A/P\n");
        var regionJson = Wco.Line("show region 3 --json").ShouldSucceed().Json().GetProperty("item");
        regionJson.GetProperty("number").GetInt32().Should().Be(3);
        regionJson.GetProperty("abbreviation").GetString().Should().Be("A/P");

        Wco.Line("show sg 4").ShouldSucceed().Stdout.Should().StartWith("Ian Saunders\n")
            .And.Contain("  country        United States\n  term           since 2024-01-01\n  in office      yes\n");
        Wco.Line("show secretary-general-kunio-mikuriya").ShouldSucceed().Stdout.Should().Contain("  term           2009-01-01 to 2023-12-31\n  in office      no\n");
        var leaderJson = Wco.Line("show secretary-general-kunio-mikuriya --json").ShouldSucceed().Json();
        leaderJson.GetProperty("kind").GetString().Should().Be("secretaryGeneral");
        var leader = leaderJson.GetProperty("item");
        leader.GetProperty("country").GetString().Should().Be("Japan");
        leader.GetProperty("termStart").GetString().Should().Be("2009-01-01");
        leader.GetProperty("termEnd").GetString().Should().Be("2023-12-31");
        Wco.Line("show sg 4 --json").ShouldSucceed().Json().GetProperty("item").GetProperty("termEnd").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("region 7", "1 to 6")]
    [InlineData("plan 7", "1 to 6")]
    [InlineData("objective 10", "1 to 9")]
    public void Show_KindAndNumber_OutOfRange_SaysTheRange(string arguments, string range)
    {
        Wco.Run(["show", .. arguments.Split(' ')]).ShouldFail(1).Stderr.Should().Contain(range);
    }

    [Fact]
    public void Show_PrintsTheItemsRelations_BothDirections_WithTheTitlesOfTheirSources()
    {
        var hs = Wco.Line("show instrument-hs-convention").ShouldSucceed().Stdout;
        var relations = _kb.GetRelations("instrument-hs-convention");
        hs.Should().Contain($"Relations ({relations.Count})\n");
        foreach (var relation in relations)
        {
            hs.Should().Contain($"  - {relation.From.Id} {DatasetWords.Word(relation.Type)} {relation.To.Id}");
            relation.Sources.Should().OnlyContain(source => System.Text.RegularExpressions.Regex.Replace(hs, @"\s+", " ").Contains(source.Title), "titles may wrap");
        }

        hs.Should().Contain("  - instrument-hs-convention managedBy body-harmonized-system-committee\n    [Harmonized System Committee");
        hs.IndexOf("Relations (", System.StringComparison.Ordinal).Should().BeLessThan(hs.IndexOf("\nSources\n", System.StringComparison.Ordinal));

        // The other end shows the same relation; a status other than confirmed is marked.
        Wco.Line("show body-harmonized-system-committee").ShouldSucceed().Stdout.Should().Contain("  - instrument-hs-convention managedBy body-harmonized-system-committee\n");
        Wco.Line("show topic-trade-facilitation").ShouldSucceed().Stdout.Should().Contain("  - instrument-kyoto-convention serves topic-trade-facilitation [inferred]\n");
        Wco.Line("show pillar 1").ShouldSucceed().Stdout.Should().NotContain("Relations (");
    }

    [Fact]
    public void Show_Json_HasTheRelations_AndEverySourceTheyCite()
    {
        var json = Wco.Line("show body-integrity-sub-committee --json").ShouldSucceed().Json();
        var expected = _kb.GetRelations("body-integrity-sub-committee");

        var relations = json.GetProperty("relations").EnumerateArray().ToList();
        relations.Select(r => (r.GetProperty("from").GetString()!, r.GetProperty("type").GetString()!, r.GetProperty("to").GetString()!))
            .Should().Equal(expected.Select(r => (r.From.Id, DatasetWords.Word(r.Type), r.To.Id)));
        relations.Select(r => r.GetProperty("status").GetString()).Should().Equal(expected.Select(r => DatasetWords.Word(r.Status)));
        relations.Select(r => r.GetProperty("note").GetString()).Should().Equal(expected.Select(r => r.Note));
        relations.Should().Contain(r => r.GetProperty("type").GetString() == "reportsTo" && r.GetProperty("to").GetString() == "body-policy-commission");

        // "sources" (the item's own) and "relatedSources" together resolve every source id in the document.
        var resolved = json.GetProperty("sources").EnumerateArray().Concat(json.GetProperty("relatedSources").EnumerateArray())
            .Select(s => s.GetProperty("id").GetString()).ToList();
        resolved.Should().OnlyHaveUniqueItems();
        relations.SelectMany(r => r.GetProperty("sources").EnumerateArray().Select(id => id.GetString())).Should().OnlyContain(id => resolved.Contains(id));

        var safe = Wco.Line("show instrument-safe-framework --json").ShouldSucceed().Json();
        safe.GetProperty("relatedSources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Should().Contain("src-wco-council-2015", "an edition cites it");
        Wco.Line("show pillar 1 --json").ShouldSucceed().Json().GetProperty("relations").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Show_SourceId_CountsCitationsByEditionsAndRelations()
    {
        var council = _kb.GetSource("src-wco-council-2015");
        var citing = _kb.Items.Where(item => item.Sources.Contains(council)
            || (item is Instrument instrument && instrument.Editions.Any(edition => edition.Sources.Contains(council)))).Select(item => item.Id).ToList();
        var human = Wco.Line("show src-wco-council-2015").ShouldSucceed().Stdout;
        citing.Should().Contain("instrument-safe-framework");
        human.Should().Contain($"Cited by {citing.Count} items\n  " + string.Join("\n  ", citing) + "\n");

        var json = Wco.Line("show src-wco-harmonized-system-committee --json").ShouldSucceed().Json();
        var expected = _kb.Relations.Where(r => r.Sources.Any(source => source.Id == "src-wco-harmonized-system-committee")).ToList();
        expected.Should().NotBeEmpty();
        json.GetProperty("citedByRelations").EnumerateArray().Select(r => r.GetProperty("from").GetString() + " " + r.GetProperty("to").GetString())
            .Should().Equal(expected.Select(r => r.From.Id + " " + r.To.Id));
        Wco.Line("show src-wco-harmonized-system-committee").ShouldSucceed().Stdout
            .Should().Contain($"Cited by {expected.Count} relations\n  instrument-hs-convention managedBy body-harmonized-system-committee\n");
    }

    [Fact]
    public void Show_SourceId_PrintsTheSourceAndTheItemsCitingIt()
    {
        var source = _kb.GetSource("src-wco-history");
        var citing = _kb.Items.Where(item => item.Sources.Contains(source)).Select(item => item.Id).ToList();

        var human = Wco.Line("show src-wco-history").ShouldSucceed();
        human.Stdout.Should().Contain(source.Url);
        citing.Should().NotBeEmpty().And.OnlyContain(id => human.Stdout.Contains(id));

        var json = Wco.Line("show src-wco-history --json").ShouldSucceed().Json();
        json.GetProperty("source").GetProperty("url").GetString().Should().Be(source.Url);
        json.GetProperty("citedBy").EnumerateArray().Select(e => e.GetString()).Should().Equal(citing);
    }

    [Theory]
    [InlineData("pilar-integrty")]
    [InlineData("pillar-integrity-x")]
    [InlineData("kyoto-convention")]
    public void Show_UnknownId_Exits1AndListsTheThreeClosestMatches(string id)
    {
        var expected = _kb.Search(id.Replace('-', ' '), new SearchOptions { Limit = 3 });
        var result = Wco.Run("show", id).ShouldFail(1);

        result.Stderr.Should().Contain($"No item or source has the id '{id}'").And.Contain("Closest matches:");
        expected.Should().NotBeEmpty();
        var listed = result.Stderr.Split('\n').SkipWhile(line => line != "Closest matches:").Skip(1).TakeWhile(line => line.StartsWith("  ", System.StringComparison.Ordinal));
        listed.Select(line => line.Trim().Split(' ')[0]).Should().Equal(expected.Select(hit => hit.Item.Id));
    }

    [Fact]
    public void Show_UnknownId_WithJson_StillPrintsNothingOnStdout()
    {
        Wco.Line("show nothing-like-this --json").ShouldFail(1);
    }

    [Theory]
    [InlineData("pillar 11", 1)]
    [InlineData("pillar 0", 1)]
    [InlineData("objective 10", 1)]
    [InlineData("role 5", 1)]
    [InlineData("pillar x", 2)]
    [InlineData("pillar -1", 2)]
    [InlineData("planet 3", 2)]
    public void Show_BadKindOrNumber_ExitsWithItsCode(string arguments, int exitCode)
    {
        Wco.Run(["show", .. arguments.Split(' ')]).ShouldFail(exitCode);
    }

    [Fact]
    public void Show_MissingNumber_SaysHowTheKindIsNumbered()
    {
        Wco.Line("show pillar 11").Stderr.Should().Contain(_kb.ExplainNotFound(KnowledgeKind.Pillar, 11)).And.Contain("1 to 10").And.Contain("'wco list pillars'");
        Wco.Line("show role 5").Stderr.Should().Contain("No role has the number 5").And.Contain("1 to 4");
    }

    [Theory]
    [InlineData("show")]
    [InlineData("show a b c")]
    public void Show_WrongNumberOfArguments_IsAUsageError(string commandLine)
    {
        Wco.Line(commandLine).ShouldFail(2).Stderr.Should().Contain("wco show --help");
    }

    [Theory]
    [InlineData("BE")]
    [InlineData("bel")]
    public void Show_MemberByIsoCode_PrintsItsMembershipAndSources(string code)
    {
        var belgium = _kb.GetMember("BE");

        var human = Wco.Line($"show member {code}").ShouldSucceed().Stdout;

        human.Should().StartWith("Belgium\n").And.Contain("BE / BEL").And.Contain("region-europe").And.Contain(belgium.MemberSince.ToString());
        belgium.Sources.Should().OnlyContain(source => human.Contains(source.Url, System.StringComparison.Ordinal));
        Wco.Line($"show member {code} --json").ShouldSucceed().Json().GetProperty("item").GetProperty("isoAlpha3").GetString().Should().Be("BEL");
    }

    [Fact]
    public void Show_MemberWithUnknownCode_ExitsNotFound()
    {
        var result = Wco.Line("show member EU");

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("'EU'");
    }
}
