#!/usr/bin/env bash
# Long fuzz run of the JSON loaders (default 1,000,000 mutated inputs each): the rule-pack loader, where only
# RulePackException may escape, and the calendar data loader, where only CalendarDataException may.
# Usage: .ci/fuzz-rule-packs.sh [ITERATIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/Disclosure.Domain.Tests -c Release -f net10.0
FUZZ_ITERATIONS="${1:-1000000}" tests/Disclosure.Domain.Tests/bin/Release/net10.0/Disclosure.Domain.Tests \
  -method "Disclosure.Domain.Tests.RulePacks.RulePackFuzzTests.Load_MutatedPacks_OnlyRulePackExceptionEscapes" \
  -method "Disclosure.Domain.Tests.Calendars.CalendarDataFuzzTests.FromJsonAndWithData_MutatedData_OnlyCalendarDataExceptionEscapes" \
  -diagnostics
