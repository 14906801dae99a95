using AiqLoyalty.Core.Redemption;
using ClosedXML.Excel;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Privacy;

/// <summary>
/// Adds the plugin's rows to nopCommerce's GDPR export workbook (the "customerdata.xlsx" nopCommerce
/// builds with ClosedXML), one sheet per table that has rows for the customer, with stable English
/// column names like nopCommerce's own sheets. The data subject's own phone, email and AIQ contact id
/// are included (it is their data); capabilities (redemption URL, coupon code) never are.
/// </summary>
public static class GdprWorkbookWriter
{
    /// <summary>The sheet names (at most 31 characters, Excel's limit).</summary>
    public static class Sheets
    {
        /// <summary>PIN verifications.</summary>
        public const string Verifications = "AIQ verifications";

        /// <summary>Consent records.</summary>
        public const string ConsentRecords = "AIQ consent records";

        /// <summary>Reward claims.</summary>
        public const string Claims = "AIQ rewards";

        /// <summary>Abandoned-cart sync rows.</summary>
        public const string CartSyncs = "AIQ abandoned carts";
    }

    /// <summary>The workbook with the plugin's sheets added; unchanged when the plugin has no rows for the customer.</summary>
    /// <param name="workbook">nopCommerce's export (xlsx bytes).</param>
    /// <param name="data">The customer's rows.</param>
    public static byte[] Append(byte[] workbook, AiqPersonalData data)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Verifications.Count + data.ConsentRecords.Count + data.Claims.Count + data.CartSyncs.Count == 0)
            return workbook;

        using var input = new MemoryStream(workbook);
        using var book = new XLWorkbook(input);

        Write(book, Sheets.Verifications, data.Verifications,
            ["Store", "Phone or email", "AIQ contact id", "Code sent (UTC)", "Last code sent (UTC)", "Wrong codes", "Locked until (UTC)", "Verified (UTC)", "Updated (UTC)"],
            row => [row.StoreId, row.IdentityValue, row.ContactId, row.CodeSentOnUtc, row.LastSentOnUtc, row.FailedAttempts, row.LockedUntilUtc, row.VerifiedOnUtc, row.UpdatedOnUtc]);
        Write(book, Sheets.ConsentRecords, data.ConsentRecords,
            ["Store", "Phone or email", "Country", "Consent text", "AIQ contact id", "Consented (UTC)"],
            row => [row.StoreId, row.IdentityValue, row.CountryId == 1 ? "Canada" : "United States", row.ConsentText, row.ContactId, row.ConsentedOnUtc]);
        Write(book, Sheets.Claims, data.Claims,
            ["Store", "Order", "Reward", "AIQ template", "pointsDeduction", "Status", "AIQ contact id", "Phone or email", "Applied (UTC)", "Redeemed (UTC)", "Points returned (UTC)"],
            row => [row.StoreId, row.OrderId, row.RewardName, row.TemplateId, row.PointsDeduction,
                Enum.IsDefined((ClaimState)row.StateId) ? ((ClaimState)row.StateId).ToString() : row.StateId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                row.ContactId, row.IdentityValue, row.CreatedOnUtc, row.RedeemedOnUtc, row.RefundedOnUtc]);
        Write(book, Sheets.CartSyncs, data.CartSyncs,
            ["Store", "Status", "Contact (as logged)", "Items", "Total", "Sent (UTC)", "Updated (UTC)"],
            row => [row.StoreId, Enum.IsDefined((CartSyncStatus)row.StatusId) ? ((CartSyncStatus)row.StatusId).ToString() : row.StatusId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                row.ContactMasked, row.ItemCount, row.CartTotal, row.SentOnUtc, row.UpdatedOnUtc]);

        using var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }

    private static void Write<TRow>(XLWorkbook book, string name, IReadOnlyList<TRow> rows, string[] header, Func<TRow, object[]> cells)
    {
        if (rows.Count == 0)
            return;

        // A sheet of that name from an earlier pass (or another plugin) is replaced, never duplicated.
        if (book.Worksheets.TryGetWorksheet(name, out var existing))
            existing.Delete();
        var sheet = book.Worksheets.Add(name);
        for (var column = 0; column < header.Length; column++)
        {
            sheet.Cell(1, column + 1).SetValue(header[column]);
            sheet.Cell(1, column + 1).Style.Font.Bold = true;
        }

        for (var index = 0; index < rows.Count; index++)
        {
            var values = cells(rows[index]);
            for (var column = 0; column < values.Length; column++)
                SetCell(sheet.Cell(index + 2, column + 1), values[column]);
        }
    }

    /// <summary>
    /// Typed cells through SetValue with a string or a double: the calls read the same
    /// against ClosedXML 0.105 (stock nopCommerce 4.90) and 0.95, so the plugin builds against either.
    /// </summary>
    private static void SetCell(IXLCell cell, object value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                cell.SetValue(text);
                return;
            case int number:
                cell.SetValue((double)number);
                return;
            case long number:
                cell.SetValue((double)number);
                return;
            case decimal number:
                cell.SetValue((double)number);
                return;
            case DateTime time when time == default:
                return;
            case DateTime time:
                // ISO 8601 text, as in the plugin's CSV exports: no culture, no time-zone guess, no Excel date limits.
                cell.SetValue(DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
                return;
            default:
                cell.SetValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                return;
        }
    }
}
