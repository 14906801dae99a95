using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Consent;
using AiqLoyalty.Core.Offers;
using AiqLoyalty.Core.Validation;
using AiqLoyalty.Core.Verification;
using AiqLoyalty.Core.Wire;

namespace AiqLoyalty.Core.Checkout;

/// <summary>
/// The shopper's path to a wallet, with the plugin (not AIQ) enforcing the PIN policy: send a code,
/// check it, sign up a non-member, or open the wallet of a customer's own verified identity when the
/// merchant turned the PIN off. Attempts count per identity and per customer; every step for one
/// identity runs under a lock shared by all server instances; state lives in <see cref="IVerificationStore"/>.
/// </summary>
public sealed class ShopperVerification
{
    #region Fields

    /// <summary>How long AIQ's "not a member" answer allows a signup without a code.</summary>
    public static readonly TimeSpan SignupWindow = TimeSpan.FromMinutes(30);

    private static readonly TimeSpan LockExpiry = TimeSpan.FromSeconds(30);

    private readonly IVerificationStore _store;
    private readonly IExclusiveLock _lock;
    private readonly VerificationPolicy _policy;
    private readonly TimeProvider _clock;

    #endregion

    #region Ctor

    /// <summary>Creates the flow.</summary>
    public ShopperVerification(IVerificationStore store, IExclusiveLock exclusiveLock, VerificationPolicy policy, TimeProvider clock)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _lock = exclusiveLock ?? throw new ArgumentNullException(nameof(exclusiveLock));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    #endregion

    #region Methods

    /// <summary>Sends (or re-sends) a code to the phone or email the shopper typed.</summary>
    public async Task<VerificationOutcome> SendCodeAsync(IAiqClient client, int storeId, int customerId, string? input, CancellationToken cancellationToken = default)
    {
        var parsed = ContactInputParser.Parse(input);
        if (!parsed.IsValid || parsed.Identity is null)
            return new VerificationOutcome(VerificationOutcomeKind.InvalidInput) { InputError = parsed.Error };

        var identity = parsed.Identity;
        return await UnderLockAsync(storeId, identity, async () =>
        {
            var (customerScope, identityScope) = Scopes(storeId, customerId, identity);
            var customer = await _store.GetAsync(customerScope, cancellationToken);
            var person = await _store.GetAsync(identityScope, cancellationToken);
            var now = _clock.GetUtcNow();

            var decision = _policy.CheckSendAll([customer.State, person.State], now);
            if (!decision.IsAllowed)
                return new VerificationOutcome(ToKind(decision.Verdict)) { RetryAt = decision.RetryAt };

            var sent = await client.SendVerificationCodeAsync(identity, cancellationToken);
            if (!sent.IsSuccess)
            {
                if (sent.Error.Kind != AiqErrorKind.ContactNotFound)
                    return new VerificationOutcome(VerificationOutcomeKind.Unavailable);

                await _store.SaveAsync(identityScope, person with { NotMemberAt = now }, cancellationToken);
                await _store.SaveAsync(customerScope, customer with { Identity = identity, ContactId = null }, cancellationToken);
                return new VerificationOutcome(VerificationOutcomeKind.NotMember);
            }

            // A code for a different identity replaces the customer's verification.
            var customerState = customer.Identity == identity ? customer.State : customer.State with { VerifiedAt = null };
            await _store.SaveAsync(identityScope, person with { State = _policy.RecordSent(person.State, now), NotMemberAt = null }, cancellationToken);
            await _store.SaveAsync(customerScope, customer with { State = _policy.RecordSent(customerState, now), Identity = identity, ContactId = null }, cancellationToken);
            return new VerificationOutcome(VerificationOutcomeKind.CodeSent) { RetryAt = now + _policy.Options.ResendCooldown };
        });
    }

    /// <summary>Re-sends a code to the identity the shopper already gave.</summary>
    public async Task<VerificationOutcome> ResendCodeAsync(IAiqClient client, int storeId, int customerId, CancellationToken cancellationToken = default)
    {
        var customer = await _store.GetAsync(VerificationScope.ForCustomer(storeId, customerId), cancellationToken);
        return customer.Identity is null
            ? new VerificationOutcome(VerificationOutcomeKind.NoCodeSent)
            : await SendCodeAsync(client, storeId, customerId, customer.Identity.Value, cancellationToken);
    }

