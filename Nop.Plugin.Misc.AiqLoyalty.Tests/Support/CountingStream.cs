namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

/// <summary>
/// A write-only destination that keeps only counts (and the first bytes), like a response body whose
/// bytes leave at once; it refuses synchronous writes and flushes, as Kestrel does by default.
/// </summary>
internal sealed class CountingStream : Stream
{
    private readonly MemoryStream _head = new();
    private readonly int _headLimit;

    public CountingStream(int headLimit = 4096) => _headLimit = headLimit;

    /// <summary>Bytes written so far.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>Line feeds written so far (one per record when no field holds a line break).</summary>
    public long LineFeeds { get; private set; }

    /// <summary>Runs after each write (e.g. to sample memory while an export is under way).</summary>
    public Action? OnWrite { get; set; }

    /// <summary>Asynchronous writes so far.</summary>
    public int Writes { get; private set; }

    /// <summary>The first bytes written, up to the limit given.</summary>
    public byte[] Head => _head.ToArray();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Writes++;
        BytesWritten += buffer.Length;
        LineFeeds += buffer.Span.Count((byte)'\n');
        var room = _headLimit - (int)_head.Length;
        if (room > 0)
            _head.Write(buffer.Span[..Math.Min(room, buffer.Length)]);
        OnWrite?.Invoke();
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous writes are not allowed.");
    public override void Flush() => throw new InvalidOperationException("Synchronous flushes are not allowed.");
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
