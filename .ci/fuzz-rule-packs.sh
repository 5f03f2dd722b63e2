#!/usr/bin/env bash
# Long fuzz run of the rule-pack loader (default 1,000,000 mutated inputs). Only RulePackException may escape.
# Usage: .ci/fuzz-rule-packs.sh [ITERATIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/Disclosure.Domain.Tests -c Release
FUZZ_ITERATIONS="${1:-1000000}" tests/Disclosure.Domain.Tests/bin/Release/net10.0/Disclosure.Domain.Tests \
  -method "Disclosure.Domain.Tests.RulePacks.RulePackFuzzTests.Load_MutatedPacks_OnlyRulePackExceptionEscapes" -diagnostics
