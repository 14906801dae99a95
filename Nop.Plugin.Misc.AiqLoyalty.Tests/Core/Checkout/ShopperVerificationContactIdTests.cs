using System.Net;
using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Verification;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Checkout;

/// <summary>The contact id AIQ sends is stored only when every database can hold it as it is (see AiqIdentifier).</summary>
[TestFixture]
public class ShopperVerificationContactIdTests
{
    private const int Store = 1;
    private const int Customer = 10;
    private static readonly ContactIdentity Ann = ContactIdentity.Phone(TestPhones.Ann);

    private StubHttpHandler _stub = null!;
    private InMemoryVerificationStore _store = null!;
    private ShopperVerification _flow = null!;

    [SetUp]
    public void SetUp()
    {
        _stub = new StubHttpHandler();
        _store = new InMemoryVerificationStore();
        _flow = new ShopperVerification(_store, new InMemoryExclusiveLock(), new VerificationPolicy(new VerificationPolicyOptions()), new InMemoryRateCounter(),
            new ShopperVerificationLimits(), new FakeTimeProvider(DateTimeOffset.UtcNow));
    }

    [TearDown]
    public void TearDown() => _stub.Dispose();

    private IAiqClient Client() =>
        new AiqClientFactory(new SingleHandlerFactory(_stub), NullLogger<AiqClient>.Instance, TimeProvider.System)
            .Create(new AiqClientOptions { BaseUrl = "https://aiq.example.test", ApiKey = "key", Uid = "1546", MaxRetries = 0 });

    private static string Wallet(string contactId) =>
        $$$"""{"success":true,"code":200,"data":{"contactID":"{{{contactId}}}","loyaltyPoints":10,"discountTemplates":[]}}""";

    [TestCase("c_ann", "c_ann")]
    [TestCase(" c_ann ", "c_ann")]
    [TestCase("c_\\ud83c\\udf81", null)]
    public async Task TheOwnWalletsContactIdIsStoredOnlyIfItFits(string sent, string? stored)
    {
        _stub.Answer(HttpStatusCode.OK, Wallet(sent));

        var outcome = await _flow.OpenOwnWalletAsync(Client(), Store, Customer, Ann);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Kind, Is.EqualTo(VerificationOutcomeKind.Verified));
            Assert.That(_store.Records[VerificationScope.ForCustomer(Store, Customer)].ContactId, Is.EqualTo(stored));
        });
    }

    [Test]
    public async Task AContactIdLongerThanTheColumnIsNotStored()
    {
        _stub.Answer(HttpStatusCode.OK, Wallet(new string('c', 101)));

        await _flow.OpenOwnWalletAsync(Client(), Store, Customer, Ann);

        Assert.That(_store.Records[VerificationScope.ForCustomer(Store, Customer)].ContactId, Is.Null);
    }
}
