using Npgsql;

namespace AiqLoyalty.FarmLoadBenchmark;

/// <summary>The stores' PostgreSQL database: customer ids, the shoppers' verifications, and the claims checked after the run.</summary>
public sealed class FarmDatabase(string connectionString)
{
    /// <summary>The claim state "Claimed" (applied in a cart, live): AiqLoyalty.Core.Redemption.ClaimState.Claimed.</summary>
    private const int ClaimedState = 0;

    /// <summary>The claim state "Released" (given back before any order): ClaimState.Released.</summary>
    private const int ReleasedState = 9;

    /// <summary>The customer ids of the given emails.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CustomerIdsAsync(IEnumerable<string> emails)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Email\", \"Id\" FROM \"Customer\" WHERE \"Email\" = ANY(@emails)", connection);
        command.Parameters.AddWithValue("emails", emails.ToArray());
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            ids[reader.GetString(0)] = reader.GetInt32(1);
        return ids;
    }

    /// <summary>
    /// Marks a customer verified as a member, as a right PIN leaves the row (the load is about claims on
    /// two nodes; texting 100 PINs from one address would only meet the plugin's per-address budgets).
    /// </summary>
    public async Task VerifyAsync(int customerId, string phone, string contactId)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO \"AiqLoyaltyVerification\" (\"StoreId\", \"ScopeKey\", \"CustomerId\", \"IdentityKindId\", \"IdentityValue\", \"ContactId\", " +
            "\"SendsInWindow\", \"FailedAttempts\", \"LockoutCount\", \"VerifiedOnUtc\", \"UpdatedOnUtc\") " +
            "VALUES (1, @scope, @customer, 0, @phone, @contact, 0, 0, 0, @now, @now)", connection);
        command.Parameters.AddWithValue("scope", $"c:{customerId}");
        command.Parameters.AddWithValue("customer", customerId);
        command.Parameters.AddWithValue("phone", phone);
        command.Parameters.AddWithValue("contact", contactId);
        command.Parameters.AddWithValue("now", DateTime.UtcNow);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Live (Claimed) claims of the template per customer, for the given customers.</summary>
    public async Task<IReadOnlyDictionary<int, int>> LiveClaimsPerCustomerAsync(IEnumerable<int> customerIds, string templateId)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT \"CustomerId\", count(*) FROM \"AiqLoyaltyRewardClaim\" WHERE \"CustomerId\" = ANY(@ids) AND \"TemplateId\" = @template AND \"StateId\" = @claimed GROUP BY \"CustomerId\"",
            connection);
        command.Parameters.AddWithValue("ids", customerIds.ToArray());
        command.Parameters.AddWithValue("template", templateId);
        command.Parameters.AddWithValue("claimed", ClaimedState);
        var counts = new Dictionary<int, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            counts[reader.GetInt32(0)] = (int)reader.GetInt64(1);
        return counts;
    }

    /// <summary>Members (contacts) holding more than one live claim of the template: duplicates.</summary>
    public async Task<int> ContactsWithDuplicateLiveClaimsAsync(IEnumerable<string> contactIds, string templateId)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM (SELECT \"ContactId\" FROM \"AiqLoyaltyRewardClaim\" WHERE \"ContactId\" = ANY(@contacts) AND \"TemplateId\" = @template " +
            "AND \"StateId\" = @claimed GROUP BY \"ContactId\" HAVING count(*) > 1) d", connection);
        command.Parameters.AddWithValue("contacts", contactIds.ToArray());
        command.Parameters.AddWithValue("template", templateId);
        command.Parameters.AddWithValue("claimed", ClaimedState);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Lock rows (the unique "one live claim per reward" key) of the given customers' claims that are no
    /// longer live (released, or gone): each keeps its member's reward "in use" for everybody, for good.
    /// </summary>
    public async Task<int> StrandedLocksAsync(IEnumerable<int> customerIds)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM \"AiqLoyaltyRewardClaimLock\" l LEFT JOIN \"AiqLoyaltyRewardClaim\" c ON c.\"Id\" = l.\"ClaimId\" " +
            "WHERE (c.\"Id\" IS NULL OR c.\"StateId\" = @released) AND (c.\"CustomerId\" = ANY(@ids) OR c.\"Id\" IS NULL)", connection);
        command.Parameters.AddWithValue("ids", customerIds.ToArray());
        command.Parameters.AddWithValue("released", ReleasedState);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
