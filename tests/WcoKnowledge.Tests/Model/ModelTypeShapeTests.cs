using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using WcoKnowledge.Tests.TestSupport;
using Xunit;

namespace WcoKnowledge.Tests.Model;

/// <summary>
/// The immutability convention, in one place. By reflection over every public type: records are classified, sealed or
/// not derivable outside, without public constructors or fields on model records, without public setters or init
/// accessors (but on the options callers build), compared by identity, and with collections declared only as IReadOnlyList&lt;T&gt;. At run time: every collection reachable from a
/// knowledge base, every list GetItems returns and a load's error list refuse every mutation.
/// </summary>
public class ModelTypeShapeTests
{
    // Records whose instances come only from a loaded knowledge base.
    private static readonly string[] _modelRecords =
    {
        "CoreValue", "CustomsRole", "DatedFigure", "EstablishingConvention", "GovernanceBody", "Headquarters", "KnowledgeItem",
        "LanguageSet", "Milestone", "Objective", "Organization", "Pillar", "Source", "StandardTopic", "Statement", "StrategyDocument",
        "Instrument", "InstrumentEdition", "Region", "Relation", "SecretaryGeneral", "StrategicPlan", "Member", "MembershipOnDate", "Officer",
        "FigureOnDate", "Translation", "WikidataLink", "CustomsDayTheme",
    };

    // Public records that are not model classes: search options and load options (callers make them) and search hits
    // (a record struct that only a search makes).
    private static readonly string[] _otherRecords = { "SearchHit", "SearchOptions", "WcoLoadOptions" };

    // Public types that callers construct or receive by value, and the entry point; not model types.
    private static readonly string[] _notModel = { "WcoKnowledgeBase", "SearchOptions", "WcoLoadOptions", "SearchHit" };

    private static readonly MethodInfo _checkReadOnly = typeof(ModelTypeShapeTests).GetMethod(nameof(CheckReadOnly), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Assembly Library => typeof(WcoKnowledgeBase).Assembly;

    private static Type[] PublicTypes => Library.GetExportedTypes();

    // A record (class or struct) is recognised by its compiler-generated PrintMembers(StringBuilder).
    private static List<Type> AllRecords => PublicTypes
        .Where(t => t.GetMethod("PrintMembers", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, new[] { typeof(System.Text.StringBuilder) }, null) != null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    private static List<Type> ModelRecords => AllRecords.Where(t => _modelRecords.Contains(t.Name)).ToList();

    // Every public class or struct of the model: records and the rest (FactDate), but not enums, interfaces, static
    // classes, exceptions or the types callers make.
    private static IEnumerable<Type> ModelTypes => PublicTypes.Where(t => t.Namespace == "WcoKnowledge" && !t.IsInterface && !t.IsEnum
        && !(t.IsAbstract && t.IsSealed) && !typeof(Exception).IsAssignableFrom(t) && !_notModel.Contains(t.Name));

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
    public void ModelTypes_AreSealedOrNotDerivableOutside()
    {
        ModelTypes.Should().HaveCountGreaterThan(20).And.Contain(typeof(FactDate)).And.Contain(typeof(KnowledgeItem));
        ModelTypes.Where(t => !t.IsSealed && !(t.IsAbstract && !DerivableOutside(t))).Should().BeEmpty();
    }

    [Fact]
    public void KnowledgeItem_CannotBeDerivedOutsideTheLibrary()
    {
        DerivableOutside(typeof(KnowledgeItem)).Should().BeFalse("an outside type could pose as an item");
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
    public void WcoKnowledgeBase_IsSealedWithGetOnlyProperties()
    {
        typeof(WcoKnowledgeBase).IsSealed.Should().BeTrue();
        typeof(WcoKnowledgeBase).GetConstructors().Should().BeEmpty("instances come from Default or Load");
        typeof(WcoKnowledgeBase).GetProperties().Should().OnlyContain(p => p.SetMethod == null);
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSetterOrInit_ButTheOptionsCallersBuild()
    {
        // Options are what callers make ('new SearchOptions { Limit = 5 }'); nothing else can be set from outside, so no
        // consumer can construct, copy-and-alter or mutate a model object.
        var offenders = PublicTypes
            .Where(t => t != typeof(SearchOptions) && t != typeof(WcoLoadOptions))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } or { IsFamily: true } or { IsFamilyOrAssembly: true })
            .Select(p => p.DeclaringType!.Name + "." + p.Name);

        offenders.Should().BeEmpty();
        typeof(Pillar).GetProperty(nameof(Pillar.Number))!.SetMethod.Should().NotBeNull("the loader sets it").And.Match<MethodInfo>(m => m.IsAssembly);
    }

    [Fact]
    public void SearchHit_HasNoPublicConstructor()
    {
        typeof(SearchHit).GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty("hits come only from a search");
    }

    [Fact]
    public void ModelObjects_CompareByIdentity()
    {
        var again = TestDataset.Load(TestDataset.ReadBytes());
        var pillar = WcoKnowledgeBase.Default.GetPillar(2);
        var figure = WcoKnowledgeBase.Default.Organization.CurrentMembership;

        pillar.Should().Be(WcoKnowledgeBase.Default.GetItem("pillar-coordinated-border-management"), "one item per id per knowledge base");
        pillar.Equals(again.GetPillar(2)).Should().BeFalse("two loads give two objects; compare ids across knowledge bases");
        pillar.Id.Should().Be(again.GetPillar(2).Id);
        figure.Equals(again.Organization.CurrentMembership).Should().BeFalse();
        WcoKnowledgeBase.Default.Sources[0].Equals(again.Sources[0]).Should().BeFalse();
        (pillar with { }).Equals(pillar).Should().BeFalse("a copy is another object");
        pillar.GetHashCode().Should().Be(WcoKnowledgeBase.Default.GetPillar(2).GetHashCode());
        new HashSet<IKnowledgeItem>(WcoKnowledgeBase.Default.Items).Should().HaveCount(WcoKnowledgeBase.Default.Items.Count);
    }

    [Fact]
    public void PublicTypes_DeclareCollectionsOnlyAsIReadOnlyList()
    {
        var collections = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType))
            .ToList();

        collections.Should().HaveCountGreaterThan(25, "the model has many lists");
        collections.Where(p => !p.PropertyType.IsGenericType || p.PropertyType.GetGenericTypeDefinition() != typeof(IReadOnlyList<>))
            .Select(p => p.DeclaringType!.Name + "." + p.Name + " : " + p.PropertyType.Name).Should().BeEmpty();
    }

