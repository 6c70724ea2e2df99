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
}
