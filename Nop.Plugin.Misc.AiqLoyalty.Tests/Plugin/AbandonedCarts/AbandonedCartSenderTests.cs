using AiqLoyalty.Core.Carts.Wire;
using AiqLoyalty.Core.Client;
using Moq;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Plugin.AbandonedCarts;

/// <summary>The sender alone: how AIQ's answers and a stopped run end up on the sync row and the run.</summary>
[TestFixture]
public class AbandonedCartSenderTests
{
    private const int StoreId = 1;

    private static AbandonedCartWork Work(CartWorld world, int customerId, AiqCartSync? existing = null, string fingerprint = "f1") =>
        new(new AbandonedCartCandidate { CustomerId = customerId, LastChangeUtc = world.Now.AddHours(-2) }, existing,
            new CartPayload
            {
                CartId = $"nop-{StoreId}-{customerId}",
                Status = "Abandoned",
                Products = [],
                Totals = new CartPayloadTotals(),
                Store = new CartPayloadStore(),
                Customer = new CartPayloadCustomer()
            },
            fingerprint, null, "a***@example.com", 1, 11m);

    [Test]
    public async Task RefusedCredentialsFailTheCartAndStopTheStoresRun()
    {
        var world = new CartWorld { Answer = (_, _) => AiqResult.Fail(new AiqError(AiqErrorKind.Unauthorized, "Please provide a valid API key", 403)) };
        var result = new AbandonedCartSyncResult();
        using var control = new AbandonedCartRunControl(result, world.Now.AddMinutes(1));

        var outcome = await world.CreateSender().ProcessAsync(StoreId, Work(world, 10), world.Client.Object, control);

        var row = world.RowOf(10);
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(AbandonedCartOutcome.Failed));
            Assert.That(row.StatusId, Is.EqualTo((int)CartSyncStatus.Failed));
            Assert.That(row.HttpStatus, Is.EqualTo(403));
            Assert.That(row.Error, Is.EqualTo("Unauthorized: Please provide a valid API key"));
            Assert.That(row.NextAttemptOnUtc, Is.Null);
            Assert.That(control.IsStopped, Is.True, "every other send of the store would be refused the same way");
            Assert.That(result.StopReason, Is.EqualTo("Unauthorized"));
        });
    }

    [Test]
    public async Task ATransientFailureOnTheLastAttemptFailsTheCart()
    {
        var world = new CartWorld { Answer = (_, _) => AiqResult.Fail(new AiqError(AiqErrorKind.Unavailable, "Service unavailable", 503)) };
        var maxAttempts = AbandonedCartDefaults.Backoff.MaxAttempts;
        var row = new AiqCartSync
        {
            Id = 1, StoreId = StoreId, CustomerId = 10, Fingerprint = "f1", StatusId = (int)CartSyncStatus.Retrying,
            Attempts = maxAttempts - 1, NextAttemptOnUtc = world.Now, CartUpdatedOnUtc = world.Now.AddHours(-2)
        };
        world.Syncs.Seed(row);
        using var control = new AbandonedCartRunControl(new AbandonedCartSyncResult(), world.Now.AddMinutes(1));

        var outcome = await world.CreateSender().ProcessAsync(StoreId, Work(world, 10, row), world.Client.Object, control);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(AbandonedCartOutcome.Failed));
            Assert.That(row.Attempts, Is.EqualTo(maxAttempts));
            Assert.That(row.StatusId, Is.EqualTo((int)CartSyncStatus.Failed));
            Assert.That(row.NextAttemptOnUtc, Is.Null, "a failed cart waits for the merchant's retry");
            Assert.That(control.IsStopped, Is.False, "one cart's failure does not stop the store's run");
        });
    }

    [Test]
    public async Task A429WithoutRetryAfterPausesTheStoreForTheFirstBackoffStep()
    {
        var world = new CartWorld { Answer = (_, _) => AiqResult.Fail(new AiqError(AiqErrorKind.RateLimited, "Too many requests", 429)) };
        var sender = world.CreateSender();
        using var control = new AbandonedCartRunControl(new AbandonedCartSyncResult(), world.Now.AddMinutes(1));

        var outcome = await sender.ProcessAsync(StoreId, Work(world, 10), world.Client.Object, control);

        var pausedUntil = world.Now + AbandonedCartDefaults.Backoff.BaseDelay;
        var pausedNow = await sender.IsRateLimitedAsync(StoreId, world.Now);
        var pausedAtItsEnd = await sender.IsRateLimitedAsync(StoreId, pausedUntil);
        var otherStorePaused = await sender.IsRateLimitedAsync(2, world.Now);
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(AbandonedCartOutcome.Retrying));
            Assert.That(world.RowOf(10).NextAttemptOnUtc, Is.EqualTo(pausedUntil));
            Assert.That(world.RowOf(10).HttpStatus, Is.EqualTo(429));
            Assert.That(control.Reason, Is.EqualTo("RateLimited"));
            Assert.That(pausedNow, Is.True);
            Assert.That(pausedAtItsEnd, Is.False, "the pause ends at the row's next attempt");
            Assert.That(otherStorePaused, Is.False, "another store is not paused");
        });
    }

    /// <summary>
    /// What the store run does with a batch: pre-write its rows, then (here: after the run was stopped)
    /// process the first cart and release the unsent rows. Returns the rows as they were right after
    /// the pre-write.
    /// </summary>
    /// <remarks>
    /// The pre-write is awaited as a plain <see cref="Task"/> and its result read once it completed:
    /// awaiting a Task of a nopCommerce entity type puts an awaiter of that type into the method's
    /// state machine, which then cannot be loaded while NUnit discovers tests (before the nopCommerce
    /// assembly resolver is registered), and NUnit would find no tests at all.
    /// </remarks>
    private static async Task<(AbandonedCartOutcome Outcome, List<(int CustomerId, int StatusId, int Attempts)> AfterPrewrite)> PrewriteThenStoppedSendAsync(
        CartWorld world, AbandonedCartWork[] batch, AbandonedCartRunControl control, string stopReason)
    {
        var sender = world.CreateSender();
        var prewriting = sender.PrewriteNewRowsAsync(StoreId, batch);
        await (Task)prewriting;
        var prewritten = prewriting.Result;
        var afterPrewrite = world.Syncs.Rows.Select(row => (row.CustomerId, row.StatusId, row.Attempts)).ToList();

        control.Stop(stopReason);
        var outcome = await sender.ProcessAsync(StoreId, batch[0], world.Client.Object, control, prewritten[batch[0].Candidate.CustomerId]);
        await sender.ReleaseUnsentAsync(prewritten.Values, control);
        return (outcome, afterPrewrite);
    }

    [Test]
    public async Task RowsWrittenBeforeTheRunStoppedAreReleasedWithoutAnAttempt()
    {
        var world = new CartWorld();
        using var control = new AbandonedCartRunControl(new AbandonedCartSyncResult(), world.Now.AddMinutes(1));

        var (outcome, afterPrewrite) = await PrewriteThenStoppedSendAsync(world, [Work(world, 10), Work(world, 11)], control, "RateLimited");

        Assert.Multiple(() =>
        {
            Assert.That(afterPrewrite, Is.EquivalentTo(new[] { (10, (int)CartSyncStatus.Sending, 1), (11, (int)CartSyncStatus.Sending, 1) }),
                "the new carts' rows were not written as Sending before any send");
            Assert.That(outcome, Is.EqualTo(AbandonedCartOutcome.NotStarted));
            Assert.That(world.Sent, Is.Empty);
            Assert.That(world.Syncs.Rows.Select(row => row.StatusId), Is.All.EqualTo((int)CartSyncStatus.Retrying));
            Assert.That(world.Syncs.Rows.Select(row => row.Attempts), Is.All.EqualTo(0));
            Assert.That(world.Syncs.Rows.Select(row => row.NextAttemptOnUtc), Is.All.EqualTo(world.Now));
            Assert.That(world.Syncs.Rows.Select(row => row.Error), Is.All.EqualTo("Not sent: the run stopped (RateLimited)."));
        });
    }

    [Test]
    public async Task NoSendStartsOnceTheDeadlineHasPassed()
    {
        var world = new CartWorld();
        var result = new AbandonedCartSyncResult();
        using var control = new AbandonedCartRunControl(result, world.Now);

        var outcome = await world.CreateSender().ProcessAsync(StoreId, Work(world, 10), world.Client.Object, control);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(AbandonedCartOutcome.NotStarted));
            Assert.That(world.Sent, Is.Empty);
            Assert.That(result.StopReason, Is.EqualTo("RunBudget"));
            Assert.That(world.RowOf(10).StatusId, Is.EqualTo((int)CartSyncStatus.Retrying));
            Assert.That(world.RowOf(10).Attempts, Is.EqualTo(0));
        });
    }

    [Test]
    public async Task TwoRunsReadingTheSameRetryingCartSendItOnce()
    {
        var world = new CartWorld { Answer = (_, _) => AiqResult.Ok() };
        world.Syncs.Seed(new AiqCartSync
        {
            Id = 1, StoreId = StoreId, CustomerId = 10, Fingerprint = "f1", StatusId = (int)CartSyncStatus.Retrying,
            Attempts = 1, NextAttemptOnUtc = world.Now, CartUpdatedOnUtc = world.Now.AddHours(-2)
        });
        // Both runs (two store instances, or "Run now" beside the schedule) selected the cart from the same read.
        var readByFirst = world.RowOf(10);
        var readBySecond = world.RowOf(10);
        using var control = new AbandonedCartRunControl(new AbandonedCartSyncResult(), world.Now.AddMinutes(1));

        var first = await world.CreateSender().ProcessAsync(StoreId, Work(world, 10, readByFirst), world.Client.Object, control);
        var second = await world.CreateSender().ProcessAsync(StoreId, Work(world, 10, readBySecond), world.Client.Object, control);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(AbandonedCartOutcome.Sent));
            Assert.That(second, Is.EqualTo(AbandonedCartOutcome.TakenByAnotherRun));
            Assert.That(world.RowOf(10).Attempts, Is.EqualTo(2), "taken once");
        });
        world.Client.Verify(c => c.SendAbandonedCartAsync(It.IsAny<object>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task ANewCartAnotherRunWroteFirstIsLeftToIt()
    {
        var world = new CartWorld { Answer = (_, _) => AiqResult.Ok() };
        var works = new[] { Work(world, 10), Work(world, 11) };

        var mine = Completed.Result(world.CreateSender().PrewriteNewRowsAsync(StoreId, [works[0]]));
        var theirs = Completed.Result(world.CreateSender().PrewriteNewRowsAsync(StoreId, works));
        using var control = new AbandonedCartRunControl(new AbandonedCartSyncResult(), world.Now.AddMinutes(1));
        var late = await world.CreateSender().ProcessAsync(StoreId, Work(world, 10), world.Client.Object, control);

        Assert.Multiple(() =>
        {
            Assert.That(mine.Keys, Is.EqualTo(new[] { 10 }));
            Assert.That(theirs.Keys, Is.EqualTo(new[] { 11 }), "the second run leaves cart 10 to the first");
            Assert.That(late, Is.EqualTo(AbandonedCartOutcome.TakenByAnotherRun), "a run that did not prewrite it cannot insert it either");
            Assert.That(world.Syncs.Rows, Has.Count.EqualTo(2));
        });
    }
}
