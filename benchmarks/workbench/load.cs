#:project ../../src/Disclosure.Domain/Disclosure.Domain.csproj
#:property PublishAot=false
// The workbench's load and fault client, on loopback only. Bounded in requests and time; stops by itself.
//   dotnet run load.cs -- seed <base-url> <token> <count>          records <count> publications spread over 2024 (a bureau's year)
//   dotnet run load.cs -- due <base-url> <seconds> <workers>       sustained GET /due: requests per second, p50, p99
//   dotnet run load.cs -- memory <base-url> <seconds> <workers>    the same question answered in process from the same log (the in-memory path)
//   dotnet run load.cs -- write <base-url> <token> <count> <acked-file> <first-day-offset>   publications one by one from 2000-01-01 + offset; each acknowledged day is appended to the file
//   dotnet run load.cs -- approvals <base-url-a> <base-url-b> <admin-password> <rounds> <case> [conditional|unconditional]
//       per round, an item ready for level 1 and two approvals of it at once by two reviewers, one through each instance;
//       conditional (the default): both send the case version they read (expectedVersion), the loser must get 409;
//       unconditional: neither does, the loser gets 409 when both decided on the same version (the primary key refused
//       the second row) or 422 REVIEW010 when it read the case after the winner's approval (the policy refused it)
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;
using NodaTime;
using NodaTime.Text;

var mode = args[0];
var baseUrl = new Uri(args[1]);
if (!baseUrl.IsLoopback)
{
    throw new ArgumentException($"{baseUrl} is not a loopback address; this tool only talks to a server on this machine.");
}

using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(10) };
switch (mode)
{
    case "seed":
        http.DefaultRequestHeaders.Authorization = new("Bearer", args[2]);
        await Seed(int.Parse(args[3]));
        break;
    case "due":
        await Sustain(int.Parse(args[2]), int.Parse(args[3]), async () => (await http.GetAsync("/due?asOf=2024-12-20")).EnsureSuccessStatusCode());
        break;
    case "memory":
        var log = await StoredLog();
        var pack = RulePack.XuanchengCivilAffairs2024;
        var calculator = new DueDateCalculator(pack.Calendar);
        var bound = log.BindTo(pack.Catalog);
        var day = new LocalDate(2024, 12, 20);
        await Sustain(int.Parse(args[2]), int.Parse(args[3]), () =>
        {
            var report = calculator.Evaluate(pack.Catalog, bound, day);
            // The same work the endpoint does per unit, so the two figures answer the same question.
            foreach (var unit in pack.OrgChart.Units)
            {
                _ = report.Involving(pack.OrgChart, unit.Id).Obligations.Count(o => o.Status != ObligationStatus.Satisfied);
            }

            return Task.CompletedTask;
        });
        break;
    case "approvals":
        return await Approvals(new Uri(args[2]), args[3], int.Parse(args[4]), args[5], args.Length < 7 || args[6] == "conditional");
    case "write":
        http.DefaultRequestHeaders.Authorization = new("Bearer", args[2]);
        await Write(int.Parse(args[3]), args[4], int.Parse(args[5]));
        break;
    default:
        throw new ArgumentException($"unknown mode {mode}");
}

return 0;

async Task Seed(int count)
{
    var catalog = RulePack.XuanchengCivilAffairs2024.Catalog;
    var columns = catalog.Columns.Select(c => c.Id.Value).ToArray();
    var random = new Random(2024);
    var start = new LocalDate(2024, 1, 1);
    var ok = 0;
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
    {
        var on = start.PlusDays(i * 365 / count);
        var column = columns[random.Next(columns.Length)];
        var r = await http.PostAsJsonAsync("/api/publications", new { column, on = LocalDatePattern.Iso.Format(on) }, ct);
        r.EnsureSuccessStatusCode();
        Interlocked.Increment(ref ok);
    });
    Console.WriteLine($"seeded {ok} publications");
}

