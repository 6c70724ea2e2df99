namespace WcoKnowledge.Loading;

/// <summary>
/// The JSON path of a checked value, kept as its parent's path and its member ("$.pillars[2]" and ".title") and
/// joined only when a problem is reported: a load checks thousands of values and almost never reports one.
/// </summary>
internal readonly struct DataPath
{
    private readonly string _parent;
    private readonly string? _member;

    internal DataPath(string parent, string? member = null)
    {
        _parent = parent;
        _member = member;
    }

    public static implicit operator DataPath(string path) => new(path);

    public override string ToString() => _member is null ? _parent : _parent + _member;
}
