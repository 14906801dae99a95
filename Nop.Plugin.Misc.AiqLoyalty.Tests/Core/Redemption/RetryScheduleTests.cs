using AiqLoyalty.Core.Redemption;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Redemption;

[TestFixture]
public class RetryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly RetryScheduleOptions Options = new()
    {
        BaseDelay = TimeSpan.FromSeconds(10),
        MaxDelay = TimeSpan.FromSeconds(100),
        MaxAttempts = 6
    };

    [TestCase(1, 10)]
    [TestCase(2, 20)]
    [TestCase(3, 40)]
    [TestCase(4, 80)]
    [TestCase(5, 100)]
    [TestCase(500, 100)]
    public void DelayCeiling_DoublesAndIsCapped(int attemptsMade, int expectedSeconds)
    {
        var schedule = new RetrySchedule(Options, new FixedRandom(0.5));

        Assert.That(schedule.DelayCeiling(attemptsMade), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
    }

    [Test]
    public void Next_IsFullJitterOfTheCeiling()
    {
        var schedule = new RetrySchedule(Options, new FixedRandom(0.25));

        var decision = schedule.Next(3, Now);

        Assert.That(decision, Is.EqualTo(new RetryDecision(true, TimeSpan.FromSeconds(10), Now.AddSeconds(10))));
    }

    [Test]
    public void Next_AtMaxAttempts_GivesUp()
    {
        var schedule = new RetrySchedule(Options, new FixedRandom(0.5));

        Assert.Multiple(() =>
        {
            Assert.That(schedule.Next(5, Now).ShouldRetry, Is.True);
            Assert.That(schedule.Next(6, Now), Is.EqualTo(RetryDecision.GiveUp));
            Assert.That(schedule.Next(7, Now).NextAttemptAt, Is.Null);
        });
    }

    [Test]
    public void Next_WithASeededRandom_IsRepeatableAndWithinTheCeiling()
    {
        var first = new RetrySchedule(Options, new Random(42));
        var second = new RetrySchedule(Options, new Random(42));

        var a = Enumerable.Range(1, 5).Select(n => first.Next(n, Now).Delay).ToList();
        var b = Enumerable.Range(1, 5).Select(n => second.Next(n, Now).Delay).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(b));
            for (var n = 1; n <= 5; n++)
                Assert.That(a[n - 1], Is.GreaterThanOrEqualTo(TimeSpan.Zero).And.LessThan(first.DelayCeiling(n)));
        });
    }

    [Test]
    public void Constructor_RefusesNonsense()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new RetrySchedule(new RetryScheduleOptions { BaseDelay = TimeSpan.Zero }, Random.Shared), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new RetrySchedule(new RetryScheduleOptions { MaxDelay = TimeSpan.FromSeconds(1) }, Random.Shared), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new RetrySchedule(new RetryScheduleOptions { MaxAttempts = 0 }, Random.Shared), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new RetrySchedule(Options, Random.Shared).Next(0, Now), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    private sealed class FixedRandom(double value) : Random
    {
        public override double NextDouble() => value;

        protected override double Sample() => value;
    }
}
