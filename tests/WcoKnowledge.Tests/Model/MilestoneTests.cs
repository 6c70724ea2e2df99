using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Model;

public class MilestoneTests
{
    private static Organization Org => WcoKnowledgeBase.Default.Organization;

    [Fact]
    public void ToString_IsDateAndTitle()
    {
        Org.FirstCouncilSession.ToString().Should().Be("1953-01-26 Inaugural Council session");
        Org.WorkingNameAdopted.ToString().Should().StartWith("1994 ");
        Org.History.Should().OnlyContain(m => m.ToString() == m.Date + " " + m.Title);
    }
}
