using AiqLoyalty.Core.Redemption;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Infrastructure;
using Nop.Plugin.Misc.AiqLoyalty.Services.Privacy;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Privacy;

/// <summary>The plugin's sheets in nopCommerce's GDPR export workbook, and the filter that adds them to the two export actions.</summary>
[TestFixture]
public class GdprExportTests
{
    private static readonly AiqPersonalData AnnsData = new(
        [new AiqVerification { StoreId = 1, ScopeKey = "c:11", CustomerId = 11, IdentityValue = TestPhones.Ann, ContactId = "c_ann", FailedAttempts = 1, UpdatedOnUtc = new DateTime(2026, 11, 1, 10, 0, 0) }],
        [new AiqConsentRecord { StoreId = 1, CustomerId = 11, IdentityValue = TestPhones.Ann, ConsentText = "I agree to Green Leaf ...", CountryId = 1, ConsentedOnUtc = new DateTime(2026, 10, 1) }],
        [new AiqRewardClaim { StoreId = 1, CustomerId = 11, OrderId = 1001, RewardName = "$10 off", TemplateId = "t-10", PointsDeduction = 300, StateId = (int)ClaimState.Redeemed,
            ContactId = "c_ann", IdentityValue = TestPhones.Ann, RedemptionUrl = "https://lab.alpineiq.com/api/v2/redeem/secret-10", CouponCode = "AIQ-COUPON-SECRET" }],
        [new AiqCartSync { StoreId = 1, CustomerId = 11, StatusId = (int)CartSyncStatus.SkippedNoConsent, ContactMasked = "(***) ***-0101", ItemCount = 2, CartTotal = 26.5m }]);

