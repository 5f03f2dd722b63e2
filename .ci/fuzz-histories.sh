#!/usr/bin/env bash
# Long fuzz run of the history readers (default 1,000,000 mutated inputs per format): request-history documents, request
# entries from a store, review-case-history documents, publication logs and activity records. Only HistoryException may
# escape, and a read that succeeds must write back. Usage: .ci/fuzz-histories.sh [ITERATIONS] [TEST-METHOD]
# (TEST-METHOD, for example ReviewCaseHistory_Read_MutatedDocuments_OnlyHistoryException, runs one reader only).
set -euo pipefail
cd "$(dirname "$0")/.."
filter=(-class "Disclosure.Domain.Tests.Histories.HistoryFuzzTests")
if [[ -n "${2:-}" ]]; then
  filter=(-method "Disclosure.Domain.Tests.Histories.HistoryFuzzTests.$2")
fi
dotnet build tests/Disclosure.Domain.Tests -c Release -f net10.0
FUZZ_ITERATIONS="${1:-1000000}" tests/Disclosure.Domain.Tests/bin/Release/net10.0/Disclosure.Domain.Tests "${filter[@]}" -diagnostics
