using System.Globalization;

namespace WcoKnowledge.Loading;

/// <summary>
/// The JSON path of a checked value, kept in parts ("$.pillars", element 2, ".title") and joined only when a problem is
/// reported: a load checks thousands of values in hundreds of list elements and almost never reports one.
/// </summary>
/// <remarks>
/// One list element and one member below a written-out path are held without joining; a member of a path that already
/// ends in a member joins that path first, once, when it is made.
/// </remarks>
internal readonly struct DataPath
{
    private readonly string _parent;
    private readonly int _element; // the list index plus one; 0 when the path is not a list element
    private readonly string? _member;

    internal DataPath(string parent, string? member = null)
        : this(parent, 0, member)
    {
    }

    /// <summary>The path of <paramref name="member"/> (".title") of the value at <paramref name="parent"/>.</summary>
    internal DataPath(DataPath parent, string member)
        : this(parent._member is null ? parent._parent : parent.ToString(), parent._member is null ? parent._element : 0, member)
    {
    }

    private DataPath(string parent, int element, string? member)
    {
        _parent = parent;
        _element = element;
        _member = member;
    }

    public static implicit operator DataPath(string path) => new(path);

    /// <summary>The path of element <paramref name="index"/> of the list at <paramref name="listPath"/>.</summary>
    internal static DataPath Element(string listPath, int index) => new(listPath, index + 1, null);

    public override string ToString()
    {
        if (_element == 0)
        {
            return _member is null ? _parent : _parent + _member;
        }

        return _parent + "[" + (_element - 1).ToString(CultureInfo.InvariantCulture) + "]" + _member;
    }
}
