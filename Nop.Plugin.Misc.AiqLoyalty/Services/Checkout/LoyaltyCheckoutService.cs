using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Consent;
using AiqLoyalty.Core.Offers;
using AiqLoyalty.Core.Validation;
using AiqLoyalty.Core.Verification;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Models.Public;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>
/// Connects the rewards box to the core's verification flow and to the claim service. Everything a
/// shopper sees is decided here from server-side state (database and cache); nothing from the
/// browser is trusted beyond the typed contact, code and chosen reward id.
/// </summary>
public class LoyaltyCheckoutService : ILoyaltyCheckoutService
{
    #region Fields

    private const string S = "Plugins.Misc.AiqLoyalty.Shopper";

    private readonly IAiqClientProvider _clientProvider;
    private readonly IConsentLog _consentLog;
    private readonly ICustomerService _customerService;
    private readonly IExclusiveLock _exclusiveLock;
    private readonly ILocalizationService _localizationService;
    private readonly IRewardClaimService _claimService;
    private readonly ISettingService _settingService;
    private readonly IVerificationStore _verificationStore;
    private readonly IWalletSnapshotCache _walletCache;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public LoyaltyCheckoutService(IAiqClientProvider clientProvider,
        IConsentLog consentLog,
        ICustomerService customerService,
        IExclusiveLock exclusiveLock,
        ILocalizationService localizationService,
        IRewardClaimService claimService,
        ISettingService settingService,
        IVerificationStore verificationStore,
        IWalletSnapshotCache walletCache)
    {
        _clientProvider = clientProvider;
        _consentLog = consentLog;
        _customerService = customerService;
        _exclusiveLock = exclusiveLock;
        _localizationService = localizationService;
        _claimService = claimService;
        _settingService = settingService;
        _verificationStore = verificationStore;
        _walletCache = walletCache;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<RewardsBoxModel> PrepareBoxAsync(Customer customer, int storeId, string zone)
    {
        var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(storeId);
        var flow = Flow(settings);
        var progress = await flow.GetProgressAsync(storeId, customer.Id);
        var own = await OwnIdentityAsync(customer);
        var now = DateTimeOffset.UtcNow;

        var model = new RewardsBoxModel
        {
            Zone = zone,
            Stage = progress.Stage,
            IdentityMasked = progress.Identity?.Masked,
            Prefill = own?.Kind == ContactKind.Phone ? FormatPhone(own.Value) : own?.Value,
            RequirePin = settings.RequirePin,
            OwnIdentityMasked = !settings.RequirePin ? own?.Masked : null,
            ConsentText = string.IsNullOrWhiteSpace(settings.BrandName) ? null : ConsentText.For(settings.BrandName, Country(settings)),
            ResendInSeconds = progress.ResendAt is { } resendAt ? (int)Math.Ceiling(Math.Max(0, (resendAt - now).TotalSeconds)) : 0,
            LockedForMinutes = progress.LockedUntil is { } lockedUntil ? (int)Math.Ceiling(Math.Max(1, (lockedUntil - now).TotalMinutes)) : 0
        };

        if (progress.Stage != VerificationStage.Verified)
            return model;

        var applied = await _claimService.GetCartClaimsAsync(storeId, customer.Id);
        model.Applied = applied.Select(c => new AppliedRewardModel { ClaimId = c.Id, Name = c.RewardName, PointsCost = c.PointsDeduction }).ToList();
        model.CanApplyMore = applied.Count < Math.Max(1, settings.MaxRewardsPerOrder);

        var wallet = await _walletCache.GetAsync(storeId, customer.Id);
        if (wallet is null)
            return model;

        var appliedIds = applied.Select(c => c.TemplateId).ToHashSet(StringComparer.Ordinal);
        model.WalletLoaded = true;
        model.Points = wallet.Points;
        model.Rewards = wallet.Offers.Where(o => !appliedIds.Contains(o.TemplateId)).Select(o => new RewardItemModel
        {
            TemplateId = o.TemplateId,
            Name = o.Name,
            Title = o.Title,
            ImageUrl = o.ImageUrl,
            PointsCost = o.PointsCost
        }).ToList();
        return model;
    }

    /// <inheritdoc />
    public async Task<ActionReply> SendCodeAsync(Customer customer, int storeId, string contact)
    {
        var (settings, client) = await ContextAsync(storeId);
        var outcome = await Flow(settings).SendCodeAsync(client, storeId, customer.Id, contact);
        return await ReplyAsync(outcome, storeId, customer, settings);
    }

    /// <inheritdoc />
    public async Task<ActionReply> ResendAsync(Customer customer, int storeId)
    {
        var (settings, client) = await ContextAsync(storeId);
        return await ReplyAsync(await Flow(settings).ResendCodeAsync(client, storeId, customer.Id), storeId, customer, settings);
    }

    /// <inheritdoc />
    public async Task<ActionReply> VerifyAsync(Customer customer, int storeId, string code)
    {
        var (settings, client) = await ContextAsync(storeId);
        var outcome = await Flow(settings).CheckCodeAsync(client, storeId, customer.Id, code?.Trim());
        if (outcome.Kind == VerificationOutcomeKind.InvalidInput)
            return new ActionReply(false, await _localizationService.GetResourceAsync($"{S}.Outcome.InvalidCode"));
        return await ReplyAsync(outcome, storeId, customer, settings);
    }

    /// <inheritdoc />
    public async Task<ActionReply> SignupAsync(Customer customer, int storeId, SignupRequestInput input)
    {
        var (settings, client) = await ContextAsync(storeId);
        if (string.IsNullOrWhiteSpace(settings.BrandName))
            return await ReplyAsync(new VerificationOutcome(VerificationOutcomeKind.Unavailable), storeId, customer, settings);

        var outcome = await Flow(settings).SignupAsync(client, _consentLog, storeId, customer.Id, input, settings.BrandName, Country(settings));
        return await ReplyAsync(outcome, storeId, customer, settings);
    }

    /// <inheritdoc />
    public async Task<ActionReply> OpenOwnWalletAsync(Customer customer, int storeId)
    {
        var (settings, client) = await ContextAsync(storeId);
        var own = await OwnIdentityAsync(customer);
        if (settings.RequirePin || own is null)
            return await ReplyAsync(new VerificationOutcome(VerificationOutcomeKind.NotVerified), storeId, customer, settings);

        return await ReplyAsync(await Flow(settings).OpenOwnWalletAsync(client, storeId, customer.Id, own), storeId, customer, settings);
    }

    /// <inheritdoc />
    public async Task<ActionReply> RefreshAsync(Customer customer, int storeId)
    {
        var (settings, client) = await ContextAsync(storeId);
        return await ReplyAsync(await Flow(settings).RefreshWalletAsync(client, storeId, customer.Id), storeId, customer, settings);
    }

    /// <inheritdoc />
    public async Task<ActionReply> ApplyAsync(Customer customer, int storeId, string templateId, int staffCustomerId = 0)
    {
        var (settings, client) = await ContextAsync(storeId);
        var fresh = await Flow(settings).RefreshWalletAsync(client, storeId, customer.Id);
        if (fresh.Wallet is null)
            return await ReplyAsync(fresh, storeId, customer, settings);

        var wallet = await CacheWalletAsync(storeId, customer.Id, fresh.Wallet, settings);
        var result = await _claimService.ApplyAsync(customer, storeId, wallet, templateId, staffCustomerId);
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
        if ((await _claimService.GetCartClaimsAsync(storeId, customer.Id)).Count == 0)
            return new ActionReply(true, string.Empty);

        var (settings, client) = await ContextAsync(storeId);
        var fresh = await Flow(settings).RefreshWalletAsync(client, storeId, customer.Id);
        if (fresh.Wallet is null)
        {
            // No fresh wallet: the discount requirement still holds the claim to its owner; redemption decides later.
            return new ActionReply(true, string.Empty);
        }

        await CacheWalletAsync(storeId, customer.Id, fresh.Wallet, settings);
        var gone = await _claimService.ReleaseMissingAsync(customer, storeId, fresh.Wallet);
        return gone.Count == 0
            ? new ActionReply(true, string.Empty)
            : new ActionReply(false, string.Format(await _localizationService.GetResourceAsync($"{S}.NoLongerAvailable"), string.Join(", ", gone)), true);
    }

    /// <inheritdoc />
    public async Task<ActionReply> ForgetAsync(Customer customer, int storeId)
    {
        var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(storeId);
        foreach (var claim in await _claimService.GetCartClaimsAsync(storeId, customer.Id))
            await _claimService.RemoveAsync(customer, storeId, claim.Id);
        await _walletCache.RemoveAsync(storeId, customer.Id);
        await Flow(settings).ForgetAsync(storeId, customer.Id);
        return new ActionReply(true, string.Empty, true);
    }

    #endregion

    #region Utilities

    private async Task<(AiqLoyaltySettings Settings, IAiqClient Client)> ContextAsync(int storeId)
    {
        var settings = await _settingService.LoadSettingAsync<AiqLoyaltySettings>(storeId);
        return (settings, await _clientProvider.GetClientAsync(storeId));
    }

    private ShopperVerification Flow(AiqLoyaltySettings settings) =>
        new(_verificationStore, _exclusiveLock, new VerificationPolicy(PolicyOptions(settings)), TimeProvider.System);

    /// <summary>The merchant's limits, kept within the policy's sane ranges.</summary>
    public static VerificationPolicyOptions PolicyOptions(AiqLoyaltySettings settings) => new()
    {
        CodeLifetime = TimeSpan.FromMinutes(Math.Clamp(settings.CodeLifetimeMinutes, 1, 60)),
        ResendCooldown = TimeSpan.FromSeconds(Math.Clamp(settings.ResendCooldownSeconds, 10, 600)),
        MaxFailedAttempts = Math.Clamp(settings.MaxFailedAttempts, 1, 20),
        LockoutDuration = TimeSpan.FromMinutes(Math.Clamp(settings.LockoutMinutes, 1, 1440)),
        VerifiedLifetime = TimeSpan.FromMinutes(Math.Clamp(settings.VerifiedLifetimeMinutes, 5, 1440))
    };

    private async Task<ActionReply> ReplyAsync(VerificationOutcome outcome, int storeId, Customer customer, AiqLoyaltySettings settings)
    {
        if (outcome.Wallet is not null)
            await CacheWalletAsync(storeId, customer.Id, outcome.Wallet, settings);

        // A refused phone or email says why (premium-rate, toll-free, outside the US and Canada, ...).
        var text = outcome is { Kind: VerificationOutcomeKind.InvalidInput, InputError: { } inputError }
            ? await _localizationService.GetResourceAsync(ShopperLocaleResources.InputErrorName(inputError))
            : await _localizationService.GetResourceAsync($"{S}.Outcome.{outcome.Kind}");
        if (outcome.Kind == VerificationOutcomeKind.WrongCode)
            text = string.Format(text, outcome.AttemptsLeft ?? 0);
        return new ActionReply(outcome.Succeeded, text);
    }

    /// <summary>
    /// Keeps the wallet for rendering, with the contact id filled from the verification when AIQ's
    /// wallet call does not return it (only the PIN call is known to).
    /// </summary>
    private async Task<WalletView> CacheWalletAsync(int storeId, int customerId, WalletView wallet, AiqLoyaltySettings settings)
    {
        if (wallet.ContactId is null && await Flow(settings).GetVerifiedAsync(storeId, customerId) is { ContactId: { } contactId })
            wallet = wallet with { ContactId = contactId };
        await _walletCache.SetAsync(storeId, customerId, wallet, TimeSpan.FromMinutes(settings.VerifiedLifetimeMinutes));
        return wallet;
    }

    /// <summary>A registered customer's own phone (preferred) or email, as the store knows it.</summary>
    private async Task<ContactIdentity> OwnIdentityAsync(Customer customer)
    {
        if (!await _customerService.IsRegisteredAsync(customer))
            return null;
        var phone = PhoneNumberNormalizer.Normalize(customer.Phone);
        if (phone.IsValid)
            return ContactIdentity.Phone(phone.Value!);
        var email = EmailAddressNormalizer.Normalize(customer.Email);
        return email.IsValid ? ContactIdentity.Email(email.Value!) : null;
    }

    private static AiqCountry Country(AiqLoyaltySettings settings) => settings.CountryId == 1 ? AiqCountry.Canada : AiqCountry.UnitedStates;

    private static string FormatPhone(string tenDigits) => $"({tenDigits[..3]}) {tenDigits[3..6]}-{tenDigits[6..]}";

    #endregion
}
