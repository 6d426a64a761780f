using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Friendly, localized error pages. An unreachable database answers 503 with Retry-After instead of
/// 500, so people and load balancers know to come back; the EF retrying strategy recovers by itself.
/// </summary>
public static class ErrorPages
{
    public const int RetryAfterSeconds = 30;

    public static WebApplication UsePortalErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(
            new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                StatusCodeSelector = exception =>
                    exception switch
                    {
                        // A handler's own authorization check (an official on another member's submission).
                        UnauthorizedAccessException => StatusCodes.Status403Forbidden,

                        // A query's validator refused an address or a query string no form produced (a page
                        // that catches it shows its form instead): the request was bad, the portal is fine.
                        CoCreation.Web.Infrastructure.Mediator.InputException => StatusCodes.Status400BadRequest,
                        _ when IsDatabaseUnavailable(exception) => StatusCodes.Status503ServiceUnavailable,
                        _ => StatusCodes.Status500InternalServerError,
                    },
            }
        );
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }

    public static bool IsDatabaseUnavailable(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case RetryLimitExceededException:
                case SocketException:
                case TimeoutException:
                case NpgsqlException { IsTransient: true }:
                case PostgresException
                {
                    SqlState: PostgresErrorCodes.AdminShutdown
                        or PostgresErrorCodes.CannotConnectNow
                        or PostgresErrorCodes.CrashShutdown
                        or PostgresErrorCodes.TooManyConnections
                }:
                    return true;
                case NpgsqlException when current.InnerException is null && current is not PostgresException:
                    return true;
            }
        }

        return false;
    }
}