async Task Write(int count, string ackedFile, int offset)
{
    // Distinct days (each round its own range): each acknowledged write must be stored exactly once.
    var first = new LocalDate(2000, 1, 1);
    using var acked = new StreamWriter(ackedFile, append: true) { AutoFlush = true };
    var failures = 0;
    for (var i = 0; i < count; i++)
    {
        var on = LocalDatePattern.Iso.Format(first.PlusDays(offset + i));
        try
        {
            var r = await http.PostAsJsonAsync("/api/publications", new { column = "department-documents", on });
            if (r.StatusCode == System.Net.HttpStatusCode.Created)
            {
                await acked.WriteLineAsync(on);
                continue;
            }
        }
        catch (HttpRequestException)
        {
        }
        catch (TaskCanceledException)
        {
        }

        // The server is down: stop; the script restarts it and runs another round.
        if (++failures > 3)
        {
            break;
        }

        await Task.Delay(100);
    }
}

async Task<PublicationLog> StoredLog()
{
    // The stored publications as the workbench replays them, read through its public GET /due input: the history export.
    var token = Environment.GetEnvironmentVariable("WORKBENCH_TOKEN") ?? throw new InvalidOperationException("set WORKBENCH_TOKEN");
    http.DefaultRequestHeaders.Authorization = new("Bearer", token);
    var history = await http.GetFromJsonAsync<JsonElement>("/api/publications/history");
    var publications = new List<Publication>();
    foreach (var e in history.GetProperty("events").EnumerateArray())
    {
        var json = JsonDocument.Parse(e.GetProperty("json").GetString()!).RootElement;
        if (json.GetProperty("kind").GetString() == "publication")
        {
            publications.Add(new Publication(ColumnId.Parse(json.GetProperty("column").GetString()!), LocalDatePattern.Iso.Parse(json.GetProperty("on").GetString()!).Value));
        }
    }

    http.DefaultRequestHeaders.Authorization = null;
    Console.WriteLine($"in-memory log: {publications.Count} publications");
    return PublicationLog.Create(publications);
}

async Task Sustain(int seconds, int workers, Func<Task> call)
{
    // Warm up, then measure for a bounded time.
    for (var i = 0; i < 50; i++)
    {
        await call();
    }

    var latencies = new List<double>[workers];
    var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
    {
        var mine = latencies[w] = [];
        while (Stopwatch.GetTimestamp() < until)
        {
            var t = Stopwatch.GetTimestamp();
            await call();
            mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
    })));
    var all = latencies.SelectMany(l => l).Order().ToArray();
    var elapsed = watch.Elapsed.TotalSeconds;
    Console.WriteLine($"{mode}: {all.Length} requests in {elapsed:F1} s with {workers} workers: {all.Length / elapsed:F0} req/s, p50 {all[all.Length / 2]:F2} ms, p99 {all[(int)(all.Length * 0.99)]:F2} ms");
}

