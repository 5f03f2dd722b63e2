#!/usr/bin/env bash
# Fault test: kill -9 the workbench while a client records publications in a loop, restart it, repeat; then every write
# the server acknowledged (201) must be stored exactly once. Loopback only, bounded (ROUNDS rounds of at most WRITES writes).
#   benchmarks/workbench/kill9.sh [sqlite|postgres]     figures go to stdout (quoted in benchmarks/results/Workbench.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}
rounds=${ROUNDS:-5}
writes=${WRITES:-400}
port=${PORT:-5191}
work=$(mktemp -d /tmp/workbench-kill9.XXXX)
acked="$work/acked.txt"
: > "$acked"

dotnet build -c Release samples/Disclosure.WebApi -v q -nologo >/dev/null
dll=samples/Disclosure.WebApi/bin/Release/net10.0/Disclosure.WebApi.dll
export Workbench__Bootstrap__User=admin Workbench__Bootstrap__Password=admin-password-1 Workbench__SignInPerMinute=1000
export Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$port"
if [ "$provider" = postgres ]; then
  server=$(bash .ci/postgres | tail -1)
  db="kill9_$$"
  psql "postgresql://disclosure@127.0.0.1:${PGPORT:-55432}/postgres" -qc "CREATE DATABASE $db" >/dev/null
  export Disclosure__Database=postgres ConnectionStrings__Disclosure="${server/Database=postgres/Database=$db}"
else
  export ConnectionStrings__Disclosure="Data Source=$work/workbench.db"
fi

start() {
  dotnet "$dll" > "$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/catalog" >/dev/null && return 0; sleep 0.5; done
  echo "server did not start" >&2; cat "$work/server.log" >&2; exit 1
}
token() {
  curl -sf -X POST "http://127.0.0.1:$port/api/session" -H 'content-type: application/json' \
    -d '{"user":"admin","password":"admin-password-1"}' | sed -E 's/.*"token":"([^"]+)".*/\1/'
}

dotnet build -c Release benchmarks/workbench/load.cs -v q -nologo >/dev/null
load=$(dotnet build -c Release benchmarks/workbench/load.cs -getProperty:TargetPath 2>/dev/null | tail -1)
for round in $(seq 1 "$rounds"); do
  start
  tok=$(token); [ -n "$tok" ] || { echo "no token" >&2; cat "$work/server.log" >&2; }
  dotnet "$load" write "http://127.0.0.1:$port" "$tok" "$writes" "$acked" "$(( round * 500 ))" &
  client=$!
  # Kill at a random moment while the client writes.
  sleep "$(( (RANDOM % 3) + 3 )).$(( RANDOM % 10 ))"
  kill -9 "$pid"
  wait "$pid" 2>/dev/null || true
  wait "$client" || true
  echo "round $round: killed the server; $(wc -l < "$acked") writes acknowledged so far"
done

start
history=$(curl -sf "http://127.0.0.1:$port/api/publications/history" -H "authorization: Bearer $(token)")
kill "$pid"; wait "$pid" 2>/dev/null || true
echo "$history" | grep -oE '\\"on\\":\\"20[0-9-]{8}' | grep -oE '20[0-9-]{8}' | grep -E '^20[01]' | sort > "$work/stored.txt" || true
intact=$(echo "$history" | grep -oE '"chainIntact":(true|false)')
sort "$acked" > "$work/acked.sorted"
missing=$(comm -23 "$work/acked.sorted" <(sort -u "$work/stored.txt") | wc -l)
twice=$(uniq -d "$work/stored.txt" | wc -l)
extra=$(comm -13 "$work/acked.sorted" <(sort -u "$work/stored.txt") | wc -l)
echo "provider $provider: $rounds kill -9 rounds, $(wc -l < "$acked") acknowledged writes, $(wc -l < "$work/stored.txt") stored; missing $missing, stored twice $twice, stored but unacknowledged (in flight at the kill) $extra; $intact"
count=$(wc -l < "$acked")
rm -rf "$work"
[ "$count" -gt 0 ] && [ "$missing" -eq 0 ] && [ "$twice" -eq 0 ] && [ "$intact" = '"chainIntact":true' ]
