namespace AiqLoyalty.CartBenchmark;

/// <summary>
/// Deterministic data: per customer a contact profile (50% email on the customer, 15% phone on the
/// billing address only, 5% phone on the customer, 30% guests without contact, 2% of whom have a
/// verified loyalty identity), one cart (last change uniform over the history; the other lines up to
/// 3 h earlier; 10% of the rows are wishlist rows), and for 25% an order at a random time.
/// </summary>
public sealed class DataGenerator
{
    private readonly DataShape _shape;
    private readonly DateTime _now;

    /// <summary>Creates the generator; all times are relative to <paramref name="nowUtc"/>.</summary>
    public DataGenerator(DataShape shape, DateTime nowUtc)
    {
        _shape = shape;
        _now = DateTime.SpecifyKind(nowUtc, DateTimeKind.Unspecified);
    }

    /// <summary>A customer row.</summary>
    public sealed record CustomerRow(int Id, string Email, string Phone, string FirstName, string LastName, int? BillingAddressId, Guid Guid, bool Deleted,
        int StoreId, DateTime CreatedOnUtc);

    /// <summary>An address row.</summary>
    public sealed record AddressRow(int Id, string FirstName, string LastName, string Email, string Phone, DateTime CreatedOnUtc);

    /// <summary>A cart row.</summary>
    public sealed record ItemRow(int CustomerId, int ProductId, int StoreId, int TypeId, int Quantity, DateTime CreatedOnUtc, DateTime UpdatedOnUtc);

    /// <summary>An order row.</summary>
    public sealed record OrderRow(string Number, int CustomerId, Guid Guid, int StoreId, DateTime CreatedOnUtc);

    /// <summary>A verified identity.</summary>
    public sealed record VerificationRow(int CustomerId, int StoreId, string Phone, DateTime VerifiedOnUtc);

    private enum Profile { Email, BillingPhone, CustomerPhone, Guest, VerifiedGuest }

    private Profile ProfileOf(int customerId)
    {
        var roll = new Random(_shape.Seed * 31 + customerId).Next(1000);
        return roll switch
        {
            < 500 => Profile.Email,
            < 650 => Profile.BillingPhone,
            < 700 => Profile.CustomerPhone,
            < 706 => Profile.VerifiedGuest,
            _ => Profile.Guest
        };
    }

    private int StoreOf(int customerId) => 1 + customerId % _shape.Stores;

    private DateTime LastChangeOf(int customerId) =>
        _now - TimeSpan.FromSeconds(new Random(_shape.Seed * 17 + customerId).NextDouble() * _shape.HistoryDays * 86_400);

    private static readonly string[] FictionalAreaCodes =
        ["212", "303", "312", "415", "503", "602", "617", "720", "206", "416", "604", "514", "613", "202", "305", "404", "512", "713", "801", "919"];

    /// <summary>
    /// A fictional number the plugin accepts (a real area code with 555-0100..0199, the range kept for
    /// fiction); 2,000 distinct numbers, so some customers share one, as households do.
    /// </summary>
    private static string PhoneOf(int customerId) =>
        $"{FictionalAreaCodes[customerId % FictionalAreaCodes.Length]}5550{100 + customerId / FictionalAreaCodes.Length % 100}";

    /// <summary>Billing addresses of the customers whose contact is on the address.</summary>
    public IEnumerable<AddressRow> Addresses()
    {
        for (var id = 1; id <= _shape.Customers; id++)
        {
            if (ProfileOf(id) == Profile.BillingPhone)
                yield return new AddressRow(id, "Pat", "Doe", null, PhoneOf(id), _now.AddDays(-90));
        }
    }

    /// <summary>The customers.</summary>
    public IEnumerable<CustomerRow> Customers()
    {
        for (var id = 1; id <= _shape.Customers; id++)
        {
            var profile = ProfileOf(id);
            yield return new CustomerRow(id,
                profile == Profile.Email ? $"shopper{id}@example.com" : null,
                profile == Profile.CustomerPhone ? PhoneOf(id) : null,
                profile is Profile.Guest or Profile.VerifiedGuest ? null : "Pat",
                profile is Profile.Guest or Profile.VerifiedGuest ? null : "Doe",
                profile == Profile.BillingPhone ? id : null,
                new Guid(id, 0, 0, new byte[8]),
                false,
                StoreOf(id),
                _now.AddDays(-90));
        }
    }

    /// <summary>The cart rows: CartRows spread evenly over the customers.</summary>
    public IEnumerable<ItemRow> Items()
    {
        var random = new Random(_shape.Seed);
        var perCustomer = _shape.CartRows / _shape.Customers;
        var extra = _shape.CartRows % _shape.Customers;
        for (var id = 1; id <= _shape.Customers; id++)
        {
            var lines = perCustomer + (id <= extra ? 1 : 0);
            var last = LastChangeOf(id);
            for (var line = 0; line < lines; line++)
            {
                var updated = line == 0 ? last : last - TimeSpan.FromSeconds(random.Next(3 * 3600));
                var type = random.Next(10) == 0 ? 2 : 1;
                yield return new ItemRow(id, 1 + random.Next(_shape.Products), StoreOf(id), type, 1 + random.Next(3), updated, updated);
            }
        }
    }

    /// <summary>Orders of a quarter of the customers, at a random time in the history.</summary>
    public IEnumerable<OrderRow> Orders()
    {
        var random = new Random(_shape.Seed + 1);
        for (var id = 1; id <= _shape.Customers; id++)
        {
            if (random.Next(4) != 0)
                continue;
            var created = _now - TimeSpan.FromSeconds(random.NextDouble() * _shape.HistoryDays * 86_400);
            yield return new OrderRow($"{id}", id, new Guid(id, 1, 0, new byte[8]), StoreOf(id), created);
        }
    }

    /// <summary>Verified loyalty identities of some guests.</summary>
    public IEnumerable<VerificationRow> Verifications()
    {
        for (var id = 1; id <= _shape.Customers; id++)
        {
            if (ProfileOf(id) == Profile.VerifiedGuest)
                yield return new VerificationRow(id, StoreOf(id), PhoneOf(id), _now.AddDays(-1));
        }
    }
}
