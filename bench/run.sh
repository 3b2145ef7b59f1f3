#!/usr/bin/env bash
# Ideas benchmark: loads 500,000 ideas into a fresh database on a PostgreSQL server, starts Ironbridge on it,
# signs in as a demo user and reports p50/p95 latency of the search page, the similar-ideas suggestions and
# trivial endpoints, measured in the same run. Not part of `mvn verify`. See bench/README.md.
set -euo pipefail

cd "$(dirname "$0")/.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DATABASE="${BENCH_DATABASE:-ironbridge_bench}"
PORT="${BENCH_PORT:-18080}"
IDEAS="${BENCH_IDEAS:-500000}"
REQUESTS="${BENCH_REQUESTS:-200}"
LOG="${BENCH_LOG:-target/bench-app.log}"

java_21() {
  for candidate in "${JAVA:-}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return; fi
  done
  echo "No Java 21 or later found; set JAVA=/path/to/java" >&2; exit 1
}

JAR=$(ls target/ironbridge-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
  echo "Building the application jar (mvn -DskipTests package)..."
  mvn -B -q -DskipTests package
  JAR=$(ls target/ironbridge-*.jar | grep -v plain | head -1)
fi
JAVA_BIN=$(java_21)

REUSE="${BENCH_REUSE:-0}"
if [ "$REUSE" = 1 ]; then
  echo "Reusing database $DATABASE as loaded by an earlier run (BENCH_REUSE=1)"
elif psql -d postgres -tAc "select 1 from pg_database where datname = '$DATABASE'" | grep -q 1; then
  echo "Database $DATABASE already exists; drop it, set BENCH_DATABASE, or reuse it with BENCH_REUSE=1" >&2; exit 1
else
  createdb "$DATABASE"
fi
DATA_DIRECTORY=$(mktemp -d)
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$DATA_DIRECTORY"
  if [ "${BENCH_KEEP_DATABASE:-0}" != 1 ]; then dropdb --if-exists "$DATABASE"; else echo "Kept database $DATABASE"; fi
}
trap cleanup EXIT

echo "Starting Ironbridge on port $PORT against database $DATABASE (log: $LOG)..."
mkdir -p "$(dirname "$LOG")"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" IRONBRIDGE_DATA_DIRECTORY="$DATA_DIRECTORY" PORT="$PORT" \
  "$JAVA_BIN" -jar "$JAR" > "$LOG" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  if curl -fsS "http://localhost:$PORT/actuator/health/readiness" > /dev/null 2>&1; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "The application stopped; see $LOG" >&2; exit 1; fi
  sleep 1
done
curl -fsS "http://localhost:$PORT/actuator/health/readiness" > /dev/null

if [ "$REUSE" != 1 ]; then
  echo "Loading $IDEAS ideas..."
  started=$(date +%s)
  psql -q -d "$DATABASE" -v count="$IDEAS" -f bench/load-ideas.sql
  echo "Loaded in $(( $(date +%s) - started )) s"
fi
echo "$(psql -d "$DATABASE" -tAc "select count(*) from idea") ideas; database size $(psql -d "$DATABASE" -tAc \
  "select pg_size_pretty(pg_database_size(current_database()))")"

echo "Measuring ($REQUESTS requests per endpoint)..."
python3 bench/measure.py "http://localhost:$PORT" "$REQUESTS"
