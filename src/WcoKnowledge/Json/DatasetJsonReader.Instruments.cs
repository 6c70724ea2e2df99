// One line per member: the member tables read as the format's spec does; braces would triple their length.
#pragma warning disable IDE0011

namespace WcoKnowledge.Json;
// Strategic plans, instruments with their editions, and the relations between items (Data/README.md).
internal static partial class DatasetJsonReader
{
    private static StrategicPlanDto StrategicPlan(ref JsonCursor c)
    {
        var p = new StrategicPlanDto();
        bool hasStart = false, hasEnd = false, hasEndorsed = false;
        c.EnterObject();
        while (c.NextMember())
        {
            if (ItemMember(ref c, p)) continue;
            else if (c.Member("period"u8, "period")) p.Period = c.Text();
            else if (c.Member("startYear"u8, "startYear")) (p.StartYear, hasStart) = (c.Int(), true);
            else if (c.Member("endYear"u8, "endYear")) (p.EndYear, hasEnd) = (c.Int(), true);
            else if (c.Member("endorsed"u8, "endorsed")) (p.Endorsed, hasEndorsed) = (c.NullableText(), true);
            else if (c.Member("structure"u8, "structure")) p.Structure = c.Text();
            else if (c.Member("objectives"u8, "objectives")) p.Objectives = c.Objects(Objective);
            else throw c.UnknownMember();
        }

        RequireItem(ref c, p);
        c.Require(p.Period, "period");
        c.Require(hasStart, "startYear");
        c.Require(hasEnd, "endYear");
        c.Require(hasEndorsed, "endorsed");
        c.Require(p.Structure, "structure");
        c.Require(p.Objectives, "objectives");
        return p;
    }

    private static InstrumentDto Instrument(ref JsonCursor c)
    {
        var i = new InstrumentDto();
        bool hasAdoptedOn = false, hasAdoptedAt = false, hasInForceOn = false;
        c.EnterObject();
        while (c.NextMember())
        {
            if (ItemMember(ref c, i)) continue;
            else if (c.Member("instrumentKind"u8, "instrumentKind")) i.InstrumentKind = c.Text();
            else if (c.Member("adoptedOn"u8, "adoptedOn")) (i.AdoptedOn, hasAdoptedOn) = (c.NullableText(), true);
            else if (c.Member("adoptedAt"u8, "adoptedAt")) (i.AdoptedAt, hasAdoptedAt) = (c.NullableText(), true);
            else if (c.Member("inForce"u8, "inForce")) i.InForce = c.Text();
            else if (c.Member("inForceOn"u8, "inForceOn")) (i.InForceOn, hasInForceOn) = (c.NullableText(), true);
            else if (c.Member("editions"u8, "editions")) i.Editions = c.Objects(Edition);
            else throw c.UnknownMember();
        }

        RequireItem(ref c, i);
        c.Require(i.InstrumentKind, "instrumentKind");
        c.Require(hasAdoptedOn, "adoptedOn");
        c.Require(hasAdoptedAt, "adoptedAt");
        c.Require(i.InForce, "inForce");
        c.Require(hasInForceOn, "inForceOn");
        c.Require(i.Editions, "editions");
        return i;
    }

    private static EditionDto Edition(ref JsonCursor c)
    {
        var e = new EditionDto();
        c.EnterObject();
        while (c.NextMember())
        {
            if (c.Member("label"u8, "label")) e.Label = c.Text();
            else if (c.Member("date"u8, "date")) e.Date = c.Text();
            else if (c.Member("summary"u8, "summary")) e.Summary = c.Text();
            else if (c.Member("status"u8, "status")) e.Status = c.Text();
            else if (c.Member("sources"u8, "sources")) e.Sources = c.Texts();
            else throw c.UnknownMember();
        }

        c.Require(e.Label, "label");
        c.Require(e.Date, "date");
        c.Require(e.Summary, "summary");
        c.Require(e.Status, "status");
        c.Require(e.Sources, "sources");
        return e;
    }

    private static RelationDto Relation(ref JsonCursor c)
    {
        var r = new RelationDto();
        c.EnterObject();
        while (c.NextMember())
        {
            if (c.Member("from"u8, "from")) r.From = c.Text();
            else if (c.Member("type"u8, "type")) r.Type = c.Text();
            else if (c.Member("to"u8, "to")) r.To = c.Text();
            else if (c.Member("status"u8, "status")) r.Status = c.Text();
            else if (c.Member("note"u8, "note")) r.Note = c.NullableText();
            else if (c.Member("sources"u8, "sources")) r.Sources = c.Texts();
            else throw c.UnknownMember();
        }

        c.Require(r.From, "from");
        c.Require(r.Type, "type");
        c.Require(r.To, "to");
        c.Require(r.Status, "status");
        c.Require(r.Sources, "sources");
        return r;
    }
}
