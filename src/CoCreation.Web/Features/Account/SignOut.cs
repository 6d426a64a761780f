using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>Ends this session.</summary>
public static class SignOut
{
    [Allow(Audience.Participant)]
    public sealed record Command : ICommand;

    public sealed class Handler(SignInManager<PortalUser> signIn) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await signIn.SignOutAsync();
            return Unit.Value;
        }
    }
}
