using System.Globalization;
using CsvHelper;

namespace AiqLoyalty.Core.Export;

/// <summary>
/// The one CSV writer of every export the plugin offers (CsvHelper): UTF-8 with a byte order mark
/// (so spreadsheets read accents right), RFC 4180 quoting, CRLF, culture-invariant numbers, ISO 8601
/// times, and text that starts like a formula escaped with a leading apostrophe. Rows are written as
/// they are read and flushed asynchronously as CsvHelper's buffer fills, so an export of any size
/// holds one buffer and never blocks on the destination.
/// </summary>
/// <typeparam name="TRow">The exported row.</typeparam>
public sealed class CsvExportWriter<TRow>
{
    #region Fields

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = true
    };

    private readonly CsvColumn<TRow>[] _columns;
    private readonly string[] _headers;

    #endregion

    #region Ctor

    /// <summary>Creates the writer of an export with these columns, in this order.</summary>
    public CsvExportWriter(IEnumerable<CsvColumn<TRow>> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _columns = columns.ToArray();
        if (_columns.Length == 0)
            throw new ArgumentException("An export needs at least one column.", nameof(columns));
        _headers = _columns.Select(column => column.Header).ToArray();
        if (_headers.Distinct(StringComparer.OrdinalIgnoreCase).Count() != _headers.Length)
            throw new ArgumentException("Column headers must be unique.", nameof(columns));
    }

    #endregion

    #region Properties

    /// <summary>The header record.</summary>
    public IReadOnlyList<string> Headers => _headers;

    #endregion

    #region Methods

    /// <summary>
    /// Writes the header and then each row of <paramref name="rows"/> to <paramref name="destination"/>
    /// as it arrives; leaves the destination open.
    /// </summary>
    /// <returns>The number of rows written (the header not counted).</returns>
    public async Task<long> WriteAsync(Stream destination, IAsyncEnumerable<TRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(rows);

        long count = 0;
        await using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        csv.WriteHeader(_headers);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var column in _columns)
                column.Write(csv, row);
            await csv.EndRecordAsync(cancellationToken);
            count++;
        }

        await csv.FlushAsync(cancellationToken);
        return count;
    }

    #endregion
}
