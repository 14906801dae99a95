using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Consent;
using AiqLoyalty.Core.Offers;
using AiqLoyalty.Core.Validation;
using AiqLoyalty.Core.Verification;
using AiqLoyalty.Core.Wire;

namespace AiqLoyalty.Core.Checkout;

/// <summary>
/// The shopper's path to a wallet, with the plugin (not AIQ) enforcing the PIN policy: send a code,
/// check it, sign up a non-member (then verify with the code AIQ texts), or open the wallet of a
/// customer's own verified identity when the merchant turned the PIN off. Attempts count per identity
/// and per customer (the policy's state in <see cref="IVerificationStore"/>), and per client address and
/// store-wide (<see cref="IRateCounter"/>). Every attempt is taken from the atomic budgets before AIQ is
/// asked, so parallel requests, fresh sessions and several servers cannot share one; the lock shared by
/// all server instances only keeps one identity's steps in order. A verification belongs to the exact
/// identity verified: any change of identity drops it.
/// </summary>
public sealed class ShopperVerification
{
    #region Fields

    /// <summary>How long AIQ's "not a member" answer allows a signup without a code.</summary>
    public static readonly TimeSpan SignupWindow = TimeSpan.FromMinutes(30);

    private static readonly TimeSpan LockExpiry = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private readonly IVerificationStore _store;
    private readonly IExclusiveLock _lock;
    private readonly VerificationPolicy _policy;
    private readonly IRateCounter _counter;
    private readonly ShopperVerificationLimits _limits;
    private readonly TimeProvider _clock;

    #endregion

    #region Ctor

    /// <summary>Creates the flow.</summary>
    public ShopperVerification(IVerificationStore store, IExclusiveLock exclusiveLock, VerificationPolicy policy,
        IRateCounter counter, ShopperVerificationLimits limits, TimeProvider clock)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _lock = exclusiveLock ?? throw new ArgumentNullException(nameof(exclusiveLock));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _counter = counter ?? throw new ArgumentNullException(nameof(counter));
        _limits = limits ?? throw new ArgumentNullException(nameof(limits));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    #endregion

    #region Methods

    /// <summary>
    /// Sends (or re-sends) a code to the phone or email the shopper typed. A "not a member" answer
    /// counts against the send limits like a code. Typing another identity drops the verification of
    /// the previous one.
    /// </summary>
    public async Task<VerificationOutcome> SendCodeAsync(IAiqClient client, int storeId, int customerId, string? input,
        string? clientAddress = null, CancellationToken cancellationToken = default)
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

            var budgets = SendBudgets(storeId, identityScope, clientAddress);
            if (!await TryTakeAllAsync(budgets, now, cancellationToken))
                return new VerificationOutcome(VerificationOutcomeKind.TooManyCodes) { RetryAt = now + _policy.Options.ResendCooldown };

            var sent = await client.SendVerificationCodeAsync(identity, cancellationToken);
            var changed = customer.Identity is not null && customer.Identity != identity;
            if (!sent.IsSuccess)
            {
                if (sent.Error.Kind != AiqErrorKind.ContactNotFound)
                {
                    await GiveBackAllAsync(budgets, cancellationToken);
                    return new VerificationOutcome(VerificationOutcomeKind.Unavailable);
                }

                // A probe: it costs a send on both scopes, and the customer is now on this identity, unverified.
                await _store.SaveAsync(identityScope, person with { State = _policy.RecordProbe(person.State, now), NotMemberAt = now }, cancellationToken);
                var probed = WithIdentity(customer, identity);
                await _store.SaveAsync(customerScope, probed with { State = _policy.RecordProbe(probed.State, now) }, cancellationToken);
                return new VerificationOutcome(VerificationOutcomeKind.NotMember) { IdentityChanged = changed };
            }

