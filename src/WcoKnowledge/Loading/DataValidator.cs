using System;
using System.Collections.Generic;

namespace WcoKnowledge.Loading;

/// <summary>
/// Collects validation errors so that one load reports every problem at once (up to a cap), and
/// parses the dataset's scalar values (status words, dates, ids, texts) against the format's rules.
/// Each check returns a usable placeholder after recording an error, so validation can go on;
/// the builder throws before any placeholder can reach a caller.
/// </summary>
internal sealed class DataValidator
{
    internal const int MaxErrors = 100;

    // Length limits: names, titles and aliases are short; summaries and notes are a few sentences. Far above
    // anything in the dataset, they stop a hostile file from making every consumer hold megabyte strings.
    internal const int ShortText = 300;
    internal const int LongText = 2000;
    internal const int UrlText = 2048;

    private readonly List<string> _errors = new();

    internal bool HasErrors => _errors.Count > 0;

    internal void Add(DataPath path, string problem)
    {
        if (_errors.Count < MaxErrors)
        {
            _errors.Add($"{MessageText.Shorten(path.ToString(), 200)}: {MessageText.Shorten(problem, 400)}");
        }
    }

    internal void ThrowIfAny()
    {
        if (_errors.Count == 0)
        {
            return;
        }

        var shown = _errors.Count == MaxErrors ? $"at least {MaxErrors}" : _errors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        throw new WcoDataException(
            $"The dataset has {shown} error(s); the first is: {_errors[0]}",
            _errors.AsReadOnly());
    }

    /// <summary>Whether <see cref="Text"/> would accept the value without recording an error.</summary>
    internal static bool IsGoodText(string? value, int maxLength) => value is { Length: > 0 } && value.Length <= maxLength
        && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[value.Length - 1]);

    internal string Text(string? value, DataPath path, int maxLength = ShortText)
    {
        if (IsGoodText(value, maxLength))
        {
            return value!;
        }

        if (value is null || value.Trim().Length == 0)
        {
            Add(path, "must be a non-empty text.");
            return "?";
        }

        if (value.Length > maxLength)
        {
            Add(path, $"is {value.Length} characters long; at most {maxLength} are allowed here.");
        }

        if (value.Length != value.Trim().Length)
        {
            Add(path, "must not start or end with white space.");
        }

        return value;
    }

    internal string? OptionalText(string? value, DataPath path, int maxLength = ShortText) => value is null ? null : Text(value, path, maxLength);

    /// <summary>The dataset's own as-of date, once read: facts, figures and sources cannot be newer than it.</summary>
    internal FactDate? AsOf { get; set; }

    internal FactDate Date(string? value, DataPath path) => Date(value, path, mayFollowAsOf: false);

    /// <summary>Parses a date and checks it is plausible: 1900 to 2100, and not after the dataset's as-of date unless it may be (a future entry into force).</summary>
    internal FactDate Date(string? value, DataPath path, bool mayFollowAsOf)
    {
        if (FactDate.TryParse(value, out var date))
        {
            if (date.Year is < 1900 or > 2100)
            {
                Add(path, $"{date} is not a plausible date for this dataset (1900 to 2100).");
            }
            else if (!mayFollowAsOf && AsOf is { } asOf && date > asOf && !SameSpan(date, asOf))
            {
                Add(path, $"{date} is after the dataset's asOf date {asOf}; a fact cannot be newer than the dataset.");
            }

            return date;
        }

        Add(path, $"'{value}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd.");
        return FactDate.FromYear(1);
    }

    internal FactStatus Status(string? value, DataPath path) => Word(value, path, DatasetWords.StatusWords, DatasetWords.Statuses, FactStatus.Unconfirmed);

    internal SourceKind SourceKind(string? value, DataPath path) => Word(value, path, DatasetWords.SourceKindWords, DatasetWords.SourceKinds, WcoKnowledge.SourceKind.Secondary);

    internal FigureQualifier Qualifier(string? value, DataPath path) => Word(value, path, DatasetWords.QualifierWords, DatasetWords.Qualifiers, FigureQualifier.Exactly);

    /// <summary>The value whose dataset word (<see cref="DatasetWords"/>) is <paramref name="word"/>; otherwise records an error that lists the words and returns <paramref name="placeholder"/>.</summary>
    internal T Word<T>(string? word, DataPath path, string[] words, T[] values, T placeholder)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (string.Equals(word, words[i], StringComparison.Ordinal))
            {
                return values[i];
            }
        }

        Add(path, $"'{word}' is not one of: {string.Join(", ", words)}.");
        return placeholder;
    }

    // 2025 is not "after" 2025-12-10: a coarser date that contains the as-of date is allowed.
    private static bool SameSpan(FactDate date, FactDate asOf)
        => date.Year == asOf.Year && (date.Month is null || (date.Month == asOf.Month && date.Day is null));

    /// <summary>
    /// Checks an absolute http or https URL: the scheme, then a host of letters, digits, dots and hyphens (with an
    /// optional port), then nothing but printable ASCII. A plain check instead of <see cref="Uri"/>, whose first use
    /// loads System.Private.Uri and compiles its parsers: a startup cost for every user, for 100-odd citations.
    /// </summary>
    internal static bool IsHttpUrl(string value)
    {
        var start = value.StartsWith("https://", StringComparison.Ordinal) ? 8 : value.StartsWith("http://", StringComparison.Ordinal) ? 7 : -1;
        if (start < 0)
        {
            return false;
        }

        var host = start;
        while (host < value.Length && (value[host] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or ':'))
        {
            host++;
        }

        if (host == start || (host < value.Length && value[host] != '/' && value[host] != '?' && value[host] != '#'))
        {
            return false;
        }

        for (var i = host; i < value.Length; i++)
        {
            if (value[i] is <= ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks kebab-case: lowercase ASCII letters and digits in hyphen-separated runs, starting with a letter.</summary>
    internal static bool IsKebabCase(string value)
    {
        if (value.Length == 0 || value[0] is < 'a' or > 'z' || value[value.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && value[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
