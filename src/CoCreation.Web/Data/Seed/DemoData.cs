using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Common;
using CoCreation.Domain.Members;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Data.Seed;

/// <summary>
/// The Global Co-creation Week with its 30 members, and one demo account per role. Loaded only into
/// an empty database outside Production.
/// </summary>
public sealed class DemoData(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock)
{
    public const string DemoPassword = "open-gov-cocreate-2017";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin@demo.cocreation.example", "Ada Administrator", Roles.Administrator, []),
        new("support@demo.cocreation.example", "Sam Support Unit", Roles.SupportUnit, []),
        new("official@demo.cocreation.example", "Olga Official (Argentina, Colombia)", Roles.GovernmentOfficial, ["AR", "CO"]),
        new("participant@demo.cocreation.example", "Pat Participant", Roles.Participant, []),
    ];

    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Members.AnyAsync(cancellationToken) || await db.Campaigns.AnyAsync(cancellationToken))
        {
            return false;
        }

        await LoadCampaignAsync(cancellationToken);
        await LoadAccountsAsync();
        return true;
    }

    public async Task LoadCampaignAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var members = GlobalCoCreationWeekData.Members
            .Select(m => Member.Create(m.Code, MemberKind.Country, Enum.Parse<Region>(m.Region), new LocalizedText(m.NameEn, m.NameFr, m.NameEs), m.JoinedOn, m.IsNewMember, CycleStatus.DevelopingNewPlan, now))
            .ToList();
        db.Members.AddRange(members);
        await db.SaveChangesAsync(cancellationToken);

        var content = new CampaignContent(
            new LocalizedText(GlobalCoCreationWeekData.TitleEn, GlobalCoCreationWeekData.TitleFr, GlobalCoCreationWeekData.TitleEs),
            new LocalizedText(GlobalCoCreationWeekData.SummaryEn, GlobalCoCreationWeekData.SummaryFr, GlobalCoCreationWeekData.SummaryEs),
            new LocalizedText(GlobalCoCreationWeekData.DescriptionEn, GlobalCoCreationWeekData.DescriptionFr, GlobalCoCreationWeekData.DescriptionEs),
            new LocalizedText(GlobalCoCreationWeekData.HowToParticipateEn, GlobalCoCreationWeekData.HowToParticipateFr, GlobalCoCreationWeekData.HowToParticipateEs));
        db.Campaigns.Add(Campaign.Create(
            GlobalCoCreationWeekData.Slug,
            content,
            GlobalCoCreationWeekData.StartsOn,
            GlobalCoCreationWeekData.EndsOn,
            GlobalCoCreationWeekData.Hashtags,
            members.Select(m => m.Id),
            now));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task LoadAccountsAsync()
    {
        foreach (var account in Accounts)
        {
            var user = new PortalUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("Demo account refused: " + string.Join("; ", created.Errors.Select(e => e.Code)));
            }

            await users.AddToRoleAsync(user, account.Role);
            foreach (var code in account.MemberCodes)
            {
                var memberId = await db.Members.Where(m => m.Code == code).Select(m => m.Id).SingleAsync();
                db.OfficialAssignments.Add(new OfficialAssignment(user.Id, memberId, clock.GetUtcNow()));
            }
        }

        await db.SaveChangesAsync();
    }
}

public sealed record DemoAccount(string Email, string DisplayName, string Role, string[] MemberCodes);
