using System.Globalization;
using AiqLoyalty.Core.Carts;
using AiqLoyalty.Core.Carts.Wire;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Validation;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// Selects a batch with <see cref="AbandonedCartQuery"/> (one set-based query per store and batch),
/// then loads the batch's customers, billing addresses, verified identities, cart lines and sync rows
/// in one query each and its products in one catalog call, and prepares each cart with the core's
/// rules: abandonment check, fingerprint and AIQ payload.
/// </summary>
public class AbandonedCartBatchLoader : IAbandonedCartBatchLoader
{
    #region Fields

    private readonly IAbandonedCartCatalog _catalog;
    private readonly IRepository<Address> _addressRepository;
    private readonly IRepository<AiqCartSync> _syncRepository;
    private readonly IRepository<AiqVerification> _verificationRepository;
    private readonly IRepository<Customer> _customerRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<ShoppingCartItem> _itemRepository;
    private readonly ShoppingCartSettings _shoppingCartSettings;

    #endregion

    #region Ctor

    /// <summary>Creates the loader.</summary>
    public AbandonedCartBatchLoader(IAbandonedCartCatalog catalog,
        IRepository<Address> addressRepository,
        IRepository<AiqCartSync> syncRepository,
        IRepository<AiqVerification> verificationRepository,
        IRepository<Customer> customerRepository,
        IRepository<Order> orderRepository,
        IRepository<ShoppingCartItem> itemRepository,
        ShoppingCartSettings shoppingCartSettings)
    {
        _catalog = catalog;
        _addressRepository = addressRepository;
        _syncRepository = syncRepository;
        _verificationRepository = verificationRepository;
        _customerRepository = customerRepository;
        _orderRepository = orderRepository;
        _itemRepository = itemRepository;
        _shoppingCartSettings = shoppingCartSettings;
    }

    #endregion

    #region Utilities

    private AbandonedCartSources Sources => new(_itemRepository.Table, _customerRepository.Table, _addressRepository.Table,
        _orderRepository.Table, _verificationRepository.Table, _syncRepository.Table);

    private static string FirstValid(Func<string, NormalizationResult> normalize, params string[] values)
    {
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
                continue;
            var result = normalize(value);
            if (result.IsValid)
                return result.Value;
        }

