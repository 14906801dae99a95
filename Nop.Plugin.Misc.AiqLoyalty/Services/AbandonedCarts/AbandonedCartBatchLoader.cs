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
/// rules: abandonment check, who may be contacted (the batch's consents read at once), fingerprint
/// and AIQ payload (with nopCommerce's discounts for the carts that are sent).
/// </summary>
public class AbandonedCartBatchLoader : IAbandonedCartBatchLoader
{
    #region Fields

    private readonly IAbandonedCartCatalog _catalog;
    private readonly IAbandonedCartConsentReader _consentReader;
    private readonly IAbandonedCartPricing _pricing;
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
        IAbandonedCartConsentReader consentReader,
        IAbandonedCartPricing pricing,
        IRepository<Address> addressRepository,
        IRepository<AiqCartSync> syncRepository,
        IRepository<AiqVerification> verificationRepository,
        IRepository<Customer> customerRepository,
        IRepository<Order> orderRepository,
        IRepository<ShoppingCartItem> itemRepository,
        ShoppingCartSettings shoppingCartSettings)
    {
        _catalog = catalog;
        _consentReader = consentReader;
        _pricing = pricing;
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
                .Select(item => new CartItemRow(item.Id, item.CustomerId, item.ProductId, item.AttributesXml, item.CustomerEnteredPrice, item.Quantity,
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

        // First pass: each cart's contact, lines and abandonment check.
        var carts = new List<PreparedCart>(candidates.Count);
        foreach (var candidate in candidates)
        {
            customers.TryGetValue(candidate.CustomerId, out var customer);
            var address = customer?.BillingAddressId is { } addressId && addresses.TryGetValue(addressId, out var found) ? found : default;
            verifications.TryGetValue(candidate.CustomerId, out var verification);

            var email = FirstValid(EmailAddressNormalizer.Normalize, customer?.Email, address.Email,
                verification?.IdentityKindId == 1 ? verification.IdentityValue : null);
            var phone = FirstValid(PhoneNumberNormalizer.Normalize, customer?.Phone, address.Phone,
                verification?.IdentityKindId == 0 ? verification.IdentityValue : null);

            var lines = items[candidate.CustomerId]
                .Where(item => products.ContainsKey(item.ProductId))
                .Select(item => new PricedLine(item, products[item.ProductId], products[item.ProductId].CustomerEntersPrice ? item.CustomerEnteredPrice : products[item.ProductId].Price))
                .ToList();

            var check = AbandonedCartRules.IsAbandoned(new CartSnapshot
            {
                LineCount = lines.Count,
                LastChangedAt = new DateTimeOffset(DateTime.SpecifyKind(candidate.LastChangeUtc, DateTimeKind.Utc)),
                HasEmail = email is not null,
                HasPhone = phone is not null
            }, options, new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)));

            var name = JoinName(customer?.FirstName, customer?.LastName) ?? JoinName(address.FirstName, address.LastName);
            carts.Add(new PreparedCart(candidate, lines, email, phone, name, verification?.ContactId, check.Reason));
        }

        // Second pass: who may be contacted, with the batch's consents read at once (core rule).
        var consents = await _consentReader.GetConsentsAsync(storeId, options, carts
            .Where(cart => cart.Reason is null)
            .ToDictionary(cart => cart.Candidate.CustomerId, cart => cart.Email));
        foreach (var cart in carts.Where(cart => cart.Reason is null))
        {
            var facts = consents.GetValueOrDefault(cart.Candidate.CustomerId) ?? new CartContactFacts();
            cart.Reason = CartAudienceRules.Check(options.Audience, options.ConsentSource,
                facts with { IsKnownMember = !string.IsNullOrWhiteSpace(cart.ContactId) });
        }

        // Third pass: nopCommerce's discounts for the carts that will be sent, then the payloads.
        var discounts = await _pricing.GetDiscountsAsync(store, carts.Where(cart => cart.Reason is null).Select(cart => cart.Candidate.CustomerId).ToList());

        var work = new List<AbandonedCartWork>(carts.Count);
        foreach (var cart in carts)
        {
            var candidate = cart.Candidate;
            var lines = cart.Lines;
            syncs.TryGetValue(candidate.CustomerId, out var existing);

            var fingerprint = CartFingerprint.Compute(lines.Select(line => new CartFingerprintLine(
                line.Item.ProductId.ToString(CultureInfo.InvariantCulture),
                string.IsNullOrEmpty(line.Item.AttributesXml) ? null : line.Item.AttributesXml,
                line.Item.Quantity,
                line.UnitPrice)));
            var subtotal = lines.Sum(line => line.UnitPrice * line.Item.Quantity);
            var itemCount = lines.Sum(line => line.Item.Quantity);
            var total = subtotal;

            CartPayload payload = null;
            if (cart.Reason is null)
            {
                var cartDiscounts = discounts.GetValueOrDefault(candidate.CustomerId);
                var discountTotal = cartDiscounts?.Total ?? 0m;
                total = Math.Max(0m, subtotal - discountTotal);
                var created = lines.Min(line => line.Item.CreatedOnUtc);
                payload = AbandonedCartPayloadMapper.Map(new AbandonedCart
                {
                    CartId = string.Create(CultureInfo.InvariantCulture, $"{AbandonedCartDefaults.CartIdPrefix}-{storeId}-{candidate.CustomerId}"),
                    CreatedAt = new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)),
                    UpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(candidate.LastChangeUtc, DateTimeKind.Utc)),
                    Customer = new AbandonedCartCustomer
                    {
                        Name = cart.Name,
                        Email = cart.Email,
                        Phone = cart.Phone,
                        ContactId = cart.ContactId
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
                        Weight = line.Product.Weight,
                        Discount = cartDiscounts?.ItemDiscounts.GetValueOrDefault(line.Item.Id) is { } lineDiscount and > 0m ? lineDiscount : null
                    }).ToList(),
                    Totals = new AbandonedCartTotals { Subtotal = subtotal, Discounts = discountTotal, Total = total },
                    Store = new AbandonedCartStore { Id = options.AiqStoreId, Name = store.Name, Address = store.CompanyAddress, Phone = store.CompanyPhoneNumber },
                    CartUrl = string.IsNullOrWhiteSpace(store.Url) ? null : store.Url.TrimEnd('/') + "/" + AbandonedCartDefaults.CartPath
                });
            }

            work.Add(new AbandonedCartWork(candidate, existing, payload, fingerprint, cart.Reason?.ToString(),
                ContactMasker.Mask(cart.Phone, cart.Email), itemCount, total));
        }

        return work;
    }

    #endregion

    #region Nested classes

    /// <summary>One cart line as read from the database.</summary>
    private sealed record CartItemRow(int Id, int CustomerId, int ProductId, string AttributesXml, decimal CustomerEnteredPrice, int Quantity,
        DateTime CreatedOnUtc, DateTime UpdatedOnUtc);

    /// <summary>A line with its product and the unit price the cart uses.</summary>
    private sealed record PricedLine(CartItemRow Item, AbandonedCartProduct Product, decimal UnitPrice);

    /// <summary>A cart between the passes: its contact and lines, and why it is not sent (null: send).</summary>
    private sealed class PreparedCart(AbandonedCartCandidate candidate, IReadOnlyList<PricedLine> lines, string email, string phone, string name,
        string contactId, CartNotAbandonedReason? reason)
    {
        public AbandonedCartCandidate Candidate { get; } = candidate;
        public IReadOnlyList<PricedLine> Lines { get; } = lines;
        public string Email { get; } = email;
        public string Phone { get; } = phone;
        public string Name { get; } = name;
        public string ContactId { get; } = contactId;
        public CartNotAbandonedReason? Reason { get; set; } = reason;
    }

    #endregion
}
