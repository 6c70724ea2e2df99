// One line per member: the member tables read as the format's spec does; braces would triple their length.
#pragma warning disable IDE0011

namespace WcoKnowledge.Json;
// Regions, the member registry and the holders of offices (Data/README.md).
internal static partial class DatasetJsonReader
{
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

    // One row of the member registry.
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

    // A Council Chair or Deputy Secretary General.
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
