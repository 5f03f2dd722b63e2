using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Domain.Calendars;

namespace Disclosure.Domain.Requests;

/// <summary>The JSON forms of <see cref="RequestDeadline"/> and <see cref="RequestLedger"/>.</summary>
internal static class RequestsJson
{
    private static readonly RequestsJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    });

    private static ViolationDto Violation(RequestViolation v) => new()
    {
        Code = v.Code.Id,
        Article = v.Code.LegalSource ?? "—",
        EventIndex = v.EventIndex,
        Date = Iso.Format(v.Event.On),
        Message = v.Message,
    };

    internal static string Serialize(RequestDeadline deadline, RequestLedger? ledger)
    {
        var dto = new DeadlineDto
        {
            ReceivedOn = Iso.Format(deadline.ReceivedOn),
            Channel = deadline.Request.Channel.Id,
            HandlingUnit = deadline.Request.HandlingUnit?.Value,
            AsOf = Iso.Format(deadline.AsOf),
            ClockStartsOn = Date(deadline.ClockStartsOn),
            DueOn = Date(deadline.DueOn),
            OriginalDueOn = Date(deadline.OriginalDueOn),
            WorkingDays = deadline.WorkingDays,
            ExtensionWorkingDays = deadline.ExtensionWorkingDays,
            WorkingDaysUsed = deadline.WorkingDaysUsed,
            WorkingDaysRemaining = deadline.WorkingDaysRemaining,
            WorkingDaysOverdue = deadline.WorkingDaysOverdue,
            PausedWorkingDays = deadline.PausedWorkingDays,
            Status = StatusId(deadline.Status),
            Overdue = deadline.IsOverdue,
            ClosedOn = Date(deadline.ClosedOn),
            Provisional = deadline.IsProvisional,
            Pauses = [.. deadline.Pauses.Select(p => new PauseDto
            {
                ConsultationId = p.ConsultationId,
                Party = p.Party == ConsultationParty.ThirdParty ? "thirdParty" : "otherAgency",
                From = Iso.Format(p.From),
                Through = Iso.Format(p.Through),
                Ongoing = p.IsOngoing,
            })],
            OwedDeadlines = [.. deadline.OwedDeadlines.Select(o => new OwedDto
            {
                Kind = OwedKindId(o.Kind),
                OwedBy = o.OwedBy,
                DueOn = Iso.Format(o.DueOn),
                State = OwedStateId(o.State),
                SettledOn = Date(o.SettledOn),
                ConsultationId = o.ConsultationId,
                Article = o.Article,
            })],
            Violations = [.. deadline.Violations.Select(Violation)],
            Findings = [.. deadline.Findings.Select(Violation)],
            Ledger = ledger is null ? null : [.. ledger.Entries.Select(e => new EntryDto
            {
                Date = Iso.Format(e.Date),
                Weekday = e.Date.DayOfWeek.ToString(),
                Kind = e.Kind.ToId(),
                Festival = e.Festival?.Id,
                FestivalName = e.Festival?.Name,
                Counted = e.Counted,
                Reason = e.Reason.Id,
                Explanation = e.Explanation,
                RunningCount = e.RunningCount,
                Paused = e.IsPaused,
                Provisional = e.IsProvisional,
                Notes = [.. e.Notes],
            })],
        };
        return JsonSerializer.Serialize(dto, Context.DeadlineDto);
    }

    internal static string StatusId(RequestStatus status) => status switch
    {
        RequestStatus.Open => "open",
        RequestStatus.Paused => "paused",
        RequestStatus.AwaitingCorrection => "awaitingCorrection",
        RequestStatus.Overdue => "overdue",
        RequestStatus.AnsweredOnTheSpot => "answeredOnTheSpot",
        RequestStatus.AnsweredOnTime => "answeredOnTime",
        RequestStatus.AnsweredLate => "answeredLate",
        RequestStatus.Withdrawn => "withdrawn",
        RequestStatus.Abandoned => "abandoned",
        _ => "invalid",
    };


    private static string OwedKindId(OwedDeadlineKind kind) => kind switch
    {
        OwedDeadlineKind.CorrectionNotice => "correctionNotice",
        OwedDeadlineKind.Correction => "correction",
        OwedDeadlineKind.ThirdPartyOpinion => "thirdPartyOpinion",
        _ => "otherAgencyOpinion",
    };

    private static string OwedStateId(OwedDeadlineState state) => state switch
    {
        OwedDeadlineState.Pending => "pending",
        OwedDeadlineState.Met => "met",
        OwedDeadlineState.MetLate => "metLate",
        _ => "lapsed",
    };

    private static string? Date(LocalDate? date) => date is { } d ? Iso.Format(d) : null;

    internal sealed class DeadlineDto
    {
        public string ReceivedOn { get; init; } = "";
        public string Channel { get; init; } = "";
        public string? HandlingUnit { get; init; }
        public string AsOf { get; init; } = "";
        public string? ClockStartsOn { get; init; }
        public string? DueOn { get; init; }
        public string? OriginalDueOn { get; init; }
        public int WorkingDays { get; init; }
        public int ExtensionWorkingDays { get; init; }
        public int WorkingDaysUsed { get; init; }
        public int WorkingDaysRemaining { get; init; }
        public int WorkingDaysOverdue { get; init; }
        public int PausedWorkingDays { get; init; }
        public string Status { get; init; } = "";
        public bool Overdue { get; init; }
        public string? ClosedOn { get; init; }
        public bool Provisional { get; init; }
        public List<PauseDto> Pauses { get; init; } = [];
        public List<OwedDto> OwedDeadlines { get; init; } = [];
        public List<ViolationDto> Violations { get; init; } = [];
        public List<ViolationDto> Findings { get; init; } = [];
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public List<EntryDto>? Ledger { get; init; }
    }

    internal sealed class PauseDto
    {
        public string ConsultationId { get; init; } = "";
        public string Party { get; init; } = "";
        public string From { get; init; } = "";
        public string Through { get; init; } = "";
        public bool Ongoing { get; init; }
    }

    internal sealed class OwedDto
    {
        public string Kind { get; init; } = "";
        public string OwedBy { get; init; } = "";
        public string DueOn { get; init; } = "";
        public string State { get; init; } = "";
        public string? SettledOn { get; init; }
        public string? ConsultationId { get; init; }
        public string Article { get; init; } = "";
    }

    internal sealed class ViolationDto
    {
        public string Code { get; init; } = "";
        public string Article { get; init; } = "";
        public int EventIndex { get; init; }
        public string Date { get; init; } = "";
        public string Message { get; init; } = "";
    }

    internal sealed class EntryDto
    {
        public string Date { get; init; } = "";
        public string Weekday { get; init; } = "";
        public string Kind { get; init; } = "";
        public string? Festival { get; init; }
        public string? FestivalName { get; init; }
        public bool Counted { get; init; }
        public string Reason { get; init; } = "";
        public string Explanation { get; init; } = "";
        public int RunningCount { get; init; }
        public bool Paused { get; init; }
        public bool Provisional { get; init; }
        public List<string> Notes { get; init; } = [];
    }
}

/// <summary>The source-generated serialisation context of the request JSON forms.</summary>
[JsonSerializable(typeof(RequestsJson.DeadlineDto))]
internal sealed partial class RequestsJsonContext : JsonSerializerContext;
