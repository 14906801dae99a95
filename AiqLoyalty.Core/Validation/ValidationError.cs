namespace AiqLoyalty.Core.Validation;

/// <summary>
/// A validation problem: a stable code the plugin can localize, and a plain-English default message.
/// </summary>
/// <param name="Code">Stable key such as <c>Aiq.Phone.WrongLength</c>; never changes once published.</param>
/// <param name="DefaultMessage">English text shown when no localized resource exists for <paramref name="Code"/>.</param>
public sealed record ValidationError(string Code, string DefaultMessage);
