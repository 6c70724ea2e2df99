using System;
using System.Collections.Generic;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Errors;

public class KnowledgeItemNotFoundExceptionTests
{
    [Fact]
    public void Constructor_NoArguments_HasGenericMessageAndNoKey()
    {
        var e = new KnowledgeItemNotFoundException();

        e.Message.Should().Be("The requested item is not in the knowledge base.");
        e.Key.Should().BeNull();
        e.Kind.Should().BeNull();
        e.InnerException.Should().BeNull();
    }

    [Fact]
    public void Constructor_Message_KeepsTheMessage()
    {
        var e = new KnowledgeItemNotFoundException("no such pillar");

        e.Message.Should().Be("no such pillar");
        e.Key.Should().BeNull();
        e.Kind.Should().BeNull();
        e.InnerException.Should().BeNull();
    }

    [Fact]
    public void Constructor_MessageAndInner_KeepsBoth()
    {
        var inner = new InvalidOperationException("cause");
        var e = new KnowledgeItemNotFoundException("no such pillar", inner);

        e.Message.Should().Be("no such pillar");
        e.InnerException.Should().BeSameAs(inner);
        e.Key.Should().BeNull();
        e.Kind.Should().BeNull();
    }

    [Fact]
    public void Type_IsAKeyNotFoundExceptionSoExistingHandlersCatchIt()
    {
        var e = new KnowledgeItemNotFoundException();

        e.Should().BeAssignableTo<KeyNotFoundException>();
        typeof(KnowledgeItemNotFoundException).IsSealed.Should().BeTrue();
    }

    [Fact]
    public void ThrownByLookup_CarriesKeyKindAndDataVersion()
    {
        var kb = WcoKnowledgeBase.Default;
        KnowledgeItemNotFoundException? caught = null;
        try
        {
            kb.GetSource("src-nowhere");
        }
        catch (KeyNotFoundException e)
        {
            caught = e as KnowledgeItemNotFoundException;
        }

        caught.Should().NotBeNull();
        caught!.Key.Should().Be("src-nowhere");
        caught.Kind.Should().BeNull("a source is not an item of a kind");
        caught.Message.Should().Contain(kb.DataVersion).And.Contain("'src-nowhere'");
    }
}
