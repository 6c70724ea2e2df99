using System;

namespace WcoKnowledge.Json;

// Numbers and the literals true, false and null.
internal sealed partial class JsonTokenizer
{
    /// <summary>The current number as a 32-bit integer; false for fractions, exponents and values out of range.</summary>
    internal bool TryGetInt32(out int value)
    {
        value = 0;
        var i = _valueStart;
        var negative = Bytes[i] == (byte)'-';
        i += negative ? 1 : 0;
        long magnitude = 0;
        for (; i < _valueEnd; i++)
        {
            var digit = Bytes[i] - (byte)'0';
            if ((uint)digit > 9 || (magnitude = (magnitude * 10) + digit) > 2147483648L)
            {
                return false; // '.', 'e' or 'E', or too large
            }
        }

        var signed = negative ? -magnitude : magnitude;
        if (signed > int.MaxValue)
        {
            return false;
        }

        value = (int)signed;
        return true;
    }

    // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?, then a delimiter.
    private void ScanNumber()
    {
        var i = _pos;
        _valueStart = i;
        i += Bytes[i] == (byte)'-' ? 1 : 0;
        if (i < _end && Bytes[i] == (byte)'0')
        {
            i++;
        }
        else
        {
            i = Digits(i, "a digit after '-'");
        }

        if (i < _end && Bytes[i] == (byte)'.')
        {
            i = Digits(i + 1, "a digit after the decimal point");
        }

        if (i < _end && (Bytes[i] == (byte)'e' || Bytes[i] == (byte)'E'))
        {
            i++;
            i += i < _end && (Bytes[i] == (byte)'+' || Bytes[i] == (byte)'-') ? 1 : 0;
            i = Digits(i, "a digit in the exponent");
        }

        if (i < _end && !IsDelimiter(Bytes[i]))
        {
            throw Error($"'{Describe(Bytes[i])}' cannot follow a number.", i);
        }

        _valueEnd = i;
        _pos = i;
    }

    private int Digits(int i, string expected)
    {
        var start = i;
        while (i < _end && Bytes[i] >= (byte)'0' && Bytes[i] <= (byte)'9')
        {
            i++;
        }

        return i > start ? i : throw Error($"expected {expected}.", i);
    }

    private void ScanLiteral(ReadOnlySpan<byte> literal, JsonToken token)
    {
        var matches = _pos + literal.Length <= _end;
        for (var k = 0; matches && k < literal.Length; k++)
        {
            matches = Bytes[_pos + k] == literal[k];
        }

        if (!matches || (_pos + literal.Length < _end && !IsDelimiter(Bytes[_pos + literal.Length])))
        {
            throw Error($"'{Describe(Bytes[_pos])}' does not start true, false or null.");
        }

        _pos += literal.Length;
        Token = token;
    }
}
