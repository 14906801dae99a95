namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>Masks a phone or email for the sync log: enough to recognise, not enough to contact.</summary>
public static class ContactMasker
{
    /// <summary>"a***@example.com" for an email, "******0101" for a phone, null for nothing.</summary>
    public static string Mask(string phone, string email)
    {
        if (!string.IsNullOrEmpty(email))
        {
            var at = email.IndexOf('@');
            return at <= 0 ? "***" : $"{email[0]}***{email[at..]}";
        }

        if (!string.IsNullOrEmpty(phone))
            return phone.Length <= 4 ? "****" : new string('*', phone.Length - 4) + phone[^4..];

        return null;
    }
}
