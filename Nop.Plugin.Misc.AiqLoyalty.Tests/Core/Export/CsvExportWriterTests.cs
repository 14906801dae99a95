using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using AiqLoyalty.Core.Export;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Export;

[TestFixture]
public class CsvExportWriterTests
{
    #region Rows

    private sealed record Row(long Id, string? Name, long? Points, decimal? Total, DateTime? At);

    private static readonly CsvExportWriter<Row> Writer = new(
    [
        CsvColumn<Row>.Integer("Id", row => row.Id),
        CsvColumn<Row>.Text("Name", row => row.Name),
        CsvColumn<Row>.Integer("Points", row => row.Points),
        CsvColumn<Row>.Decimal("Total", row => row.Total),
        CsvColumn<Row>.UtcTime("AtUtc", row => row.At)
    ]);

    private static async Task<string> WriteAsync(params Row[] rows)
    {
        using var destination = new MemoryStream();
        await Writer.WriteAsync(destination, AsAsync(rows));
        return Encoding.UTF8.GetString(destination.ToArray());
    }

    private static async IAsyncEnumerable<Row> AsAsync(IEnumerable<Row> rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    #endregion

    #region Format

    [Test]
    [SetCulture("de-DE")]
    public async Task NumbersAndTimesAreCultureInvariant_TextIsQuotedAsRfc4180Asks()
    {
        var csv = await WriteAsync(
            new Row(1, "15% OFF, every visit", 1234567, 1234.50m, new DateTime(2025, 1, 31, 14, 5, 9, DateTimeKind.Unspecified)),
            new Row(2, "Say \"hi\"\nthen go", -5, -0.25m, new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc)),
            new Row(3, null, null, null, null));

        Assert.That(csv, Is.EqualTo(
            "\uFEFFId,Name,Points,Total,AtUtc\r\n" +
            "1,\"15% OFF, every visit\",1234567,1234.50,2025-01-31T14:05:09Z\r\n" +
            "2,\"Say \"\"hi\"\"\nthen go\",-5,-0.25,2025-12-01T00:00:00Z\r\n" +
            "3,,,,\r\n"));
    }

    [TestCase("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [TestCase("+1 (303) 555-0101", "\"'+1 (303) 555-0101\"")]
    [TestCase("-10 points", "\"'-10 points\"")]
    [TestCase("@SUM(A1)", "\"'@SUM(A1)\"")]
    [TestCase("\tcmd", "\"'\tcmd\"")]
    [TestCase("\rcmd", "\"'\rcmd\"")]
    [TestCase("Plain", "Plain")]
    [TestCase("a=b", "a=b")]
    public async Task TextThatStartsLikeAFormula_IsEscapedAsText(string name, string expectedCell)
    {
        var csv = await WriteAsync(new Row(1, name, -5, null, null));

        Assert.That(csv.Split("\r\n")[1], Is.EqualTo($"1,{expectedCell},-5,,"), "numbers are never escaped, so -5 stays a number");
    }

