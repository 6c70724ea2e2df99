// One line per member: the member tables read as the format's spec does; braces would triple their length.
#pragma warning disable IDE0011

namespace WcoKnowledge.Json;

// The organization object and the objects only it contains (Data/README.md, "organization").
internal static partial class DatasetJsonReader
{
    private static OrganizationDto Organization(ref JsonCursor c)
    {
        var o = new OrganizationDto();
        c.EnterObject();
        while (c.NextMember())
        {
            if (ItemMember(ref c, o)) continue;
            else if (c.Member("abbreviation"u8, "abbreviation")) o.Abbreviation = c.Text();
            else if (c.Member("legalName"u8, "legalName")) o.LegalName = c.Text();
            else if (c.Member("legalAbbreviation"u8, "legalAbbreviation")) o.LegalAbbreviation = c.Text();
            else if (c.Member("frenchName"u8, "frenchName")) o.FrenchName = c.Text();
            else if (c.Member("frenchAbbreviation"u8, "frenchAbbreviation")) o.FrenchAbbreviation = c.Text();
            else if (c.Member("frenchLegalName"u8, "frenchLegalName")) o.FrenchLegalName = c.Text();
            else if (c.Member("frenchLegalAbbreviation"u8, "frenchLegalAbbreviation")) o.FrenchLegalAbbreviation = c.Text();
            else if (c.Member("establishingConvention"u8, "establishingConvention")) o.EstablishingConvention = Convention(ref c);
            else if (c.Member("headquarters"u8, "headquarters")) o.Headquarters = Headquarters(ref c);
            else if (c.Member("officialLanguages"u8, "officialLanguages")) o.OfficialLanguages = LanguageSet(ref c);
            else if (c.Member("history"u8, "history")) o.History = c.Objects(Milestone);
            else if (c.Member("membership"u8, "membership")) o.Membership = c.Objects(DatedFigure);
            else if (c.Member("worldTradeShare"u8, "worldTradeShare")) o.WorldTradeShare = DatedFigure(ref c);
            else if (c.Member("secretariatStaff"u8, "secretariatStaff")) o.SecretariatStaff = c.Objects(DatedFigure);
            else if (c.Member("vision"u8, "vision")) o.Vision = Statement(ref c);
            else if (c.Member("missions"u8, "missions")) o.Missions = c.Objects(Statement);
            else if (c.Member("values"u8, "values")) o.Values = c.Objects(Item);
            else if (c.Member("governance"u8, "governance")) o.Governance = c.Objects(GovernanceBody);
            else if (c.Member("topics"u8, "topics")) o.Topics = c.Objects(Item);
            else if (c.Member("customsDayThemes"u8, "customsDayThemes")) o.CustomsDayThemes = c.Objects(CustomsDayTheme);
            else throw c.UnknownMember();
        }

        RequireItem(ref c, o);
        c.Require(o.Abbreviation, "abbreviation");
        c.Require(o.LegalName, "legalName");
        c.Require(o.LegalAbbreviation, "legalAbbreviation");
        c.Require(o.FrenchName, "frenchName");
        c.Require(o.FrenchAbbreviation, "frenchAbbreviation");
        c.Require(o.FrenchLegalName, "frenchLegalName");
        c.Require(o.FrenchLegalAbbreviation, "frenchLegalAbbreviation");
        c.Require(o.EstablishingConvention, "establishingConvention");
        c.Require(o.Headquarters, "headquarters");
        c.Require(o.OfficialLanguages, "officialLanguages");
        c.Require(o.History, "history");
        c.Require(o.Membership, "membership");
        c.Require(o.WorldTradeShare, "worldTradeShare");
        c.Require(o.SecretariatStaff, "secretariatStaff");
        c.Require(o.Vision, "vision");
        c.Require(o.Missions, "missions");
        c.Require(o.Values, "values");
        c.Require(o.Governance, "governance");
        c.Require(o.Topics, "topics");
        return o;
    }

    private static ConventionDto Convention(ref JsonCursor c)
    {
        var e = new ConventionDto();
        c.EnterObject();
        while (c.NextMember())
        {
            if (c.Member("title"u8, "title")) e.Title = c.Text();
            else if (c.Member("place"u8, "place")) e.Place = c.Text();
            else if (c.Member("signedOn"u8, "signedOn")) e.SignedOn = c.Text();
            else if (c.Member("inForceOn"u8, "inForceOn")) e.InForceOn = c.Text();
            else if (c.Member("status"u8, "status")) e.Status = c.Text();
            else if (c.Member("sources"u8, "sources")) e.Sources = c.Texts();
            else throw c.UnknownMember();
        }

        c.Require(e.Title, "title");
        c.Require(e.Place, "place");
        c.Require(e.SignedOn, "signedOn");
        c.Require(e.InForceOn, "inForceOn");
        c.Require(e.Status, "status");
        c.Require(e.Sources, "sources");
        return e;
    }

