using AiqLoyalty.Core.Export;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Nop.Plugin.Misc.AiqLoyalty.Services.Exports;

namespace Nop.Plugin.Misc.AiqLoyalty.Mvc;

/// <summary>
/// Streams a CSV export into the response as its rows are read: the download starts at once and
/// the server holds one CSV buffer and one page of rows, never the file.
/// </summary>
/// <typeparam name="TRow">The exported row.</typeparam>
/// <remarks>
/// The headers go out before the first row is read, so a failure half-way (the database going
/// away) can only cut the download short; the browser then reports a failed download.
/// </remarks>
public class CsvFileResult<TRow> : IActionResult
{
    #region Fields

    private readonly CsvExportWriter<TRow> _writer;
    private readonly IAsyncEnumerable<TRow> _rows;
    private readonly string _fileName;

    #endregion

    #region Ctor

    /// <summary>Creates the result.</summary>
    /// <param name="writer">The export's columns.</param>
    /// <param name="rows">The rows, read as they are written.</param>
    /// <param name="fileName">The name the browser saves the file under.</param>
    public CsvFileResult(CsvExportWriter<TRow> writer, IAsyncEnumerable<TRow> rows, string fileName)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        _writer = writer;
        _rows = rows;
        _fileName = fileName;
    }

    #endregion

    #region Methods

    /// <summary>Writes the headers, then the CSV straight into the response body.</summary>
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var httpContext = context.HttpContext;
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ExportDefaults.ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(_fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";

        await _writer.WriteAsync(response.Body, _rows, httpContext.RequestAborted);
    }

    #endregion
}