    [Test]
    public void HeadersMustBeUniqueAndPresent()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => _ = new CsvExportWriter<Row>([CsvColumn<Row>.Integer("Id", r => r.Id), CsvColumn<Row>.Text("id", r => r.Name)]));
            Assert.Throws<ArgumentException>(() => _ = new CsvExportWriter<Row>([]));
            Assert.That(Writer.Headers, Is.EqualTo(new[] { "Id", "Name", "Points", "Total", "AtUtc" }));
        });
    }

    [Test]
    public async Task NothingToExport_IsTheHeaderAlone()
    {
        Assert.That(await WriteAsync(), Is.EqualTo("\uFEFFId,Name,Points,Total,AtUtc\r\n"));
    }

    #endregion

    #region Streaming

    /// <summary>Audit-sized rows (about 90 bytes), generated one at a time so the source holds nothing.</summary>
    private static async IAsyncEnumerable<Row> GenerateAsync(int count, Action<int>? probe = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 1; i <= count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            probe?.Invoke(i);
            yield return new Row(100_000 + i, $"Reward {i % 97}: 15% OFF, every visit", i % 5000, i / 100m, start.AddSeconds(i));
            if (i % 1000 == 0)
                await Task.Yield();
        }
    }

    private sealed record ExportFigures(long Rows, long Bytes, long BytesAtHalf, long LiveBaseline, long LivePeak, long Allocated, TimeSpan Elapsed)
    {
        public long PeakGrowth => LivePeak - LiveBaseline;

        public override string ToString() =>
            $"{Rows:N0} rows, {Bytes / 1048576.0:F1} MiB of CSV in {Elapsed.TotalMilliseconds:N0} ms; live heap {LiveBaseline / 1048576.0:F2} MiB before, " +
            $"peak {LivePeak / 1048576.0:F2} MiB during (growth {PeakGrowth / 1048576.0:F2} MiB); allocated {Allocated / 1048576.0:F1} MiB in all; " +
            $"{BytesAtHalf / 1048576.0:F1} MiB had reached the destination when half the rows were read";
    }

    /// <summary>
    /// Exports <paramref name="rows"/> generated rows into <paramref name="destination"/>, measuring the live
    /// heap after a full collection every 10,000 rows (what the export holds on to) and the bytes allocated.
    /// </summary>
    private static async Task<ExportFigures> MeasureAsync(int rows, Stream destination, Func<long> bytesSoFar)
    {
        await Writer.WriteAsync(Stream.Null, GenerateAsync(1_000)); // JIT and CsvHelper's first-use costs outside the figures
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        long atHalf = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var written = await Writer.WriteAsync(destination, GenerateAsync(rows, i =>
        {
            if (i % 10_000 == 0)
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            if (i == rows / 2)
                atHalf = bytesSoFar();
        }));

        clock.Stop();
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
        return new ExportFigures(written, bytesSoFar(), atHalf, baseline, peak, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, clock.Elapsed);
    }

    /// <summary>Live-heap growth an export may show: CsvHelper's 64 KiB buffer and change, far below the 7 MiB file.</summary>
    private const long FlatBound = 2 * 1024 * 1024;

    [Test]
    [NonParallelizable]
    public async Task HundredThousandRows_StreamToTheDestinationWithFlatMemory()
    {
        const int Rows = 100_000;
        var destination = new CountingStream();

        var figures = await MeasureAsync(Rows, destination, () => destination.BytesWritten);
        TestContext.Out.WriteLine($"streamed export: {figures}; {destination.Writes:N0} asynchronous writes");

        Assert.Multiple(() =>
        {
            Assert.That(figures.Rows, Is.EqualTo(Rows));
            Assert.That(destination.LineFeeds, Is.EqualTo(Rows + 1), "the header and every row, each ending in CRLF");
            Assert.That(figures.Bytes, Is.GreaterThan(3 * FlatBound), "the file is much larger than the bound, so holding it would break the bound");
            Assert.That(figures.PeakGrowth, Is.LessThan(FlatBound), "the export holds a buffer, not the file");
            Assert.That(figures.BytesAtHalf, Is.GreaterThan(figures.Bytes * 2 / 5), "rows reach the destination while later rows are still being read");
            Assert.That(destination.Writes, Is.GreaterThan(100), "written in buffer-sized pieces as it goes");
        });
    }

    [Test]
    [NonParallelizable]
    public async Task TheMemoryBoundCatchesAnExportHeldInMemory()
    {
        // The same export into a MemoryStream, as a File(bytes) result would hold it: the check above would fail.
        using var buffered = new MemoryStream();

        var figures = await MeasureAsync(100_000, buffered, () => buffered.Length);
        TestContext.Out.WriteLine($"buffered export (control): {figures}");

        Assert.That(figures.PeakGrowth, Is.GreaterThan(FlatBound));
    }

    [Test]
    public void AStoppedDownloadStopsReadingRows()
    {
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        Assert.That(async () => await Writer.WriteAsync(new CountingStream(), GenerateAsync(100_000, i =>
        {
            read = i;
            if (i == 5_000)
                cancellation.Cancel();
        }, cancellation.Token), cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(read, Is.LessThanOrEqualTo(5_001));
    }

    #endregion
}
