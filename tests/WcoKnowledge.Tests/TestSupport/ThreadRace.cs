using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;

namespace WcoKnowledge.Tests.TestSupport;

/// <summary>Starts threads that a barrier releases at the same moment, so that their first steps really race.</summary>
internal static class ThreadRace
{
    /// <summary>
    /// Runs <paramref name="body"/> on <paramref name="racers"/> threads, each given its index and the barrier (which a
    /// body may signal again to race a second step), and returns every exception thrown, unwrapping reflection calls.
    /// </summary>
    public static IReadOnlyCollection<Exception> Run(int racers, Action<int, Barrier> body)
    {
        var failures = new ConcurrentQueue<Exception>();
        using var barrier = new Barrier(racers);
        var threads = Enumerable.Range(0, racers).Select(i => new Thread(() =>
        {
            try
            {
                barrier.SignalAndWait();
                body(i, barrier);
            }
            catch (TargetInvocationException e)
            {
                failures.Enqueue(e.InnerException ?? e);
            }
#pragma warning disable CA1031 // every failure is collected and asserted on by the caller
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Enqueue(e);
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return failures;
    }
}
