namespace AiqLoyalty.Core.Redemption;

/// <summary>Backoff for redemption retries.</summary>
public sealed class RetryScheduleOptions
{
    /// <summary>Ceiling of the first retry's delay; doubles with every attempt. Default 30 seconds.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest ceiling of any delay. Default 30 minutes.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Attempts in all (the first included) before the claim fails for good. Default 8.</summary>
    public int MaxAttempts { get; set; } = 8;
}
