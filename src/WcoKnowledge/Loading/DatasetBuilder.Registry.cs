using System;
using System.Collections.Generic;
using WcoKnowledge.Json;

namespace WcoKnowledge.Loading;

// The member registry, the regions its Members belong to, and the holders of offices (Secretaries General, Council
// Chairs, Deputy Secretaries General).
internal sealed partial class DatasetBuilder
{
    private IReadOnlyList<Member> BuildMembers(MemberDto[] dtos, IReadOnlyList<Region> regions, string path)
    {
        // Codes are unique across the registry, alpha-2 and alpha-3 alike, whatever their case: a lookup ignores case.
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return Items(dtos, path, KnowledgeKind.Member, (m, f, p) =>
        {
            var member = new Member(f)
            {
                IsoAlpha2 = Code(m.IsoAlpha2, 2, new DataPath(p, ".isoAlpha2"), f.Id, codes),
                IsoAlpha3 = Code(m.IsoAlpha3, 3, new DataPath(p, ".isoAlpha3"), f.Id, codes),
                CodeNote = _check.OptionalText(m.CodeNote, new DataPath(p, ".codeNote"), DataValidator.LongText),
                Region = FindRegion(regions, m.Region, new DataPath(p, ".region")),
                MemberSince = m.MemberSince is null ? null : _check.Date(m.MemberSince, new DataPath(p, ".memberSince")),
                MemberSinceKind = _check.Word(m.MemberSinceKind, new DataPath(p, ".memberSinceKind"), DatasetWords.MembershipDateWords, DatasetWords.MembershipDateKinds, MembershipDateKind.Unknown),
            };
            if (member.MemberSince is null && member.Status is FactStatus.Confirmed or FactStatus.Secondary && m.MemberSinceKind != "unknown")
            {
                _check.Add(new DataPath(p, ".memberSinceKind"), "a Member without a date cannot say what its date is; use 'unknown'.");
            }

            return member;
        });
    }

    private IReadOnlyList<Officer> BuildOfficers(OfficerDto[] dtos, string path) =>
        Items(dtos, path, KnowledgeKind.Officer, (o, f, p) =>
        {
            var officer = new Officer(f)
            {
                Office = _check.Word(o.Office, new DataPath(p, ".office"), DatasetWords.OfficeWords, DatasetWords.Offices, Office.CouncilChair),
                Country = _check.OptionalText(o.Country, new DataPath(p, ".country")),
                TermStart = o.TermStart is null ? null : _check.Date(o.TermStart, new DataPath(p, ".termStart")),
                TermEnd = o.TermEnd is null ? null : _check.Date(o.TermEnd, new DataPath(p, ".termEnd")),
            };
            if (officer is { TermStart: { } start, TermEnd: { } end } && end < start)
            {
                _check.Add(new DataPath(p, ".termEnd"), $"{end} is before the term's start {start}.");
            }

            return officer;
        });

    private string? Code(string? code, int length, DataPath path, string id, Dictionary<string, string> codes)
    {
        if (code is null)
        {
            return null;
        }

        var valid = code.Length == length;
        for (var i = 0; valid && i < code.Length; i++)
        {
            valid = code[i] is >= 'A' and <= 'Z';
        }

        if (!valid)
        {
            _check.Add(path, $"'{MessageText.Shorten(code, 40)}' is not an ISO 3166-1 alpha-{length} code ({length} capital letters A-Z).");
        }
        else if (codes.TryGetValue(code, out var other))
        {
            _check.Add(path, $"code '{code}' is also {other}'s; each code names one Member.");
        }
        else
        {
            codes.Add(code, id);
        }

        return code;
    }

    private Region FindRegion(IReadOnlyList<Region> regions, string id, DataPath path)
    {
        for (var i = 0; i < regions.Count; i++)
        {
            if (regions[i] is { } region && region.Id == id) // a region that failed its own checks may be missing
            {
                return region;
            }
        }

        _check.Add(path, $"'{MessageText.Shorten(id, 120)}' is not the id of a region in $.regions.");
        return _missingRegion;
    }

    private static readonly Region _missingRegion = new(MissingFields);

    private IReadOnlyList<Region> BuildRegions(RegionDto[] dtos, string path) =>
        Numbered(
            Items(dtos, path, KnowledgeKind.Region, (r, f, p) => new Region(f) { Abbreviation = _check.Text(r.Abbreviation, new DataPath(p, ".abbreviation")), Number = r.Number }),
            r => r.Number,
            path);

    private IReadOnlyList<SecretaryGeneral> BuildSecretariesGeneral(SecretaryGeneralDto[] dtos, string path)
    {
        var people = Items(dtos, path, KnowledgeKind.SecretaryGeneral, (s, f, p) =>
        {
            var person = new SecretaryGeneral(f)
            {
                Country = _check.Text(s.Country, new DataPath(p, ".country")),
                TermStart = s.TermStart is null ? null : _check.Date(s.TermStart, new DataPath(p, ".termStart")),
                TermEnd = s.TermEnd is null ? null : _check.Date(s.TermEnd, new DataPath(p, ".termEnd")),
            };
            if (person.TermEnd is { } end && person.TermStart is { } start && end < start)
            {
                _check.Add(new DataPath(p, ".termEnd"), $"{end} is before the term's start {start}.");
            }

            if (person.TermStart is null && person.Status is not (FactStatus.Unconfirmed or FactStatus.Inferred))
            {
                _check.Add(new DataPath(p, ".termStart"), "a term whose start no source gives must be marked unconfirmed or inferred.");
            }

            return person;
        });
        // Terms whose start is unknown come first (they are the earliest known only by name); the rest are in date order.
        var firstDated = 0;
        while (firstDated < people.Count && people[firstDated] is { TermStart: null })
        {
            firstDated++;
        }

        var dated = new List<SecretaryGeneral>();
        for (var i = firstDated; i < people.Count; i++)
        {
            if (people[i] is { TermStart: null })
            {
                _check.Add(Element(path, i), "a term whose start is unknown is listed before the terms with a known start.");
            }
            else if (people[i] is { } person)
            {
                dated.Add(person);
            }
        }

        CheckDateOrder(dated, s => s.TermStart!.Value, path, firstDated);
        return people;
    }
}
