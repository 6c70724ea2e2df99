using System;
using System.Globalization;

namespace WcoKnowledge;

/// <summary>
/// A calendar date known to the precision its source gives: a year (<c>1994</c>), a month
/// (<c>1994-06</c>) or a day (<c>1953-01-26</c>).
/// </summary>
/// <remarks>
/// <para>Sources often date a fact only to the year or month; storing it as a full <see cref="DateTime"/>
/// would invent precision. This type exists on every target framework (netstandard2.0 has no
/// <c>DateOnly</c>), so the API is the same everywhere.</para>
/// <para>Ordering compares year, then month, then day, with a missing part ordering before any
/// present one: <c>1994</c> &lt; <c>1994-01</c> &lt; <c>1994-01-01</c>.</para>
/// <para>An immutable value type; thread-safe. <c>default(FactDate)</c> is not a valid date (year 0).</para>
/// </remarks>
public readonly struct FactDate : IEquatable<FactDate>, IComparable<FactDate>
{
    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;

    private FactDate(int year, int month, int day)
    {
        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
    }

    /// <summary>The year, 1 to 9999.</summary>
    public int Year => _year;

    /// <summary>The month, 1 to 12, or <see langword="null"/> when the source gives only the year.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, or <see langword="null"/> when the source gives only the year or month.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>Creates a date known to the year.</summary>
    /// <param name="year">1 to 9999.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static FactDate FromYear(int year) => Create(year, 0, 0, DatePart.Year);

    /// <summary>Creates a date known to the month.</summary>
    /// <param name="year">1 to 9999.</param>
    /// <param name="month">1 to 12.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public static FactDate FromYearMonth(int year, int month) => Create(year, month, 0, DatePart.Month);

    /// <summary>Creates a date known to the day.</summary>
    /// <param name="year">1 to 9999.</param>
    /// <param name="month">1 to 12.</param>
    /// <param name="day">A day that exists in that month.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or the day does not exist.</exception>
    public static FactDate FromYearMonthDay(int year, int month, int day) => Create(year, month, day, DatePart.Day);

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a date in one of the three forms.</exception>
    public static FactDate Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return TryParse(text, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd.");
    }

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> without throwing.</summary>
    /// <param name="text">The text to parse; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="date">The date, when this returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> if <paramref name="text"/> is a valid date in one of the three forms.</returns>
    public static bool TryParse(string? text, out FactDate date)
    {
        date = default;
        if (text is null || (text.Length != 4 && text.Length != 7 && text.Length != 10))
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || year == 0)
        {
            return false;
        }

        var month = 0;
        var day = 0;
        if (text.Length >= 7 && (text[4] != '-' || !TryDigits(text, 5, 2, out month) || month is < 1 or > 12))
        {
            return false;
        }

        if (text.Length == 10 && (text[7] != '-' || !TryDigits(text, 8, 2, out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        date = new FactDate(year, month, day);
        return true;
    }

    /// <summary>The first day this date can denote (1 January for a year, the 1st for a month), as a UTC-agnostic <see cref="DateTime"/> of kind Unspecified.</summary>
    /// <returns>The earliest calendar day inside this date.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(FactDate)</c>.</exception>
    public DateTime ToEarliestDateTime() => _year == 0
        ? throw new InvalidOperationException("default(FactDate) is not a date.")
        : new DateTime(_year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Formats the date at its own precision: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <returns>The ISO 8601 text of the date.</returns>
    public override string ToString()
    {
        var year = _year.ToString("D4", CultureInfo.InvariantCulture);
        if (_month == 0)
        {
            return year;
        }

        var month = _month.ToString("D2", CultureInfo.InvariantCulture);
        return _day == 0 ? year + "-" + month : year + "-" + month + "-" + _day.ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool Equals(FactDate other) => _year == other._year && _month == other._month && _day == other._day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FactDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (_year << 16) | (_month << 8) | _day;

    /// <inheritdoc/>
    public int CompareTo(FactDate other) => GetHashCode().CompareTo(other.GetHashCode());

    /// <summary>Whether two dates are equal in every part and precision.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FactDate left, FactDate right) => left.Equals(right);

    /// <summary>Whether two dates differ in any part or precision.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(FactDate left, FactDate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns><see langword="true"/> when earlier.</returns>
    public static bool operator <(FactDate left, FactDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns><see langword="true"/> when later.</returns>
    public static bool operator >(FactDate left, FactDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or equals <paramref name="right"/>.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns><see langword="true"/> when earlier or equal.</returns>
    public static bool operator <=(FactDate left, FactDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or equals <paramref name="right"/>.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns><see langword="true"/> when later or equal.</returns>
    public static bool operator >=(FactDate left, FactDate right) => left.CompareTo(right) >= 0;

    private static FactDate Create(int year, int month, int day, DatePart precision)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be 1 to 9999.");
        }

        if (precision >= DatePart.Month && month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be 1 to 12.");
        }

        if (precision == DatePart.Day && (day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day does not exist in that month.");
        }

        return new FactDate(year, month, day);
    }

    private enum DatePart
    {
        Year,
        Month,
        Day,
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
