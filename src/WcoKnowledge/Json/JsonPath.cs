using System;
using System.Text;

namespace WcoKnowledge.Json;

/// <summary>
/// The JSON path of the token a <see cref="JsonCursor"/> is on ("$.pillars[2].title"), kept as a stack of member
/// names and array indexes and only turned into text when a problem is reported.
/// </summary>
/// <remarks>Plain arrays rather than a list of a struct: no generic instantiation to compile at startup.</remarks>
internal sealed class JsonPath
{
    private string?[] _names = new string?[16];
    private int[] _indexes = new int[16];
    private int _depth;

    /// <summary>Enters an object or an array.</summary>
    internal void Push()
    {
        if (_depth == _names.Length)
        {
            Array.Resize(ref _names, _depth * 2);
            Array.Resize(ref _indexes, _depth * 2);
        }

        _names[_depth] = null;
        _indexes[_depth] = -1;
        _depth++;
    }

    internal void Pop() => _depth--;

    /// <summary>In an object: the member now being read (null between members).</summary>
    internal void SetName(string? name) => _names[_depth - 1] = name;

    /// <summary>In an array: moves to the next element.</summary>
    internal void NextIndex() => _indexes[_depth - 1]++;

    public override string ToString()
    {
        var text = new StringBuilder("$");
        for (var i = 0; i < _depth; i++)
        {
            if (_names[i] is { } name)
            {
                // The bracket form for names with characters that would make the dotted form ambiguous or unreadable.
                _ = NeedsBrackets(name) ? text.Append("['").Append(name).Append("']") : text.Append('.').Append(name);
            }
            else if (_indexes[i] >= 0)
            {
                text.Append('[').Append(_indexes[i]).Append(']');
            }
        }

        return text.ToString();
    }

    private static bool NeedsBrackets(string name)
    {
        foreach (var c in name)
        {
            if (c is '.' or '\'' or '[' or ']' or '"' or '\\' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
