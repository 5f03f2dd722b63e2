using Disclosure.WebApi.Bureaus;
using Disclosure.WebApi.Recording;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Disclosure.WebApi.People;

/// <summary><c>POST /api/session</c> (sign in for a bearer token) and the administrator's <c>/api/users</c>.</summary>
internal static class PeopleEndpoints
{
    internal static void MapPeople(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/session", CreateSession)
            .WithName("CreateSession")
            .WithSummary("Sign in and get a bearer token")
            .WithDescription("Checks the password of the account (the person id) and answers a bearer token for the Authorization header of later calls. "
                + $"{PeopleSetup.MaxFailedSignIns} wrong passwords in a row lock the account for {PeopleSetup.Lockout.TotalMinutes} minutes; sign-in attempts are also limited per client address (429).")
            .RequireRateLimiting(PeopleSetup.SignInLimit)
            .DisableAntiforgery()
            .Produces<SessionDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        var users = app.MapGroup("/api/users").RequireAuthorization().WithIdempotency();
        users.MapGet("", ListUsers)
            .WithName("ListUsers")
            .WithSummary("The accounts of the administrator's bureau (administrators only)")
            .Produces<IReadOnlyList<UserDto>>();
        users.MapPost("", CreateUser)
            .WithName("CreateUser")
            .WithSummary("Create an account in the administrator's bureau (administrators only)")
            .WithDescription("id is the person's canonical id (lower-case ASCII, for example zhang.san), unique on the server; unit an org-chart unit id of the bureau; roles review role ids of the bureau's policy (GET /policy).")
            .Produces<UserDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{id}/disable", DisableUser)
            .WithName("DisableUser")
            .WithSummary("Disable an account (administrators only): it can no longer sign in, and its tokens and cookies stop working")
            .Produces<UserDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The answer of <c>POST /api/session</c>.</summary>
    internal sealed record SessionDto(string Token, int ExpiresIn, UserDto User);

    /// <summary>The body of <c>POST /api/session</c>.</summary>
    internal sealed record SessionRequest(string? User, string? Password);

    /// <summary>The body of <c>POST /api/users</c>.</summary>
    internal sealed record NewUserRequest(string? Id, string? DisplayName, string? Unit, string[]? Roles, string? Password, bool Admin = false);

    /// <summary>An account as the API shows it.</summary>
    internal sealed record UserDto(string Id, string DisplayName, string Unit, IReadOnlyList<string> Roles, bool Admin, bool Disabled)
    {
        internal static UserDto Of(WorkbenchUser u) => new(u.UserName!, u.DisplayName, u.Unit, [.. u.RoleIds], u.IsAdmin, u.IsDisabled);
    }

    internal static async Task<IResult> CreateSession(SessionRequest body, SignInManager<WorkbenchUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time)
    {
        var result = await SignInAsync(signIn, body.User, body.Password);
        if (result.User is null)
        {
            return TypedResults.Problem(result.Message, statusCode: StatusCodes.Status401Unauthorized, title: UiLanguage.Pick("未登录", "Not signed in"));
        }

        var options = bearer.Get(IdentityConstants.BearerScheme);
        var principal = await signIn.CreateUserPrincipalAsync(result.User);
        return TypedResults.Ok(new SessionDto(PeopleSetup.IssueToken(principal, options, time), (int)options.BearerTokenExpiration.TotalSeconds, UserDto.Of(result.User)));
    }

    /// <summary>Checks a password with lockout; the same message for an unknown account and a wrong password, so accounts cannot be probed.</summary>
    internal static async Task<(WorkbenchUser? User, string Message)> SignInAsync(SignInManager<WorkbenchUser> signIn, string? name, string? password)
    {
        var wrong = UiLanguage.Pick("账号或密码错误。", "The account or the password is wrong.");
        var user = string.IsNullOrEmpty(name) ? null : await signIn.UserManager.FindByNameAsync(name);
        if (user is null || string.IsNullOrEmpty(password))
        {
            return (null, wrong);
        }

        if (user.IsDisabled)
        {
            return (null, UiLanguage.Pick("该账号已停用，请联系管理员。", "The account is disabled; ask an administrator."));
        }

        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return check.Succeeded ? (user, "")
            : check.IsLockedOut ? ((WorkbenchUser?)null, UiLanguage.Format(
                "连续 {0} 次密码错误，账号已锁定；请 {1} 分钟后再试，或联系管理员。",
                "The account is locked after {0} wrong passwords; try again in {1} minutes or ask an administrator.",
                PeopleSetup.MaxFailedSignIns,
                PeopleSetup.Lockout.TotalMinutes))
            : ((WorkbenchUser?)null, wrong);
    }

    internal static async Task<IResult> ListUsers(HttpContext context, People people, UserManager<WorkbenchUser> users, BureauContext bureau)
    {
        if (await AdminAsync(context, people) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok(users.Users.Where(u => u.Bureau == bureau.Id).OrderBy(u => u.UserName).AsEnumerable().Select(UserDto.Of).ToList());
    }

    internal static async Task<IResult> CreateUser(NewUserRequest body, HttpContext context, People people, UserManager<WorkbenchUser> users, BureauContext bureau)
    {
        if (await AdminAsync(context, people) is { } refused)
        {
            return refused;
        }

        if (body.Id is not null && await users.FindByNameAsync(body.Id) is not null)
        {
            // Account names are unique on the server (sign-in names no bureau), so the message does not say whose it is.
            return TypedResults.Problem(UiLanguage.Format("账号名“{0}”已被使用，请换一个。", "The account name '{0}' is taken; choose another.", body.Id), statusCode: StatusCodes.Status409Conflict);
        }

        var (user, errors) = await CreateAsync(people, users, bureau, body);
        if (user is null)
        {
            return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }

        return TypedResults.Created($"/api/users/{user.UserName}", UserDto.Of(user));
    }

    /// <summary>Creates an account in the request's bureau from the page's or the API's fields.</summary>
    internal static async Task<(WorkbenchUser? User, Dictionary<string, string[]> Errors)> CreateAsync(People people, UserManager<WorkbenchUser> users, BureauContext bureau, NewUserRequest body)
    {
        var errors = people.Validate(body.Id, body.DisplayName, body.Unit, body.Roles);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        if (await users.FindByNameAsync(body.Id!) is not null)
        {
            return (null, new() { ["id"] = [$"'{body.Id}' is taken by another account."] });
        }

        var user = new WorkbenchUser
        {
            UserName = body.Id,
            Bureau = bureau.Id,
            DisplayName = body.DisplayName!.Trim(),
            Unit = body.Unit!,
            ReviewRoles = string.Join(',', (body.Roles ?? []).Distinct(StringComparer.Ordinal)),
            IsAdmin = body.Admin,
        };
        var created = await users.CreateAsync(user, body.Password ?? "");
        return created.Succeeded ? (user, errors) : (null, new() { ["password"] = [.. created.Errors.Select(e => e.Description)] });
    }

    internal static async Task<IResult> DisableUser(string id, HttpContext context, People people, UserManager<WorkbenchUser> users, BureauContext bureau)
    {
        if (await AdminAsync(context, people) is { } refused)
        {
            return refused;
        }

        var user = await users.FindByNameAsync(id);
        if (user is null || user.Bureau != bureau.Id)
        {
            return TypedResults.Problem(UiLanguage.Format("没有账号“{0}”。", "No account '{0}'.", id), statusCode: StatusCodes.Status404NotFound);
        }

        user.IsDisabled = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return TypedResults.Ok(UserDto.Of(user));
    }

    /// <summary>401 without a (valid, enabled) account, 403 for an account that is not an administrator, else null.</summary>
    internal static async Task<IResult?> AdminAsync(HttpContext context, People people) =>
        await people.CurrentAsync(context) switch
        {
            null => Recording.PublicationEndpoints.NotSignedIn(),
            { IsAdmin: false } => TypedResults.Problem(UiLanguage.Pick("只有管理员可以管理账号。", "Only an administrator manages accounts."), statusCode: StatusCodes.Status403Forbidden),
            _ => null,
        };
}
