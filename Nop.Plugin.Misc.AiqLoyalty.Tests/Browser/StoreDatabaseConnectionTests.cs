using MySqlConnector;
using Npgsql;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Browser;

/// <summary>How the browser tiers read <c>STORE_DB</c> (no database needed).</summary>
[TestFixture]
public class StoreDatabaseConnectionTests
{
    [Test]
    public void AMySqlUrlGivesAMySqlConnectorConnectionStringAndBacktickQuoting()
    {
        var connection = StoreDatabaseConnection.Parse("mysql://nop:n%40p@127.0.0.1:3307/nop490");
        var builder = new MySqlConnectionStringBuilder(connection.ConnectionString);

        Assert.Multiple(() =>
        {
            Assert.That(connection.Provider, Is.EqualTo(StoreDatabaseProvider.MySql));
            Assert.That((builder.Server, builder.Port, builder.UserID, builder.Password, builder.Database),
                Is.EqualTo(("127.0.0.1", 3307u, "nop", "n@p", "nop490")));
            Assert.That(connection.Quote("Order"), Is.EqualTo("`Order`"));
            Assert.That(connection.CreateConnection(), Is.InstanceOf<MySqlConnection>());
        });
    }

    [TestCase("postgresql://postgres:postgres@127.0.0.1/nop490", 5432)]
    [TestCase("postgres://postgres:postgres@127.0.0.1:5433/nop490", 5433)]
    public void APostgreSqlUrlGivesAnNpgsqlConnectionStringAndDoubleQuoteQuoting(string url, int port)
    {
        var connection = StoreDatabaseConnection.Parse(url);
        var builder = new NpgsqlConnectionStringBuilder(connection.ConnectionString);

        Assert.Multiple(() =>
        {
            Assert.That(connection.Provider, Is.EqualTo(StoreDatabaseProvider.PostgreSql));
            Assert.That((builder.Host, builder.Port, builder.Username, builder.Password, builder.Database),
                Is.EqualTo(("127.0.0.1", port, "postgres", "postgres", "nop490")));
            Assert.That(connection.Quote("Order"), Is.EqualTo("\"Order\""));
            Assert.That(connection.CreateConnection(), Is.InstanceOf<NpgsqlConnection>());
        });
    }

    [Test]
    public void NothingSetMeansTheLocalPostgreSqlTestStore()
    {
        Assert.That(StoreDatabaseConnection.Parse(null), Is.EqualTo(StoreDatabaseConnection.Parse(StoreDatabaseConnection.DefaultUrl)));
    }

    [TestCase("mysql", StoreDatabaseProvider.MySql)]
    [TestCase("MariaDB", StoreDatabaseProvider.MySql)]
    [TestCase("postgresql", StoreDatabaseProvider.PostgreSql)]
    public void AConnectionStringNeedsItsProviderNamed(string provider, StoreDatabaseProvider expected)
    {
        const string connectionString = "Server=db;Database=nop490;User ID=nop;Password=secret";

        var connection = StoreDatabaseConnection.Parse(connectionString, provider);

        Assert.That(connection, Is.EqualTo(new StoreDatabaseConnection(expected, connectionString)));
        Assert.Throws<ArgumentException>(() => StoreDatabaseConnection.Parse(connectionString));
    }

    [TestCase("oracle://u:p@h/db")]
    [TestCase("mysql://nop:nop@127.0.0.1:3306/")]
    public void AnUnusableUrlSaysWhatIsExpected(string url)
    {
        Assert.That(() => StoreDatabaseConnection.Parse(url), Throws.ArgumentException.With.Message.Contains("STORE_DB"));
    }

    [Test]
    public void TheDescriptionNeverShowsThePassword()
    {
        Assert.That(StoreDatabaseConnection.Parse("mysql://nop:s3cret@127.0.0.1:3306/nop490").ToString(), Does.Not.Contain("s3cret"));
    }
}