            var pending = WithIdentity(customer, identity);
            await _store.SaveAsync(identityScope, person with { State = _policy.RecordSent(person.State, now), NotMemberAt = null }, cancellationToken);
            await _store.SaveAsync(customerScope, pending with { State = _policy.RecordSent(pending.State, now) }, cancellationToken);
            return new VerificationOutcome(VerificationOutcomeKind.CodeSent) { RetryAt = now + _policy.Options.ResendCooldown, IdentityChanged = changed };
        });
    }

    /// <summary>Re-sends a code to the identity the shopper already gave.</summary>
    public async Task<VerificationOutcome> ResendCodeAsync(IAiqClient client, int storeId, int customerId,
        string? clientAddress = null, CancellationToken cancellationToken = default)
    {
        var customer = await _store.GetAsync(VerificationScope.ForCustomer(storeId, customerId), cancellationToken);
        return customer.Identity is null
            ? new VerificationOutcome(VerificationOutcomeKind.NoCodeSent)
            : await SendCodeAsync(client, storeId, customerId, customer.Identity.Value, clientAddress, cancellationToken);
    }

    /// <summary>
    /// Checks the code the shopper typed; on success the wallet is open. The attempt is taken from the
    /// identity's, the client address's and the store's budgets before AIQ is asked, and given back
    /// only when it did not turn out to be a wrong code.
    /// </summary>
    public async Task<VerificationOutcome> CheckCodeAsync(IAiqClient client, int storeId, int customerId, string? code,
        string? clientAddress = null, CancellationToken cancellationToken = default)
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
            if (customer.Identity != identity)
                return new VerificationOutcome(VerificationOutcomeKind.NoCodeSent);
            var person = await _store.GetAsync(identityScope, cancellationToken);
            var now = _clock.GetUtcNow();

            var decision = _policy.CheckAttemptAll([customer.State, person.State], now);
            if (!decision.IsAllowed)
                return new VerificationOutcome(ToKind(decision.Verdict)) { RetryAt = decision.LockedUntil };

            var budgets = FailureBudgets(storeId, identityScope, clientAddress);
            if (!await TryTakeAllAsync(budgets, now, cancellationToken))
                return new VerificationOutcome(VerificationOutcomeKind.LockedOut);

            var wallet = await client.ViewWalletWithCodeAsync(identity, code!, cancellationToken);
            if (wallet.HasValue)
            {
                // A right code is not a failure: its units go back to every budget, and the identity's
                // own wrong codes are forgiven (as the policy clears its failure count).
                await GiveBackAllAsync(budgets, cancellationToken);
                await _counter.ResetAsync(budgets[0], cancellationToken);
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
                    // The identity's wrong codes are the atomic budget's count (taken above, before AIQ was
                    // asked), not this request's read of the row: parallel guesses on several store
                    // instances each raise the row to at least their own count, none overwrites a higher one.
                    var counted = await _counter.CountAsync(budgets[0], now, cancellationToken);
                    var customerAfter = _policy.RecordFailure(customer.State, now);
                    var personAfter = _policy.RecordFailure(person.State with { FailedAttempts = Math.Max(person.State.FailedAttempts, counted - 1) }, now);
                    await _store.RaiseFailedAttemptsAsync(identityScope, person with { State = personAfter }, cancellationToken);
                    await _store.SaveAsync(customerScope, customer with { State = customerAfter }, cancellationToken);
                    var after = _policy.CheckAttemptAll([customerAfter, personAfter], now);
                    if (after.Verdict == AttemptVerdict.LockedOut)
                        return new VerificationOutcome(VerificationOutcomeKind.LockedOut) { RetryAt = after.LockedUntil };
                    var used = Math.Max(customerAfter.FailedAttempts, personAfter.FailedAttempts);
                    return new VerificationOutcome(VerificationOutcomeKind.WrongCode) { AttemptsLeft = Math.Max(0, _policy.Options.MaxFailedAttempts - used) };
                case AiqErrorKind.ContactNotFound:
                    await GiveBackAllAsync(budgets, cancellationToken);
                    return new VerificationOutcome(VerificationOutcomeKind.NotMember);
                default:
                    await GiveBackAllAsync(budgets, cancellationToken);
                    return new VerificationOutcome(VerificationOutcomeKind.Unavailable);
            }
        });
    }

    /// <summary>
    /// Joins a shopper AIQ just said is not a member, with the consent text shown, then has AIQ text
    /// the new member a code: the wallet (and the welcome gift) opens only once it is typed, so nobody
    /// can join a stranger's number and take its gift. With <see cref="ShopperVerificationLimits.SkipPinForNewMembers"/>
    /// the wallet opens at once instead, at most <see cref="ShopperVerificationLimits.UnverifiedSignupsPerDay"/>
    /// times per customer and per client address a day.
    /// </summary>
    public async Task<VerificationOutcome> SignupAsync(IAiqClient client, IConsentLog consentLog, int storeId, int customerId,
        SignupRequestInput input, string brandName, AiqCountry country, string? clientAddress = null, CancellationToken cancellationToken = default)
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

            // Only an identity AIQ has just called unknown may join here: signup is an upsert, and must
            // never become a way into an existing member's wallet.
            if (person.NotMemberAt is null || now - person.NotMemberAt > SignupWindow)
                return new VerificationOutcome(VerificationOutcomeKind.SignupNotAllowed);

            // Without a code only within the daily budgets; past them the new member verifies like anyone.
            var unverifiedBudgets = _limits.SkipPinForNewMembers
                ? new List<RateBudget>(ClientBudget(storeId, "signup", clientAddress, _limits.UnverifiedSignupsPerDay, Day))
                {
                    new(storeId, $"signup:c:{customerId}", _limits.UnverifiedSignupsPerDay, Day)
                }
                : [];
            var skipPin = _limits.SkipPinForNewMembers && await TryTakeAllAsync(unverifiedBudgets, now, cancellationToken);
            if (!skipPin)
                unverifiedBudgets.Clear();

            var lookup = await client.LookupAsync(identity, cancellationToken);
            if (lookup.IsSuccess || lookup.Error.Kind != AiqErrorKind.ContactNotFound)
            {
                await GiveBackAllAsync(unverifiedBudgets, cancellationToken);
                return new VerificationOutcome(lookup.IsSuccess ? VerificationOutcomeKind.SignupNotAllowed : VerificationOutcomeKind.Unavailable);
            }

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
            {
                await GiveBackAllAsync(unverifiedBudgets, cancellationToken);
                return new VerificationOutcome(VerificationOutcomeKind.Unavailable);
            }

            var customer = WithIdentity(await _store.GetAsync(customerScope, cancellationToken), identity);
            if (!skipPin)
            {
                if (signup.Value?.ContactId is { } joinedId)
                    await consentLog.SetContactIdAsync(consentId, joinedId, cancellationToken);

                // The member exists now: the code AIQ texts opens the wallet. The send counts on both scopes.
                var sent = await client.SendVerificationCodeAsync(identity, cancellationToken);
                if (!sent.IsSuccess)
                {
                    await _store.SaveAsync(identityScope, person with { NotMemberAt = null }, cancellationToken);
                    await _store.SaveAsync(customerScope, customer, cancellationToken);
                    return new VerificationOutcome(VerificationOutcomeKind.Unavailable);
                }

                await _store.SaveAsync(identityScope, person with { State = _policy.RecordSent(person.State, now), NotMemberAt = null }, cancellationToken);
                await _store.SaveAsync(customerScope, customer with { State = _policy.RecordSent(customer.State, now) }, cancellationToken);
                return new VerificationOutcome(VerificationOutcomeKind.JoinedCodeSent) { RetryAt = now + _policy.Options.ResendCooldown };
            }

            var wallet = await client.GetWalletAsync(identity, cancellationToken: cancellationToken);
            if (!wallet.HasValue)
                return new VerificationOutcome(VerificationOutcomeKind.Unavailable);

            var contactId = AiqIdentifier.Clean(wallet.Value.ContactId) ?? AiqIdentifier.Clean(signup.Value?.ContactId);
            if (contactId is not null)
                await consentLog.SetContactIdAsync(consentId, contactId, cancellationToken);

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
        var before = await _store.GetAsync(scope, cancellationToken);
        var customer = WithIdentity(before, ownIdentity);
        var now = _clock.GetUtcNow();
        await _store.SaveAsync(scope, customer with { State = _policy.RecordSuccess(customer.State, now), ContactId = AiqIdentifier.Clean(wallet.Value.ContactId) }, cancellationToken);
        return Verified(wallet.Value, now) with { IdentityChanged = before.Identity is not null && before.Identity != ownIdentity };
    }

    /// <summary>Reads a fresh wallet for a customer whose verification is still valid.</summary>
    public async Task<VerificationOutcome> RefreshWalletAsync(IAiqClient client, int storeId, int customerId, CancellationToken cancellationToken = default)
    {
        var customer = await _store.GetAsync(VerificationScope.ForCustomer(storeId, customerId), cancellationToken);
        var now = _clock.GetUtcNow();
        if (customer.Identity is null || !_policy.IsVerified(customer.State, now))
            return new VerificationOutcome(VerificationOutcomeKind.NotVerified);

        var wallet = await client.GetWalletAsync(customer.Identity, cancellationToken: cancellationToken);
        if (!wallet.HasValue)
            return new VerificationOutcome(VerificationOutcomeKind.Unavailable);

        // AIQ's wallet call may leave the contact id out (only the PIN call is known to return it): the verification has it.
        var view = WalletOfferMapper.Map(wallet.Value, now);
        return new VerificationOutcome(VerificationOutcomeKind.Verified) { Wallet = view.ContactId is null ? view with { ContactId = customer.ContactId } : view };
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

    /// <summary>
    /// The customer's record on <paramref name="identity"/>: unchanged when it already is, otherwise
    /// without the previous identity's verification, code and contact (a verification belongs to the
    /// exact identity verified).
    /// </summary>
    private static VerificationRecord WithIdentity(VerificationRecord customer, ContactIdentity identity) =>
        customer.Identity == identity
            ? customer
            : customer with { Identity = identity, ContactId = null, State = customer.State with { VerifiedAt = null, CodeSentAt = null } };

    /// <summary>The budgets a code check is taken from: the identity's wrong codes, the client's, the store's.</summary>
    private List<RateBudget> FailureBudgets(int storeId, VerificationScope identityScope, string? clientAddress)
    {
        var budgets = new List<RateBudget>
        {
            // First, the identity's own cap, atomic: however many sessions guess in parallel, at most this many reach AIQ.
            new(storeId, IdentityCounterKey("fail", identityScope), _policy.Options.MaxFailedAttempts, _policy.Options.LockoutDuration),
            new(storeId, "fail:store", _limits.StoreFailuresPerHour, Hour)
        };
        budgets.AddRange(ClientBudget(storeId, "fail", clientAddress, _limits.FailuresPerClientPerHour, Hour));
        return budgets;
    }

    /// <summary>
    /// The budgets a code send is taken from, atomically in the database: the identity's resend wait
    /// (one send per cooldown) and its sends per window, then the client address's. The policy's check
    /// on the verification rows says why a send is refused; these decide it when two store instances
    /// send at the same moment.
    /// </summary>
    private List<RateBudget> SendBudgets(int storeId, VerificationScope identityScope, string? clientAddress)
    {
        var budgets = new List<RateBudget>
        {
            new(storeId, IdentityCounterKey("send-wait", identityScope), 1, _policy.Options.ResendCooldown),
            new(storeId, IdentityCounterKey("send", identityScope), _policy.Options.MaxCodesPerWindow, _policy.Options.CodeSendWindow)
        };
        budgets.AddRange(ClientBudget(storeId, "send", clientAddress, _limits.CodesPerClientPerHour, Hour));
        return budgets;
    }

    /// <summary>A per-client-address budget, or none when the address is unknown.</summary>
    private static List<RateBudget> ClientBudget(int storeId, string what, string? clientAddress, int limit, TimeSpan window) =>
        string.IsNullOrWhiteSpace(clientAddress) ? [] : [new RateBudget(storeId, $"{what}:ip:{ClientKey(clientAddress)}", limit, window)];

    /// <summary>A phone or email as a counter key: hashed, so the counter table holds no contacts and keys stay short.</summary>
    public static string IdentityCounterKey(string what, VerificationScope identityScope)
    {
        ArgumentNullException.ThrowIfNull(identityScope);
        return $"{what}:id:{ClientKey(identityScope.Key)}";
    }

    /// <summary>Every budget key of one phone or email (wrong codes, sends, the resend wait): what erasing the identity deletes.</summary>
    public static IReadOnlyList<string> IdentityCounterKeys(VerificationScope identityScope) =>
        [IdentityCounterKey("fail", identityScope), IdentityCounterKey("send", identityScope), IdentityCounterKey("send-wait", identityScope)];

    /// <summary>The client address as a counter key: hashed, so the table holds no addresses.</summary>
    public static string ClientKey(string clientAddress) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(clientAddress.Trim().ToLowerInvariant())))[..32];

    /// <summary>Takes one unit from every budget, or none: a refusal gives back what was taken.</summary>
    private async Task<bool> TryTakeAllAsync(IReadOnlyList<RateBudget> budgets, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var i = 0; i < budgets.Count; i++)
        {
            if (await _counter.TryTakeAsync(budgets[i], now, cancellationToken))
                continue;
            await GiveBackAllAsync(budgets.Take(i).ToList(), cancellationToken);
            return false;
        }

        return true;
    }

    private async Task GiveBackAllAsync(IReadOnlyList<RateBudget> budgets, CancellationToken cancellationToken)
    {
        foreach (var budget in budgets)
            await _counter.GiveBackAsync(budget, cancellationToken);
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
