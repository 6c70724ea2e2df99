using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Model;

/// <summary>Immutability by reflection: the public model records are sealed or abstract, init-only, and expose IReadOnlyList&lt;T&gt;.</summary>
public class ModelTypeShapeTests
{
    // Records whose instances come only from a loaded knowledge base.
    private static readonly string[] _modelRecords =
    {
        "CoreValue", "CustomsRole", "DatedFigure", "EstablishingConvention", "GovernanceBody", "Headquarters", "KnowledgeItem",
        "LanguageSet", "Milestone", "Objective", "Organization", "Pillar", "Source", "StandardTopic", "Statement", "StrategyDocument",
        "Instrument", "InstrumentEdition", "Region", "Relation", "SecretaryGeneral", "StrategicPlan",
    };

    // Public records that callers create or receive by value: search options (public constructor) and search hits (a record struct).
    private static readonly string[] _otherRecords = { "SearchHit", "SearchOptions", "WcoLoadOptions" };

    private static Assembly Library => typeof(WcoKnowledgeBase).Assembly;

    // A record (class or struct) is recognised by its compiler-generated PrintMembers(StringBuilder).
    private static List<Type> AllRecords => Library.GetExportedTypes()
        .Where(t => t.GetMethod("PrintMembers", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, new[] { typeof(System.Text.StringBuilder) }, null) != null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    private static List<Type> ModelRecords => AllRecords.Where(t => _modelRecords.Contains(t.Name)).ToList();

    [Fact]
    public void Records_AreTheExpectedTypes()
    {
        // A new public record must be classified here: model record (no public constructor) or caller-made value.
        AllRecords.Select(t => t.Name).Should().BeEquivalentTo(_modelRecords.Concat(_otherRecords));
        ModelRecords.Should().HaveCount(_modelRecords.Length).And.OnlyContain(t => t.IsClass);
    }

    [Fact]
    public void Records_AreSealedOrAbstract()
    {
        AllRecords.Should().OnlyContain(t => t.IsSealed || t.IsAbstract);
    }

    [Fact]
    public void ModelRecords_HaveNoPublicConstructorsOrFields()
    {
        foreach (var type in ModelRecords)
        {
            type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty(type.Name);
            type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Should().BeEmpty(type.Name);
        }
    }

    [Fact]
    public void Records_HaveNoPublicSetterOtherThanInit()
    {
        var offenders = AllRecords
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.DeclaringType!.Name + "." + p.Name);

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void PublicTypes_ExposeCollectionsOnlyAsIReadOnlyList()
    {
        var types = AllRecords.Concat(new[] { typeof(WcoKnowledgeBase), typeof(IWcoKnowledgeBase), typeof(WcoDataException), typeof(KnowledgeItemNotFoundException), typeof(KnowledgeKinds), typeof(IKnowledgeItem) });
        var collections = types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && p.Name != nameof(Exception.Data))
            .ToList();

        collections.Should().HaveCountGreaterThan(20, "the model has many lists");
        collections.Where(p => !p.PropertyType.IsGenericType || p.PropertyType.GetGenericTypeDefinition() != typeof(IReadOnlyList<>))
            .Select(p => p.DeclaringType!.Name + "." + p.Name + " : " + p.PropertyType.Name)
            .Should().BeEmpty();
    }

    [Fact]
    public void WcoKnowledgeBase_IsSealedWithGetOnlyProperties()
    {
        typeof(WcoKnowledgeBase).IsSealed.Should().BeTrue();
        typeof(WcoKnowledgeBase).GetConstructors().Should().BeEmpty("instances come from Default or Load");
        typeof(WcoKnowledgeBase).GetProperties().Should().OnlyContain(p => p.SetMethod == null);
    }

    [Fact]
    public void KnowledgeItem_CannotBeDerivedOutsideTheLibrary()
    {
        var type = typeof(KnowledgeItem);
        var derivableConstructors = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly);
        var internalAbstract = type.GetMethods(BindingFlags.NonPublic | BindingFlags.Instance)
            .Any(m => m.IsAbstract && (m.IsAssembly || m.IsFamilyAndAssembly));

        (derivableConstructors.Any() && !internalAbstract).Should().BeFalse("an outside type could pose as an item");
    }

    private static bool IsInitOnly(MethodInfo setter) => setter.ReturnParameter.GetRequiredCustomModifiers()
        .Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
