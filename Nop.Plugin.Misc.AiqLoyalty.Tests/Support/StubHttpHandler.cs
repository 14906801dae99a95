using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

/// <summary>An HTTP handler that answers from a queue of canned responses and records requests.</summary>
public sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _answers = new();

    /// <summary>Requests seen, with their bodies read.</summary>
    public ConcurrentQueue<(HttpRequestMessage Request, string? Body)> Requests { get; } = new();

    /// <summary>Queues a response.</summary>
    public StubHttpHandler Answer(HttpStatusCode status, string body, string mediaType = "application/json")
    {
        _answers.Enqueue((_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) }));
        return this;
    }

    /// <summary>Queues a response after a delay (honouring cancellation).</summary>
    public StubHttpHandler AnswerAfter(TimeSpan delay, HttpStatusCode status, string body)
    {
        _answers.Enqueue(async (_, ct) =>
        {
            await Task.Delay(delay, ct);
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        });
        return this;
    }

    /// <summary>Queues a transport failure.</summary>
    public StubHttpHandler Fail(HttpRequestException exception)
    {
        _answers.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue((request, body));
        if (!_answers.TryDequeue(out var answer))
            throw new InvalidOperationException($"No canned answer left for {request.Method} {request.RequestUri}.");
        var response = await answer(request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
