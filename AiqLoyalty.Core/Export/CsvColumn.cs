using CsvHelper;

namespace AiqLoyalty.Core.Export;

/// <summary>
/// One column of a CSV export: its header and how a row fills its cell. The kind of column decides
/// the cell's form, so every export writes text, numbers and times the same way.
/// </summary>
/// <typeparam name="TRow">The exported row.</typeparam>
public sealed class CsvColumn<TRow>
{
    #region Fields

    /// <summary>UTC times as ISO 8601 to the second with a Z, whatever DateTimeKind the database gave back.</summary>
    private const string UtcTimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    #endregion

    #region Ctor

    private CsvColumn(string header, Action<CsvWriter, TRow> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        Header = header;
        Write = write;
    }

    #endregion

    #region Properties

    /// <summary>The column's name in the header record: a stable identifier for spreadsheets and scripts.</summary>
    public string Header { get; }

    /// <summary>Writes the row's cell as the next field of the current record.</summary>
    internal Action<CsvWriter, TRow> Write { get; }

    #endregion

    #region Methods

    /// <summary>
    /// Text that may come from shoppers, AIQ or the store (names, ids, errors): quoted when RFC 4180
    /// needs it, and shown as text when it starts like a spreadsheet formula (= + - @ tab CR).
    /// Null is an empty cell.
    /// </summary>
    public static CsvColumn<TRow> Text(string header, Func<TRow, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(header, (csv, row) => csv.WriteField(value(row)));
    }

    /// <summary>A whole number, culture-invariant (no group separators); null is an empty cell.</summary>
    public static CsvColumn<TRow> Integer(string header, Func<TRow, long?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(header, (csv, row) => csv.WriteField(value(row), default));
    }

    /// <summary>A decimal number with a point, culture-invariant, at the value's own scale; null is an empty cell.</summary>
    public static CsvColumn<TRow> Decimal(string header, Func<TRow, decimal?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(header, (csv, row) => csv.WriteField(value(row), default));
    }

    /// <summary>A UTC time as ISO 8601 (2025-01-31T14:05:00Z); null is an empty cell.</summary>
    public static CsvColumn<TRow> UtcTime(string header, Func<TRow, DateTime?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(header, (csv, row) =>
        {
            if (value(row) is { } time)
                csv.WriteField(time, UtcTimeFormat);
            else
                csv.WriteField((string?)null);
        });
    }

    #endregion
}
