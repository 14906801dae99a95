using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Consent;
using AiqLoyalty.Core.Offers;
using AiqLoyalty.Core.Verification;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Models.Public;
using Nop.Services.Configuration;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>
/// Connects the rewards box to the core's verification flow and to the claim service. Everything a
/// shopper sees is decided here from server-side state (database and cache); nothing from the
/// browser is trusted beyond the typed contact, code and chosen reward id. One request loads the
/// store's settings once and builds the verification flow once (the service is scoped to the request).
/// </summary>
public class LoyaltyCheckoutService : ILoyaltyCheckoutService
{
    #region Fields

    private const string S = "Plugins.Misc.AiqLoyalty.Shopper";

    private readonly IAiqClientProvider _clientProvider;
    private readonly IConsentLog _consentLog;
    private readonly IExclusiveLock _exclusiveLock;
    private readonly ILocalizationService _localizationService;
    private readonly IRateCounter _rateCounter;
    private readonly IRewardClaimService _claimService;
    private readonly ISettingService _settingService;
    private readonly IShopperIdentityReader _identityReader;
    private readonly IVerificationStore _verificationStore;
    private readonly IWalletSnapshotCache _walletCache;
    private readonly IWebHelper _webHelper;
    private readonly TimeProvider _clock;
    private readonly Dictionary<int, ShopperContext> _contexts = [];

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public LoyaltyCheckoutService(IAiqClientProvider clientProvider,
        IConsentLog consentLog,
        IExclusiveLock exclusiveLock,
        ILocalizationService localizationService,
        IRateCounter rateCounter,
        IRewardClaimService claimService,
        ISettingService settingService,
        IShopperIdentityReader identityReader,
        IVerificationStore verificationStore,
        IWalletSnapshotCache walletCache,
        IWebHelper webHelper,
        TimeProvider clock)
    {
        _clientProvider = clientProvider;
        _consentLog = consentLog;
        _exclusiveLock = exclusiveLock;
        _localizationService = localizationService;
        _rateCounter = rateCounter;
        _claimService = claimService;
        _settingService = settingService;
        _identityReader = identityReader;
        _verificationStore = verificationStore;
        _walletCache = walletCache;
        _webHelper = webHelper;
        _clock = clock;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<AiqLoyaltySettings> GetSettingsAsync(int storeId) => (await ContextAsync(storeId)).Settings;

    /// <inheritdoc />
    public async Task<RewardsBoxModel> PrepareBoxAsync(Customer customer, int storeId, string zone)
    {
        var context = await ContextAsync(storeId);
        var settings = context.Settings;
        var progress = await context.Flow.GetProgressAsync(storeId, customer.Id);
        var prefill = await _identityReader.GetPrefillAsync(customer);
        var own = settings.RequirePin ? null : await _identityReader.GetStoreVerifiedAsync(customer);
        var now = _clock.GetUtcNow();

        var model = new RewardsBoxModel
        {
            Zone = zone,
            Stage = progress.Stage,
            IdentityMasked = progress.Identity?.Masked,
            Prefill = prefill?.Kind == ContactKind.Phone ? FormatPhone(prefill.Value) : prefill?.Value,
            RequirePin = settings.RequirePin,
            OwnIdentityMasked = own?.Masked,
            ConsentText = string.IsNullOrWhiteSpace(settings.BrandName) ? null : ConsentText.For(settings.BrandName, Country(settings)),
            ResendInSeconds = progress.ResendAt is { } resendAt ? (int)Math.Ceiling(Math.Max(0, (resendAt - now).TotalSeconds)) : 0,
            LockedForMinutes = progress.LockedUntil is { } lockedUntil ? (int)Math.Ceiling(Math.Max(1, (lockedUntil - now).TotalMinutes)) : 0
        };

        if (progress.Stage != VerificationStage.Verified)
            return model;

        var applied = await _claimService.GetCartClaimsAsync(storeId, customer.Id);
        model.Applied = applied.Select(c => new AppliedRewardModel { ClaimId = c.Id, Name = c.RewardName, PointsCost = c.PointsDeduction }).ToList();
        model.CanApplyMore = applied.Count < AiqLoyaltySettingLimits.RewardsPerOrder(settings);

        var wallet = await _walletCache.GetAsync(storeId, customer.Id);
        if (wallet is null)
            return model;

        var appliedIds = applied.Select(c => c.TemplateId).ToHashSet(StringComparer.Ordinal);
        var heldElsewhere = await _claimService.GetHeldElsewhereAsync(settings, wallet.ContactId ?? progress.ContactId, storeId, customer.Id);
        model.WalletLoaded = true;
        model.Points = wallet.Points;
        model.Rewards = wallet.Offers.Where(o => !appliedIds.Contains(o.TemplateId)).Select(o => new RewardItemModel
        {
            TemplateId = o.TemplateId,
            Name = o.Name,
            Title = o.Title,
            ImageUrl = o.ImageUrl,
            PointsCost = o.PointsCost,
            InUseElsewhere = heldElsewhere.Contains(o.TemplateId)
        }).ToList();
        return model;
    }

    /// <inheritdoc />
    public async Task<ActionReply> SendCodeAsync(Customer customer, int storeId, string contact)
    {
        using var callScope = AiqCallScope.Begin(customerId: customer.Id);
        var context = await ContextAsync(storeId);
        var outcome = await context.Flow.SendCodeAsync(context.Client, storeId, customer.Id, contact, ClientAddress());
        return await ReplyAsync(outcome, customer, context);
    }

    /// <inheritdoc />
    public async Task<ActionReply> ResendAsync(Customer customer, int storeId)
    {
        using var callScope = AiqCallScope.Begin(customerId: customer.Id);
        var context = await ContextAsync(storeId);
        return await ReplyAsync(await context.Flow.ResendCodeAsync(context.Client, storeId, customer.Id, ClientAddress()), customer, context);
    }

    /// <inheritdoc />
    public async Task<ActionReply> VerifyAsync(Customer customer, int storeId, string code)
    {
        using var callScope = AiqCallScope.Begin(customerId: customer.Id);
        var context = await ContextAsync(storeId);
        var outcome = await context.Flow.CheckCodeAsync(context.Client, storeId, customer.Id, code?.Trim(), ClientAddress());
        if (outcome.Kind == VerificationOutcomeKind.InvalidInput)
            return new ActionReply(false, await _localizationService.GetResourceAsync($"{S}.Outcome.InvalidCode"));
        return await ReplyAsync(outcome, customer, context);
    }

    /// <inheritdoc />
    public async Task<ActionReply> SignupAsync(Customer customer, int storeId, SignupRequestInput input)
    {
        using var callScope = AiqCallScope.Begin(customerId: customer.Id);
        var context = await ContextAsync(storeId);
        if (string.IsNullOrWhiteSpace(context.Settings.BrandName))
            return await ReplyAsync(new VerificationOutcome(VerificationOutcomeKind.Unavailable), customer, context);

        var outcome = await context.Flow.SignupAsync(context.Client, _consentLog, storeId, customer.Id, input,
            context.Settings.BrandName, Country(context.Settings), ClientAddress());
        return await ReplyAsync(outcome, customer, context);
    }

    /// <inheritdoc />
    public async Task<ActionReply> OpenOwnWalletAsync(Customer customer, int storeId)
    {
        using var callScope = AiqCallScope.Begin(customerId: customer.Id);
        var context = await ContextAsync(storeId);
        var own = context.Settings.RequirePin ? null : await _identityReader.GetStoreVerifiedAsync(customer);
        if (own is null)
            return await ReplyAsync(new VerificationOutcome(VerificationOutcomeKind.NotVerified), customer, context);

        return await ReplyAsync(await context.Flow.OpenOwnWalletAsync(context.Client, storeId, customer.Id, own), customer, context);
    }

    /// <inheritdoc />
    public async Task<ActionReply> RefreshAsync(Customer customer, int storeId)
    {
        using var callScope = AiqCallScope.Begin(customerId: customer.Id);
        var context = await ContextAsync(storeId);
        return await ReplyAsync(await FreshWalletAsync(customer, context), customer, context);
    }

    /// <inheritdoc />
    public async Task<ActionReply> ApplyAsync(Customer customer, int storeId, string templateId, int staffCustomerId = 0)
    {
        using var callScope = AiqCallScope.Begin(customerId: customer.Id);
        var context = await ContextAsync(storeId);
        var fresh = await FreshWalletAsync(customer, context);
        if (fresh.Wallet is null)
            return await ReplyAsync(fresh, customer, context);

        var result = await _claimService.ApplyAsync(customer, storeId, context.Settings, fresh.Wallet, templateId, staffCustomerId);
        return new ActionReply(result.Applied, await _localizationService.GetResourceAsync($"{S}.Apply.{result.Refusal}"), result.Applied);
    }

    /// <inheritdoc />
    public async Task<ActionReply> RemoveAsync(Customer customer, int storeId, int claimId)
    {
        var removed = await _claimService.RemoveAsync(customer, storeId, claimId);
        return new ActionReply(removed, await _localizationService.GetResourceAsync(removed ? $"{S}.Removed" : $"{S}.Apply.NotOffered"), removed);
    }

    /// <inheritdoc />
    public async Task<ActionReply> ConfirmCheckAsync(Customer customer, int storeId)
    {
        var gone = await ReleaseGoneBeforeOrderAsync(customer, storeId, TimeSpan.Zero);
        return gone.Count == 0
            ? new ActionReply(true, string.Empty)
            : new ActionReply(false, await NoLongerAvailableAsync(gone), true);
    }

    /// <inheritdoc />
    public async Task<IList<string>> ReleaseGoneBeforeOrderAsync(Customer customer, int storeId, TimeSpan maxWalletAge)
    {
        using var callScope = AiqCallScope.Begin(customerId: customer.Id);
        if ((await _claimService.GetCartClaimsAsync(storeId, customer.Id)).Count == 0)
            return [];

        var context = await ContextAsync(storeId);
        var wallet = maxWalletAge > TimeSpan.Zero ? await _walletCache.GetFreshAsync(storeId, customer.Id, maxWalletAge) : null;
        wallet ??= (await FreshWalletAsync(customer, context)).Wallet;

        // No fresh wallet (AIQ down, verification ended): the owner requirement still holds the claim to
        // its shopper; redemption settles what AIQ says later.
        return wallet is null ? [] : await _claimService.ReleaseMissingAsync(customer, storeId, wallet);
    }

    /// <inheritdoc />
    public async Task<string> NoLongerAvailableAsync(IEnumerable<string> rewardNames) =>
        string.Format(await _localizationService.GetResourceAsync($"{S}.NoLongerAvailable"), string.Join(", ", rewardNames));

    /// <inheritdoc />
    public async Task<ActionReply> ForgetAsync(Customer customer, int storeId)
    {
        var context = await ContextAsync(storeId);
        await DropAppliedAsync(customer, storeId);
        await context.Flow.ForgetAsync(storeId, customer.Id);
        return new ActionReply(true, string.Empty, true);
    }

    #endregion

    #region Utilities

    /// <summary>The request's settings, AIQ client and verification flow for a store, made once.</summary>
    private async Task<ShopperContext> ContextAsync(int storeId)
    {
        if (_contexts.TryGetValue(storeId, out var context))
            return context;

        var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(storeId);
        var limits = new ShopperVerificationLimits { SkipPinForNewMembers = settings.SkipPinForNewMembers };
        var flow = new ShopperVerification(_verificationStore, _exclusiveLock,
            new VerificationPolicy(AiqLoyaltySettingLimits.PolicyOptions(settings)), _rateCounter, limits, _clock);
        return _contexts[storeId] = new ShopperContext(storeId, settings, _clientProvider.GetClient(settings, storeId), flow);
    }

    /// <summary>The shopper's network address as nopCommerce reads it (its forwarded-headers settings apply).</summary>
    private string ClientAddress() => _webHelper.GetCurrentIpAddress();

    /// <summary>A fresh wallet for the verified shopper; rewards the POS redeemed since stop being held.</summary>
    private async Task<VerificationOutcome> FreshWalletAsync(Customer customer, ShopperContext context)
    {
        var fresh = await context.Flow.RefreshWalletAsync(context.Client, context.StoreId, customer.Id);
        if (fresh.Wallet is not null)
        {
            await _claimService.ReleasePosHeldGoneAsync(context.Settings, fresh.Wallet);
            await CacheWalletAsync(customer, context, fresh.Wallet);
        }

        return fresh;
    }

    private async Task<ActionReply> ReplyAsync(VerificationOutcome outcome, Customer customer, ShopperContext context)
    {
        // The previous identity's wallet and applied rewards belong to that identity only.
        var totalsChanged = outcome.IdentityChanged && await DropAppliedAsync(customer, context.StoreId);

        if (outcome.Wallet is not null)
        {
            await _claimService.ReleasePosHeldGoneAsync(context.Settings, outcome.Wallet);
            await CacheWalletAsync(customer, context, outcome.Wallet);
        }

        // A refused phone or email says why (premium-rate, toll-free, outside the US and Canada, ...).
        var text = outcome is { Kind: VerificationOutcomeKind.InvalidInput, InputError: { } inputError }
            ? await _localizationService.GetResourceAsync(ShopperLocaleResources.InputErrorName(inputError))
            : await _localizationService.GetResourceAsync($"{S}.Outcome.{outcome.Kind}");
        if (outcome.Kind == VerificationOutcomeKind.WrongCode)
            text = string.Format(text, outcome.AttemptsLeft ?? 0);
        return new ActionReply(outcome.Succeeded, text, totalsChanged);
    }

    private Task CacheWalletAsync(Customer customer, ShopperContext context, WalletView wallet) =>
        _walletCache.SetAsync(context.StoreId, customer.Id, wallet, AiqLoyaltySettingLimits.VerifiedLifetime(context.Settings));

    /// <summary>Releases the rewards applied to the customer's cart and forgets the cached wallet; true when rewards were released.</summary>
    private async Task<bool> DropAppliedAsync(Customer customer, int storeId)
    {
        var released = false;
        foreach (var claim in await _claimService.GetCartClaimsAsync(storeId, customer.Id))
            released |= await _claimService.RemoveAsync(customer, storeId, claim.Id);
        await _walletCache.RemoveAsync(storeId, customer.Id);
        return released;
    }

    private static AiqCountry Country(AiqLoyaltySettings settings) => settings.CountryId == 1 ? AiqCountry.Canada : AiqCountry.UnitedStates;

    private static string FormatPhone(string tenDigits) => $"({tenDigits[..3]}) {tenDigits[3..6]}-{tenDigits[6..]}";

    #endregion
}
