using AiqLoyalty.Sandbox.Http;
using AiqLoyalty.Sandbox.Models;

namespace AiqLoyalty.Sandbox.Data;

/// <summary>Checks a seed is self-consistent before the sandbox serves it.</summary>
public static class SeedValidator
{
    /// <summary>Throws <see cref="InvalidDataException"/> listing every problem found.</summary>
    public static void Validate(SandboxSeed seed)
    {
        var problems = new List<string>();
        if (seed.ApiKeys.Count == 0)
            problems.Add("apiKeys: at least one key is required");

        var templateIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in seed.Templates)
        {
            var id = JsonValues.AsText(template["id"]);
            if (string.IsNullOrEmpty(id) || !templateIds.Add(id))
                problems.Add($"templates: missing or duplicate id '{id}'");
        }

        var contactIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shopper in seed.Shoppers)
            CheckShopper(shopper, contactIds, templateIds, problems);

        problems.AddRange(seed.WelcomeTemplateIds
            .Where(id => !templateIds.Contains(id))
            .Select(id => $"welcomeTemplateIds: unknown template '{id}'"));
        if (seed.CodeLifetimeSeconds <= 0)
            problems.Add("codeLifetimeSeconds: must be positive");

        if (problems.Count > 0)
            throw new InvalidDataException("Invalid seed: " + string.Join("; ", problems));
    }

    private static void CheckShopper(SeedShopper shopper, HashSet<string> contactIds, HashSet<string> templateIds, List<string> problems)
    {
        var name = $"shopper '{shopper.ContactID}'";
        if (string.IsNullOrEmpty(shopper.ContactID) || !contactIds.Add(shopper.ContactID))
            problems.Add($"{name}: missing or duplicate contactID");

        if (shopper.Phone is null && shopper.Email is null)
            problems.Add($"{name}: needs a phone or an email");

        if (shopper.Phone is not null && !Pii.IsPhone(shopper.Phone))
            problems.Add($"{name}: phone must be 10 digits");

        if (shopper.LoyaltyPoints < 0)
            problems.Add($"{name}: loyaltyPoints may not be negative");

        problems.AddRange(shopper.TemplateIds
            .Where(id => !templateIds.Contains(id))
            .Select(id => $"{name}: unknown template '{id}'"));
    }
}
