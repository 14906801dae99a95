using FluentValidation;

namespace AiqLoyalty.Core.Client;

/// <summary>
/// Validates connection settings: an absolute https base URL (plain http only on loopback, for the
/// local sandbox), a key, a UID, and sane timeouts.
/// </summary>
public sealed class AiqClientOptionsValidator : AbstractValidator<AiqClientOptions>
{
    /// <summary>Creates the rules.</summary>
    public AiqClientOptionsValidator()
    {
        RuleFor(o => o.BaseUrl)
            .NotEmpty().WithErrorCode("Aiq.BaseUrl.Required").WithMessage("Enter the AIQ base URL.")
            .Must(BeAllowedBaseUrl).WithErrorCode("Aiq.BaseUrl.Invalid")
            .WithMessage("The AIQ base URL must be an absolute https:// address (http:// is allowed only for a sandbox on this machine).");

        RuleFor(o => o.ApiKey)
            .NotEmpty().WithErrorCode("Aiq.ApiKey.Required").WithMessage("Enter the AIQ API key.")
            .MaximumLength(512).WithErrorCode("Aiq.ApiKey.TooLong").WithMessage("The AIQ API key is too long.")
            .Must(key => key.All(c => c > ' ' && c < 127)).WithErrorCode("Aiq.ApiKey.Invalid")
            .WithMessage("The AIQ API key may not contain spaces or special characters.");

        RuleFor(o => o.Uid)
            .NotEmpty().WithErrorCode("Aiq.Uid.Required").WithMessage("Enter the AIQ UID (account id).")
            .Matches("^[A-Za-z0-9_-]{1,64}$").WithErrorCode("Aiq.Uid.Invalid")
            .WithMessage("The AIQ UID is the account id from AIQ's Settings > API & Tracking, usually 4 digits.");

        RuleFor(o => o.AttemptTimeout)
            .InclusiveBetween(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60)).WithErrorCode("Aiq.Timeout.Range")
            .WithMessage("The per-attempt timeout must be between 0.1 and 60 seconds.");

        RuleFor(o => o.TotalTimeout)
            .GreaterThanOrEqualTo(o => o.AttemptTimeout).WithErrorCode("Aiq.Timeout.Total")
            .WithMessage("The total timeout must be at least the per-attempt timeout.")
            .LessThanOrEqualTo(TimeSpan.FromSeconds(120)).WithErrorCode("Aiq.Timeout.Range")
            .WithMessage("The total timeout must be at most 120 seconds.");

        RuleFor(o => o.MaxRetries)
            .InclusiveBetween(0, 5).WithErrorCode("Aiq.Retries.Range").WithMessage("Retries must be between 0 and 5.");
    }

    /// <summary>True for an absolute https URL, or an http URL on a loopback host.</summary>
    public static bool BeAllowedBaseUrl(string? baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.UserInfo))
            return false;

        if (uri.Scheme == Uri.UriSchemeHttps)
            return true;

        return uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;
    }
}
