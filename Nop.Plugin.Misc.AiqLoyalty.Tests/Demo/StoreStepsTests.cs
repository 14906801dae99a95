using AiqLoyalty.Demo.Cli;
using AiqLoyalty.Demo.Database;
using AiqLoyalty.Demo.Store;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Demo;

/// <summary>
/// The demo helper's store steps against a fake nopCommerce: what they post, and how a refusal is
/// reported. (The real store is driven end to end by the Plugin tier's demo test.)
/// </summary>
[TestFixture]
public class StoreStepsTests
{
    private const string Token = "CfDJ8-token";
    private static readonly string TokenInput = $"""<input name="__RequestVerificationToken" type="hidden" value="{Token}" />""";

    private FakeStore _fake = null!;
    private StoreClient _client = null!;

    [SetUp]
    public void SetUp()
    {
        _fake = new FakeStore();
        _client = new StoreClient(_fake.BaseUrl);
    }

    [TearDown]
    public async Task TearDownAsync()
    {
        _client.Dispose();
        await _fake.DisposeAsync();
    }

    [Test]
    public async Task TheWizardGetsTheRawConnectionStringSampleDataAndThenTheRestart()
    {
        _fake.On("GET", "/install", _ => FakeStoreAnswer.Page($"<form id=\"installation-form\">{TokenInput}</form>"));
        _fake.On("POST", "/install", _ => FakeStoreAnswer.Page("<div class=\"validation-summary-valid\"></div>Installation finished"));
        _fake.On("GET", "/install/restartapplication", _ => FakeStoreAnswer.Page(string.Empty));
        var database = DemoDatabase.From("Host=127.0.0.1;Database=aiq_demo;Username=aiq_demo;Password=secret", null);

        await new InstallWizard(_client).InstallAsync(database, "admin@yourstore.com", "Admin123!", CancellationToken.None);

        var post = _fake.Last("POST", "/install");
        Assert.Multiple(() =>
        {
            Assert.That(post.Values("__RequestVerificationToken"), Is.EqualTo(new[] { Token }));
            Assert.That(post.Values("DataProvider"), Is.EqualTo(new[] { "3" }), "nopCommerce's DataProviderType.PostgreSQL");
            Assert.That(post.Values("ConnectionStringRaw"), Is.EqualTo(new[] { "true" }));
            Assert.That(post.Values("ConnectionString"), Is.EqualTo(new[] { database.ConnectionString }));
            Assert.That(post.Values("InstallSampleData"), Is.EqualTo(new[] { "true" }));
            Assert.That(post.Values("SubscribeNewsletters"), Is.EqualTo(new[] { "false" }), "no call out to nopCommerce's servers");
            Assert.That(post.Values("AdminPassword"), Is.EqualTo(post.Values("ConfirmPassword")));
            Assert.That(_fake.Requests.Select(r => $"{r.Method} {r.Path}").Last(), Is.EqualTo("GET /install/restartapplication"));
        });
    }

    [Test]
    public void AWizardErrorIsReportedInItsOwnWords()
    {
        _fake.On("GET", "/install", _ => FakeStoreAnswer.Page($"<form>{TokenInput}</form>"));
        _fake.On("POST", "/install", _ => FakeStoreAnswer.Page(
            "<div class=\"message-error validation-summary-errors\"><ul><li>Setup failed: database &quot;x&quot; does not exist</li></ul></div>"));
        var database = DemoDatabase.From("Server=127.0.0.1;Database=aiq_demo;Uid=u;Pwd=p", null);

        Assert.That(() => new InstallWizard(_client).InstallAsync(database, "a@b.c", "pw", CancellationToken.None),
            Throws.TypeOf<DemoStepException>().With.Message.EqualTo("the install wizard refused: Setup failed: database \"x\" does not exist"));
        Assert.That(_fake.Last("POST", "/install").Values("DataProvider"), Is.EqualTo(new[] { "2" }), "nopCommerce's DataProviderType.MySql");
    }

    [Test]
    public void AnInstalledStoreIsNotInstalledAgain()
    {
        _fake.On("GET", "/install", _ => FakeStoreAnswer.Redirect("/"));
        var database = DemoDatabase.From("Host=127.0.0.1;Database=aiq_demo;Username=u;Password=p", null);

        Assert.That(() => new InstallWizard(_client).InstallAsync(database, "a@b.c", "pw", CancellationToken.None),
            Throws.TypeOf<DemoStepException>().With.Message.Contains("already installed"));
    }

