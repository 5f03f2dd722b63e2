#:project ../../src/Disclosure.Domain/Disclosure.Domain.csproj
#:property PublishAot=false
// The workbench's load and fault client, on loopback only. Bounded in requests and time; stops by itself.
//   dotnet run load.cs -- seed <base-url> <token> <count>          records <count> publications spread over 2024 (a bureau's year)
//   dotnet run load.cs -- due <base-url> <seconds> <workers>       sustained GET /due: requests per second, p50, p99
//   dotnet run load.cs -- memory <base-url> <seconds> <workers>    the same question answered in process from the same log (the in-memory path)
//   dotnet run load.cs -- write <base-url> <token> <count> <acked-file> <first-day-offset>   publications one by one from 2000-01-01 + offset; each acknowledged day is appended to the file
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
    case "write":
        http.DefaultRequestHeaders.Authorization = new("Bearer", args[2]);
        await Write(int.Parse(args[3]), args[4], int.Parse(args[5]));
        break;
    default:
        throw new ArgumentException($"unknown mode {mode}");
}

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
