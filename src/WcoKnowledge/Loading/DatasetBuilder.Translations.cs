using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using WcoKnowledge.Json;

namespace WcoKnowledge.Loading;

// Format 4's additions: translations, Wikidata links, International Customs Day themes.
internal sealed partial class DatasetBuilder
{
    private static readonly ReadOnlyCollection<Translation> _noTranslations = Array.AsReadOnly(Array.Empty<Translation>());

    private ReadOnlyCollection<Translation> BuildTranslations(Dictionary<string, TranslationDto>? dtos, DataPath path)
    {
        if (dtos is null || dtos.Count == 0)
        {
            return _noTranslations;
        }

        var translations = new List<Translation>(dtos.Count);
        foreach (var entry in dtos)
        {
            var at = path.ToString() + "." + MessageText.Shorten(entry.Key, 40);
            if (!LanguageTags.IsWellFormed(entry.Key))
            {
                _check.Add(at, $"'{MessageText.Shorten(entry.Key, 40)}' is not a BCP 47 language tag (such as 'fr' or 'fr-CA').");
            }
            else if (LanguageTags.IsEnglish(entry.Key))
            {
                _check.Add(at, "English is the item's own title and aliases; translations are for other languages.");
            }

            if (entry.Value is null)
            {
                _check.Add(at, "must be an object, not null.");
                continue;
            }

            var t = entry.Value;
            translations.Add(new Translation
            {
                Language = entry.Key,
                Title = _check.Text(t.Title, new DataPath(at, ".title")),
                Aliases = Texts(t.Aliases, new DataPath(at, ".aliases")),
                Status = _check.Status(t.Status, new DataPath(at, ".status")),
                StatusNote = _check.OptionalText(t.StatusNote, new DataPath(at, ".statusNote"), DataValidator.LongText),
                Sources = Cite(t.Sources, new DataPath(at, ".sources")),
            });
        }

        return translations.AsReadOnly();
    }

    private WikidataLink BuildWikidata(WikidataDto w, DataPath path)
    {
        var id = _check.Text(w.Id, new DataPath(path, ".id"));
        if (!IsWikidataId(id))
        {
            _check.Add(new DataPath(path, ".id"), $"'{MessageText.Shorten(id, 40)}' is not a Wikidata item id ('Q' and digits, such as 'Q183').");
        }

        return new WikidataLink
        {
            Id = id,
            Status = _check.Status(w.Status, new DataPath(path, ".status")),
            StatusNote = _check.OptionalText(w.StatusNote, new DataPath(path, ".statusNote"), DataValidator.LongText),
            Sources = Cite(w.Sources, new DataPath(path, ".sources")),
        };
    }

    // Required from format 4 on (the reader took it as optional, so that older files get the version message instead).
    private ReadOnlyCollection<CustomsDayTheme> BuildThemes(CustomsDayThemeDto[]? dtos, string path)
    {
        if (dtos is null)
        {
            _check.Add(path, "the required member 'customsDayThemes' is missing (an empty list is valid).");
            return Array.AsReadOnly(Array.Empty<CustomsDayTheme>());
        }

        var themes = List(dtos, path, (t, p) => new CustomsDayTheme
        {
            Year = t.Year,
            Theme = _check.Text(t.Theme, new DataPath(p, ".theme")),
            Status = _check.Status(t.Status, new DataPath(p, ".status")),
            StatusNote = _check.OptionalText(t.StatusNote, new DataPath(p, ".statusNote"), DataValidator.LongText),
            Sources = Cite(t.Sources, new DataPath(p, ".sources")),
            Translations = BuildTranslations(t.Translations, new DataPath(p, ".translations")),
        });
        for (var i = 0; i < themes.Count; i++)
        {
            var year = themes[i].Year;
            if (year < 1953 || (_check.AsOf is { } asOf && year > asOf.Year))
            {
                _check.Add(DataPath.Element(path, i), $"year {year} is not plausible: International Customs Day is held from 1953 to the dataset's asOf year.");
            }
            else if (i > 0 && year <= themes[i - 1].Year)
            {
                _check.Add(DataPath.Element(path, i), $"year {year} follows {themes[i - 1].Year}: themes are listed once per year, oldest first.");
            }
        }

        return themes;
    }

    // "Q" and 1 to 12 digits, no leading zero: the form of a Wikidata item id.
    private static bool IsWikidataId(string id)
    {
        if (id.Length < 2 || id.Length > 13 || id[0] != 'Q' || id[1] == '0')
        {
            return false;
        }

        for (var i = 1; i < id.Length; i++)
        {
            if (id[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
