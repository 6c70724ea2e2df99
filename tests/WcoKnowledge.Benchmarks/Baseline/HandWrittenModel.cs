using System.Collections.Generic;

namespace WcoKnowledge.Benchmarks.Baseline;

// What a user would write by hand to read the dataset without this library: mutable classes mirroring the JSON,
// filled by reflection-based System.Text.Json. No validation, no immutability, no cross-references resolved:
// source ids stay strings. Only the benchmarks use these classes.

public class HandWrittenDataset
{
    public int FormatVersion { get; set; }

    public string DataVersion { get; set; } = "";

    public string AsOf { get; set; } = "";

    public List<SourceData> Sources { get; set; } = new();

    public OrganizationData Organization { get; set; } = new();

    public StrategyData CustomsIn21stCentury { get; set; } = new();

    public List<ItemData> Roles { get; set; } = new();

    public List<ObjectiveData> Objectives { get; set; } = new();

    public List<PillarData> Pillars { get; set; } = new();

    public List<StrategicPlanData> StrategicPlans { get; set; } = new();

    public List<InstrumentData> Instruments { get; set; } = new();

    public List<RegionData> Regions { get; set; } = new();

    public List<SecretaryGeneralData> SecretariesGeneral { get; set; } = new();

    public List<RelationData> Relations { get; set; } = new();
}

public class SourceData
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Publisher { get; set; } = "";

    public string Url { get; set; } = "";

    public string Kind { get; set; } = "";

    public string? AsOf { get; set; }

    public string? Note { get; set; }
}

public class ItemData
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public List<string> Aliases { get; set; } = new();

    public string Status { get; set; } = "";

    public string? StatusNote { get; set; }

    public List<string> Sources { get; set; } = new();
}

public class ObjectiveData : ItemData
{
    public int Number { get; set; }

    public string PlanEdition { get; set; } = "";

    public string PlanEditionStatus { get; set; } = "";

    public string? Plan { get; set; }

    public string? Label { get; set; }
}

public class PillarData : ItemData
{
    public int Number { get; set; }
}

public class StrategyData : ItemData
{
    public string Adopted { get; set; } = "";
}

public class StatementData : ItemData
{
    public string Era { get; set; } = "";
}

public class GovernanceBodyData : ItemData
{
    public string? Group { get; set; }

    public string? Established { get; set; }
}

public class OrganizationData : ItemData
{
    public string Abbreviation { get; set; } = "";

    public string LegalName { get; set; } = "";

    public string LegalAbbreviation { get; set; } = "";

    public string FrenchName { get; set; } = "";

    public string FrenchAbbreviation { get; set; } = "";

    public string FrenchLegalName { get; set; } = "";

    public string FrenchLegalAbbreviation { get; set; } = "";

    public ConventionData EstablishingConvention { get; set; } = new();

    public HeadquartersData Headquarters { get; set; } = new();

    public LanguageSetData OfficialLanguages { get; set; } = new();

    public List<MilestoneData> History { get; set; } = new();

    public List<FigureData> Membership { get; set; } = new();

    public FigureData WorldTradeShare { get; set; } = new();

    public List<FigureData> SecretariatStaff { get; set; } = new();

    public StatementData Vision { get; set; } = new();

    public List<StatementData> Missions { get; set; } = new();

    public List<ItemData> Values { get; set; } = new();

    public List<GovernanceBodyData> Governance { get; set; } = new();

    public List<ItemData> Topics { get; set; } = new();
}

public class ConventionData
{
    public string Title { get; set; } = "";

    public string Place { get; set; } = "";

    public string SignedOn { get; set; } = "";

    public string InForceOn { get; set; } = "";

    public string Status { get; set; } = "";

    public List<string> Sources { get; set; } = new();
}

public class HeadquartersData
{
    public string City { get; set; } = "";

    public string Country { get; set; } = "";

    public string Address { get; set; } = "";

    public string Status { get; set; } = "";

    public List<string> Sources { get; set; } = new();
}

public class LanguageSetData
{
    public List<string> Languages { get; set; } = new();

    public string AsOf { get; set; } = "";

    public string Status { get; set; } = "";

    public List<string> Sources { get; set; } = new();
}

public class MilestoneData
{
    public string Key { get; set; } = "";

    public string Date { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Status { get; set; } = "";

    public List<string> Sources { get; set; } = new();
}

public class FigureData
{
    public int Value { get; set; }

    public string Qualifier { get; set; } = "";

    public string Unit { get; set; } = "";

    public string AsOf { get; set; } = "";

    public string Status { get; set; } = "";

    public string? Note { get; set; }

    public List<string> Sources { get; set; } = new();
}

public class StrategicPlanData : ItemData
{
    public string Period { get; set; } = "";

    public int StartYear { get; set; }

    public int EndYear { get; set; }

    public string? Endorsed { get; set; }

    public string Structure { get; set; } = "";

    public List<ObjectiveData> Objectives { get; set; } = new();
}

public class InstrumentData : ItemData
{
    public string InstrumentKind { get; set; } = "";

    public string? AdoptedOn { get; set; }

    public string? AdoptedAt { get; set; }

    public string InForce { get; set; } = "";

    public string? InForceOn { get; set; }

    public List<EditionData> Editions { get; set; } = new();
}

public class EditionData
{
    public string Label { get; set; } = "";

    public string Date { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Status { get; set; } = "";

    public List<string> Sources { get; set; } = new();
}

public class RegionData : ItemData
{
    public string Abbreviation { get; set; } = "";

    public int Number { get; set; }
}

public class SecretaryGeneralData : ItemData
{
    public string Country { get; set; } = "";

    public string TermStart { get; set; } = "";

    public string? TermEnd { get; set; }
}

public class RelationData
{
    public string From { get; set; } = "";

    public string Type { get; set; } = "";

    public string To { get; set; } = "";

    public string Status { get; set; } = "";

    public string? Note { get; set; }

    public List<string> Sources { get; set; } = new();
}
