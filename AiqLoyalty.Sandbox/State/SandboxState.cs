using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AiqLoyalty.Sandbox.Data;
using AiqLoyalty.Sandbox.Faults;
using AiqLoyalty.Sandbox.Http;
using AiqLoyalty.Sandbox.Models;

namespace AiqLoyalty.Sandbox.State;

/// <summary>
/// Everything the sandbox remembers, in memory, behind one lock. <see cref="Reset"/> returns it to
/// the seed. Operations used by the endpoints are internal; the public members are for tests.
/// </summary>
public sealed partial class SandboxState
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, JsonObject> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TemplateInfo> _templateInfo = new(StringComparer.Ordinal);
    private readonly List<ShopperRecord> _shoppers = [];
    private readonly Dictionary<(string ContactId, string TemplateId), string> _tokens = [];
    private readonly Dictionary<string, (string ContactId, string TemplateId)> _tokenOwners = new(StringComparer.Ordinal);
    private readonly List<CartRecord> _carts = [];
    private readonly List<FaultSpec> _faults = [];
    private readonly SortedDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _pathCalls = new(StringComparer.Ordinal);
    private int _cartSequence;

    /// <summary>Creates the state from a seed (validated here too, for seeds built in code).</summary>
    /// <param name="seed">The data set to start from and reset to.</param>
    /// <param name="time">The clock for code expiry and timestamps; the system clock if null.</param>
    public SandboxState(SandboxSeed seed, TimeProvider? time = null)
    {
        SeedValidator.Validate(seed);
        Seed = seed;
        Time = time ?? TimeProvider.System;
        Reset();
    }

    /// <summary>The seed this state resets to.</summary>
    public SandboxSeed Seed { get; }

    /// <summary>The clock used for code expiry and timestamps.</summary>
    public TimeProvider Time { get; }

    /// <summary>Back to the seed: shoppers, codes, tokens, carts, faults and call counts.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _templates.Clear();
            _templateInfo.Clear();
            foreach (var template in Seed.Templates)
            {
                var info = TemplateInfo.From(template);
                _templates[info.Id] = (JsonObject)template.DeepClone();
                _templateInfo[info.Id] = info;
            }

            _shoppers.Clear();
            _shoppers.AddRange(Seed.Shoppers.Select(s => new ShopperRecord
            {
                ContactId = s.ContactID,
                Phone = s.Phone,
                Email = s.Email,
                FirstName = s.FirstName,
                LastName = s.LastName,
                LoyaltyPoints = s.LoyaltyPoints,
                HidePointsInWallet = s.HidePointsInWallet,
                TemplateIds = [.. s.TemplateIds],
            }));

            _tokens.Clear();
            _tokenOwners.Clear();
            _carts.Clear();
            _cartSequence = 0;
            _faults.Clear();
            _calls.Clear();
            _pathCalls.Clear();
        }
    }

    /// <summary>The account UID an API key belongs to, or null for an unknown key.</summary>
    public string? UidForApiKey(string apiKey) => Seed.ApiKeys.GetValueOrDefault(apiKey);

    /// <summary>A snapshot of a shopper found by phone, email or contact id; null if none.</summary>
    public ShopperView? GetShopper(string phoneEmailOrContactId)
    {
        lock (_gate)
        {
            var shopper = _shoppers.Find(s => s.ContactId == phoneEmailOrContactId)
                ?? FindShopper(ShopperIdentity.FromPii(phoneEmailOrContactId));
            return shopper?.ToView();
        }
    }

    /// <summary>
    /// Puts a seeded template in a shopper's wallet (as a merchant's campaign would), so a test can give a
    /// fresh member a reward that costs points; false for an unknown shopper or template.
    /// </summary>
    public bool GiveTemplate(string phoneEmailOrContactId, string templateId)
    {
        lock (_gate)
        {
            var shopper = _shoppers.Find(s => s.ContactId == phoneEmailOrContactId)
                ?? FindShopper(ShopperIdentity.FromPii(phoneEmailOrContactId));
            if (shopper is null || !_templateInfo.ContainsKey(templateId))
                return false;

            if (!shopper.TemplateIds.Contains(templateId))
                shopper.TemplateIds.Add(templateId);
            return true;
        }
    }

    private ShopperRecord? FindShopper(ShopperIdentity identity) => identity.Phone is not null
        ? _shoppers.Find(s => s.Phone == identity.Phone)
        : _shoppers.Find(s => Pii.SameEmail(s.Email, identity.Email));

    private static string RandomToken(int length) => RandomNumberGenerator.GetHexString(length, lowercase: true);
}
