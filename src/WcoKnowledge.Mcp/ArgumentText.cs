using System.Globalization;

namespace WcoKnowledge.Mcp;

/// <summary>
/// Checks a text argument before it reaches the library: the library accepts any text (search truncates a long query,
/// lookups simply find nothing), but a model that sent a 20,000-character id or a control character has made a
/// mistake it should hear about, not an empty answer it may take for a fact.
/// </summary>
internal static class ArgumentText
{
    /// <summary>The longest id, code, name, kind or date accepted; real ones are under 100 characters.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>Why <paramref name="value"/> cannot be used as argument <paramref name="name"/>, or <see langword="null"/> if it can.</summary>
    public static string? Problem(string name, string? value, int maxLength)
    {
        if (value is null || value.Trim().Length == 0)
        {
            return $"The argument '{name}' is empty; give a value.";
        }

        if (value.Length > maxLength)
        {
            return $"The argument '{name}' is {value.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long; at most {maxLength.ToString("N0", CultureInfo.InvariantCulture)} are accepted. Send a few words or the exact id.";
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]))
            {
                return $"The argument '{name}' holds a control character (U+{(int)value[i]:X4} at position {i + 1}); send plain text.";
            }
        }

        return null;
    }
}
