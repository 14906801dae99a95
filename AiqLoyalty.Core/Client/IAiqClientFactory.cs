namespace AiqLoyalty.Core.Client;

/// <summary>Creates a client for one account's credentials (stores may each have their own).</summary>
public interface IAiqClientFactory
{
    /// <summary>Creates a client; invalid options give a client whose every call fails with <see cref="AiqErrorKind.InvalidConfiguration"/>.</summary>
    IAiqClient Create(AiqClientOptions options);

    /// <summary>As <see cref="Create(AiqClientOptions)"/>, reporting every call the client makes to <paramref name="observer"/> (null: none).</summary>
    IAiqClient Create(AiqClientOptions options, IAiqCallObserver? observer);
}
