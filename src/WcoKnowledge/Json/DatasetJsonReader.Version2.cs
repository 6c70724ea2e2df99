// One line per member: the member tables read as the format's spec does; braces would triple their length.
#pragma warning disable IDE0011

namespace WcoKnowledge.Json;

// The objects that format version 2 adds (Data/README.md, "Format version 2").
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

    private static RegionDto Region(ref JsonCursor c)
    {
        var r = new RegionDto();
        var hasNumber = false;
        c.EnterObject();
        while (c.NextMember())
        {
            if (ItemMember(ref c, r)) continue;
            else if (c.Member("abbreviation"u8, "abbreviation")) r.Abbreviation = c.Text();
            else if (c.Member("number"u8, "number")) (r.Number, hasNumber) = (c.Int(), true);
            else throw c.UnknownMember();
        }

        RequireItem(ref c, r);
        c.Require(r.Abbreviation, "abbreviation");
        c.Require(hasNumber, "number");
        return r;
    }

    private static SecretaryGeneralDto SecretaryGeneral(ref JsonCursor c)
    {
        var s = new SecretaryGeneralDto();
        bool hasTermStart = false, hasTermEnd = false;
        c.EnterObject();
        while (c.NextMember())
        {
            if (ItemMember(ref c, s)) continue;
            else if (c.Member("country"u8, "country")) s.Country = c.Text();
            else if (c.Member("termStart"u8, "termStart")) (s.TermStart, hasTermStart) = (c.NullableText(), true);
            else if (c.Member("termEnd"u8, "termEnd")) (s.TermEnd, hasTermEnd) = (c.NullableText(), true);
            else throw c.UnknownMember();
        }

        RequireItem(ref c, s);
        c.Require(s.Country, "country");
        c.Require(hasTermStart, "termStart");
        c.Require(hasTermEnd, "termEnd");
        return s;
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

    // Format version 3: one row of the member registry.
    private static MemberDto Member(ref JsonCursor c)
    {
        var m = new MemberDto();
        bool hasAlpha2 = false, hasAlpha3 = false, hasCodeNote = false, hasSince = false;
        c.EnterObject();
        while (c.NextMember())
        {
            if (ItemMember(ref c, m)) continue;
            else if (c.Member("isoAlpha2"u8, "isoAlpha2")) (m.IsoAlpha2, hasAlpha2) = (c.NullableText(), true);
            else if (c.Member("isoAlpha3"u8, "isoAlpha3")) (m.IsoAlpha3, hasAlpha3) = (c.NullableText(), true);
            else if (c.Member("codeNote"u8, "codeNote")) (m.CodeNote, hasCodeNote) = (c.NullableText(), true);
            else if (c.Member("region"u8, "region")) m.Region = c.Text();
            else if (c.Member("memberSince"u8, "memberSince")) (m.MemberSince, hasSince) = (c.NullableText(), true);
            else if (c.Member("memberSinceKind"u8, "memberSinceKind")) m.MemberSinceKind = c.Text();
            else throw c.UnknownMember();
        }

        RequireItem(ref c, m);
        c.Require(hasAlpha2, "isoAlpha2");
        c.Require(hasAlpha3, "isoAlpha3");
        c.Require(hasCodeNote, "codeNote");
        c.Require(m.Region, "region");
        c.Require(hasSince, "memberSince");
        c.Require(m.MemberSinceKind, "memberSinceKind");
        return m;
    }

    // Format version 3: a Council Chair or Deputy Secretary General.
    private static OfficerDto Officer(ref JsonCursor c)
    {
        var o = new OfficerDto();
        bool hasCountry = false, hasStart = false, hasEnd = false;
        c.EnterObject();
        while (c.NextMember())
        {
            if (ItemMember(ref c, o)) continue;
            else if (c.Member("office"u8, "office")) o.Office = c.Text();
            else if (c.Member("country"u8, "country")) (o.Country, hasCountry) = (c.NullableText(), true);
            else if (c.Member("termStart"u8, "termStart")) (o.TermStart, hasStart) = (c.NullableText(), true);
            else if (c.Member("termEnd"u8, "termEnd")) (o.TermEnd, hasEnd) = (c.NullableText(), true);
            else throw c.UnknownMember();
        }

        RequireItem(ref c, o);
        c.Require(o.Office, "office");
        c.Require(hasCountry, "country");
        c.Require(hasStart, "termStart");
        c.Require(hasEnd, "termEnd");
        return o;
    }
}
