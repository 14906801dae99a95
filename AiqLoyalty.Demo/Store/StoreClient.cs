using System.Net;
using AiqLoyalty.Demo.Cli;
using AiqLoyalty.Demo.Html;

namespace AiqLoyalty.Demo.Store;

/// <summary>
/// A browser-like session with the store: one cookie jar (nopCommerce's customer, antiforgery and
/// authentication cookies), a browser's user agent, redirects seen rather than followed so each step
/// can tell success (a redirect) from a page shown again with errors.
/// </summary>
public sealed class StoreClient : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>Creates a session with the store at <paramref name="baseUrl"/>.</summary>
    public StoreClient(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        BaseUrl = baseUrl;
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            UseCookies = true,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All
        };
        // Per-request timeouts (the install wizard takes minutes) come from the caller's token.
        _http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(DemoDefaults.UserAgent);
    }

    /// <summary>The store's address.</summary>
    public Uri BaseUrl { get; }

    /// <summary>GET without following redirects.</summary>
    public async Task<StorePage> GetAsync(string path, CancellationToken ct)
    {
        using var response = await _http.GetAsync(path, ct);
        return await ReadAsync(response, ct);
    }

    /// <summary>GET, following up to five redirects within the store.</summary>
    public async Task<StorePage> GetFollowingAsync(string path, CancellationToken ct)
    {
        var page = await GetAsync(path, ct);
        for (var hops = 0; page.IsRedirect && page.Location is not null && hops < 5; hops++)
            page = await GetAsync(page.Location.IsAbsoluteUri ? page.Location.PathAndQuery : page.Location.OriginalString, ct);
        return page;
    }

    /// <summary>POSTs form fields (url-encoded) without following redirects.</summary>
    public async Task<StorePage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken ct)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await _http.PostAsync(path, content, ct);
        return await ReadAsync(response, ct);
    }

    /// <summary>
    /// Asks nopCommerce to restart (the install wizard's or the admin's restart action). Outside IIS
    /// the application only stops; whoever runs it starts it again. A connection dropped while it
    /// stops is that stop happening, not an error.
    /// </summary>
    public async Task RequestRestartAsync(string path, CancellationToken ct)
    {
        try
        {
            using var request = CancellationTokenSource.CreateLinkedTokenSource(ct);
            request.CancelAfter(TimeSpan.FromSeconds(60));
            var page = await GetAsync(path, request.Token);
            if ((int)page.Status >= 400)
                throw new DemoStepException($"GET {path} answered HTTP {(int)page.Status}: the restart was not accepted");
        }
        catch (HttpRequestException)
        {
            // the store closed the connection while stopping
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // stopping took the answer with it; the caller waits for the process to exit
        }
    }

    /// <summary>The page's antiforgery token (the first one), or a step error naming the page.</summary>
    public static string TokenOf(StorePage page, string path) =>
        HtmlForm.FirstValue(page.Body, DemoDefaults.AntiforgeryField) is { Length: > 0 } token
            ? token
            : throw new DemoStepException($"{path} carries no antiforgery token (HTTP {(int)page.Status}): is this a nopCommerce 4.90 store?");

    /// <summary>
    /// Waits until the server (the store, or the sandbox) answers any request with a status below 500,
    /// while <paramref name="processAlive"/> says its process still runs (one that stopped never answers).
    /// </summary>
    public async Task<HttpStatusCode> WaitUntilAnswersAsync(Func<bool> processAlive, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(processAlive);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (!processAlive())
                throw new DemoStepException($"the process exited before anything answered at {BaseUrl}");
            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
                attempt.CancelAfter(TimeSpan.FromSeconds(30));
                using var response = await _http.GetAsync("/", HttpCompletionOption.ResponseHeadersRead, attempt.Token);
                if ((int)response.StatusCode < 500)
                    return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                // a start-up that has not finished its first request yet
            }

            if (DateTime.UtcNow >= deadline)
                throw new DemoStepException($"nothing answered at {BaseUrl} within {timeout.TotalSeconds:0} s");
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static async Task<StorePage> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        return new StorePage(response.StatusCode, response.Headers.Location, body);
    }
}
