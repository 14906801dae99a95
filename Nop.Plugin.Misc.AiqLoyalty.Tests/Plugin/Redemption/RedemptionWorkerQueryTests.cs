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
    public void OnlyClaimsWhoseNextAttemptHasComeAreTaken_OldestDueFirst_AndNoTimeIsNeverDue()
    {
        var claims = new[]
        {
            Claim(1, ClaimState.FailedRetryable, Now.AddMinutes(-1)),
            Claim(2, ClaimState.Placed, Now.AddMinutes(-2)),
            Claim(3, ClaimState.FailedRetryable, Now.AddMinutes(-30)),
            Claim(4, ClaimState.FailedRetryable, Now.AddMinutes(5)),       // not due yet
            Claim(5, ClaimState.Placed, Now, model: AiqRedemptionModel.RecordForPos), // the POS redeems it
            Claim(6, ClaimState.Redeemed, null),                          // nothing to do
            Claim(7, ClaimState.Redeemed, Now.AddMinutes(-3), refund: true), // points to return
            Claim(8, ClaimState.Released, null),
            Claim(9, ClaimState.OutcomeUnknown, Now),
            Claim(10, ClaimState.Placed, null),                           // no next attempt: not due
            Claim(11, ClaimState.NeedsAttention, Now.AddMinutes(-60)),     // staff's, never the worker's
            Claim(12, ClaimState.RefundNeedsAttention, Now.AddMinutes(-60)),
            Claim(13, ClaimState.Refunding, Now.AddMinutes(-4)),          // a refund whose lease ran out
            Claim(14, ClaimState.Redeeming, Now.AddMinutes(1))            // a PUT in flight, within its lease
        };

        var due = RedemptionWorker.DueClaims(claims.AsQueryable(), Now).Select(c => c.Id).ToList();

        Assert.That(due, Is.EqualTo(new[] { 3, 13, 7, 2, 1, 9 }));
    }

    /// <summary>The SQL each provider gets says "has a next attempt" in the WHERE, so where a database sorts NULL cannot matter.</summary>
    // linq2db provider names (strings, so the test compiles against linq2db 5 and 6); building the SQL
    // opens no connection. (SQL Server's client library does not load on Linux test hosts.)
    [TestCase("PostgreSQL.15", "Host=127.0.0.1;Database=none")]
    [TestCase("MariaDB.10.MySqlConnector", "Server=127.0.0.1;Database=none")]
    [TestCase("MySql.8.0.MySqlConnector", "Server=127.0.0.1;Database=none")]
    public void ClaimsWithoutANextAttemptAreLeftOutInTheSqlOfEveryDatabase(string provider, string connectionString)
    {
        using var context = new DataConnection(new DataOptions().UseConnectionString(provider, connectionString));
        var sql = RedemptionWorker.DueClaims(context.GetTable<AiqRewardClaim>(), Now).ToSqlQuery().Sql;

        var where = sql[sql.IndexOf("WHERE", StringComparison.Ordinal)..sql.LastIndexOf("ORDER BY", StringComparison.Ordinal)];
        var orderBy = sql[(sql.LastIndexOf("ORDER BY", StringComparison.Ordinal) + "ORDER BY".Length)..];
        Assert.Multiple(() =>
        {
            Assert.That(where, Does.Contain("NextAttemptOnUtc").And.Contain("IS NOT NULL").IgnoreCase, "no next attempt is never due:\n" + sql);
            Assert.That(orderBy.Split(',', StringSplitOptions.TrimEntries)[0], Does.Contain("NextAttemptOnUtc").And.Not.Contain("NULL").IgnoreCase,
                "oldest due first:\n" + sql);
        });
    }
}
