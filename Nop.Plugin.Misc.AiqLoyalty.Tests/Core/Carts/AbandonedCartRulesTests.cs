using AiqLoyalty.Core.Carts;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Carts;

[TestFixture]
public class AbandonedCartRulesTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly AbandonedCartOptions Options = new();

    private static CartSnapshot IdleCart(TimeSpan idle) => new()
    {
        LineCount = 2,
        LastChangedAt = Now - idle,
        HasPhone = true
    };

    [Test]
    public void Defaults_AreSixtyMinutesAndSevenDays_AndValid()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Options.IdleThreshold, Is.EqualTo(TimeSpan.FromMinutes(60)));
            Assert.That(Options.MaxAge, Is.EqualTo(TimeSpan.FromDays(7)));
            Assert.That(new AbandonedCartOptionsValidator().Validate(Options).IsValid, Is.True);
        });
    }

    [Test]
    public void IdleExactlyTheThreshold_IsAbandoned()
    {
        Assert.That(AbandonedCartRules.IsAbandoned(IdleCart(TimeSpan.FromMinutes(60)), Options, Now), Is.EqualTo(AbandonmentCheck.Abandoned));
    }

    [Test]
    public void JustUnderTheThreshold_IsTooRecent()
    {
        var check = AbandonedCartRules.IsAbandoned(IdleCart(TimeSpan.FromMinutes(60) - TimeSpan.FromTicks(1)), Options, Now);

        Assert.Multiple(() =>
        {
            Assert.That(check.IsAbandoned, Is.False);
            Assert.That(check.Reason, Is.EqualTo(CartNotAbandonedReason.TooRecent));
        });
    }

    [Test]
    public void ChangedInTheFuture_IsTooRecent()
    {
        Assert.That(AbandonedCartRules.IsAbandoned(IdleCart(TimeSpan.FromMinutes(-5)), Options, Now).Reason, Is.EqualTo(CartNotAbandonedReason.TooRecent));
    }

    [Test]
    public void IdleExactlyMaxAge_IsTooOld_JustUnderIsAbandoned()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AbandonedCartRules.IsAbandoned(IdleCart(TimeSpan.FromDays(7)), Options, Now).Reason, Is.EqualTo(CartNotAbandonedReason.TooOld));
            Assert.That(AbandonedCartRules.IsAbandoned(IdleCart(TimeSpan.FromDays(7) - TimeSpan.FromTicks(1)), Options, Now).IsAbandoned, Is.True);
        });
    }

    [Test]
    public void EmailAloneIsAContact_NothingIsNoContact()
    {
        var emailOnly = IdleCart(TimeSpan.FromHours(2)) with { HasPhone = false, HasEmail = true };
        var none = emailOnly with { HasEmail = false };

        Assert.Multiple(() =>
        {
            Assert.That(AbandonedCartRules.IsAbandoned(emailOnly, Options, Now).IsAbandoned, Is.True);
            Assert.That(AbandonedCartRules.IsAbandoned(none, Options, Now).Reason, Is.EqualTo(CartNotAbandonedReason.NoContact));
        });
    }

    [Test]
    public void OrderAtOrAfterTheLastChange_IsOrderedSince_OrderBeforeIsNot()
    {
        var cart = IdleCart(TimeSpan.FromHours(2));

        Assert.Multiple(() =>
        {
            Assert.That(AbandonedCartRules.IsAbandoned(cart with { LastOrderAt = cart.LastChangedAt }, Options, Now).Reason,
                Is.EqualTo(CartNotAbandonedReason.OrderedSince));
            Assert.That(AbandonedCartRules.IsAbandoned(cart with { LastOrderAt = Now }, Options, Now).Reason,
                Is.EqualTo(CartNotAbandonedReason.OrderedSince));
            Assert.That(AbandonedCartRules.IsAbandoned(cart with { LastOrderAt = cart.LastChangedAt!.Value.AddSeconds(-1) }, Options, Now).IsAbandoned,
                Is.True);
        });
    }

    [Test]
    public void NoLines_OrNoChangeTime_IsEmpty_BeforeAnyOtherReason()
    {
        var empty = new CartSnapshot { LineCount = 0, LastChangedAt = Now, HasPhone = false };

        Assert.Multiple(() =>
        {
            Assert.That(AbandonedCartRules.IsAbandoned(empty, Options, Now).Reason, Is.EqualTo(CartNotAbandonedReason.Empty));
            Assert.That(AbandonedCartRules.IsAbandoned(new CartSnapshot { LineCount = 3, HasPhone = true }, Options, Now).Reason,
                Is.EqualTo(CartNotAbandonedReason.Empty));
        });
    }

    [Test]
    public void CustomThreshold_IsHonoured()
    {
        var options = new AbandonedCartOptions { IdleThreshold = TimeSpan.FromMinutes(15) };

        Assert.That(AbandonedCartRules.IsAbandoned(IdleCart(TimeSpan.FromMinutes(20)), options, Now).IsAbandoned, Is.True);
    }

    [Test]
    public void OptionsValidator_RefusesMaxAgeNotAboveThreshold()
    {
        var result = new AbandonedCartOptionsValidator().Validate(new AbandonedCartOptions { IdleThreshold = TimeSpan.FromDays(2), MaxAge = TimeSpan.FromDays(1) });

        Assert.That(result.Errors.Select(e => e.ErrorCode), Does.Contain("Aiq.Carts.MaxAgeNotAboveIdleThreshold"));
    }
}
