using AiqLoyalty.Core.Carts;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Core.Carts;

[TestFixture]
public class CartAudienceRulesTests
{
    private static readonly CartContactFacts Nobody = new();

    [Test]
    public void TheDefaultAudienceIsMembersAndConsentedAndTheDefaultSourceTheNewsletter()
    {
        var options = new AbandonedCartOptions();
        Assert.Multiple(() =>
        {
            Assert.That(options.Audience, Is.EqualTo(CartAudience.MembersAndConsented));
            Assert.That((int)CartAudience.MembersAndConsented, Is.Zero, "a store whose setting is missing (an upgrade) reads 0");
            Assert.That(options.ConsentSource, Is.EqualTo(CartConsentSource.Newsletter));
            Assert.That((int)CartConsentSource.Newsletter, Is.Zero);
        });
    }

    [Test]
    public void AShopperWithoutMembershipOrConsentIsNotContacted()
    {
        foreach (var source in Enum.GetValues<CartConsentSource>())
            Assert.That(CartAudienceRules.Check(CartAudience.MembersAndConsented, source, Nobody), Is.EqualTo(CartNotAbandonedReason.NoConsent), source.ToString());
    }

    [Test]
    public void AKnownAiqMemberIsContactedWhateverTheConsentSource()
    {
        foreach (var source in Enum.GetValues<CartConsentSource>())
            Assert.That(CartAudienceRules.Check(CartAudience.MembersAndConsented, source, new CartContactFacts { IsKnownMember = true }), Is.Null, source.ToString());
    }

    [TestCase(CartConsentSource.Newsletter, true, false, true)]
    [TestCase(CartConsentSource.Newsletter, false, true, false)]
    [TestCase(CartConsentSource.GdprConsent, true, false, false)]
    [TestCase(CartConsentSource.GdprConsent, false, true, true)]
    [TestCase(CartConsentSource.NewsletterOrGdprConsent, true, false, true)]
    [TestCase(CartConsentSource.NewsletterOrGdprConsent, false, true, true)]
    [TestCase(CartConsentSource.NewsletterOrGdprConsent, false, false, false)]
    public void OnlyTheChosenSourceCountsAsConsent(CartConsentSource source, bool newsletter, bool gdpr, bool contacted)
    {
        var facts = new CartContactFacts { HasNewsletterSubscription = newsletter, HasGdprConsent = gdpr };
        Assert.That(CartAudienceRules.Check(CartAudience.MembersAndConsented, source, facts), contacted ? Is.Null : Is.EqualTo(CartNotAbandonedReason.NoConsent));
    }

    [Test]
    public void EveryoneWithContactSendsWithoutConsentAndNeedsNoConsentLookups()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CartAudienceRules.Check(CartAudience.EveryoneWithContact, CartConsentSource.Newsletter, Nobody), Is.Null);
            Assert.That(CartAudienceRules.NeedsNewsletter(CartAudience.EveryoneWithContact, CartConsentSource.NewsletterOrGdprConsent), Is.False);
            Assert.That(CartAudienceRules.NeedsGdprConsent(CartAudience.EveryoneWithContact, CartConsentSource.NewsletterOrGdprConsent), Is.False);
            Assert.That(CartAudienceRules.NeedsNewsletter(CartAudience.MembersAndConsented, CartConsentSource.GdprConsent), Is.False);
            Assert.That(CartAudienceRules.NeedsGdprConsent(CartAudience.MembersAndConsented, CartConsentSource.Newsletter), Is.False);
        });
    }

    [Test]
    public void AnAudienceTheCodeDoesNotKnowIsThePrivacyPreservingOne()
    {
        Assert.That(CartAudienceRules.Check((CartAudience)7, CartConsentSource.Newsletter, Nobody), Is.EqualTo(CartNotAbandonedReason.NoConsent));
        Assert.That(CartAudienceRules.Check((CartAudience)7, (CartConsentSource)9, new CartContactFacts { HasGdprConsent = true }), Is.EqualTo(CartNotAbandonedReason.NoConsent),
            "an unknown source reads as the newsletter");
    }
}
