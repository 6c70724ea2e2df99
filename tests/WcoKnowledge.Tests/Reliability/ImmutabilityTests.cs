using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using Xunit;

namespace WcoKnowledge.Tests.Reliability;

/// <summary>
/// The immutability convention over every public type (Model/ModelTypeShapeTests covers the records), and at run time over
/// every collection instance reachable from a knowledge base: each one refuses every mutation through the collection interfaces.
/// </summary>
public class ImmutabilityTests
{
    // Public types that callers construct or receive by value, and the entry point; not model types.
    private static readonly string[] _notModel = { "WcoKnowledgeBase", "SearchOptions", "WcoLoadOptions", "SearchHit" };

    private static readonly MethodInfo _checkReadOnly = typeof(ImmutabilityTests).GetMethod(nameof(CheckReadOnly), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Type[] PublicTypes => typeof(WcoKnowledgeBase).Assembly.GetExportedTypes();

    private static IEnumerable<Type> ModelTypes => PublicTypes.Where(t => t.Namespace == "WcoKnowledge" && !t.IsInterface && !t.IsEnum
        && !(t.IsAbstract && t.IsSealed) && !typeof(Exception).IsAssignableFrom(t) && !_notModel.Contains(t.Name));

    [Fact]
    public void ModelTypes_AreSealedOrNotDerivableOutside()
    {
        ModelTypes.Should().HaveCountGreaterThan(20).And.Contain(typeof(FactDate)).And.Contain(typeof(KnowledgeItem));
        ModelTypes.Where(t => !t.IsSealed && !(t.IsAbstract && !DerivableOutside(t))).Should().BeEmpty();
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSetterButInit()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => p.DeclaringType!.Name + "." + p.Name);

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void PublicTypes_DeclareCollectionsOnlyAsIReadOnlyList()
    {
        var collections = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType))
            .ToList();

        collections.Should().HaveCountGreaterThan(25);
        collections.Where(p => !p.PropertyType.IsGenericType || p.PropertyType.GetGenericTypeDefinition() != typeof(IReadOnlyList<>))
            .Select(p => p.DeclaringType!.Name + "." + p.Name).Should().BeEmpty();
    }

    [Fact]
    public void EveryCollectionReachableFromDefault_RefusesMutation()
    {
        var checkedLists = WalkAndCheck(WcoKnowledgeBase.Default);

        checkedLists.Should().BeGreaterThan(300, "every item has aliases and sources, and many lists nest further");
    }

    [Fact]
    public void EveryCollectionReachableFromAFormat1Load_RefusesMutation()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "wco-knowledge-format1-data1.0.0.json"));

        WalkAndCheck(WcoKnowledgeBase.Load(stream)).Should().BeGreaterThan(100, "a format 1 dataset still has aliases and sources on every item, and its empty version 2 lists are checked too");
    }

    // Walks every public property of every library object reachable from the root, and every element of every collection.
    private static int WalkAndCheck(WcoKnowledgeBase root)
    {
        var library = typeof(WcoKnowledgeBase).Assembly;
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
                var element = value.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)).GetGenericArguments()[0];
                problems.AddRange((IEnumerable<string>)_checkReadOnly.MakeGenericMethod(element).Invoke(null, new[] { value, path })!);
                lists++;
                var index = 0;
                foreach (var child in sequence)
                {
                    pending.Push((child, $"{path}[{index++}]"));
                }

                continue;
            }

            if (value.GetType().Assembly != library)
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

    // Type checks first, so that a mutable list is reported without being mutated; then every mutating member must throw.
    private static IEnumerable<string> CheckReadOnly<T>(IEnumerable<T> sequence, string path)
    {
        var type = sequence.GetType();
        // Even an empty array fails: a caller can cast it to T[] or IList, and IList.IsReadOnly says false.
        if (sequence is T[] || sequence is List<T> || sequence is not IList<T> list || !list.IsReadOnly || sequence is IList { IsReadOnly: false })
        {
            return new[] { $"{path} is a {type.Name}, not a read-only IList<{typeof(T).Name}>" };
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