    private static byte[] NopCommercesWorkbook()
    {
        using var book = new XLWorkbook();
        book.Worksheets.Add("Customer info").Cell(1, 1).SetValue("Email");
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static List<string> Row(IXLWorksheet sheet, int row) =>
        sheet.Row(row).CellsUsed().Select(cell => cell.GetString()).ToList();

    [Test]
    public void ThePluginsRowsBecomeSheetsBesideNopCommercesAndCapabilitiesStayOut()
    {
        var bytes = GdprWorkbookWriter.Append(NopCommercesWorkbook(), AnnsData);

        using var book = new XLWorkbook(new MemoryStream(bytes));
        var text = string.Join("|", book.Worksheets.SelectMany(sheet => sheet.CellsUsed()).Select(cell => cell.GetString()));
        Assert.Multiple(() =>
        {
            Assert.That(book.Worksheets.Select(sheet => sheet.Name), Is.EqualTo(new[]
            {
                "Customer info", GdprWorkbookWriter.Sheets.Verifications, GdprWorkbookWriter.Sheets.ConsentRecords,
                GdprWorkbookWriter.Sheets.Claims, GdprWorkbookWriter.Sheets.CartSyncs
            }));
            Assert.That(Row(book.Worksheet(GdprWorkbookWriter.Sheets.Claims), 1), Does.Contain("pointsDeduction"));
            Assert.That(Row(book.Worksheet(GdprWorkbookWriter.Sheets.Claims), 2), Is.SupersetOf(new[] { "1001", "$10 off", "t-10", "300", "Redeemed", "c_ann", TestPhones.Ann }));
            Assert.That(Row(book.Worksheet(GdprWorkbookWriter.Sheets.ConsentRecords), 2), Is.SupersetOf(new[] { TestPhones.Ann, "Canada", "I agree to Green Leaf ..." }));
            Assert.That(Row(book.Worksheet(GdprWorkbookWriter.Sheets.Verifications), 2), Is.SupersetOf(new[] { TestPhones.Ann, "c_ann", "1", "2026-11-01T10:00:00Z" }));
            Assert.That(Row(book.Worksheet(GdprWorkbookWriter.Sheets.CartSyncs), 2), Is.SupersetOf(new[] { "SkippedNoConsent", "(***) ***-0101", "2", "26.5" }));
            Assert.That(text, Does.Not.Contain("secret-10").And.Not.Contain("AIQ-COUPON-SECRET"), "a redemption URL or coupon is a capability, not personal data to hand out");
        });
    }

    [Test]
    public void ACustomerWithoutRowsGetsNopCommercesWorkbookUnchanged()
    {
        var original = NopCommercesWorkbook();
        Assert.That(GdprWorkbookWriter.Append(original, new AiqPersonalData([], [], [], [])), Is.SameAs(original));
    }

    private static (ActionExecutingContext Context, ActionExecutionDelegate Next) Action(string method, string? area, int? id, IActionResult result)
    {
        var routeData = new RouteData();
        if (area is not null)
            routeData.Values["area"] = area;
        var descriptor = new ControllerActionDescriptor { ControllerName = "Customer", MethodInfo = typeof(GdprExportActions).GetMethod(method)! };
        var actionContext = new ActionContext(new DefaultHttpContext(), routeData, descriptor);
        var arguments = new Dictionary<string, object?>();
        if (id is not null)
            arguments["id"] = id.Value;
        var executing = new ActionExecutingContext(actionContext, new List<IFilterMetadata>(), arguments!, controller: new object());
        var executed = new ActionExecutedContext(actionContext, new List<IFilterMetadata>(), new object()) { Result = result };
        return (executing, () => Task.FromResult(executed));
    }

    private static (GdprExportFilter Filter, Mock<IAiqCustomerDataService> Data) Filter(int currentCustomerId = 25)
    {
        var data = new Mock<IAiqCustomerDataService>();
        data.Setup(d => d.GetAsync(It.IsAny<int>())).ReturnsAsync(AnnsData);
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(new Customer { Id = currentCustomerId });
        return (new GdprExportFilter(data.Object, Mock.Of<ILogger>(), workContext.Object), data);
    }

    private static FileContentResult Xlsx() => new(NopCommercesWorkbook(), MimeTypes.TextXlsx) { FileDownloadName = "customerdata-11.xlsx" };

    [Test]
    public async Task TheAdminExportOfACustomerGetsThatCustomersSheets()
    {
        var (filter, data) = Filter();
        var (context, next) = Action(nameof(GdprExportActions.GdprExport), "Admin", 11, Xlsx());
        ActionExecutedContext? executed = null;

        await filter.OnActionExecutionAsync(context, async () => executed = await next());

        var file = (FileContentResult)executed!.Result!;
        using var book = new XLWorkbook(new MemoryStream(file.FileContents));
        Assert.Multiple(() =>
        {
            data.Verify(d => d.GetAsync(11), Times.Once);
            Assert.That(book.Worksheets.Select(sheet => sheet.Name), Does.Contain(GdprWorkbookWriter.Sheets.Claims));
            Assert.That(file.FileDownloadName, Is.EqualTo("customerdata-11.xlsx"));
        });
    }

    [Test]
    public async Task TheShoppersOwnExportGetsOnlyTheLoggedInCustomersSheets()
    {
        var (filter, data) = Filter(currentCustomerId: 25);
        var (context, next) = Action(nameof(GdprExportActions.GdprToolsExport), null, null, Xlsx());

        await filter.OnActionExecutionAsync(context, next);

        data.Verify(d => d.GetAsync(25), Times.Once);
        data.Verify(d => d.GetAsync(It.Is<int>(id => id != 25)), Times.Never);
    }

    [Test]
    public async Task OtherActionsAndAnswersThatAreNotTheWorkbookAreLeftAlone()
    {
        var (filter, data) = Filter();
        var (edit, editNext) = Action(nameof(GdprExportActions.Edit), "Admin", 11, Xlsx());
        var (redirected, redirectedNext) = Action(nameof(GdprExportActions.GdprExport), "Admin", 11, new RedirectToActionResult("Edit", "Customer", null));
        var (publicNamedLikeAdmin, publicNext) = Action(nameof(GdprExportActions.GdprExport), null, 11, Xlsx());

        await filter.OnActionExecutionAsync(edit, editNext);
        await filter.OnActionExecutionAsync(redirected, redirectedNext);
        await filter.OnActionExecutionAsync(publicNamedLikeAdmin, publicNext);

        data.Verify(d => d.GetAsync(It.IsAny<int>()), Times.Never);
    }

    [Test]
    public async Task WhenThePluginsPartFailsNopCommercesExportStillGoesOutAndTheErrorIsLogged()
    {
        var data = new Mock<IAiqCustomerDataService>();
        data.Setup(d => d.GetAsync(11)).ThrowsAsync(new InvalidOperationException("database gone"));
        var logger = new Mock<ILogger>();
        var filter = new GdprExportFilter(data.Object, logger.Object, Mock.Of<IWorkContext>());
        var original = Xlsx();
        var (context, next) = Action(nameof(GdprExportActions.GdprExport), "Admin", 11, original);
        ActionExecutedContext? executed = null;

        await filter.OnActionExecutionAsync(context, async () => executed = await next());

        Assert.That(executed!.Result, Is.SameAs(original));
        logger.Verify(l => l.ErrorAsync(It.Is<string>(m => m.Contains("customer 11")), It.IsAny<Exception>(), It.IsAny<Customer>()), Times.Once);
    }
}
