using AiqLoyalty.Sandbox.Models;
using AiqLoyalty.Sandbox.State;

namespace AiqLoyalty.Sandbox.Messaging;

/// <summary>Stands in for AIQ's SMS/email delivery: prints the code line to a writer (the console).</summary>
public sealed class CodePrinter(TextWriter writer)
{
    private readonly TextWriter _writer = TextWriter.Synchronized(writer);

    /// <summary>The text AIQ sends, per its guide [DOC].</summary>
    public static string MessageFor(SentCode sent) => $"Your code to unlock rewards is: {sent.Code}";

    /// <summary>Prints <c>[sandbox] SMS to 3035550101: Your code to unlock rewards is: 1234</c> (or "Email to").</summary>
    public async Task PrintAsync(ShopperIdentity identity, SentCode sent)
    {
        var channel = identity.Phone is not null ? $"SMS to {identity.Phone}" : $"Email to {identity.Email}";
        await _writer.WriteLineAsync($"[sandbox] {channel}: {MessageFor(sent)}");
        await _writer.FlushAsync();
    }
}
