#!/usr/bin/env bash
# Brings src/*/PublicAPI.Unshipped.txt in line with the code: adds every public symbol the PublicAPI analyzer reports
# as undeclared (RS0016), drops every declared symbol it cannot find (RS0017), then sorts the file. Run after changing
# public API; review the diff.
set -euo pipefail
cd "$(dirname "$0")/.."
for proj in src/*/; do
  file="$proj/PublicAPI.Unshipped.txt"
  [ -f "$file" ] || continue
  name=$(basename "$proj")
  # Only this project's diagnostics: a referenced project's errors carry its own .csproj in brackets.
  diagnostics=$(dotnet build "$proj" -f net10.0 --no-incremental 2>&1 | grep "/$name.csproj" || true)
  new=$(grep -o "error RS0016: Symbol '.*' is not part of the declared public API" <<<"$diagnostics" \
    | sed -E "s/^error RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u || true)
  stale=$(grep -o "error RS0017: Symbol '.*' is part of the declared API, but is either not public or could not be found" <<<"$diagnostics" \
    | sed -E "s/^error RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found$/\1/" | sort -u || true)
  [ -n "$new$stale" ] || continue
  { tail -n +2 "$file" | while IFS= read -r line; do grep -qxF -- "$line" <<<"$stale" || printf '%s\n' "$line"; done; printf '%s\n' "$new"; } \
    | grep -v '^$' | LC_ALL=C sort -u > "$file.tmp"
  { echo '#nullable enable'; cat "$file.tmp"; } > "$file"; rm "$file.tmp"
  echo "$proj: added $(printf '%s\n' "$new" | grep -c . || true), removed $(printf '%s\n' "$stale" | grep -c . || true) symbols"
done
