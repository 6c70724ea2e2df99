namespace WcoKnowledge.Loading;

/// <summary>
/// The JSON path of a checked value, kept in parts ("$.pillars", element 2, ".title") and joined only when a problem is
/// reported: a load checks thousands of values in hundreds of list elements and almost never reports one.
/// </summary>
/// <remarks>
/// One list element and one member below a written-out path are held without joining; a path deeper than that (a
/// member of a member of an element, or a list inside an element) joins its parent once, when it is made.
/// </remarks>
internal readonly struct DataPath
{
    private const int NoIndex = -1;

    private readonly string _parent;
    private readonly int _index;
    private readonly string? _member;

    internal DataPath(string parent, string? member = null)
        : this(parent, NoIndex, member)
    {
    }

    /// <summary>The path of <paramref name="member"/> (".title") of the value at <paramref name="parent"/>.</summary>
    internal DataPath(DataPath parent, string member)
        : this(parent._member is null ? parent._parent : parent.ToString(), parent._member is null ? parent._index : NoIndex, member)
    {
    }

    private DataPath(string parent, int index, string? member)
    {
        _parent = parent;
        _index = index;
        _member = member;
    }

    public static implicit operator DataPath(string path) => new(path);

    /// <summary>The path of element <paramref name="index"/> of the list at <paramref name="listPath"/>.</summary>
    internal static DataPath Element(string listPath, int index) => new(listPath, index, null);

    public override string ToString()
    {
        if (_index == NoIndex)
        {
            return _member is null ? _parent : _parent + _member;
        }

        // Two joins, not one of five parts: that overload takes its parts as an inline array, whose generic helpers
        // would be compiled at run time on the first load.
        return string.Concat(string.Concat(_parent, "[", DecimalText.Of(_index), "]"), _member);
    }
}
