using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using WcoKnowledge.Json;

namespace WcoKnowledge.Loading;

// The checks every part of a dataset shares: item fields, ids, citations, lists, numbering, ordering.
internal sealed partial class DatasetBuilder
{
    private ItemFields Fields(ItemDto dto, DataPath path, KnowledgeKind kind)
    {
        var id = _check.Text(dto.Id, new DataPath(path, ".id"));
        CheckId(id, KnowledgeKinds.IdPrefix(kind), new DataPath(path, ".id"));
        return new ItemFields
        {
            Id = id,
            Title = _check.Text(dto.Title, new DataPath(path, ".title")),
            Summary = _check.Text(dto.Summary, new DataPath(path, ".summary"), DataValidator.LongText),
            Aliases = Texts(dto.Aliases, new DataPath(path, ".aliases")),
            Status = _check.Status(dto.Status, new DataPath(path, ".status")),
            StatusNote = _check.OptionalText(dto.StatusNote, new DataPath(path, ".statusNote"), DataValidator.LongText),
            Sources = Cite(dto.Sources, new DataPath(path, ".sources")),
            Translations = BuildTranslations(dto.Translations, new DataPath(path, ".translations")),
            Wikidata = dto.Wikidata is null ? null : BuildWikidata(dto.Wikidata, new DataPath(path, ".wikidata")),
        };
    }

    private IReadOnlyList<T> Items<TDto, T>(TDto[] dtos, string path, KnowledgeKind kind, Func<TDto, ItemFields, DataPath, T> create)
        where TDto : ItemDto
        where T : IKnowledgeItem
        => List(dtos, path, (dto, itemPath) => Register(create(dto, Fields(dto, itemPath, kind), itemPath)));

    // Every built item, by id, so that plans, instruments and relations can point at items built before them.
    private T Register<T>(T item)
        where T : IKnowledgeItem
    {
        _idTable[item.Id] = item;
        return item;
    }

    private ReadOnlyCollection<T> List<TDto, T>(TDto[] dtos, DataPath listPath, Func<TDto, DataPath, T> create)
    {
        var path = listPath.ToString(); // written out only for a list inside a list element
        var result = new List<T>(dtos.Length);
        for (var i = 0; i < dtos.Length; i++)
        {
            // The JSON reader checks members for null but not list elements: a null entry is reported here.
            if (dtos[i] is null)
            {
                _check.Add(DataPath.Element(path, i), "must be an object, not null.");
                continue;
            }

            result.Add(create(dtos[i], DataPath.Element(path, i)));
        }

        return result.AsReadOnly();
    }

    // The reader's array is the list's own (exact length, nobody else holds it; an empty list is the shared empty
    // array, which has nothing to replace): checked and kept in place.
    private ReadOnlyCollection<string> Texts(string[] values, DataPath listPath)
    {
        string? path = null;
        for (var i = 0; i < values.Length; i++)
        {
            // The element's path is only written out when there is something to report.
            if (!DataValidator.IsGoodText(values[i], DataValidator.ShortText))
            {
                values[i] = _check.Text(values[i], DataPath.Element(path ??= listPath.ToString(), i));
            }
        }

        return Array.AsReadOnly(values);
    }

    private ReadOnlyCollection<Source> Cite(string[] sourceIds, DataPath path)
    {
        if (sourceIds.Length == 0)
        {
            _check.Add(path, "at least one source is required.");
        }

        var result = new Source[sourceIds.Length];
        var found = 0;
        for (var i = 0; i < sourceIds.Length; i++)
        {
            if (_sources.TryGetValue(sourceIds[i] ?? string.Empty, out var place))
            {
                result[found++] = _sourceList[place];
                _cited[place] = true;
            }
            else
            {
                _check.Add(Element(path.ToString(), i), $"source '{sourceIds[i]}' is not defined in $.sources.");
            }
        }

        if (found < result.Length)
        {
            Array.Resize(ref result, found); // only when an error has been recorded: the later checks see no gaps
        }

        return Array.AsReadOnly(result);
    }

    private void CheckId(string id, string prefix, DataPath path)
    {
        if (!DataValidator.IsKebabCase(id))
        {
            _check.Add(path, $"'{id}' is not a lowercase kebab-case id (letters a-z, digits, single hyphens).");
        }
        else if (!id.StartsWith(prefix, StringComparison.Ordinal) || id.Length == prefix.Length)
        {
            _check.Add(path, $"'{id}' must start with '{prefix}' and continue after it.");
        }

        if (!AddId(id))
        {
            _check.Add(path, $"the id '{id}' is used more than once; ids are unique across the whole dataset.");
        }
    }

    // Keeps a newly checked id, with no item yet; false when the id was already there.
#if NET
    private bool AddId(string id) => _idTable.TryAdd(id, null);
#else
    private bool AddId(string id)
    {
        if (_idTable.ContainsKey(id))
        {
            return false; // netstandard2.0 has no Dictionary.TryAdd
        }

        _idTable.Add(id, null);
        return true;
    }
#endif

    private IReadOnlyList<T> NonEmpty<T>(IReadOnlyList<T> list, string path)
    {
        if (list.Count == 0)
        {
            _check.Add(path, "must have at least one entry.");
        }

        return list;
    }

    // Numbered items are stored and exposed in number order, which must run 1, 2, 3 … without gaps.
    private IReadOnlyList<T> Numbered<T>(IReadOnlyList<T> items, Func<T, int> number, string path)
        where T : class
    {
        var sorted = new T[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var n = number(items[i]);
            if (n < 1 || n > items.Count)
            {
                _check.Add(Element(path, i) + ".number", $"{n} is out of range; the {items.Count} entries must be numbered 1 to {items.Count}.");
            }
            else if (sorted[n - 1] is not null)
            {
                _check.Add(Element(path, i) + ".number", $"number {n} is used more than once.");
            }
            else
            {
                sorted[n - 1] = items[i];
            }
        }

        return Array.AsReadOnly(sorted);
    }

    private void CheckUnique<T>(IReadOnlyList<T> list, Func<T, string> key, string path, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (!seen.Add(key(list[i])))
            {
                _check.Add(Element(path, i) + "." + what, $"'{key(list[i])}' is used more than once.");
            }
        }
    }

    // Dates are periods (a year, a month, a day). An entry is out of order when its whole period ends before an earlier
    // entry's period starts. A less precise date and a more precise one inside it ("2018" and "2018-07") overlap, so
    // neither is before the other and they keep the order of the file, which says which came first.
    private void CheckDateOrder<T>(IReadOnlyList<T> list, Func<T, FactDate> date, string path, int offset = 0)
    {
        var latestStart = 0;
        for (var i = 1; i < list.Count; i++)
        {
            if (FactDatePeriods.First(date(list[i - 1])) > FactDatePeriods.First(date(list[latestStart])))
            {
                latestStart = i - 1;
            }

            if (FactDatePeriods.IsWhollyBefore(date(list[i]), date(list[latestStart])))
            {
                _check.Add(Element(path, i + offset), $"{date(list[i])} comes before the earlier entry's {date(list[latestStart])}; entries must be in date order.");
            }
        }
    }

    // "$.sources[5]"
    private static string Element(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
