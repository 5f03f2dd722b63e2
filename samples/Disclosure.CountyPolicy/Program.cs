using System.Text;
using Disclosure.CountyPolicy;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;
using NodaTime;
using NodaTime.Text;

// A county bureau's view of its own rules: what differs from the city's, and what is due on a day.
//   dotnet run --project samples/Disclosure.CountyPolicy -- [yyyy-MM-dd]
Console.OutputEncoding = Encoding.UTF8;
var asOf = args.Length > 0 ? LocalDatePattern.Iso.Parse(args[0]).GetValueOrThrow() : new LocalDate(2024, 7, 15);

RulePack county, township;
try
{
    county = CountyPacks.County();
    township = CountyPacks.Township();
}
catch (RulePackException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

var city = RulePack.XuanchengCivilAffairs2024;
Console.WriteLine($"{county}");
Console.WriteLine($"  extends {city.Metadata.BureauName}: {city.Catalog.Columns.Length} columns → {county.Catalog.Columns.Length}");
Console.WriteLine("  changes from the city's pack:");
foreach (var change in RulePack.Diff(city, county).Changes)
{
    Console.WriteLine($"    {change}");
}

Console.WriteLine($"{township}");
Console.WriteLine($"  review: {string.Join(" → ", township.Review.Levels.Select(l => l.Name))} (county: {string.Join(" → ", county.Review.Levels.Select(l => l.Name))})");

var report = new DueDateCalculator(county.Calendar).Evaluate(county.Catalog, PublicationLog.Empty, asOf);
Console.WriteLine($"{county.Metadata.BureauName} on {LocalDatePattern.Iso.Format(asOf)}: {report.Count(ObligationStatus.Overdue)} overdue, {report.Count(ObligationStatus.Due)} due (empty publication log)");
return 0;
