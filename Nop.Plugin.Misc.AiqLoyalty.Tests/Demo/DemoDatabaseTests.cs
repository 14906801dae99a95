using AiqLoyalty.Demo.Cli;
using AiqLoyalty.Demo.Database;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Demo;

/// <summary>Which server a --connection string is for, and which databases the demo refuses to touch.</summary>
[TestFixture]
public class DemoDatabaseTests
{
    [TestCase("Host=127.0.0.1;Database=aiq_demo;Username=demo;Password=x", DatabaseProvider.PostgreSql)]
    [TestCase("Server=db;Database=aiq_demo;User ID=demo;Password=x;Include Error Detail=true", DatabaseProvider.PostgreSql)]
    [TestCase("Server=db;Port=5432;Database=aiq_demo;User ID=demo;Password=x", DatabaseProvider.PostgreSql)]
    [TestCase("Server=127.0.0.1;Database=aiq_demo;Uid=demo;Pwd=x", DatabaseProvider.MySql)]
    [TestCase("Server=127.0.0.1;Database=aiq_demo;User ID=demo;Password=x;AllowUserVariables=true", DatabaseProvider.MySql)]
    [TestCase("Host=db;Port=3306;Database=aiq_demo;Username=demo;Password=x", DatabaseProvider.MySql)]
    [TestCase("Server=127.0.0.1;Database=aiq_demo;User ID=demo;Password=x", DatabaseProvider.MySql)]
    public void TheConnectionStringTellsTheServer(string connection, DatabaseProvider expected)
    {
        var database = DemoDatabase.From(connection, null);

        Assert.Multiple(() =>
        {
            Assert.That(database.Provider, Is.EqualTo(expected));
            Assert.That(database.Name, Is.EqualTo("aiq_demo"));
            Assert.That(database.ConnectionString, Is.EqualTo(connection), "nopCommerce stores the string as given");
        });
    }

    [TestCase("postgresql", DatabaseProvider.PostgreSql)]
    [TestCase("MariaDB", DatabaseProvider.MySql)]
    [TestCase("mysql", DatabaseProvider.MySql)]
    public void AGivenProviderWins(string provider, DatabaseProvider expected) =>
        Assert.That(DemoDatabase.From("Server=db;Port=5432;Database=aiq_demo;User ID=u;Password=p", provider).Provider, Is.EqualTo(expected));

    [Test]
    public void AnUnknownProviderIsRefused() =>
        Assert.That(() => DemoDatabase.From("Host=db;Database=aiq_demo", "sqlite"),
            Throws.TypeOf<DemoStepException>().With.Message.Contains("expected postgresql or mysql"));

    [Test]
    public void AStringNeitherDriverReadsIsRefused() =>
        Assert.That(() => DemoDatabase.From("Host=db;Database=aiq_demo;Flux Capacitor=on", null),
            Throws.TypeOf<DemoStepException>().With.Message.Contains("neither"));

    [TestCase("Host=db;Database=nop490;Username=u")]
    [TestCase("Host=db;Database=NOP490_h10;Username=u")]
    [TestCase("Host=db;Database=postgres;Username=u")]
    [TestCase("Server=db;Database=mysql;Uid=u")]
    public void RealStoresAndServerDatabasesAreOutOfReach(string connection) =>
        Assert.That(() => DemoDatabase.From(connection, null),
            Throws.TypeOf<DemoStepException>().With.Message.Contains("not a demo database"));

    [TestCase("Host=db;Username=u", "names no database")]
    [TestCase("Host=db;Database=demo.x;Username=u", "letters, digits")]
    [TestCase("", "empty")]
    public void UnusableStringsSayWhy(string connection, string reason) =>
        Assert.That(() => DemoDatabase.From(connection, "postgresql"),
            Throws.TypeOf<DemoStepException>().With.Message.Contains(reason));
}
