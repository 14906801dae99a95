using AiqLoyalty.Core.Redemption;
using LinqToDB;
using LinqToDB.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Redemption;

/// <summary>Which claims the redemption worker takes, and in which order, on every database.</summary>
[TestFixture]
public class RedemptionWorkerQueryTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    private static AiqRewardClaim Claim(int id, ClaimState state, DateTime? next, bool refund = false, AiqRedemptionModel model = AiqRedemptionModel.RedeemOnOrder) => new()
    {
        Id = id, StateId = (int)state, NextAttemptOnUtc = next, RefundRequested = refund, RedemptionModelId = (int)model
    };

    [Test]
    public void NeverScheduledClaimsComeFirst_ThenByDueTime_AndNothingNotDueOrNotTheWorkersIsTaken()
    {
        var claims = new[]
        {
            Claim(1, ClaimState.FailedRetryable, Now.AddMinutes(-1)),
            Claim(2, ClaimState.Placed, null),
            Claim(3, ClaimState.FailedRetryable, Now.AddMinutes(-30)),
            Claim(4, ClaimState.FailedRetryable, Now.AddMinutes(5)),       // not due yet
            Claim(5, ClaimState.Placed, null, model: AiqRedemptionModel.RecordForPos), // the POS redeems it
            Claim(6, ClaimState.Redeemed, null),                          // nothing to do
            Claim(7, ClaimState.Redeemed, null, refund: true),            // points to return
            Claim(8, ClaimState.Released, null),
            Claim(9, ClaimState.OutcomeUnknown, Now)
        };

        var due = RedemptionWorker.DueClaims(claims.AsQueryable(), Now).Select(c => c.Id).ToList();

        Assert.That(due, Is.EqualTo(new[] { 2, 7, 3, 1, 9 }));
    }

    /// <summary>
    /// The SQL each provider gets must order by "has no next attempt" before the time itself: a plain
    /// ORDER BY on the nullable column puts NULLs last on PostgreSQL and first on MySQL and SQL Server.
    /// </summary>
    // linq2db provider names (strings, so the test compiles against linq2db 5 and 6); building the SQL
    // opens no connection. (SQL Server's client library does not load on Linux test hosts.)
    [TestCase("PostgreSQL.15", "Host=127.0.0.1;Database=none")]
    [TestCase("MariaDB.10.MySqlConnector", "Server=127.0.0.1;Database=none")]
    [TestCase("MySql.8.0.MySqlConnector", "Server=127.0.0.1;Database=none")]
    public void TheOrderDoesNotDependOnWhereTheDatabaseSortsNull(string provider, string connectionString)
    {
        using var context = new DataConnection(new DataOptions().UseConnectionString(provider, connectionString));
        var sql = RedemptionWorker.DueClaims(context.GetTable<AiqRewardClaim>(), Now).ToSqlQuery().Sql;

        var orderBy = sql[(sql.LastIndexOf("ORDER BY", StringComparison.Ordinal) + "ORDER BY".Length)..];
        var keys = orderBy.Split(',', StringSplitOptions.TrimEntries);
        Assert.Multiple(() =>
        {
            Assert.That(keys[0], Does.Contain("NextAttemptOnUtc").And.Contain("IS NULL").IgnoreCase,
                "the first key says whether a next attempt is set:\n" + sql);
            Assert.That(keys[1], Does.Contain("NextAttemptOnUtc").And.Not.Contain("NULL").IgnoreCase, "then the time itself:\n" + sql);
        });
    }
}
