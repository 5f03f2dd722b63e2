using NodaTime.Text;

namespace Disclosure.Domain.Requests;

/// <summary>ISO date formatting shared by the request types.</summary>
internal static class Iso
{
    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static string Format(LocalDate? date) => date is { } d ? Format(d) : "-";
}