    /// <summary>Checks the code the shopper typed; on success the wallet is open.</summary>
    public async Task<VerificationOutcome> CheckCodeAsync(IAiqClient client, int storeId, int customerId, string? code, CancellationToken cancellationToken = default)
    {
        var formatError = PinCodeFormat.Check(code);
        if (formatError is not null)
            return new VerificationOutcome(VerificationOutcomeKind.InvalidInput) { InputError = formatError };

        var customerScope = VerificationScope.ForCustomer(storeId, customerId);
        var pending = await _store.GetAsync(customerScope, cancellationToken);
        if (pending.Identity is null)
            return new VerificationOutcome(VerificationOutcomeKind.NoCodeSent);

        var identity = pending.Identity;
        return await UnderLockAsync(storeId, identity, async () =>
        {
            var identityScope = VerificationScope.ForIdentity(storeId, identity);
            var customer = await _store.GetAsync(customerScope, cancellationToken);
            var person = await _store.GetAsync(identityScope, cancellationToken);
            var now = _clock.GetUtcNow();

            var decision = _policy.CheckAttemptAll([customer.State, person.State], now);
            if (!decision.IsAllowed)
                return new VerificationOutcome(ToKind(decision.Verdict)) { RetryAt = decision.LockedUntil };

            var wallet = await client.ViewWalletWithCodeAsync(identity, code!, cancellationToken);
            if (wallet.HasValue)
            {
                await _store.SaveAsync(identityScope, person with { State = _policy.RecordSuccess(person.State, now) }, cancellationToken);
                await _store.SaveAsync(customerScope, customer with
                {
                    State = _policy.RecordSuccess(customer.State, now),
                    ContactId = AiqIdentifier.Clean(wallet.Value.ContactId) ?? customer.ContactId
                }, cancellationToken);
                return Verified(wallet.Value, now);
            }

            switch (wallet.Error!.Kind)
            {
                case AiqErrorKind.InvalidCode:
                    var customerAfter = _policy.RecordFailure(customer.State, now);
                    var personAfter = _policy.RecordFailure(person.State, now);
                    await _store.SaveAsync(identityScope, person with { State = personAfter }, cancellationToken);
                    await _store.SaveAsync(customerScope, customer with { State = customerAfter }, cancellationToken);
                    var after = _policy.CheckAttemptAll([customerAfter, personAfter], now);
                    if (after.Verdict == AttemptVerdict.LockedOut)
                        return new VerificationOutcome(VerificationOutcomeKind.LockedOut) { RetryAt = after.LockedUntil };
                    var used = Math.Max(customerAfter.FailedAttempts, personAfter.FailedAttempts);
                    return new VerificationOutcome(VerificationOutcomeKind.WrongCode) { AttemptsLeft = Math.Max(0, _policy.Options.MaxFailedAttempts - used) };
                case AiqErrorKind.ContactNotFound:
                    return new VerificationOutcome(VerificationOutcomeKind.NotMember);
                default:
                    return new VerificationOutcome(VerificationOutcomeKind.Unavailable);
            }
        });
    }

    /// <summary>
    /// Joins a shopper AIQ just said is not a member, with the consent text shown, then opens the
    /// wallet without a code (AIQ allows this for a new member) so welcome gifts show at once.
    /// </summary>
    public async Task<VerificationOutcome> SignupAsync(IAiqClient client, IConsentLog consentLog, int storeId, int customerId,
        SignupRequestInput input, string brandName, AiqCountry country, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.Consented)
            return new VerificationOutcome(VerificationOutcomeKind.ConsentRequired);

        var customerScope = VerificationScope.ForCustomer(storeId, customerId);
        var pending = await _store.GetAsync(customerScope, cancellationToken);
        if (pending.Identity is null)
            return new VerificationOutcome(VerificationOutcomeKind.SignupNotAllowed);

