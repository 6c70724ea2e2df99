using System.Linq;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Model;

public class OrganizationTests
{
    private static readonly string[] _requiredMilestones = { "convention-signed", "convention-in-force", "first-council-session", "working-name-adopted" };

    private static Organization Org => WcoKnowledgeBase.Default.Organization;

    [Fact]
    public void CurrentMembership_IsTheLastOfMembership()
    {
        Org.Membership.Should().NotBeEmpty();
        Org.CurrentMembership.Should().BeSameAs(Org.Membership[^1]);
        Org.CurrentMembership.AsOf.Should().Be(Org.Membership.Max(f => f.AsOf));
    }

    [Fact]
    public void CurrentMission_IsTheLastOfMissions()
    {
        Org.Missions.Should().HaveCountGreaterThan(1);
        Org.CurrentMission.Should().BeSameAs(Org.Missions[^1]);
        Org.CurrentMission.Id.Should().Be("mission-current");
        Org.CurrentMission.Kind.Should().Be(KnowledgeKind.Mission);
    }

    [Fact]
    public void FirstCouncilSessionAndWorkingNameAdopted_AreEntriesOfHistory()
    {
        Org.FirstCouncilSession.Key.Should().Be("first-council-session");
        Org.History.Should().Contain(m => ReferenceEquals(m, Org.FirstCouncilSession));
        Org.WorkingNameAdopted.Key.Should().Be("working-name-adopted");
        Org.History.Should().Contain(m => ReferenceEquals(m, Org.WorkingNameAdopted));
    }

    [Fact]
    public void History_HasTheRequiredMilestonesUnderUniqueKebabKeys()
    {
        Org.History.Select(m => m.Key).Should().OnlyHaveUniqueItems()
            .And.Contain(_requiredMilestones)
            .And.OnlyContain(k => System.Text.RegularExpressions.Regex.IsMatch(k, "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
    }

    [Fact]
    public void KindAndToString_DescribeTheOrganization()
    {
        Org.Kind.Should().Be(KnowledgeKind.Organization);
        Org.ToString().Should().Be("organization-wco (World Customs Organization)");
    }

    [Fact]
    public void Vision_IsAVisionStatementWithAnEra()
    {
        Org.Vision.Kind.Should().Be(KnowledgeKind.Vision);
        Org.Vision.Id.Should().Be("vision-wco");
        Org.Vision.Era.Should().NotBeNullOrWhiteSpace();
        Org.Missions.Should().OnlyContain(m => m.Kind == KnowledgeKind.Mission && m.Era.Length > 0);
    }
}
