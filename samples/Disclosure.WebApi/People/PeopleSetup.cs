using System.Threading.RateLimiting;
using Disclosure.WebApi.Storage;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;

namespace Disclosure.WebApi.People;

/// <summary>
/// Accounts and sign-in: ASP.NET Core Identity on the workbench database (hashed passwords, lockout after
/// <see cref="MaxFailedSignIns"/> failures), a cookie for the pages and bearer tokens for API clients, chosen per request by
/// the <c>Authorization</c> header; sign-in attempts are also rate-limited per client address.
/// </summary>
internal static class PeopleSetup
{
    /// <summary>The scheme that picks bearer or cookie.</summary>
    internal const string Scheme = "workbench";

    /// <summary>The rate-limiter policy of the sign-in endpoints.</summary>
    internal const string SignInLimit = "sign-in";

    /// <summary>Failed passwords in a row that lock an account for <see cref="Lockout"/>.</summary>
    internal const int MaxFailedSignIns = 5;

    /// <summary>How long a locked account stays locked.</summary>
    internal static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    internal static IServiceCollection AddWorkbenchPeople(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<WorkbenchUser>(o =>
            {
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789-._";
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = Lockout;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<WorkbenchDbContext>();

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "cookie or bearer", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = "/signin";
                o.Cookie.Name = "disclosure.workbench";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // API clients get status codes, not a redirect to the sign-in page.
                o.Events.OnRedirectToLogin = c => Redirect(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => Redirect(c, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
            });
        // A disabled account's cookie stops working at the next request, not after the default 30 minutes.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddAuthorization();

        var perMinute = configuration.GetValue("Workbench:SignInPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.AddScoped<People>();
        services.AddScoped<FeedTokens>();
        return services;
    }

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// First start: when no account exists and <c>Workbench:Bootstrap:User</c> and <c>Workbench:Bootstrap:Password</c> are
    /// set (environment variables <c>Workbench__Bootstrap__User</c>, <c>Workbench__Bootstrap__Password</c>), creates that
    /// administrator. Later starts leave the accounts alone.
    /// </summary>
    internal static async Task BootstrapAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WorkbenchUser>>();
        if (users.Users.Any())
        {
            return;
        }

        var name = configuration["Workbench:Bootstrap:User"];
        var password = configuration["Workbench:Bootstrap:Password"];
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning("No account exists and Workbench:Bootstrap:User / Workbench:Bootstrap:Password are not set: nobody can sign in. Set Workbench__Bootstrap__User and Workbench__Bootstrap__Password and restart.");
            return;
        }

        var admin = new WorkbenchUser
        {
            UserName = name,
            DisplayName = configuration["Workbench:Bootstrap:DisplayName"] ?? name,
            Unit = configuration["Workbench:Bootstrap:Unit"] ?? "office",
            IsAdmin = true,
        };
        IdentityResult result;
        try
        {
            result = await users.CreateAsync(admin, password);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException) when (users.Users.Any())
        {
            // Another instance on the same database created the first account at the same moment.
            return;
        }

        // Another instance created it between our check and our insert: Identity's own uniqueness check says so first.
        if (!result.Succeeded && result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)) && await users.FindByNameAsync(name) is { IsAdmin: true })
        {
            return;
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Workbench:Bootstrap: the administrator '{name}' could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }

        logger.LogInformation("Created the administrator {User} from Workbench:Bootstrap.", name);
    }

    /// <summary>Issues a bearer token for a user (the same format the bearer handler reads).</summary>
    internal static string IssueToken(System.Security.Claims.ClaimsPrincipal principal, BearerTokenOptions options, TimeProvider time)
    {
        var properties = new Microsoft.AspNetCore.Authentication.AuthenticationProperties { ExpiresUtc = time.GetUtcNow() + options.BearerTokenExpiration };
        return options.BearerTokenProtector.Protect(new Microsoft.AspNetCore.Authentication.AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme));
    }
}
