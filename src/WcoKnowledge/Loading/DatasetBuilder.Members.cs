using System;
using System.Collections.Generic;
using WcoKnowledge.Json;

namespace WcoKnowledge.Loading;

// The member registry and the officers that format version 3 adds.
internal sealed partial class DatasetBuilder
{
    private IReadOnlyList<Member> BuildMembers(MemberDto[]? dtos, IReadOnlyList<Region> regions, string path)
    {
        if (dtos is null)
        {
            return Array.AsReadOnly(Array.Empty<Member>());
        }

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
                MemberSinceKind = Parse(m.MemberSinceKind, new DataPath(p, ".memberSinceKind"), DatasetWords.MembershipDateWords, DatasetWords.MembershipDateKinds, MembershipDateKind.Unknown),
            };
            if (member.MemberSince is null && member.Status is FactStatus.Confirmed or FactStatus.Secondary && m.MemberSinceKind != "unknown")
            {
                _check.Add(new DataPath(p, ".memberSinceKind"), "a Member without a date cannot say what its date is; use 'unknown'.");
            }

            return member;
        });
    }

    private IReadOnlyList<Officer> BuildOfficers(OfficerDto[]? dtos, string path) => dtos is null
        ? Array.AsReadOnly(Array.Empty<Officer>())
        : Items(dtos, path, KnowledgeKind.Officer, (o, f, p) =>
        {
            var officer = new Officer(f)
            {
                Office = Parse(o.Office, new DataPath(p, ".office"), DatasetWords.OfficeWords, DatasetWords.Offices, Office.CouncilChair),
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
            _check.Add(path, $"'{DataValidator.Shorten(code, 40)}' is not an ISO 3166-1 alpha-{length} code ({length} capital letters A-Z).");
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

        _check.Add(path, $"'{DataValidator.Shorten(id, 120)}' is not the id of a region in $.regions.");
        return _missingRegion;
    }

    private static readonly Region _missingRegion = new(MissingFields);
}