    [Test]
    public void ARefusedLoginSaysSo()
    {
        _fake.On("GET", "/login", _ => FakeStoreAnswer.Page($"<form>{TokenInput}</form>"));
        _fake.On("POST", "/login", _ => FakeStoreAnswer.Page(
            "<div class=\"message-error validation-summary-errors\"><ul><li>Login was unsuccessful.</li></ul></div>"));

        Assert.That(() => new StoreAdmin(_client).LogInAsync("admin@yourstore.com", "wrong", CancellationToken.None),
            Throws.TypeOf<DemoStepException>().With.Message.EqualTo("the store refused the admin login admin@yourstore.com: Login was unsuccessful."));
    }

    [Test]
    public async Task InstallingThePluginPressesItsInstallButton()
    {
        _fake.On("GET", "/Admin/Plugin/List", _ => FakeStoreAnswer.Page($"<form id=\"plugins-form-local\">{TokenInput}</form>"));
        _fake.On("POST", "/Admin/Plugin/List", _ => FakeStoreAnswer.Redirect("/Admin/Plugin/List?showWarnings=False"));

        await new StoreAdmin(_client).InstallPluginAsync("Misc.AiqLoyalty", CancellationToken.None);

        var post = _fake.Last("POST", "/Admin/Plugin/List");
        Assert.That(post.Form.Select(f => f.Key), Is.EqualTo(new[] { "__RequestVerificationToken", "install-plugin-link-Misc.AiqLoyalty" }));
    }

    [Test]
    public async Task ConfiguringKeepsThePageFieldsSetsTheSandboxAndTestsTheSavedKey()
    {
        var saved = false;
        _fake.On("GET", "/Admin/AiqLoyalty/Configure", _ => FakeStoreAnswer.Page(ConfigurePage(saved)));
        _fake.On("POST", "/Admin/AiqLoyalty/Configure", _ =>
        {
            saved = true;
            return FakeStoreAnswer.Redirect("/Admin/AiqLoyalty/Configure");
        });
        _fake.On("POST", "/Admin/AiqLoyaltyAdmin/TestConnection", _ => FakeStoreAnswer.Json("""{"success":true,"outcome":"Connected","message":"Connected."}"""));
        var admin = new StoreAdmin(_client);
        var sandbox = new Uri("http://127.0.0.1:5098/");

        await admin.ConfigureAsync(sandbox, "sandbox-demo-key", "1546", "Green Leaf", CancellationToken.None);
        var answer = await admin.TestConnectionAsync(sandbox, "1546", CancellationToken.None);

        var post = _fake.Last("POST", "/Admin/AiqLoyalty/Configure");
        var test = _fake.Last("POST", "/Admin/AiqLoyaltyAdmin/TestConnection");
        Assert.Multiple(() =>
        {
            Assert.That(post.Values("Enabled"), Is.EqualTo(new[] { "true" }), "the hidden Enabled=false companion must not be posted");
            Assert.That(post.Values("BaseUrl"), Is.EqualTo(new[] { "http://127.0.0.1:5098" }));
            Assert.That(post.Values("ApiKey"), Is.EqualTo(new[] { "sandbox-demo-key" }));
            Assert.That(post.Values("Uid"), Is.EqualTo(new[] { "1546" }));
            Assert.That(post.Values("BrandName"), Is.EqualTo(new[] { "Green Leaf" }));
            Assert.That(post.Values("CodeLifetimeMinutes"), Is.EqualTo(new[] { "10" }), "fields the demo does not set keep the page's values");
            Assert.That(post.Values("RequirePin"), Is.EqualTo(new[] { "true", "false" }), "a checked box posts like a browser: value, then its companion");
            Assert.That(post.Values("__RequestVerificationToken"), Is.EqualTo(new[] { Token }));
            Assert.That(test.Values("ApiKey"), Is.EqualTo(new[] { string.Empty }), "an empty key tests the saved one");
            Assert.That(answer, Is.EqualTo("Connected."));
        });
    }

    [Test]
    public void ARefusedConfigurationReportsTheFieldMessages()
    {
        _fake.On("GET", "/Admin/AiqLoyalty/Configure", _ => FakeStoreAnswer.Page(ConfigurePage(saved: false)));
        _fake.On("POST", "/Admin/AiqLoyalty/Configure", _ => FakeStoreAnswer.Page(
            ConfigurePage(saved: false) + "<span class=\"field-validation-error\">Use https, or http on this computer only.</span>"));

        Assert.That(() => new StoreAdmin(_client).ConfigureAsync(new Uri("http://127.0.0.1:5098/"), "k", "1546", "Green Leaf", CancellationToken.None),
            Throws.TypeOf<DemoStepException>().With.Message.EqualTo("the configuration page refused the settings: Use https, or http on this computer only."));
    }

