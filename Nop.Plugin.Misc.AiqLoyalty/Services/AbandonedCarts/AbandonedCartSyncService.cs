using System.Diagnostics;
using System.Globalization;
using AiqLoyalty.Core.Carts;
using AiqLoyalty.Core.Carts.Wire;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Redemption;
using AiqLoyalty.Core.Validation;
using Nop.Core;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Services.Configuration;
using Nop.Services.Logging;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// Finds abandoned carts with <see cref="AbandonedCartQuery"/> (one query per store and batch), loads
/// the batch's lines, contacts and products in one query each, fingerprints each cart with the core,
/// writes its sync row (Sending) before the send and updates it after, with bounded concurrency.
/// </summary>
public class AbandonedCartSyncService : IAbandonedCartSyncService
{
    #region Fields

    private static readonly int SentId = (int)CartSyncStatus.Sent;
    private static readonly int RecoveredId = (int)CartSyncStatus.Recovered;

    private readonly IAbandonedCartCatalog _catalog;
    private readonly IAiqClientProvider _clientProvider;
    private readonly ILogger _logger;
    private readonly IRepository<Address> _addressRepository;
    private readonly IRepository<AiqCartSync> _syncRepository;
    private readonly IRepository<AiqVerification> _verificationRepository;
    private readonly IRepository<Customer> _customerRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<ShoppingCartItem> _itemRepository;
    private readonly ISettingService _settingService;
    private readonly IStoreService _storeService;
    private readonly RetrySchedule _retrySchedule;
    private readonly ShoppingCartSettings _shoppingCartSettings;
    private readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public AbandonedCartSyncService(IAbandonedCartCatalog catalog,
        IAiqClientProvider clientProvider,
        ILogger logger,
        IRepository<Address> addressRepository,
        IRepository<AiqCartSync> syncRepository,
        IRepository<AiqVerification> verificationRepository,
        IRepository<Customer> customerRepository,
        IRepository<Order> orderRepository,
        IRepository<ShoppingCartItem> itemRepository,
        ISettingService settingService,
        IStoreService storeService,
        ShoppingCartSettings shoppingCartSettings,
        TimeProvider timeProvider)
    {
        _catalog = catalog;
        _clientProvider = clientProvider;
        _logger = logger;
        _addressRepository = addressRepository;
        _syncRepository = syncRepository;
        _verificationRepository = verificationRepository;
        _customerRepository = customerRepository;
        _orderRepository = orderRepository;
        _itemRepository = itemRepository;
        _settingService = settingService;
        _storeService = storeService;
        _shoppingCartSettings = shoppingCartSettings;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _retrySchedule = new RetrySchedule(AbandonedCartDefaults.Backoff, Random.Shared);
    }

    #endregion

    #region Utilities

    private DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    private AbandonedCartSources Sources => new(_itemRepository.Table, _customerRepository.Table, _addressRepository.Table,
        _orderRepository.Table, _verificationRepository.Table, _syncRepository.Table);

    private static string Truncate(string text) => StoredText.Fit(text, AbandonedCartDefaults.MaxErrorLength);

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