        var identity = pending.Identity;
        return await UnderLockAsync(storeId, identity, async () =>
        {
            var identityScope = VerificationScope.ForIdentity(storeId, identity);
            var person = await _store.GetAsync(identityScope, cancellationToken);
            var now = _clock.GetUtcNow();

            // Only an identity AIQ has just called unknown may skip the code: signup is an upsert,
            // and must never become a way into an existing member's wallet.
            if (person.NotMemberAt is null || now - person.NotMemberAt > SignupWindow)
                return new VerificationOutcome(VerificationOutcomeKind.SignupNotAllowed);
            var lookup = await client.LookupAsync(identity, cancellationToken);
            if (lookup.IsSuccess)
                return new VerificationOutcome(VerificationOutcomeKind.SignupNotAllowed);
            if (lookup.Error.Kind != AiqErrorKind.ContactNotFound)
                return new VerificationOutcome(VerificationOutcomeKind.Unavailable);

            var text = ConsentText.For(brandName, country);
            var consentId = await consentLog.RecordAsync(new ConsentEntry(storeId, customerId, identity, country, text, now), cancellationToken);

            var email = identity.Kind == ContactKind.Email ? identity.Value : EmailAddressNormalizer.Normalize(input.Email).Value;
            var signup = await client.SignupAsync(new SignupRequest
            {
                MobilePhone = identity.Kind == ContactKind.Phone ? identity.Value : null,
                Email = email,
                FirstName = PlainText.TrimAndCap(input.FirstName, 100),
                LastName = PlainText.TrimAndCap(input.LastName, 100),
                Loyalty = true,
                SmsOptIn = identity.Kind == ContactKind.Phone,
                EmailOptIn = email is not null,
                CustomAttributes = [new CustomAttribute("source", "nopCommerce")]
            }, cancellationToken);
            if (!signup.IsSuccess)
                return new VerificationOutcome(VerificationOutcomeKind.Unavailable);

            var wallet = await client.GetWalletAsync(identity, cancellationToken: cancellationToken);
            if (!wallet.HasValue)
                return new VerificationOutcome(VerificationOutcomeKind.Unavailable);

            var contactId = AiqIdentifier.Clean(wallet.Value.ContactId) ?? AiqIdentifier.Clean(signup.Value?.ContactId);
            if (contactId is not null)
                await consentLog.SetContactIdAsync(consentId, contactId, cancellationToken);

            var customer = await _store.GetAsync(customerScope, cancellationToken);
            await _store.SaveAsync(identityScope, person with { NotMemberAt = null }, cancellationToken);
            await _store.SaveAsync(customerScope, customer with { State = _policy.RecordSuccess(customer.State, now), ContactId = contactId }, cancellationToken);
            return Verified(wallet.Value, now);
        });
    }

    /// <summary>
    /// With the PIN turned off: opens the wallet for an identity the store itself has verified (the
    /// adapter passes only a logged-in customer's own phone or email).
    /// </summary>
    public async Task<VerificationOutcome> OpenOwnWalletAsync(IAiqClient client, int storeId, int customerId, ContactIdentity ownIdentity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ownIdentity);
        var wallet = await client.GetWalletAsync(ownIdentity, cancellationToken: cancellationToken);
        if (!wallet.HasValue)
            return new VerificationOutcome(wallet.Error?.Kind == AiqErrorKind.ContactNotFound ? VerificationOutcomeKind.NotMember : VerificationOutcomeKind.Unavailable);

        var scope = VerificationScope.ForCustomer(storeId, customerId);
        var customer = await _store.GetAsync(scope, cancellationToken);
        var now = _clock.GetUtcNow();
        await _store.SaveAsync(scope, customer with { State = _policy.RecordSuccess(customer.State, now), Identity = ownIdentity, ContactId = AiqIdentifier.Clean(wallet.Value.ContactId) }, cancellationToken);
        return Verified(wallet.Value, now);
    }

    /// <summary>Reads a fresh wallet for a customer whose verification is still valid.</summary>
    public async Task<VerificationOutcome> RefreshWalletAsync(IAiqClient client, int storeId, int customerId, CancellationToken cancellationToken = default)
    {
        var customer = await _store.GetAsync(VerificationScope.ForCustomer(storeId, customerId), cancellationToken);
        var now = _clock.GetUtcNow();
        if (customer.Identity is null || !_policy.IsVerified(customer.State, now))
            return new VerificationOutcome(VerificationOutcomeKind.NotVerified);

        var wallet = await client.GetWalletAsync(customer.Identity, cancellationToken: cancellationToken);
        return wallet.HasValue ? Verified(wallet.Value, now) : new VerificationOutcome(VerificationOutcomeKind.Unavailable);
    }

    /// <summary>The customer's verified identity and contact, or null when not (or no longer) verified.</summary>
    public async Task<VerifiedShopper?> GetVerifiedAsync(int storeId, int customerId, CancellationToken cancellationToken = default)
    {
        var customer = await _store.GetAsync(VerificationScope.ForCustomer(storeId, customerId), cancellationToken);
        var now = _clock.GetUtcNow();
        return customer.Identity is not null && _policy.IsVerified(customer.State, now)
            ? new VerifiedShopper(customer.Identity, customer.ContactId, _policy.VerifiedUntil(customer.State)!.Value)
            : null;
    }

    /// <summary>The shopper's progress for rendering (reads the store only; never calls AIQ).</summary>
    public async Task<ShopperProgress> GetProgressAsync(int storeId, int customerId, CancellationToken cancellationToken = default)
    {
        var customer = await _store.GetAsync(VerificationScope.ForCustomer(storeId, customerId), cancellationToken);
        var now = _clock.GetUtcNow();
        if (customer.Identity is null)
            return new ShopperProgress(VerificationStage.Start, null, null, null, null);

        var person = await _store.GetAsync(VerificationScope.ForIdentity(storeId, customer.Identity), cancellationToken);
        var attempt = _policy.CheckAttemptAll([customer.State, person.State], now);
        var send = _policy.CheckSendAll([customer.State, person.State], now);
        var resendAt = send.IsAllowed ? (DateTimeOffset?)null : send.RetryAt;

        if (_policy.IsVerified(customer.State, now))
            return new ShopperProgress(VerificationStage.Verified, customer.Identity, customer.ContactId, null, null);
        if (attempt.Verdict == AttemptVerdict.LockedOut)
            return new ShopperProgress(VerificationStage.LockedOut, customer.Identity, null, resendAt, attempt.LockedUntil);
        if (person.NotMemberAt is { } notMember && now - notMember <= SignupWindow)
            return new ShopperProgress(VerificationStage.Signup, customer.Identity, null, resendAt, null);
        if (attempt.IsAllowed)
            return new ShopperProgress(VerificationStage.CodeSent, customer.Identity, null, resendAt, null);
        return new ShopperProgress(VerificationStage.Start, customer.Identity, null, resendAt, null);
    }

    /// <summary>Forgets the customer's verification ("use a different number"); attempt counts stay.</summary>
    public async Task ForgetAsync(int storeId, int customerId, CancellationToken cancellationToken = default)
    {
        var scope = VerificationScope.ForCustomer(storeId, customerId);
        var customer = await _store.GetAsync(scope, cancellationToken);
        await _store.SaveAsync(scope, customer with { State = customer.State with { VerifiedAt = null, CodeSentAt = null }, Identity = null, ContactId = null }, cancellationToken);
    }

    #endregion

    #region Utilities

    private async Task<VerificationOutcome> UnderLockAsync(int storeId, ContactIdentity identity, Func<Task<VerificationOutcome>> step)
    {
        VerificationOutcome? outcome = null;
        var ran = await _lock.TryRunAsync($"AiqLoyalty.Verify.{VerificationScope.ForIdentity(storeId, identity).Key}.{storeId}", LockExpiry,
            async () => outcome = await step());
        return ran && outcome is not null ? outcome : new VerificationOutcome(VerificationOutcomeKind.Busy);
    }

    private static (VerificationScope Customer, VerificationScope Identity) Scopes(int storeId, int customerId, ContactIdentity identity) =>
        (VerificationScope.ForCustomer(storeId, customerId), VerificationScope.ForIdentity(storeId, identity));

    private VerificationOutcome Verified(Wallet wallet, DateTimeOffset now) =>
        new(VerificationOutcomeKind.Verified) { Wallet = WalletOfferMapper.Map(wallet, now) };

    private static VerificationOutcomeKind ToKind(SendVerdict verdict) => verdict switch
    {
        SendVerdict.CooldownActive => VerificationOutcomeKind.Cooldown,
        SendVerdict.TooManyCodes => VerificationOutcomeKind.TooManyCodes,
        _ => VerificationOutcomeKind.LockedOut
    };

    private static VerificationOutcomeKind ToKind(AttemptVerdict verdict) => verdict switch
    {
        AttemptVerdict.NoCodeSent => VerificationOutcomeKind.NoCodeSent,
        AttemptVerdict.CodeExpired => VerificationOutcomeKind.CodeExpired,
        _ => VerificationOutcomeKind.LockedOut
    };

    #endregion
}