        return null;
    }

    private static string JoinName(string first, string last)
    {
        var name = string.Join(' ', new[] { first, last }.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part.Trim()));
        return name.Length == 0 ? null : name;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<IReadOnlyList<AbandonedCartCandidate>> SelectAsync(int storeId, AbandonedCartOptions options, DateTime nowUtc, int afterCustomerId)
    {
        ArgumentNullException.ThrowIfNull(options);

        return await AbandonedCartQuery.Candidates(Sources, new AbandonedCartQueryParameters
        {
            StoreId = storeId,
            CartsSharedBetweenStores = _shoppingCartSettings.CartsSharedBetweenStores,
            NowUtc = nowUtc,
            IdleThreshold = options.IdleThreshold,
            MaxAge = options.MaxAge,
            StaleSendingAfter = AbandonedCartDefaults.StaleSendingAfter,
            AfterCustomerId = afterCustomerId,
            BatchSize = AbandonedCartDefaults.BatchSize
        }).ToListAsync();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AbandonedCartWork>> LoadAsync(Store store, IReadOnlyList<AbandonedCartCandidate> candidates,
        AbandonedCartOptions options, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);

        var storeId = store.Id;
        var ids = candidates.Select(candidate => candidate.CustomerId).ToArray();
        var cartTypeId = (int)ShoppingCartType.ShoppingCart;

        var customers = (await _customerRepository.Table
                .Where(customer => ids.Contains(customer.Id))
                .Select(customer => new { customer.Id, customer.Email, customer.Phone, customer.FirstName, customer.LastName, customer.BillingAddressId })
                .ToListAsync())
            .ToDictionary(customer => customer.Id);

        var addressIds = customers.Values.Where(customer => customer.BillingAddressId.HasValue).Select(customer => customer.BillingAddressId.Value).Distinct().ToArray();
        var addresses = addressIds.Length == 0
            ? new Dictionary<int, (string Email, string Phone, string FirstName, string LastName)>()
            : (await _addressRepository.Table
                    .Where(address => addressIds.Contains(address.Id))
                    .Select(address => new { address.Id, address.Email, address.PhoneNumber, address.FirstName, address.LastName })
                    .ToListAsync())
                .ToDictionary(address => address.Id, address => (address.Email, Phone: address.PhoneNumber, address.FirstName, address.LastName));

        var scopeKeys = ids.Select(id => AbandonedCartDefaults.CustomerScopePrefix + id.ToString(CultureInfo.InvariantCulture)).ToArray();
        var verifications = (await _verificationRepository.Table
                .Where(verification => verification.StoreId == storeId && scopeKeys.Contains(verification.ScopeKey) && verification.VerifiedOnUtc != null)
                .Select(verification => new { verification.CustomerId, verification.IdentityKindId, verification.IdentityValue, verification.ContactId, verification.VerifiedOnUtc })
                .ToListAsync())
            .GroupBy(verification => verification.CustomerId)
            .ToDictionary(group => group.Key, group => group.OrderByDescending(verification => verification.VerifiedOnUtc).First());

        var itemQuery = _itemRepository.Table.Where(item => item.ShoppingCartTypeId == cartTypeId && ids.Contains(item.CustomerId));
        if (!_shoppingCartSettings.CartsSharedBetweenStores)
            itemQuery = itemQuery.Where(item => item.StoreId == storeId);
        var items = (await itemQuery
                .Select(item => new CartItemRow(item.CustomerId, item.ProductId, item.AttributesXml, item.CustomerEnteredPrice, item.Quantity,
                    item.CreatedOnUtc, item.UpdatedOnUtc))
                .ToListAsync())
            .ToLookup(item => item.CustomerId);

        var syncs = (await _syncRepository.Table
                .Where(sync => sync.StoreId == storeId && ids.Contains(sync.CustomerId))
                .ToListAsync())
            .GroupBy(sync => sync.CustomerId)
            .ToDictionary(group => group.Key, group => group.First());

        var productIds = items.SelectMany(group => group).Select(item => item.ProductId).Distinct().ToArray();
        var products = await _catalog.GetProductsAsync(productIds, store);

        var work = new List<AbandonedCartWork>(candidates.Count);
        foreach (var candidate in candidates)
        {
            customers.TryGetValue(candidate.CustomerId, out var customer);
            var address = customer?.BillingAddressId is { } addressId && addresses.TryGetValue(addressId, out var found) ? found : default;
            verifications.TryGetValue(candidate.CustomerId, out var verification);
            syncs.TryGetValue(candidate.CustomerId, out var existing);

            var email = FirstValid(EmailAddressNormalizer.Normalize, customer?.Email, address.Email,
                verification?.IdentityKindId == 1 ? verification.IdentityValue : null);
            var phone = FirstValid(PhoneNumberNormalizer.Normalize, customer?.Phone, address.Phone,
                verification?.IdentityKindId == 0 ? verification.IdentityValue : null);

            var lines = items[candidate.CustomerId]
                .Where(item => products.ContainsKey(item.ProductId))
                .Select(item => (Item: item, Product: products[item.ProductId]))
                .Select(pair => (pair.Item, pair.Product, UnitPrice: pair.Product.CustomerEntersPrice ? pair.Item.CustomerEnteredPrice : pair.Product.Price))
                .ToList();

            var check = AbandonedCartRules.IsAbandoned(new CartSnapshot
            {
                LineCount = lines.Count,
                LastChangedAt = new DateTimeOffset(DateTime.SpecifyKind(candidate.LastChangeUtc, DateTimeKind.Utc)),
                HasEmail = email is not null,
                HasPhone = phone is not null
            }, options, new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)));

            var fingerprint = CartFingerprint.Compute(lines.Select(line => new CartFingerprintLine(
                line.Item.ProductId.ToString(CultureInfo.InvariantCulture),
                string.IsNullOrEmpty(line.Item.AttributesXml) ? null : line.Item.AttributesXml,
                line.Item.Quantity,
                line.UnitPrice)));
            var subtotal = lines.Sum(line => line.UnitPrice * line.Item.Quantity);
            var itemCount = lines.Sum(line => line.Item.Quantity);

            CartPayload payload = null;
            if (check.IsAbandoned)
            {
                var created = lines.Min(line => line.Item.CreatedOnUtc);
                payload = AbandonedCartPayloadMapper.Map(new AbandonedCart
                {
                    CartId = string.Create(CultureInfo.InvariantCulture, $"{AbandonedCartDefaults.CartIdPrefix}-{storeId}-{candidate.CustomerId}"),
                    CreatedAt = new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)),
                    UpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(candidate.LastChangeUtc, DateTimeKind.Utc)),
                    Customer = new AbandonedCartCustomer
                    {
                        Name = JoinName(customer?.FirstName, customer?.LastName) ?? JoinName(address.FirstName, address.LastName),
                        Email = email,
                        Phone = phone,
                        ContactId = verification?.ContactId
                    },
                    Lines = lines.Select(line => new AbandonedCartLine
                    {
                        ProductId = line.Item.ProductId.ToString(CultureInfo.InvariantCulture),
                        Sku = line.Product.Sku,
                        Name = line.Product.Name,
                        ImageUrl = line.Product.ImageUrl,
                        Category = line.Product.Category,
                        Description = line.Product.Description,
                        Price = line.UnitPrice,
                        Quantity = line.Item.Quantity,
                        Weight = line.Product.Weight
                    }).ToList(),
                    Totals = new AbandonedCartTotals { Subtotal = subtotal, Total = subtotal },
                    Store = new AbandonedCartStore { Name = store.Name, Address = store.CompanyAddress, Phone = store.CompanyPhoneNumber },
                    CartUrl = string.IsNullOrWhiteSpace(store.Url) ? null : store.Url.TrimEnd('/') + "/" + AbandonedCartDefaults.CartPath
                });
            }

            work.Add(new AbandonedCartWork(candidate, existing, payload, fingerprint, check.Reason?.ToString(),
                ContactMasker.Mask(phone, email), itemCount, subtotal));
        }

        return work;
    }

    #endregion

    #region Nested classes

    /// <summary>One cart line as read from the database.</summary>
    private sealed record CartItemRow(int CustomerId, int ProductId, string AttributesXml, decimal CustomerEnteredPrice, int Quantity,
        DateTime CreatedOnUtc, DateTime UpdatedOnUtc);

    #endregion
}