    /// <summary>Loads everything a batch needs (one query per table, one catalog call) and builds each cart.</summary>
    private async Task<IReadOnlyList<CartWork>> PrepareBatchAsync(Store store, IReadOnlyList<AbandonedCartCandidate> candidates,
        AbandonedCartOptions options, DateTime now)
    {
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

        var work = new List<CartWork>(candidates.Count);
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
            }, options, new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc)));

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

            work.Add(new CartWork(candidate, existing, payload, fingerprint, check.Reason?.ToString(),
                ContactMasker.Mask(phone, email), itemCount, subtotal));
        }

        return work;
    }

    /// <summary>Writes the row, sends, records the answer. A crash between the writes leaves Sending, which a later run resends.</summary>
    private async Task<AbandonedCartOutcome> ProcessAsync(int storeId, CartWork work, IAiqClient client, RunControl control, CancellationToken cancellationToken,
        AiqCartSync prewritten = null)
    {
        if (prewritten is not null)
            return await SendAsync(prewritten, work, client, control, cancellationToken);

        var existing = work.Existing;
        if (work.SkipReason is null && existing is not null && existing.Fingerprint == work.Fingerprint
            && (existing.StatusId == SentId || existing.StatusId == RecoveredId))
        {
            // Same content as what AIQ already has: remember the change so it is not selected again.
            existing.CartUpdatedOnUtc = work.Candidate.LastChangeUtc;
            existing.UpdatedOnUtc = UtcNow;
            await _syncRepository.UpdateAsync(existing, false);
            return AbandonedCartOutcome.Unchanged;
        }

        var row = existing ?? new AiqCartSync { StoreId = storeId, CustomerId = work.Candidate.CustomerId, CreatedOnUtc = UtcNow };
        Describe(row, work);

        if (work.SkipReason is not null)
        {
            row.StatusId = (int)CartSyncStatus.Skipped;
            row.Error = work.SkipReason;
            await SaveAsync(row);
            return AbandonedCartOutcome.Skipped;
        }

        row.StatusId = (int)CartSyncStatus.Sending;
        row.Error = null;
        row.Attempts++;
        await SaveAsync(row);
        return await SendAsync(row, work, client, control, cancellationToken);
    }

    /// <summary>
    /// Carts seen for the first time are written as Sending in one bulk insert per batch (one
    /// statement instead of one per cart), still before any of them is sent.
    /// </summary>
    private async Task<Dictionary<int, AiqCartSync>> PrewriteNewRowsAsync(int storeId, IReadOnlyCollection<CartWork> batch)
    {
        var rows = batch
            .Where(work => work.Existing is null && work.SkipReason is null)
            .Select(work =>
            {
                var row = new AiqCartSync { StoreId = storeId, CustomerId = work.Candidate.CustomerId, CreatedOnUtc = UtcNow };
                Describe(row, work);
                row.StatusId = (int)CartSyncStatus.Sending;
                row.Attempts = 1;
                return row;
            })
            .ToList();
        if (rows.Count > 0)
            await _syncRepository.InsertAsync(rows, false);
        return rows.ToDictionary(row => row.CustomerId);
    }

    /// <summary>Pre-written rows the run stopped before sending: due again at once, no attempt counted.</summary>
    private async Task ReleaseUnsentAsync(IEnumerable<AiqCartSync> prewritten, RunControl control)
    {
        foreach (var row in prewritten.Where(row => row.StatusId == (int)CartSyncStatus.Sending))
        {
            row.StatusId = (int)CartSyncStatus.Retrying;
            row.Attempts--;
            row.NextAttemptOnUtc = UtcNow;
            row.UpdatedOnUtc = UtcNow;
            row.Error = $"Not sent: the run stopped ({control.Reason}).";
            await _syncRepository.UpdateAsync(row, false);
        }
    }

    /// <summary>Copies what the row records about the cart.</summary>
    private void Describe(AiqCartSync row, CartWork work)
    {
        if (row.Fingerprint != work.Fingerprint)
            row.Attempts = 0;
        row.Fingerprint = work.Fingerprint;
        row.CartUpdatedOnUtc = work.Candidate.LastChangeUtc;
        row.ContactMasked = work.ContactMasked;
        row.ItemCount = work.ItemCount;
        row.CartTotal = work.Total;
        row.HttpStatus = null;
        row.NextAttemptOnUtc = null;
        row.UpdatedOnUtc = UtcNow;
    }

    /// <summary>Sends a cart whose row already says Sending, then records AIQ's answer.</summary>
    private async Task<AbandonedCartOutcome> SendAsync(AiqCartSync row, CartWork work, IAiqClient client, RunControl control, CancellationToken cancellationToken)
    {
        AiqResult result;
        await control.SendGate.WaitAsync(cancellationToken);
        try
        {
            if (!control.IsStopped && UtcNow >= control.DeadlineUtc)
                control.Stop("RunBudget");
            if (control.IsStopped)
            {
                // Written but never sent: due again as soon as the store may send (a 429 pause still applies).
                row.StatusId = (int)CartSyncStatus.Retrying;
                row.Attempts--;
                row.NextAttemptOnUtc = UtcNow;
                row.UpdatedOnUtc = UtcNow;
                row.Error = $"Not sent: the run stopped ({control.Reason}).";
                await _syncRepository.UpdateAsync(row, false);
                return AbandonedCartOutcome.NotStarted;
            }

            result = await client.SendAbandonedCartAsync(work.Payload, cancellationToken);
        }
        finally
        {
            control.SendGate.Release();
        }

        var outcome = Apply(row, result, control);
        await _syncRepository.UpdateAsync(row, false);
        return outcome;
    }

    private async Task SaveAsync(AiqCartSync row)
    {
        if (row.Id == 0)
            await _syncRepository.InsertAsync(row, false);
        else
            await _syncRepository.UpdateAsync(row, false);
    }

    /// <summary>Maps AIQ's answer to the row's next state.</summary>
    private AbandonedCartOutcome Apply(AiqCartSync row, AiqResult result, RunControl control)
    {
        var now = UtcNow;
        row.UpdatedOnUtc = now;
        if (result.IsSuccess)
        {
            row.StatusId = (int)CartSyncStatus.Sent;
            row.SentOnUtc = now;
            row.Error = null;
            row.NextAttemptOnUtc = null;
            return AbandonedCartOutcome.Sent;
        }

        var error = result.Error;
        row.HttpStatus = error.HttpStatus;
        row.Error = Truncate($"{error.Kind}: {error.Message}");

        switch (error.Kind)
        {
            case AiqErrorKind.RateLimited:
                // Not the cart's fault: never counts towards giving up. The store's run stops here and
                // the store waits until NextAttemptOnUtc (see IsRateLimitedAsync).
                row.HttpStatus = AbandonedCartDefaults.TooManyRequestsStatus;
                row.StatusId = (int)CartSyncStatus.Retrying;
                row.NextAttemptOnUtc = now + (error.RetryAfter is { } wait && wait > TimeSpan.Zero ? wait : _retrySchedule.DelayCeiling(Math.Max(1, row.Attempts)));
                control.Stop("RateLimited");
                return AbandonedCartOutcome.Retrying;

            case AiqErrorKind.Unavailable:
            case AiqErrorKind.Timeout:
            case AiqErrorKind.InvalidResponse:
                var decision = _retrySchedule.Next(Math.Max(1, row.Attempts), new DateTimeOffset(now, TimeSpan.Zero));
                if (decision.ShouldRetry)
                {
                    row.StatusId = (int)CartSyncStatus.Retrying;
                    row.NextAttemptOnUtc = decision.NextAttemptAt!.Value.UtcDateTime;
                    return AbandonedCartOutcome.Retrying;
                }

                row.StatusId = (int)CartSyncStatus.Failed;
                return AbandonedCartOutcome.Failed;

            case AiqErrorKind.Unauthorized:
            case AiqErrorKind.UnknownAccount:
            case AiqErrorKind.InvalidConfiguration:
                // Every other send would fail the same way: stop the store's run.
                row.StatusId = (int)CartSyncStatus.Failed;
                control.Stop(error.Kind.ToString());
                return AbandonedCartOutcome.Failed;

            default:
                row.StatusId = (int)CartSyncStatus.Failed;
                return AbandonedCartOutcome.Failed;
        }
    }

    /// <summary>Sent rows whose customer ordered at or after the send become Recovered (catches events the consumer missed).</summary>
    private async Task<int> SweepRecoveredAsync(int storeId)
    {
        var orders = _orderRepository.Table.Where(order => !order.Deleted);
        if (!_shoppingCartSettings.CartsSharedBetweenStores)
            orders = orders.Where(order => order.StoreId == storeId);

        var rows = await _syncRepository.Table
            .Where(sync => sync.StoreId == storeId && sync.StatusId == SentId
                && orders.Any(order => order.CustomerId == sync.CustomerId && order.CreatedOnUtc >= sync.SentOnUtc))
            .OrderBy(sync => sync.Id)
            .Take(AbandonedCartDefaults.RecoveredSweepBatchSize)
            .ToListAsync();

        foreach (var row in rows)
        {
            row.StatusId = RecoveredId;
            row.UpdatedOnUtc = UtcNow;
            await _syncRepository.UpdateAsync(row, false);
        }

        return rows.Count;
    }

    /// <summary>True while a 429's Retry-After (kept on the row that got it) has not passed.</summary>
    private async Task<bool> IsRateLimitedAsync(int storeId, DateTime now)
    {
        var retryingId = (int)CartSyncStatus.Retrying;
        var tooManyRequests = AbandonedCartDefaults.TooManyRequestsStatus;
        return await _syncRepository.Table.AnyAsync(sync => sync.StoreId == storeId && sync.StatusId == retryingId
            && sync.HttpStatus == tooManyRequests && sync.NextAttemptOnUtc > now);
    }

    private async Task<int> PurgeStoreAsync(int storeId, int retentionDays)
    {
        if (retentionDays <= 0)
            return 0;
        var cutoff = UtcNow.AddDays(-retentionDays);
        return await _syncRepository.DeleteAsync(sync => sync.StoreId == storeId && sync.UpdatedOnUtc < cutoff);
    }

    private async Task<IList<Store>> GetStoresAsync(int storeId)
    {
        if (storeId <= 0)
            return await _storeService.GetAllStoresAsync();
        var store = await _storeService.GetStoreByIdAsync(storeId);
        return store is null ? new List<Store>() : new List<Store> { store };
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<AbandonedCartSyncResult> RunAsync(int storeId = 0, CancellationToken cancellationToken = default)
    {
        var total = new AbandonedCartSyncResult();
        var deadline = UtcNow + AbandonedCartDefaults.RunBudget;

        foreach (var store in await GetStoresAsync(storeId))
        {
            var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(store.Id);
            if (!settings.Enabled || !settings.AbandonedCartEnabled)
                continue;

            try
            {
                var client = await _clientProvider.GetClientAsync(store.Id);
                total.Add(await SyncStoreAsync(store, settings, client, deadline, cancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One store's failure must not keep the others' carts back; its rows resume next run.
                await _logger.ErrorAsync($"AIQ loyalty: abandoned-cart sync failed for store {store.Id}.", exception);
                total.Stop("Error");
            }
        }

        return total;
    }

    /// <inheritdoc />
    public async Task<AbandonedCartSyncResult> SyncStoreAsync(Store store, AiqLoyaltySettings settings, IAiqClient client, DateTime deadlineUtc,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(client);

        var result = new AbandonedCartSyncResult();
        var options = new AbandonedCartOptions
        {
            IdleThreshold = TimeSpan.FromMinutes(settings.AbandonedCartIdleMinutes),
            MaxAge = TimeSpan.FromDays(settings.AbandonedCartMaxAgeDays)
        };
        var validation = await new AbandonedCartOptionsValidator().ValidateAsync(options, cancellationToken);
        if (!validation.IsValid)
        {
            await _logger.WarningAsync($"AIQ loyalty: abandoned carts not sent for store {store.Id}: {string.Join(" ", validation.Errors.Select(error => error.ErrorMessage))}");
            result.Stop("InvalidSettings");
            return result;
        }

        result.AddStore();
        result.AddRecovered(await SweepRecoveredAsync(store.Id));

        var now = UtcNow;
        if (await IsRateLimitedAsync(store.Id, now))
        {
            // AIQ asked this store to wait (Retry-After on a 429): no send before that time, on any instance.
            result.Stop("RateLimited");
            result.AddPurged(await PurgeStoreAsync(store.Id, settings.SyncLogRetentionDays));
            return result;
        }

        var control = new RunControl(result, deadlineUtc);
        var afterCustomerId = 0;
        while (!control.IsStopped)
        {
            if (UtcNow >= deadlineUtc)
            {
                control.Stop("RunBudget");
                break;
            }

            var watch = Stopwatch.StartNew();
            var candidates = await AbandonedCartQuery.Candidates(Sources, new AbandonedCartQueryParameters
            {
                StoreId = store.Id,
                CartsSharedBetweenStores = _shoppingCartSettings.CartsSharedBetweenStores,
                NowUtc = now,
                IdleThreshold = options.IdleThreshold,
                MaxAge = options.MaxAge,
                StaleSendingAfter = AbandonedCartDefaults.StaleSendingAfter,
                AfterCustomerId = afterCustomerId,
                BatchSize = AbandonedCartDefaults.BatchSize
            }).ToListAsync();
            result.AddSelection(watch.Elapsed, candidates.Count);
            if (candidates.Count == 0)
                break;
            afterCustomerId = candidates[^1].CustomerId;

            var batch = await PrepareBatchAsync(store, candidates, options, now);
            var prewritten = await PrewriteNewRowsAsync(store.Id, batch);
            await Parallel.ForEachAsync(batch,
                new ParallelOptions { MaxDegreeOfParallelism = AbandonedCartDefaults.MaxConcurrentCarts, CancellationToken = cancellationToken },
                async (work, token) =>
                {
                    if (control.IsStopped)
                        return;
                    if (UtcNow >= deadlineUtc)
                    {
                        control.Stop("RunBudget");
                        return;
                    }

                    try
                    {
                        result.Count(await ProcessAsync(store.Id, work, client, control, token, prewritten.GetValueOrDefault(work.Candidate.CustomerId)));
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        result.Count(AbandonedCartOutcome.Error);
                        await _logger.ErrorAsync($"AIQ loyalty: abandoned cart of customer {work.Candidate.CustomerId} (store {store.Id}) not processed.", exception);
                    }
                });

            await ReleaseUnsentAsync(prewritten.Values, control);

            if (candidates.Count < AbandonedCartDefaults.BatchSize)
                break;
        }

        result.AddPurged(await PurgeStoreAsync(store.Id, settings.SyncLogRetentionDays));
        return result;
    }

    /// <inheritdoc />
    public async Task<int> MarkRecoveredAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        var query = _syncRepository.Table.Where(sync => sync.CustomerId == order.CustomerId && sync.StatusId == SentId && sync.SentOnUtc <= order.CreatedOnUtc);
        if (!_shoppingCartSettings.CartsSharedBetweenStores)
            query = query.Where(sync => sync.StoreId == order.StoreId);

        var rows = await query.ToListAsync();
        foreach (var row in rows)
        {
            row.StatusId = RecoveredId;
            row.UpdatedOnUtc = UtcNow;
            await _syncRepository.UpdateAsync(row, false);
        }

        return rows.Count;
    }

    /// <inheritdoc />
    public async Task<IPagedList<AiqCartSync>> SearchSyncLogAsync(int storeId = 0, CartSyncStatus? status = null, DateTime? fromUtc = null, DateTime? toUtc = null,
        int pageIndex = 0, int pageSize = int.MaxValue)
    {
        var query = _syncRepository.Table;
        if (storeId > 0)
            query = query.Where(sync => sync.StoreId == storeId);
        if (status.HasValue)
        {
            var statusId = (int)status.Value;
            query = query.Where(sync => sync.StatusId == statusId);
        }

        if (fromUtc.HasValue)
            query = query.Where(sync => sync.UpdatedOnUtc >= fromUtc.Value);
        if (toUtc.HasValue)
            query = query.Where(sync => sync.UpdatedOnUtc < toUtc.Value);

        return await query.OrderByDescending(sync => sync.UpdatedOnUtc).ThenByDescending(sync => sync.Id).ToPagedListAsync(pageIndex, pageSize);
    }

    /// <inheritdoc />
    public async Task<int> RetryAsync(IEnumerable<int> ids)
    {
        var idList = ids?.Distinct().ToArray() ?? [];
        if (idList.Length == 0)
            return 0;

        var failedId = (int)CartSyncStatus.Failed;
        var retryingId = (int)CartSyncStatus.Retrying;
        var rows = await _syncRepository.Table
            .Where(sync => idList.Contains(sync.Id) && (sync.StatusId == failedId || sync.StatusId == retryingId))
            .ToListAsync();

        var now = UtcNow;
        foreach (var row in rows)
        {
            row.StatusId = retryingId;
            row.NextAttemptOnUtc = now;
            row.Attempts = 0;
            row.UpdatedOnUtc = now;
            await _syncRepository.UpdateAsync(row, false);
        }

        return rows.Count;
    }

    /// <inheritdoc />
    public async Task<int> PurgeAsync(int storeId = 0)
    {
        var purged = 0;
        foreach (var store in await GetStoresAsync(storeId))
        {
            var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(store.Id);
            purged += await PurgeStoreAsync(store.Id, settings.SyncLogRetentionDays);
        }

        return purged;
    }

    #endregion

    #region Nested classes

    /// <summary>One cart line as read from the database.</summary>
    private sealed record CartItemRow(int CustomerId, int ProductId, string AttributesXml, decimal CustomerEnteredPrice, int Quantity,
        DateTime CreatedOnUtc, DateTime UpdatedOnUtc);

    /// <summary>One selected cart, ready to send (or to skip).</summary>
    private sealed record CartWork(AbandonedCartCandidate Candidate, AiqCartSync Existing, CartPayload Payload, string Fingerprint,
        string SkipReason, string ContactMasked, int ItemCount, decimal Total);

    /// <summary>Bounds the sends in flight and lets one send stop the rest of the store's run (429, refused credentials, budget).</summary>
    private sealed class RunControl(AbandonedCartSyncResult result, DateTime deadlineUtc)
    {
        public DateTime DeadlineUtc => deadlineUtc;

        private volatile bool _stopped;

        public SemaphoreSlim SendGate { get; } = new(AbandonedCartDefaults.MaxConcurrentSends, AbandonedCartDefaults.MaxConcurrentSends);

        public bool IsStopped => _stopped;

        public string Reason => result.StopReason;

        public void Stop(string reason)
        {
            result.Stop(reason);
            _stopped = true;
        }
    }

    #endregion
}
