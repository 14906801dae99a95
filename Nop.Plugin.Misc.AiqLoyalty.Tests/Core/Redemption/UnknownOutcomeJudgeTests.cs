using AiqLoyalty.Core.Redemption;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Redemption;

/// <summary>What counts as evidence that a PUT or an adjustment whose answer was lost reached AIQ.</summary>
[TestFixture]
public class UnknownOutcomeJudgeTests
{
    private static RedemptionClaim Claim(bool reusable, long? before, long deduction = 300) => new()
    {
        Id = 1, State = ClaimState.OutcomeUnknown, ContactId = "c", TemplateId = "t", IdempotencyKey = "k",
        Reusable = reusable, PointsBefore = before, PointsDeduction = deduction
    };

    [TestCase(false, 1000L, false, 1000L, UnknownOutcomeVerdict.Applied, TestName = "Single-use gone from the wallet: applied")]
    [TestCase(false, 1000L, false, 700L, UnknownOutcomeVerdict.Applied, TestName = "Single-use gone and points down: applied")]
    [TestCase(false, 1000L, true, 1000L, UnknownOutcomeVerdict.NotApplied, TestName = "Single-use still offered, balance unchanged: not applied")]
    [TestCase(false, null, true, 1000L, UnknownOutcomeVerdict.NotApplied, TestName = "Single-use still offered, no balance read before: not applied")]
    [TestCase(false, 1000L, true, 950L, UnknownOutcomeVerdict.Ambiguous, TestName = "Single-use still offered but the balance moved: staff")]
    [TestCase(true, 1000L, true, 700L, UnknownOutcomeVerdict.Applied, TestName = "Reusable, balance down by the deduction: applied")]
    [TestCase(true, 1000L, true, 1000L, UnknownOutcomeVerdict.NotApplied, TestName = "Reusable, balance unchanged: not applied")]
    [TestCase(true, 1000L, true, 650L, UnknownOutcomeVerdict.Ambiguous, TestName = "Reusable, balance down by another amount: staff")]
    [TestCase(true, null, true, 700L, UnknownOutcomeVerdict.Ambiguous, TestName = "Reusable without a balance read before: staff")]
    public void Redemption(bool reusable, long? before, bool stillOffered, long now, UnknownOutcomeVerdict expected)
    {
        Assert.That(UnknownOutcomeJudge.JudgeRedemption(Claim(reusable, before), stillOffered, now), Is.EqualTo(expected));
    }

    [Test]
    public void AReusableRewardWithoutPointsCannotBeJudgedByTheBalance()
    {
        Assert.That(UnknownOutcomeJudge.JudgeRedemption(Claim(true, 1000, deduction: 0), true, 1000), Is.EqualTo(UnknownOutcomeVerdict.Ambiguous));
    }

    [TestCase(933L, 1233L, UnknownOutcomeVerdict.Applied, TestName = "Refund: balance up by the deduction: given back")]
    [TestCase(933L, 933L, UnknownOutcomeVerdict.NotApplied, TestName = "Refund: balance unchanged: not given back")]
    [TestCase(933L, 1300L, UnknownOutcomeVerdict.Ambiguous, TestName = "Refund: balance moved otherwise: staff")]
    [TestCase(null, 1233L, UnknownOutcomeVerdict.Ambiguous, TestName = "Refund: no balance read before: staff")]
    public void Refund(long? before, long now, UnknownOutcomeVerdict expected)
    {
        Assert.That(UnknownOutcomeJudge.JudgeRefund(Claim(false, before), now), Is.EqualTo(expected));
    }
}
