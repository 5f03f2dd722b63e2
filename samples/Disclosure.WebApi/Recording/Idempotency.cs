using System.Security.Cryptography;
using System.Text;
using Disclosure.WebApi.Bureaus;
using Disclosure.WebApi.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Disclosure.WebApi.Recording;

/// <summary>
/// <c>Idempotency-Key</c> on the recording POSTs (<see cref="WithIdempotency"/>): the first request with a key runs, and its
/// answer is stored in the same database transaction as what it wrote; a retry by the same user in the same bureau with
/// the same key and the same request (method, path with query, body byte for byte) gets that answer again, with
/// <c>Idempotent-Replayed: true</c>, and writes nothing; the same key with another request is 422. Keys are kept in the
/// database (they survive a restart and are shared by every instance on it). Answers of 5xx, 401 and 403 are not kept:
/// they say nothing about the request, so its retry runs again. A request without the header runs as before.
/// </summary>
internal static class Idempotency
{
    /// <summary>The request header.</summary>
    internal const string Header = "Idempotency-Key";

    /// <summary>The response header that marks a replayed answer.</summary>
    internal const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>What the OpenAPI document says about the header.</summary>
    internal const string Description =
        "Optional. A key of up to 200 printable ASCII characters chosen by the client for this write (a UUID, say). A retry with the same key and the same body returns the first answer and stores nothing twice; "
        + "the same key with another body is 422. Keys are per user and bureau and survive restarts.";

    /// <summary>Marks the POST endpoints of a builder as honouring <see cref="Header"/>.</summary>
    internal static TBuilder WithIdempotency<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(Marker.Instance);

    /// <summary>Whether an endpoint honours <see cref="Header"/> (for the OpenAPI document).</summary>
    internal static bool Honours(IEnumerable<object> metadata) => metadata.OfType<Marker>().Any();

    /// <summary>The middleware: runs after authentication and the bureau's resolution.</summary>
    internal static async Task Invoke(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<Marker>() is null
            || !context.Request.Headers.TryGetValue(Header, out var values) || context.User.Identity is not { IsAuthenticated: true, Name: { } user })
        {
            // Without a signed-in user the endpoint answers 401 and nothing is kept.
            await next(context);
            return;
        }

        var key = values.ToString();
        if (values.Count != 1 || key.Length is 0 or > IdempotencyRecord.MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            await Results.Problem(WorkbenchText.Get("Idempotency.Invalid", IdempotencyRecord.MaxKeyLength), statusCode: StatusCodes.Status400BadRequest, title: WorkbenchText.Get("Idempotency.Invalid.Title")).ExecuteAsync(context);
            return;
        }

        var cancel = context.RequestAborted;
        var bureau = context.RequestServices.GetRequiredService<BureauContext>().Id;
        var db = context.RequestServices.GetRequiredService<WorkbenchDbContext>();
        var hash = await HashAsync(context.Request, cancel);
        if (await FindAsync(db, bureau, user, key, cancel) is { } answered)
        {
            await ReplayAsync(context, answered, hash, key);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        var record = new IdempotencyRecord
        {
            Bureau = bureau,
            UserName = user,
            Key = key,
            RequestHash = hash,
            RecordedAt = context.RequestServices.GetRequiredService<IClock>().GetCurrentInstant().ToDateTimeOffset(),
        };
        db.IdempotencyKeys.Add(record);
        try
        {
            // Taken first: a concurrent request with the key waits here until this one commits or rolls back.
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancel);
            db.Entry(record).State = EntityState.Detached;
            await ReplayAsync(context, await FindAsync(db, bureau, user, key, cancel) ?? throw new InvalidOperationException($"{Header} '{key}' could be neither stored nor read."), hash, key);
            return;
        }

        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        var status = context.Response.StatusCode;
        if (status is >= 200 and < 500 and not (StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden))
        {
            record.Status = status;
            record.ContentType = context.Response.ContentType;
            record.Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null;
            record.Body = buffer.ToArray();
            await db.SaveChangesAsync(cancel);
            await transaction.CommitAsync(cancel);
        }
        else
        {
            await transaction.RollbackAsync(cancel);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(body, cancel);
    }

    private static Task<IdempotencyRecord?> FindAsync(WorkbenchDbContext db, string bureau, string user, string key, CancellationToken cancel) =>
        db.IdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(r => r.Bureau == bureau && r.UserName == user && r.Key == key, cancel);

    private static async Task<string> HashAsync(HttpRequest request, CancellationToken cancel)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancel)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static Task ReplayAsync(HttpContext context, IdempotencyRecord answered, string hash, string key)
    {
        if (answered.RequestHash != hash)
        {
            return Results.Problem(WorkbenchText.Get("Idempotency.Reused", key), statusCode: StatusCodes.Status422UnprocessableEntity, title: WorkbenchText.Get("Idempotency.Reused.Title")).ExecuteAsync(context);
        }

        context.Response.StatusCode = answered.Status;
        context.Response.ContentType = answered.ContentType;
        if (answered.Location is not null)
        {
            context.Response.Headers.Location = answered.Location;
        }

        context.Response.Headers[ReplayedHeader] = "true";
        return context.Response.Body.WriteAsync(answered.Body, context.RequestAborted).AsTask();
    }

    private sealed class Marker
    {
        internal static readonly Marker Instance = new();
    }
}
