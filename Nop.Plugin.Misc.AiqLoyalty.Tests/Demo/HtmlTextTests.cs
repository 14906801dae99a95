using AiqLoyalty.Demo.Html;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Demo;

/// <summary>The demo helper reports why a nopCommerce page refused a form.</summary>
[TestFixture]
public class HtmlTextTests
{
    [Test]
    public void ReadsTheSummaryAndEachFieldMessage()
    {
        const string page = """
            <div class="message-error validation-summary-errors" data-valmsg-summary="true"><ul>
              <li>Setup failed: Unable to connect to the database &quot;aiq_demo&quot;</li>
              <li></li>
            </ul></div>
            <span class="field-validation-error text-danger" data-valmsg-for="BrandName"><span>Enter the brand name.</span></span>
            <span class="field-validation-valid" data-valmsg-for="Uid"></span>
            """;

        Assert.That(HtmlText.ValidationErrors(page), Is.EqualTo(new[]
        {
            "Setup failed: Unable to connect to the database \"aiq_demo\"",
            "Enter the brand name."
        }));
    }

    [Test]
    public void APageWithoutErrorsHasNone()
    {
        const string page = """<div class="validation-summary-valid" data-valmsg-summary="true"><ul><li style="display:none"></li></ul></div>""";

        Assert.That(HtmlText.ValidationErrors(page), Is.Empty);
    }

    [Test]
    public void PlainDropsTagsAndFoldsWhitespace() =>
        Assert.That(HtmlText.Plain("<b>Tom</b>\n  &amp;\t<i>Jerry</i> "), Is.EqualTo("Tom & Jerry"));
}
