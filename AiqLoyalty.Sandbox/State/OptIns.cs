using System.Text.Json.Serialization;

namespace AiqLoyalty.Sandbox.State;

/// <summary>Consent flags exactly as last received from a signup (null: never sent).</summary>
/// <param name="Loyalty">The <c>loyalty</c> flag.</param>
/// <param name="SmsOptIn">The <c>smsoptin</c> flag.</param>
/// <param name="EmailOptIn">The <c>emailOptIn</c> flag.</param>
public sealed record OptIns(
    [property: JsonPropertyName("loyalty")] bool? Loyalty,
    [property: JsonPropertyName("smsoptin")] bool? SmsOptIn,
    [property: JsonPropertyName("emailOptIn")] bool? EmailOptIn);
