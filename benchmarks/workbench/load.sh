#!/usr/bin/env bash
# Load: a workbench (Release) on a SQLite file holding a year of a bureau's publications (SEED, default 3000), then
# sustained GET /due for SECONDS with WORKERS concurrent clients, next to the same question answered in process from the
# same log (the in-memory path). Loopback only; bounded in time. Figures go to stdout.
set -euo pipefail
cd "$(dirname "$0")/../.."
seed=${SEED:-3000}; seconds=${SECONDS_PER_RUN:-20}; workers=${WORKERS:-8}; port=${PORT:-5192}
work=$(mktemp -d /tmp/workbench-load.XXXX)
dotnet build -c Release samples/Disclosure.WebApi -v q -nologo >/dev/null
dotnet build -c Release benchmarks/workbench/load.cs -v q -nologo >/dev/null
load=$(dotnet build -c Release benchmarks/workbench/load.cs -getProperty:TargetPath 2>/dev/null | tail -1)
export Workbench__Bootstrap__User=admin Workbench__Bootstrap__Password=admin-password-1 Workbench__SignInPerMinute=1000
export Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$port" ConnectionStrings__Disclosure="Data Source=$work/workbench.db"
dotnet samples/Disclosure.WebApi/bin/Release/net10.0/Disclosure.WebApi.dll > "$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/catalog" >/dev/null && break; sleep 0.5; done
token=$(curl -sf -X POST "http://127.0.0.1:$port/api/session" -H 'content-type: application/json' -d '{"user":"admin","password":"admin-password-1"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
dotnet "$load" seed "http://127.0.0.1:$port" "$token" "$seed"
echo "database: $(du -h "$work/workbench.db" | cut -f1) (+ WAL $(du -h "$work/workbench.db-wal" 2>/dev/null | cut -f1))"
dotnet "$load" due "http://127.0.0.1:$port" "$seconds" "$workers"
WORKBENCH_TOKEN=$token dotnet "$load" memory "http://127.0.0.1:$port" "$seconds" "$workers"
