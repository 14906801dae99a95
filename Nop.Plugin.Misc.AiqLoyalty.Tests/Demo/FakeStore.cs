using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Demo;

/// <summary>
/// A stand-in for the pages of nopCommerce the demo helper drives, on a loopback port: answers come
/// from routes the test registers, every request is recorded, unknown routes answer 404.
/// </summary>
public sealed class FakeStore : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<FakeStoreRequest, FakeStoreAnswer>> _routes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FakeStoreRequest> _requests = [];
    private readonly Task _loop;

    /// <summary>Starts listening on a free loopback port.</summary>
    public FakeStore()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
        }

        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The store's address.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The requests received so far.</summary>
    public IReadOnlyList<FakeStoreRequest> Requests
    {
        get
        {
            lock (_requests)
                return _requests.ToList();
        }
    }

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> (path and query) with <paramref name="answer"/>.</summary>
    public void On(string method, string path, Func<FakeStoreRequest, FakeStoreAnswer> answer) => _routes[$"{method} {path}"] = answer;

    /// <summary>The last request to <paramref name="path"/> with <paramref name="method"/>.</summary>
    public FakeStoreRequest Last(string method, string path) =>
        Requests.Last(r => r.Method == method && string.Equals(r.Path, path, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // stopping ends the loop's pending GetContextAsync
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var request = new FakeStoreRequest(context.Request.HttpMethod, context.Request.RawUrl ?? "/", ParseForm(body));
            lock (_requests)
                _requests.Add(request);

            var answer = _routes.TryGetValue($"{request.Method} {request.Path}", out var route) ? route(request) : new FakeStoreAnswer(404, "not found");
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = answer.ContentType;
            if (answer.Location is not null)
                context.Response.RedirectLocation = answer.Location;
            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static List<KeyValuePair<string, string>> ParseForm(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => new KeyValuePair<string, string>(Decode(parts[0]), parts.Length > 1 ? Decode(parts[1]) : string.Empty))
            .ToList();

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
