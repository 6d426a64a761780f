using System.Security.Cryptography;
using System.Text;
using CoCreation.Domain.Common;

namespace CoCreation.Domain.Members;

/// <summary>
/// The support unit invites a member's government point of contact by email. The link carries a secret
/// that only its hash is kept of; accepting it (once, before it expires) makes the person an official
/// of the member, and what was waiting for a government contact reaches them.
/// </summary>
public sealed class ContactInvitation
{
    public const int EmailMax = 256;
    public const int NameMax = 100;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private ContactInvitation() { }

    public long Id { get; private set; }

    public int MemberId { get; private set; }

    public string Email { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The language the invitation was written in; the account starts with it.</summary>
    public string Language { get; private set; } = "en";

    public byte[] SecretHash { get; private set; } = [];

    public Guid InvitedBy { get; private set; }

    public DateTimeOffset InvitedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public Guid? AcceptedBy { get; private set; }

    /// <summary>A new invitation and the secret for its link (returned once, never stored).</summary>
    public static (ContactInvitation Invitation, string Secret) Create(
        int memberId,
        string email,
        string name,
        string language,
        Guid invitedBy,
        DateTimeOffset now
    )
    {
        var secret = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var invitation = new ContactInvitation
        {
            MemberId = memberId,
            Email = email.Trim(),
            Name = name.Trim(),
            Language = language,
            SecretHash = Hash(secret),
            InvitedBy = invitedBy,
            InvitedAt = now,
            ExpiresAt = now.Add(Lifetime),
        };
        return (invitation, secret);
    }

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public bool IsOpen(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    public void Accept(Guid userId, DateTimeOffset now)
    {
        if (AcceptedAt is not null)
        {
            throw new DomainException("Domain.Invitation.AlreadyAccepted");
        }

        if (now >= ExpiresAt)
        {
            throw new DomainException("Domain.Invitation.Expired");
        }

        AcceptedAt = now;
        AcceptedBy = userId;
    }
}
