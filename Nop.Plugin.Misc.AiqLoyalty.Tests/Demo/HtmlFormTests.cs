using AiqLoyalty.Demo.Html;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Demo;

/// <summary>The demo helper reads forms the way a browser submits them.</summary>
[TestFixture]
public class HtmlFormTests
{
    // Shaped like nopCommerce's admin pages: a checkbox followed by ASP.NET's hidden "false" companion at the form's end.
    private const string Page = """
        <form id="search" action="/search"><input name="q" value="x"></form>
        <form method="post" id="aiq-configuration-form" action="/Admin/AiqLoyalty/Configure?a=1&amp;b=2" autocomplete="off">
          <input class="check-box" data-val="true" id="Enabled" name="Enabled" type="checkbox" value="true" />
          <input type='text' name='Uid' value='1546'>
          <input name="BaseUrl" id="BaseUrl" type="text" value="https://lab.alpineiq.com" />
          <input name="ApiKey" type="password" value="" />
          <input name="RequirePin" type="checkbox" value="true" checked="checked" />
          <input name="Locked" type="text" value="no" disabled />
          <select name="CountryId" id="CountryId"><option value="0">United States</option><option value="1">Canada</option></select>
          <select name="RedemptionModelId"><option value="1">A</option><option selected="selected" value="2">B</option></select>
          <textarea name="Notes">
        Tom &amp; Jerry</textarea>
          <button type="submit" name="save">Save</button>
          <input type="submit" name="save-continue" value="Save" />
          <input name="__RequestVerificationToken" type="hidden" value="CfDJ8&#x2B;token" />
          <input name="Enabled" type="hidden" value="false" /><input name="RequirePin" type="hidden" value="false" />
        </form>
        """;

    [Test]
    public void FindsTheFormByIdAndPostsWhatABrowserWould()
    {
        var form = HtmlForm.Find(Page, "aiq-configuration-form");

        Assert.That(form, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(form!.Action, Is.EqualTo("/Admin/AiqLoyalty/Configure?a=1&b=2"));
            Assert.That(form.Fields, Is.EqualTo(new KeyValuePair<string, string>[]
            {
                new("Uid", "1546"),
                new("BaseUrl", "https://lab.alpineiq.com"),
                new("ApiKey", ""),
                new("RequirePin", "true"),
                new("CountryId", "0"),
                new("RedemptionModelId", "2"),
                new("Notes", "Tom & Jerry"),
                new("__RequestVerificationToken", "CfDJ8+token"),
                new("Enabled", "false"),
                new("RequirePin", "false")
            }), "unchecked boxes, disabled fields and buttons are not posted; a select without a selected option posts its first");
        });
    }

    [Test]
    public void SetReplacesACheckboxAndItsHiddenCompanion()
    {
        var form = HtmlForm.Find(Page, "aiq-configuration-form")!;

        form.Set("Enabled", "true");
        form.Set("Uid", "2002");

        Assert.Multiple(() =>
        {
            Assert.That(form.Fields.Where(f => f.Key == "Enabled").Select(f => f.Value), Is.EqualTo(new[] { "true" }),
                "a leftover Enabled=false would be bound instead of the new value");
            Assert.That(form.Get("Uid"), Is.EqualTo("2002"));
            Assert.That(form.Get("RequirePin"), Is.EqualTo("true"), "untouched fields keep the page's values");
        });
    }

    [Test]
    public void AMissingFormIsNull() =>
        Assert.That(HtmlForm.Find(Page, "no-such-form"), Is.Null);

    [TestCase("<input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"abc\" />")]
    [TestCase("<input type=\"hidden\" value=\"abc\" name=\"__RequestVerificationToken\">")]
    [TestCase("<p>x</p><INPUT VALUE='abc' NAME='__RequestVerificationToken'>")]
    public void FirstValueFindsAnInputWhateverItsAttributeOrder(string page) =>
        Assert.That(HtmlForm.FirstValue(page, "__RequestVerificationToken"), Is.EqualTo("abc"));

    [Test]
    public void FirstValueIsNullWhenThePageHasNoSuchInput() =>
        Assert.That(HtmlForm.FirstValue("<input name=\"other\" value=\"1\">", "__RequestVerificationToken"), Is.Null);
}
