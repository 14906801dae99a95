namespace AiqLoyalty.Core.Wire;

/// <summary>A key/value attribute on a contact.</summary>
public sealed record CustomAttribute(string Key, string Value);
