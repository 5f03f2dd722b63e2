#!/usr/bin/env bash
# Two server processes on one PostgreSQL database, as a bureau runs several instances behind a load balancer: per round,
# an item ready for its level-1 approval and two approvals of it at the same moment by two reviewers, one through each
# process, both decided on the same case version. Exactly one may succeed; the other must get 409 with a clear message
# in its reader's language. A second run sends no expectedVersion: still exactly one succeeds, and the split of the
# loser's 409 (same version, refused by the primary key) and 422 (read after the winner, refused by the policy) shows
# how often the two really raced. Loopback only, bounded (ROUNDS rounds). Figures go to stdout (benchmarks/results/Workbench.md).
#   benchmarks/workbench/two-instances.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${ROUNDS:-200}
port_a=${PORT_A:-5193}
port_b=${PORT_B:-5194}
work=$(mktemp -d /tmp/workbench-two.XXXX)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

dotnet build -c Release samples/Disclosure.WebApi -v q -nologo >/dev/null
dll=samples/Disclosure.WebApi/bin/Release/net10.0/Disclosure.WebApi.dll
dotnet build -c Release benchmarks/workbench/load.cs -v q -nologo >/dev/null
load=$(dotnet build -c Release benchmarks/workbench/load.cs -getProperty:TargetPath 2>/dev/null | tail -1)

server=$(bash .ci/postgres | tail -1)
db="two_$$"
psql "postgresql://disclosure@127.0.0.1:${PGPORT:-55432}/postgres" -qc "CREATE DATABASE $db" >/dev/null
export Disclosure__Database=postgres ConnectionStrings__Disclosure="${server/Database=postgres/Database=$db}"
export Workbench__Bootstrap__User=admin Workbench__Bootstrap__Password=admin-password-1 Workbench__SignInPerMinute=1000
export Logging__LogLevel__Default=Warning

# Both processes start at once: both migrate and bootstrap the same empty database (the migrations' lock and the
# bootstrap's duplicate check must cope).
for port in "$port_a" "$port_b"; do
  ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$dll" > "$work/server-$port.log" 2>&1 &
  pids+=($!)
done
for port in "$port_a" "$port_b"; do
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/catalog" >/dev/null && continue 2; sleep 0.5; done
  echo "server on $port did not start" >&2; cat "$work/server-$port.log" >&2; exit 1
done
echo "two processes (pids ${pids[*]}) on database $db; load average $(cut -d' ' -f1-3 /proc/loadavg)"

status=0
dotnet "$load" approvals "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" admin-password-1 "$rounds" two conditional || status=$?
# Without expectedVersion: how often both really decided on the same version and the (stream, index) key had to refuse one.
dotnet "$load" approvals "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" admin-password-1 "$rounds" free unconditional || status=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
pids=()
psql "postgresql://disclosure@127.0.0.1:${PGPORT:-55432}/postgres" -qc "DROP DATABASE $db" >/dev/null
exit "$status"
