#!/usr/bin/env bash
# Packs Disclosure.Domain, Disclosure.Domain.Testing and the `disclosure` tool into a local feed, checks what the
# packages hold, then uses them as a user receives them: a throwaway console project restores the library from the
# feed and runs README code; the tool is installed from the feed and run.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
export NUGET_PACKAGES="$work/packages"   # a fresh cache, so the packages just packed are the ones used

for project in src/Disclosure.Domain src/Disclosure.Domain.Testing samples/Disclosure.Cli; do
  dotnet pack "$project" -c Release -o "$feed" --nologo -v quiet
done
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
for id in Disclosure.Domain Disclosure.Domain.Testing; do
  for ext in nupkg snupkg; do
    [ -f "$feed/$id.$version.$ext" ] || { echo "missing $id.$version.$ext" >&2; exit 1; }
  done
  contents=$(unzip -l "$feed/$id.$version.nupkg")
  for entry in README.md "lib/net8.0/$id.dll" "lib/net8.0/$id.xml" "lib/net10.0/$id.dll" "lib/net10.0/$id.xml"; do
    grep -q " $entry\$" <<<"$contents" || { echo "$id.$version.nupkg lacks $entry" >&2; exit 1; }
  done
  unzip -p "$feed/$id.$version.nupkg" "$id.nuspec" | grep -q '<license type="expression">MIT</license>' \
    || { echo "$id nuspec lacks the MIT licence expression" >&2; exit 1; }
  unzip -p "$feed/$id.$version.nupkg" "$id.nuspec" | grep -q '<repository ' \
    || { echo "$id nuspec lacks SourceLink repository metadata" >&2; exit 1; }
done
[ -f "$feed/Disclosure.Cli.$version.nupkg" ] || { echo "missing the disclosure tool package" >&2; exit 1; }

app="$work/app"
mkdir -p "$app"
# Stop MSBuild from picking up any Directory.*.props above the temporary folder.
echo '<Project />' > "$app/Directory.Build.props"
echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$app/Directory.Packages.props"
cat > "$app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
</Project>
XML
# The README's way to consume the packages before they are on a public feed: a local folder feed as a NuGet source.
(cd "$app" && dotnet new nugetconfig >/dev/null && dotnet nuget add source "$feed" --name disclosure-local --configfile nuget.config >/dev/null)
for id in Disclosure.Domain Disclosure.Domain.Testing; do
  dotnet add "$app/App.csproj" package "$id" --version "$version" >/dev/null || { echo "dotnet add package $id failed" >&2; exit 1; }
done
# README code: the calendar, the main job, and the test kit.
cat > "$app/Program.cs" <<'CS'
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;
using Disclosure.Domain.Testing;
using NodaTime;

var calendar = WorkingDayCalendar.ChinaMainland;
Console.WriteLine(calendar.AddWorkingDays(new LocalDate(2025, 9, 25), 20).ToString("uuuu-MM-dd", null));
var catalog = RulePack.XuanchengCivilAffairs2024.Catalog;
var report = new DueDateCalculator(calendar).Evaluate(catalog, PublicationLog.Empty, new LocalDate(2024, 7, 1));
Console.WriteLine($"{catalog.Columns.Length} columns, {report.Count(ObligationStatus.Overdue)} overdue");
var fixture = new CalendarFixture(2024).DayOff(new LocalDate(2024, 7, 15), "防汛假").Build();
DomainAssert.WorkingDaysEndOn(fixture, new LocalDate(2024, 7, 12), 1, new LocalDate(2024, 7, 16));
Console.WriteLine("test kit ok");
CS
output=$(dotnet run --project "$app" --nologo -v quiet)
echo "$output"
grep -q '^2025-10-29$' <<<"$output" || { echo "README calendar example: unexpected output" >&2; exit 1; }
grep -q '^75 columns, 16 overdue$' <<<"$output" || { echo "README due example: unexpected output" >&2; exit 1; }
grep -q '^test kit ok$' <<<"$output" || { echo "test kit example failed" >&2; exit 1; }

dotnet tool install Disclosure.Cli --version "$version" --tool-path "$work/tools" --add-source "$feed" >/dev/null
tool_output=$("$work/tools/disclosure" workdays add 2025-09-25 20)
[ "$tool_output" = "2025-10-29" ] || { echo "the installed disclosure tool printed '$tool_output'" >&2; exit 1; }
echo "packages ok: Disclosure.Domain, Disclosure.Domain.Testing and the disclosure tool work from a local feed"
