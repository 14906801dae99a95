using System.Net;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Sandbox;

[TestFixture]
public sealed class MalformedJsonTests : SandboxTestBase
{
    private static readonly string[] Bodies = ["{\"phone\": ", "not json", "", "null"];

    private static IEnumerable<TestCaseData> Cases()
    {
        (string Method, string Path)[] routes =
        [
            ("POST", "api/v2/verify/contact/wallet"),
            ("POST", "api/v2/view/contact/wallet"),
            ("POST", "api/v2/wallet"),
            ("POST", "api/v2/loyalty"),
            ("POST", "api/v2/cart"),
            ("PUT", "api/v1.1/adjust/loyaltyPoints/1546/c_ann"),
        ];
        return from route in routes
               from body in Bodies
               select new TestCaseData(route.Method, route.Path, body).SetArgDisplayNames(route.Method, route.Path, body);
    }

    [TestCaseSource(nameof(Cases))]
    public async Task BadBody_Is400WithAnErrorBody(string method, string path, string body)
    {
        using var response = await SendAsync(new HttpMethod(method), path, Raw(body));

        var message = await AssertErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.That(message, Is.Not.Empty);
    }
}
