namespace WcoKnowledge.Json;

/// <summary>
/// The members already read in each object a <see cref="JsonCursor"/> is inside, innermost last, so that a member
/// written twice is refused instead of silently replacing the first value.
/// </summary>
/// <remarks>Names are the readers' string literals, so they are compared by reference. Objects hold at most a few dozen members.</remarks>
internal sealed class MembersRead
{
    private string[] _names = new string[64];
    private int[] _starts = new int[16];
    private int _count;
    private int _depth;

    internal void Enter()
    {
        if (_depth == _starts.Length)
        {
            System.Array.Resize(ref _starts, _depth * 2);
        }

        _starts[_depth++] = _count;
    }

    internal void Leave() => _count = _starts[--_depth];

    /// <summary>Records <paramref name="name"/> in the innermost object; false when it was read there already.</summary>
    internal bool Add(string name)
    {
        for (var i = _starts[_depth - 1]; i < _count; i++)
        {
            if (ReferenceEquals(_names[i], name))
            {
                return false;
            }
        }

        if (_count == _names.Length)
        {
            System.Array.Resize(ref _names, _count * 2);
        }

        _names[_count++] = name;
        return true;
    }
}