    [Test]
    public void AFailedConnectionTestFailsTheStep()
    {
        _fake.On("GET", "/Admin/AiqLoyalty/Configure", _ => FakeStoreAnswer.Page(ConfigurePage(saved: true)));
        _fake.On("POST", "/Admin/AiqLoyaltyAdmin/TestConnection", _ => FakeStoreAnswer.Json("""{"success":false,"outcome":"Unauthorized","message":"AIQ refused the API key."}"""));

        Assert.That(() => new StoreAdmin(_client).TestConnectionAsync(new Uri("http://127.0.0.1:5098"), "1546", CancellationToken.None),
            Throws.TypeOf<DemoStepException>().With.Message.EqualTo("Test connection failed: AIQ refused the API key."));
    }

    [Test]
    public void AConnectionTestAnsweredWithAPageIsAStepError()
    {
        _fake.On("GET", "/Admin/AiqLoyalty/Configure", _ => FakeStoreAnswer.Page(ConfigurePage(saved: true)));
        _fake.On("POST", "/Admin/AiqLoyaltyAdmin/TestConnection", _ => FakeStoreAnswer.Page("<html>Access denied</html>"));

        Assert.That(() => new StoreAdmin(_client).TestConnectionAsync(new Uri("http://127.0.0.1:5098"), "1546", CancellationToken.None),
            Throws.TypeOf<DemoStepException>().With.Message.Contains("something other than the plugin's JSON"));
    }

    [Test]
    public void SavedSettingsThatDifferFromTheSandboxFailTheTest()
    {
        _fake.On("GET", "/Admin/AiqLoyalty/Configure", _ => FakeStoreAnswer.Page(ConfigurePage(saved: false)));

        Assert.That(() => new StoreAdmin(_client).TestConnectionAsync(new Uri("http://127.0.0.1:5098"), "1546", CancellationToken.None),
            Throws.TypeOf<DemoStepException>().With.Message.Contains("after saving"));
        Assert.That(_fake.Requests.Any(r => r.Method == "POST"), Is.False, "nothing is tested against settings that did not save");
    }

    [Test]
    public async Task TheCartProbeSkipsProductsThatNeedTheirPageAndFindsTheBox()
    {
        _fake.On("GET", "/", _ => FakeStoreAnswer.Page($"""
            <form id="small-search-box-form">{TokenInput}</form>
            <div class="product-item" data-productid="1"></div><div class="product-item" data-productid="18"></div>
            """));
        _fake.On("POST", "/addproducttocart/catalog/1/1/1", _ => FakeStoreAnswer.Json("""{"redirect":"/build-your-own-computer"}"""));
        _fake.On("POST", "/addproducttocart/catalog/18/1/1", _ => FakeStoreAnswer.Json("""{"success":true,"message":"The product has been added"}"""));
        _fake.On("GET", "/cart", _ => FakeStoreAnswer.Page("""<div class="aiq-rewards" id="aiq-rewards-order-summary-content-deals" data-zone="order_summary_content_deals">"""));
        var probe = new CartProbe(_client);

        var product = await probe.AddAnyProductToCartAsync(CancellationToken.None);
        var (shown, _) = await probe.CartShowsRewardsBoxAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(product, Is.EqualTo(18));
            Assert.That(_fake.Last("POST", "/addproducttocart/catalog/18/1/1").Values("__RequestVerificationToken"), Is.EqualTo(new[] { Token }));
            Assert.That(shown, Is.True);
        });
    }

    private static string ConfigurePage(bool saved) => $"""
        <form method="post" id="aiq-configuration-form" action="/Admin/AiqLoyalty/Configure">
          <input class="check-box" id="Enabled" name="Enabled" type="checkbox" value="true"{(saved ? " checked=\"checked\"" : string.Empty)} />
          <input name="ApiKey" type="password" value="" autocomplete="new-password" />
          <input name="Uid" type="text" value="{(saved ? "1546" : string.Empty)}" />
          <input name="BaseUrl" type="text" value="{(saved ? "http://127.0.0.1:5098" : "https://lab.alpineiq.com")}" />
          <input name="BrandName" type="text" value="" />
          <input name="RequirePin" type="checkbox" value="true" checked="checked" />
          <input name="CodeLifetimeMinutes" type="text" value="10" />
          {TokenInput}
          <input name="Enabled" type="hidden" value="false" /><input name="RequirePin" type="hidden" value="false" />
        </form>
        <script>
          // the options of the page's $.ajax call (braces left out of this C# template)
          type: 'POST', url: '/Admin/AiqLoyaltyAdmin/TestConnection', data: data
        </script>
        """;
}
