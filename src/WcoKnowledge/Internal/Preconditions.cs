using System;

namespace WcoKnowledge;

/// <summary>Argument checks shared by the public API.</summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> if <paramref name="argument"/> is null; returns it otherwise.</summary>
    internal static T CheckNotNull<T>(T? argument, string paramName)
        where T : class
    {
#if NET
        ArgumentNullException.ThrowIfNull(argument, paramName);
        return argument;
#else
        return argument ?? throw new ArgumentNullException(paramName);
#endif
    }

    /// <summary>Throws <see cref="ArgumentException"/> for <c>default(FactDate)</c>, which is no date (year 0).</summary>
    internal static void CheckDate(FactDate date, string paramName)
    {
        if (date == default)
        {
            throw new ArgumentException("default(FactDate) is not a date; make one with FactDate.Parse or FactDate.FromYearMonthDay.", paramName);
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> unless <paramref name="item"/> is this knowledge base's own object: an item
    /// of another knowledge base (another load, even of the same file) has other members behind an equal id.
    /// </summary>
    internal static T CheckOwn<T>(IWcoKnowledgeBase kb, T? item, string paramName)
        where T : class, IKnowledgeItem
    {
        CheckNotNull(item, paramName);
        if (!kb.TryGetItem(item!.Id, out var own) || !ReferenceEquals(own, item))
        {
            throw new ArgumentException($"The {KnowledgeKinds.DisplayName(item.Kind)} '{item.Id}' is not an item of this knowledge base (data version {kb.DataVersion}); pass an item obtained from it, or look it up by id with GetItem.", paramName);
        }

        return item;
    }
}
