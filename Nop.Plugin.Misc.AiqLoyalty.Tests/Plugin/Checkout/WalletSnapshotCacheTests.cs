using AiqLoyalty.Core.Offers;
using Moq;
using Nop.Core.Caching;
using Nop.Core.Configuration;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.Checkout;

/// <summary>The last wallet, in nopCommerce's cache.</summary>
[TestFixture]
public class WalletSnapshotCacheTests
{
    private Dictionary<string, object> _cache = null!;
    private List<CacheKey> _setKeys = null!;
    private WalletSnapshotCache _wallets = null!;
    private Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = null!;

    [SetUp]
    public void SetUp()
    {
        // CacheKey reads the default cache time from the app settings.
        Singleton<AppSettings>.Instance ??= new AppSettings([new CacheConfig()]);
        _cache = [];
        _setKeys = [];
        var manager = new Mock<IStaticCacheManager>(MockBehavior.Strict);
        manager.Setup(m => m.PrepareKeyForDefaultCache(It.IsAny<CacheKey>(), It.IsAny<object[]>()))
            .Returns((CacheKey key, object[] parameters) => new CacheKey(string.Format(key.Key, parameters)));
        manager.Setup(m => m.GetAsync<string>(It.IsAny<CacheKey>(), It.IsAny<Func<string>>()))
            .Returns((CacheKey key, Func<string> acquire) => Task.FromResult(_cache.TryGetValue(key.Key, out var value) ? (string)value : acquire()));
        manager.Setup(m => m.SetAsync<string>(It.IsAny<CacheKey>(), It.IsAny<string>()))
            .Returns((CacheKey key, string value) =>
            {
                _setKeys.Add(key);
                _cache[key.Key] = value;
                return Task.CompletedTask;
            });
        manager.Setup(m => m.RemoveAsync(It.IsAny<CacheKey>(), It.IsAny<object[]>()))
            .Returns((CacheKey key, object[] parameters) =>
            {
                _cache.Remove(string.Format(key.Key, parameters));
                return Task.CompletedTask;
            });
        _clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        _wallets = new WalletSnapshotCache(manager.Object, _clock);
    }

    [Test]
    public async Task AWalletComesBackWholeForItsStoreAndCustomerOnly()
    {
        var wallet = new WalletView
        {
            ContactId = "c_ann",
            Points = 1200,
            Offers = [CheckoutWorld.TenOff, CheckoutWorld.FifteenPercent with { ExpiresAt = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero) }],
            NotOffered = [new RejectedTemplate("t-store", NotOfferedReason.InStoreOnly)]
        };

        await _wallets.SetAsync(1, 11, wallet, TimeSpan.FromMinutes(30));
        var back = await _wallets.GetAsync(1, 11);

        Assert.That(back, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(back!.ContactId, Is.EqualTo("c_ann"));
            Assert.That(back.Points, Is.EqualTo(1200));
            Assert.That(back.Offers, Is.EqualTo(wallet.Offers));
            Assert.That(back.NotOffered, Is.EqualTo(wallet.NotOffered));
            Assert.That(_setKeys.Single().CacheTime, Is.EqualTo(30));
        });
        Assert.That(await _wallets.GetAsync(1, 12), Is.Null, "another customer");
        Assert.That(await _wallets.GetAsync(2, 11), Is.Null, "another store");
    }

    [TestCase(0.2, 1)]
    [TestCase(1.5, 2)]
    [TestCase(0, 1)]
    public async Task TheLifetimeIsRoundedUpToWholeMinutesAtLeastOne(double minutes, int cacheTime)
    {
        await _wallets.SetAsync(1, 11, new WalletView(), TimeSpan.FromMinutes(minutes));

        Assert.That(_setKeys.Single().CacheTime, Is.EqualTo(cacheTime));
    }

    [Test]
    public async Task AFreshWalletIsOnlyOneReadFromAiqWithinTheMaximumAge()
    {
        await _wallets.SetAsync(1, 11, new WalletView { ContactId = "c_ann" }, TimeSpan.FromMinutes(30));

        _clock.Advance(TimeSpan.FromSeconds(60));
        Assert.That((await _wallets.GetFreshAsync(1, 11, TimeSpan.FromMinutes(1)))?.ContactId, Is.EqualTo("c_ann"), "exactly a minute old");
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.That(await _wallets.GetFreshAsync(1, 11, TimeSpan.FromMinutes(1)), Is.Null, "older than a minute");
        Assert.That((await _wallets.GetAsync(1, 11))?.ContactId, Is.EqualTo("c_ann"), "still there for rendering");
    }

    [Test]
    public async Task ARemovedWalletIsGone()
    {
        await _wallets.SetAsync(1, 11, new WalletView { ContactId = "c_ann" }, TimeSpan.FromMinutes(30));
        await _wallets.SetAsync(1, 12, new WalletView { ContactId = "c_bob" }, TimeSpan.FromMinutes(30));

        await _wallets.RemoveAsync(1, 11);

        Assert.That(await _wallets.GetAsync(1, 11), Is.Null);
        Assert.That((await _wallets.GetAsync(1, 12))?.ContactId, Is.EqualTo("c_bob"));
    }
}