async Task<int> Approvals(Uri other, string adminPassword, int rounds, string caseId, bool conditional)
{
    if (!other.IsLoopback)
    {
        throw new ArgumentException($"{other} is not a loopback address; this tool only talks to a server on this machine.");
    }

    // Accounts are made on instance A; reviewer B signs in on instance B (one database, one key ring).
    var admin = await SignIn(baseUrl, "admin", adminPassword);
    foreach (var (id, roles) in new[] { ("author.x", Array.Empty<string>()), ("leader.a", ["information-publisher"]), ("leader.b", ["information-publisher"]) })
    {
        var created = await admin.PostAsJsonAsync("/api/users", new { id, displayName = $"用户{id}", unit = "office", roles, password = $"{id}-password" });
        if (created.StatusCode is not (System.Net.HttpStatusCode.Created or System.Net.HttpStatusCode.Conflict))
        {
            throw new InvalidOperationException($"creating {id}: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        }
    }

    var author = await SignIn(baseUrl, "author.x", "author.x-password");
    // Reviewer A asks in Chinese (the default), reviewer B in English: each 409 must explain itself in its reader's language.
    var a = await SignIn(baseUrl, "leader.a", "leader.a-password", "zh-CN");
    var b = await SignIn(other, "leader.b", "leader.b-password", "en");
    int wonA = 0, wonB = 0, bad = 0, refusedByPolicy = 0;
    var latencies = new List<double>();
    for (var round = 0; round < rounds; round++)
    {
        // A case per round: each round costs the same, however many came before.
        var path = $"/api/reviews/{caseId}-{round}";
        const string item = "n";
        (await author.PostAsJsonAsync($"{path}/items", new { item, text = $"第{round}条公告" })).EnsureSuccessStatusCode();
        (await author.PostAsJsonAsync($"{path}/items/{item}/submit", new { })).EnsureSuccessStatusCode();
        var version = (await author.GetFromJsonAsync<JsonElement>(path)).GetProperty("version").GetInt32();
        object body = conditional ? new { level = 1, version = 1, expectedVersion = version } : new { level = 1, version = 1 };
        using var go = new SemaphoreSlim(0);
        async Task<(System.Net.HttpStatusCode Status, string Body, double Ms)> Approve(HttpClient client)
        {
            await go.WaitAsync();
            var t = Stopwatch.GetTimestamp();
            var r = await client.PostAsJsonAsync($"{path}/items/{item}/approve", body);
            return (r.StatusCode, await r.Content.ReadAsStringAsync(), Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        var pending = new[] { Task.Run(() => Approve(a)), Task.Run(() => Approve(b)) };
        go.Release(2);
        var results = await Task.WhenAll(pending);
        latencies.AddRange(results.Select(r => r.Ms));
        var (ra, rb) = (results[0], results[1]);
        string? Why()
        {
            if (ra.Status == System.Net.HttpStatusCode.OK == (rb.Status == System.Net.HttpStatusCode.OK))
            {
                return $"statuses {(int)ra.Status} and {(int)rb.Status}";
            }

            var (loser, english) = ra.Status == System.Net.HttpStatusCode.OK ? (rb, true) : (ra, false);
            if (!conditional && loser.Status == System.Net.HttpStatusCode.UnprocessableEntity && loser.Body.Contains("REVIEW010", StringComparison.Ordinal))
            {
                refusedByPolicy++;
                return null;
            }

            if (loser.Status != System.Net.HttpStatusCode.Conflict)
            {
                return $"the loser got {(int)loser.Status}";
            }

            var problem = JsonDocument.Parse(loser.Body).RootElement;
            var detail = problem.GetProperty("detail").GetString() ?? "";
            var expected = english ? "another person acted first" : "另一人已先操作";
            return detail.Contains(caseId, StringComparison.Ordinal) && detail.Contains(expected, StringComparison.Ordinal)
                && problem.GetProperty("currentVersion").GetInt32() == version + 1
                ? null
                : $"unclear 409: {loser.Body}";
        }

        if (Why() is { } why)
        {
            bad++;
            Console.Error.WriteLine($"round {round}: {why}");
        }
        else if (ra.Status == System.Net.HttpStatusCode.OK)
        {
            wonA++;
        }
        else
        {
            wonB++;
        }
    }

    // What is stored, read back through instance B: each case three commands (add, submit, one approval), chain intact.
    int single = 0, commands = 0, intact = 0;
    for (var round = 0; round < rounds; round++)
    {
        var path = $"/api/reviews/{caseId}-{round}";
        var approvals = (await b.GetFromJsonAsync<JsonElement>(path)).GetProperty("items")[0].GetProperty("approvals").GetArrayLength();
        var history = await b.GetFromJsonAsync<JsonElement>($"{path}/history");
        single += approvals == 1 ? 1 : 0;
        commands += history.GetProperty("version").GetInt32();
        intact += history.GetProperty("chainIntact").GetBoolean() ? 1 : 0;
    }

    var ms = latencies.Order().ToArray();
    var ok = bad == 0 && single == rounds && commands == 3 * rounds && intact == rounds;
    Console.WriteLine($"approvals ({(conditional ? "conditional" : "unconditional")}): {rounds} rounds, one 200 and one clear refusal in {rounds - bad} (409 {rounds - bad - refusedByPolicy}, 422 REVIEW010 {refusedByPolicy}); won through A {wonA}, through B {wonB}; cases with exactly one approval {single}/{rounds}; "
        + $"stored commands {commands} (expected {3 * rounds}); chains intact {intact}/{rounds}; approval latency p50 {ms[ms.Length / 2]:F1} ms, p99 {ms[(int)(ms.Length * 0.99)]:F1} ms");
    return ok ? 0 : 1;
}

async Task<HttpClient> SignIn(Uri server, string user, string password, string language = "zh-CN")
{
    var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
    client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
    var session = await client.PostAsJsonAsync("/api/session", new { user, password });
    session.EnsureSuccessStatusCode();
    client.DefaultRequestHeaders.Authorization = new("Bearer", (await session.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
    return client;
}