    [Fact]
    public void EveryCollectionReachableFromDefault_RefusesMutation()
    {
        var checkedLists = WalkAndCheck(WcoKnowledgeBase.Default);

        checkedLists.Should().BeGreaterThan(300, "every item has aliases and sources, and many lists nest further");
    }

    [Theory]
    [MemberData(nameof(KnowledgeKindsTests.EveryKind), MemberType = typeof(KnowledgeKindsTests))]
    public void GetItems_RefusesMutation(KnowledgeKind kind)
    {
        // A method's result, which the property walk above does not reach.
        Problems(WcoKnowledgeBase.Default.GetItems(kind), "GetItems(" + kind + ")").Should().BeEmpty();
    }

    [Fact]
    public void LoadErrors_RefuseMutation()
    {
        var errors = TestDataset.LoadFails(TestDataset.Mutate(r => r["asOf"] = "2025-13-01")).Errors;

        errors.Should().NotBeEmpty();
        Problems(errors, "WcoDataException.Errors").Should().BeEmpty();
    }

    // Walks every public property of every library object reachable from the root, and every element of every collection.
    private static int WalkAndCheck(WcoKnowledgeBase root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Path)>();
        var problems = new List<string>();
        var lists = 0;
        pending.Push((root, "kb"));
        while (pending.Count > 0)
        {
            var (value, path) = pending.Pop();
            if (value is string || !seen.Add(value))
            {
                continue;
            }

            if (value is IEnumerable sequence)
            {
                problems.AddRange(Problems(sequence, path));
                lists++;
                var index = 0;
                foreach (var child in sequence)
                {
                    pending.Push((child, $"{path}[{index++}]"));
                }

                continue;
            }

            if (value.GetType().Assembly != Library)
            {
                continue;
            }

            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                if (property.GetValue(value) is { } child && !child.GetType().IsPrimitive && !child.GetType().IsEnum)
                {
                    pending.Push((child, path + "." + property.Name));
                }
            }
        }

        string.Join(Environment.NewLine, problems).Should().BeEmpty("every collection must refuse mutation; these do not");
        return lists;
    }

    // The mutation problems of a sequence, whatever its element type.
    private static IEnumerable<string> Problems(IEnumerable sequence, string path)
    {
        var element = sequence.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)).GetGenericArguments()[0];
        return (IEnumerable<string>)_checkReadOnly.MakeGenericMethod(element).Invoke(null, new object[] { sequence, path })!;
    }

    // Type checks first, so that a mutable list is reported without being mutated; then every mutating member must throw.
    private static List<string> CheckReadOnly<T>(IEnumerable<T> sequence, string path)
    {
        var type = sequence.GetType();
        // Even an empty array fails: a caller can cast it to T[] or IList, and IList.IsReadOnly says false.
        if (sequence is T[] || sequence is List<T> || sequence is not IList<T> list || !list.IsReadOnly || sequence is IList { IsReadOnly: false })
        {
            return [$"{path} is a {type.Name}, not a read-only IList<{typeof(T).Name}>"];
        }

        var sample = list.Count > 0 ? list[0] : default!;
        var before = list.ToList();
        var attempts = new Dictionary<string, Action>
        {
            ["Add"] = () => list.Add(sample),
            ["Insert"] = () => list.Insert(0, sample),
            ["Remove"] = () => list.Remove(sample),
            ["Clear"] = () => list.Clear(),
            ["non-generic Add"] = () => ((IList)list).Add(sample),
        };
        if (list.Count > 0)
        {
            attempts["indexer set"] = () => list[0] = sample;
            attempts["RemoveAt"] = () => list.RemoveAt(0);
        }

        var problems = new List<string>();
        foreach (var (name, attempt) in attempts)
        {
            try
            {
                attempt();
                problems.Add($"{path} ({type.Name}): {name} did not throw");
            }
            catch (NotSupportedException)
            {
                // expected
            }
        }

        if (!list.SequenceEqual(before))
        {
            problems.Add($"{path} changed");
        }

        return problems;
    }

    private static bool DerivableOutside(Type type)
    {
        var reachableConstructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Any(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly);
        var hiddenAbstract = type.GetMethods(BindingFlags.NonPublic | BindingFlags.Instance).Any(m => m.IsAbstract && (m.IsAssembly || m.IsFamilyAndAssembly));
        return reachableConstructor && !hiddenAbstract;
    }
}
