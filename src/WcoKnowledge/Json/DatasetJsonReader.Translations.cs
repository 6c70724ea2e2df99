// One line per member: the member tables read as the format's spec does; braces would triple their length.
#pragma warning disable IDE0011

using System.Collections.Generic;

namespace WcoKnowledge.Json;

// Format 4's additions: translations keyed by language tag, Wikidata links, International Customs Day themes.
internal static partial class DatasetJsonReader
{
    // { "fr": { "title": ..., ... }, ... }: the keys are language tags; the builder checks their form.
    private static Dictionary<string, TranslationDto> Translations(ref JsonCursor c)
    {
        var translations = new Dictionary<string, TranslationDto>();
        var seen = new List<string>(2);
        c.EnterObject();
        while (c.NextMember())
        {
            var language = c.NameAsKey(seen);
            translations.Add(language, Translation(ref c));
        }

        return translations;
    }

    private static TranslationDto Translation(ref JsonCursor c)
    {
        var t = new TranslationDto();
        c.EnterObject();
        while (c.NextMember())
        {
            if (c.Member("title"u8, "title")) t.Title = c.Text();
            else if (c.Member("aliases"u8, "aliases")) t.Aliases = c.Texts();
            else if (c.Member("status"u8, "status")) t.Status = c.Text();
            else if (c.Member("statusNote"u8, "statusNote")) t.StatusNote = c.NullableText();
            else if (c.Member("sources"u8, "sources")) t.Sources = c.Texts();
            else throw c.UnknownMember();
        }

        c.Require(t.Title, "title");
        c.Require(t.Aliases, "aliases");
        c.Require(t.Status, "status");
        c.Require(t.Sources, "sources");
        return t;
    }

    private static WikidataDto Wikidata(ref JsonCursor c)
    {
        var w = new WikidataDto();
        c.EnterObject();
        while (c.NextMember())
        {
            if (c.Member("id"u8, "id")) w.Id = c.Text();
            else if (c.Member("status"u8, "status")) w.Status = c.Text();
            else if (c.Member("statusNote"u8, "statusNote")) w.StatusNote = c.NullableText();
            else if (c.Member("sources"u8, "sources")) w.Sources = c.Texts();
            else throw c.UnknownMember();
        }

        c.Require(w.Id, "id");
        c.Require(w.Status, "status");
        c.Require(w.Sources, "sources");
        return w;
    }

    private static CustomsDayThemeDto CustomsDayTheme(ref JsonCursor c)
    {
        var t = new CustomsDayThemeDto();
        var hasYear = false;
        c.EnterObject();
        while (c.NextMember())
        {
            if (c.Member("year"u8, "year")) (t.Year, hasYear) = (c.Int(), true);
            else if (c.Member("theme"u8, "theme")) t.Theme = c.Text();
            else if (c.Member("status"u8, "status")) t.Status = c.Text();
            else if (c.Member("statusNote"u8, "statusNote")) t.StatusNote = c.NullableText();
            else if (c.Member("sources"u8, "sources")) t.Sources = c.Texts();
            else if (c.Member("translations"u8, "translations")) t.Translations = Translations(ref c);
            else throw c.UnknownMember();
        }

        c.Require(hasYear, "year");
        c.Require(t.Theme, "theme");
        c.Require(t.Status, "status");
        c.Require(t.Sources, "sources");
        return t;
    }
}