    private static HeadquartersDto Headquarters(ref JsonCursor c)
    {
        var h = new HeadquartersDto();
        c.EnterObject();
        while (c.NextMember())
        {
            if (c.Member("city"u8, "city")) h.City = c.Text();
            else if (c.Member("country"u8, "country")) h.Country = c.Text();
            else if (c.Member("address"u8, "address")) h.Address = c.Text();
            else if (c.Member("status"u8, "status")) h.Status = c.Text();
            else if (c.Member("sources"u8, "sources")) h.Sources = c.Texts();
            else throw c.UnknownMember();
        }

        c.Require(h.City, "city");
        c.Require(h.Country, "country");
        c.Require(h.Address, "address");
        c.Require(h.Status, "status");
        c.Require(h.Sources, "sources");
        return h;
    }

    private static LanguageSetDto LanguageSet(ref JsonCursor c)
    {
        var l = new LanguageSetDto();
        c.EnterObject();
        while (c.NextMember())
        {
            if (c.Member("languages"u8, "languages")) l.Languages = c.Texts();
            else if (c.Member("asOf"u8, "asOf")) l.AsOf = c.Text();
            else if (c.Member("status"u8, "status")) l.Status = c.Text();
            else if (c.Member("sources"u8, "sources")) l.Sources = c.Texts();
            else throw c.UnknownMember();
        }

        c.Require(l.Languages, "languages");
        c.Require(l.AsOf, "asOf");
        c.Require(l.Status, "status");
        c.Require(l.Sources, "sources");
        return l;
    }

    private static MilestoneDto Milestone(ref JsonCursor c)
    {
        var m = new MilestoneDto();
        c.EnterObject();
        while (c.NextMember())
        {
            if (c.Member("key"u8, "key")) m.Key = c.Text();
            else if (c.Member("date"u8, "date")) m.Date = c.Text();
            else if (c.Member("title"u8, "title")) m.Title = c.Text();
            else if (c.Member("summary"u8, "summary")) m.Summary = c.Text();
            else if (c.Member("status"u8, "status")) m.Status = c.Text();
            else if (c.Member("sources"u8, "sources")) m.Sources = c.Texts();
            else throw c.UnknownMember();
        }

        c.Require(m.Key, "key");
        c.Require(m.Date, "date");
        c.Require(m.Title, "title");
        c.Require(m.Summary, "summary");
        c.Require(m.Status, "status");
        c.Require(m.Sources, "sources");
        return m;
    }

    private static DatedFigureDto DatedFigure(ref JsonCursor c)
    {
        var f = new DatedFigureDto();
        var hasValue = false;
        c.EnterObject();
        while (c.NextMember())
        {
            if (c.Member("value"u8, "value")) (f.Value, hasValue) = (c.Int(), true);
            else if (c.Member("qualifier"u8, "qualifier")) f.Qualifier = c.Text();
            else if (c.Member("unit"u8, "unit")) f.Unit = c.Text();
            else if (c.Member("asOf"u8, "asOf")) f.AsOf = c.Text();
            else if (c.Member("status"u8, "status")) f.Status = c.Text();
            else if (c.Member("note"u8, "note")) f.Note = c.NullableText();
            else if (c.Member("sources"u8, "sources")) f.Sources = c.Texts();
            else throw c.UnknownMember();
        }

        c.Require(hasValue, "value");
        c.Require(f.Qualifier, "qualifier");
        c.Require(f.Unit, "unit");
        c.Require(f.AsOf, "asOf");
        c.Require(f.Status, "status");
        c.Require(f.Sources, "sources");
        return f;
    }

    private static StatementDto Statement(ref JsonCursor c)
    {
        var s = new StatementDto();
        c.EnterObject();
        while (c.NextMember())
        {
            if (ItemMember(ref c, s)) continue;
            else if (c.Member("era"u8, "era")) s.Era = c.Text();
            else throw c.UnknownMember();
        }

        RequireItem(ref c, s);
        c.Require(s.Era, "era");
        return s;
    }

    private static GovernanceBodyDto GovernanceBody(ref JsonCursor c)
    {
        var g = new GovernanceBodyDto();
        c.EnterObject();
        while (c.NextMember())
        {
            if (ItemMember(ref c, g)) continue;
            else if (c.Member("group"u8, "group")) g.Group = c.NullableText();
            else if (c.Member("established"u8, "established")) g.Established = c.NullableText();
            else throw c.UnknownMember();
        }

        RequireItem(ref c, g);
        return g;
    }
}
