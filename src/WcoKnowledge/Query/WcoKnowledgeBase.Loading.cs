using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using WcoKnowledge.Loading;

namespace WcoKnowledge;

// Where knowledge bases come from: the shared embedded one, or a validated dataset stream.
public sealed partial class WcoKnowledgeBase
{
    /// <summary>
    /// The knowledge base of the dataset embedded in this package, loaded on first access and shared.
    /// </summary>
    /// <remarks>
    /// The first access reads and indexes the embedded dataset once; every later access, from any thread,
    /// returns the same instance without locking. If the embedded resource is missing or invalid (a damaged
    /// package), every access throws <see cref="WcoDataException"/> with the reason; it never throws
    /// <see cref="TypeInitializationException"/>.
    /// </remarks>
    /// <exception cref="WcoDataException">The embedded dataset is missing or invalid.</exception>
    public static WcoKnowledgeBase Default => DefaultHolder.Instance
        ?? throw new WcoDataException("The embedded WCO dataset could not be loaded: " + DefaultHolder.Failure!.Message, DefaultHolder.Failure.Errors, DefaultHolder.Failure);

    /// <summary>
    /// Reads a dataset in the format of the embedded one (format version 3, the only one this version reads; see docs/dataset-format.md) from a
    /// UTF-8 JSON stream, validates all of it, and builds a knowledge base over it.
    /// </summary>
    /// <param name="utf8Json">The dataset. Read to its end on the calling thread; not closed (the caller owns it).</param>
    /// <param name="options">Size and depth limits; <see langword="null"/> (the default) for <see cref="WcoLoadOptions.Default"/> (16 MiB, depth 64).</param>
    /// <returns>A new, fully validated knowledge base, independent of <see cref="Default"/>.</returns>
    /// <remarks>
    /// The dataset is validated before anything is returned: malformed JSON, unknown, duplicated or missing members,
    /// unknown words, malformed or implausible dates, ids that are malformed, duplicated or lack their kind's prefix,
    /// unresolved references, gaps in numbering, empty or over-long texts. On failure nothing is returned and
    /// <see cref="Default"/> is unaffected. Loading is costly compared with a lookup: load once and keep the instance.
    /// To test code that uses a knowledge base, load a small dataset of your own rather than faking
    /// <see cref="IWcoKnowledgeBase"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="WcoDataException">The dataset is invalid or over a limit; <see cref="WcoDataException.Errors"/> lists every problem found. A file of another format version (1 or 2, written for WcoKnowledge 1.x or 2.x) gets one error that names its version and how to convert it.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static WcoKnowledgeBase Load(Stream utf8Json, WcoLoadOptions? options = null)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        return new WcoKnowledgeBase(DatasetReader.Read(utf8Json, options ?? WcoLoadOptions.Default));
    }

    /// <summary>Reads and validates a dataset as <see cref="Load(Stream, WcoLoadOptions?)"/> does, reading the stream asynchronously.</summary>
    /// <param name="utf8Json">The dataset; not closed.</param>
    /// <param name="options">Size and depth limits; <see langword="null"/> (the default) for <see cref="WcoLoadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task for the new, fully validated knowledge base.</returns>
    /// <remarks>Only the reading is asynchronous; validation and indexing run synchronously once the data is in.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="WcoDataException">The dataset is invalid or over a limit.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<WcoKnowledgeBase> LoadAsync(Stream utf8Json, WcoLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        var data = await DatasetReader.ReadAsync(utf8Json, options ?? WcoLoadOptions.Default, cancellationToken).ConfigureAwait(false);
        return new WcoKnowledgeBase(data);
    }

    // A nested holder with an explicit static constructor: the runtime runs it exactly once, on first use of
    // Default, thread-safely and without locks in our code; touching other members never loads the data.
    // Failures are kept as a WcoDataException so that callers see the reason, not a TypeInitializationException.
    private static class DefaultHolder
    {
        internal static readonly WcoKnowledgeBase? Instance;
        internal static readonly WcoDataException? Failure;

        static DefaultHolder()
        {
            try
            {
                Instance = new WcoKnowledgeBase(DatasetReader.ReadEmbedded());
            }
            catch (WcoDataException e)
            {
                Failure = e;
            }
#pragma warning disable CA1031 // a loader bug must not turn into a TypeInitializationException on every later access
            catch (Exception e)
#pragma warning restore CA1031
            {
                Failure = new WcoDataException($"The embedded dataset '{DatasetReader.EmbeddedResourceName}' could not be loaded because of an unexpected {e.GetType().Name}: {e.Message}", e);
            }
        }
    }
}
