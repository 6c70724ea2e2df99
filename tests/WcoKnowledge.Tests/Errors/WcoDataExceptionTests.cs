using System;
using System.Collections.Generic;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Errors;

public class WcoDataExceptionTests
{
    [Fact]
    public void Constructor_NoArguments_HasGenericMessageAndNoErrors()
    {
        var e = new WcoDataException();

        e.Message.Should().Be("The WCO dataset is invalid.");
        e.Errors.Should().NotBeNull().And.BeEmpty();
        e.InnerException.Should().BeNull();
    }

    [Fact]
    public void Constructor_Message_KeepsTheMessageWithNoErrors()
    {
        var e = new WcoDataException("bad data");

        e.Message.Should().Be("bad data");
        e.Errors.Should().NotBeNull().And.BeEmpty();
    }

    [Fact]
    public void Constructor_MessageAndInner_KeepsBoth()
    {
        var inner = new InvalidOperationException("cause");
        var e = new WcoDataException("bad data", inner);

        e.Message.Should().Be("bad data");
        e.InnerException.Should().BeSameAs(inner);
        e.Errors.Should().NotBeNull().And.BeEmpty();
    }

    [Fact]
    public void Errors_OfAPublicConstructor_CannotBeMutated()
    {
        var errors = (ICollection<string>)new WcoDataException().Errors;

        ((Action)(() => errors.Add("x"))).Should().Throw<NotSupportedException>();
        errors.Should().BeEmpty();
    }

    [Fact]
    public void Type_IsAFormatException()
    {
        new WcoDataException().Should().BeAssignableTo<FormatException>();
        typeof(WcoDataException).IsSealed.Should().BeTrue();
    }

    [Fact]
    public void ThrownByLoad_ListsEachErrorStartingWithItsJsonPath()
    {
        var json = TestDataset.Mutate(root => root["pillars"]![0]!["status"] = "certain");

        var e = TestDataset.LoadFails(json);

        e.Errors.Should().ContainSingle().Which.Should().StartWith("$.pillars[0].status: ").And.Contain("'certain'");
        e.Message.Should().Contain("1 error").And.Contain(e.Errors[0]);
    }
}
