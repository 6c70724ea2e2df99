using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace WcoKnowledge.Samples.WebApi;

// The answers on a date (membership, staff, Secretary General): each parses `on` and asks the library, which holds
// every date rule.
internal static partial class KnowledgeEndpoints
{
    // The answers on a date: parse `on`, ask the library (which holds the date rules), write its answer.
    private static Results<WcoJsonResult<MembershipOnDate>, ValidationProblem> GetMembership(
        [FromQuery, Description(OnDescription)] string? on,
        HttpRequest request,
        [FromServices] IWcoKnowledgeBase kb)
        => TryParseOn(on, request, kb, out var date, out var invalid)
            ? new WcoJsonResult<MembershipOnDate>(kb.MembershipOn(date))
            : invalid;

    private static Results<WcoJsonResult<FigureOnDate>, ValidationProblem> GetStaff(
        [FromQuery, Description(OnDescription)] string? on,
        HttpRequest request,
        [FromServices] IWcoKnowledgeBase kb)
        => TryParseOn(on, request, kb, out var date, out var invalid)
            ? new WcoJsonResult<FigureOnDate>(kb.SecretariatStaffOn(date))
            : invalid;

    private static Results<LocalizedJsonResult<SecretaryGeneral>, ValidationProblem, ProblemHttpResult> GetSecretaryGeneral(
        [FromQuery, Description(OnDescription)] string? on,
        HttpRequest request,
        [FromServices] IWcoKnowledgeBase kb)
    {
        if (!TryParseOn(on, request, kb, out var date, out var invalid))
        {
            return invalid;
        }

        // The library has no not-found message for a date no term covers, so this one only states the fact; which
        // terms cover which dates is the library's rule (SecretaryGeneralOn), not this endpoint's.
        return kb.SecretaryGeneralOn(date) is { } secretaryGeneral
            ? LocalizedJson.Item(secretaryGeneral)
            : NotFound(date.ToString(), $"No recorded term of a Secretary General covers {date} in WCO knowledge base data version {kb.DataVersion}. List them with /items?kind=secretaryGeneral.");
    }

    /// <summary>
    /// The date of <c>on</c>: the dataset's as-of date when absent or empty, else <c>yyyy</c>, <c>yyyy-MM</c> or
    /// <c>yyyy-MM-dd</c> as <see cref="FactDate.TryParse"/> reads it; otherwise a 400 naming <c>on</c>.
    /// </summary>
    /// <remarks>
    /// The parameter was <c>asOf</c> before 3.0. A client that still sends it gets a 400 that names the new name rather
    /// than an answer for the dataset's date that it would take for the date it asked about.
    /// </remarks>
    private static bool TryParseOn(
        string? on, HttpRequest request, IWcoKnowledgeBase kb, out FactDate date, [NotNullWhen(false)] out ValidationProblem? invalid)
    {
        invalid = null;
        date = kb.AsOf;
        if (request.Query.ContainsKey("asOf"))
        {
            invalid = Invalid("asOf", "The date parameter is named on since version 3.0: give on=2015-12-31, not asOf=2015-12-31.");
            return false;
        }

        if (!string.IsNullOrEmpty(on) && !FactDate.TryParse(on, out date))
        {
            invalid = Invalid("on", $"'{Shorten(on)}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd, for example 2015-12-31.");
            return false;
        }

        return true;
    }
}
