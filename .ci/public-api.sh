#!/usr/bin/env bash
# Adds every public symbol the PublicAPI analyzer reports as undeclared (RS0016) to
# src/*/PublicAPI.Unshipped.txt, then sorts the file. Run after adding public API; review the diff.
set -euo pipefail
cd "$(dirname "$0")/.."
for proj in src/*/; do
  file="$proj/PublicAPI.Unshipped.txt"
  [ -f "$file" ] || continue
  name=$(basename "$proj")
  # Only this project's diagnostics: a referenced project's errors carry its own .csproj in brackets.
  new=$(dotnet build "$proj" -f net10.0 --no-incremental 2>&1 \
    | grep "/$name.csproj" \
    | grep -o "error RS0016: Symbol '.*' is not part of the declared public API" \
    | sed -E "s/^error RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u || true)
  [ -n "$new" ] || continue
  { tail -n +2 "$file"; printf '%s\n' "$new"; } | grep -v '^$' | LC_ALL=C sort -u > "$file.tmp"
  { echo '#nullable enable'; cat "$file.tmp"; } > "$file"; rm "$file.tmp"
  echo "$proj: added $(printf '%s\n' "$new" | wc -l) symbols"
done
