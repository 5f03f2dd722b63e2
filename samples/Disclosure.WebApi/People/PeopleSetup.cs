using System.Threading.RateLimiting;
using Disclosure.WebApi.Bureaus;
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
            .AddClaimsPrincipalFactory<BureauClaims>()
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
    /// First start of each bureau: when the bureau has no account and its bootstrap administrator is configured, creates
    /// it. For the default bureau that is <c>Workbench:Bootstrap:User</c> and <c>Workbench:Bootstrap:Password</c>
    /// (environment variables <c>Workbench__Bootstrap__User</c>, <c>Workbench__Bootstrap__Password</c>), for every bureau
    /// <c>Workbench:Bureaus:{id}:Bootstrap:User</c> and <c>…:Password</c> (which win for the default bureau too). Later
    /// starts leave the accounts alone.
    /// </summary>
    internal static async Task BootstrapAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        var bureaus = services.GetRequiredService<BureauDirectory>();
        foreach (var bureau in bureaus.All)
        {
            var own = configuration.GetSection(bureau.Section).GetSection("Bootstrap");
            var section = own["User"] is null && bureau == bureaus.Default ? configuration.GetSection("Workbench:Bootstrap") : own;
            await BootstrapAsync(services, bureau, section, logger);
        }
    }

    private static async Task BootstrapAsync(IServiceProvider services, Bureau bureau, IConfigurationSection section, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WorkbenchUser>>();
        if (users.Users.Any(u => u.Bureau == bureau.Id))
        {
            return;
        }

        var name = section["User"];
        var password = section["Password"];
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning("Bureau {Bureau} has no account and {Section}:User / {Section}:Password are not set: nobody can sign in there. Set them (environment variables with __ for :) and restart.", bureau.Id, section.Path, section.Path);
            return;
        }

        var admin = new WorkbenchUser
        {
            UserName = name,
            Bureau = bureau.Id,
            DisplayName = section["DisplayName"] ?? name,
            Unit = section["Unit"] ?? "office",
            IsAdmin = true,
        };
        IdentityResult result;
        try
        {
            result = await users.CreateAsync(admin, password);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException) when (users.Users.Any(u => u.Bureau == bureau.Id))
        {
            // Another instance on the same database created the bureau's first account at the same moment.
            return;
        }

        // Another instance created it between our check and our insert: Identity's own uniqueness check says so first.
        if (!result.Succeeded && result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)) && await users.FindByNameAsync(name) is { IsAdmin: true })
        {
            return;
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{section.Path}: the administrator '{name}' of bureau {bureau.Id} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }

        logger.LogInformation("Created the administrator {User} of bureau {Bureau} from {Section}.", name, bureau.Id, section.Path);
    }

    /// <summary>Issues a bearer token for a user (the same format the bearer handler reads).</summary>
    internal static string IssueToken(System.Security.Claims.ClaimsPrincipal principal, BearerTokenOptions options, TimeProvider time)
    {
        var properties = new Microsoft.AspNetCore.Authentication.AuthenticationProperties { ExpiresUtc = time.GetUtcNow() + options.BearerTokenExpiration };
        return options.BearerTokenProtector.Protect(new Microsoft.AspNetCore.Authentication.AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme));
    }
}
