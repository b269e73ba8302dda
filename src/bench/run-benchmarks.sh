#!/usr/bin/env bash
# National-scale benchmarks of Kommunsvar. Usage:
#   bash src/bench/run-benchmarks.sh            # 1 000, 10 000 and 100 000 pages (about 20-30 min on 2 cores)
#   bash src/bench/run-benchmarks.sh --quick    # 1 000 and 2 000 pages, short loads: to try it out
#   bash src/bench/run-benchmarks.sh 5000 20000 # chosen sizes
# Builds the jar, generates corpora under target/bench/, ingests, serves with -Xmx1g on loopback, runs the loads
# from a separate process, measures, runs the reliability check, and rewrites the figures section of
# docs/BENCHMARKS.md: the new run goes on top, earlier runs stay below it (a run of one size must not wipe the
# figures of the other sizes). Needs a JDK 17 and Maven; uses no network once dependencies are in ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/../.."

QUICK=0
SIZES=()
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    *[!0-9]*) echo "usage: $0 [--quick] [pages ...]" >&2; exit 2 ;;
    *) SIZES+=("$arg") ;;
  esac
done
if [ ${#SIZES[@]} -eq 0 ]; then
  if [ $QUICK = 1 ]; then SIZES=(1000 2000); else SIZES=(1000 10000 100000); fi
fi
# WARM: requests sent before each measured load, one at a time, and not measured. 200 left the JIT compiling during
# the first (CHAT) load on a shared 2-core machine (its server CPU per request was 7.0 ms, 5.1 ms when the same load was
# run again, 2026-12-06), so the first mode paid the warm-up of all; the warm-up asks other questions than the load.
if [ $QUICK = 1 ]; then REQ=300; SECS=20; REL_SECS=15; WARM=300; else REQ=2000; SECS=60; REL_SECS=45; WARM=2000; fi
THREADS=4
SEED=20240312
OUT=target/bench
DOC=docs/BENCHMARKS.md
RESULTS=$OUT/results.md
CMD="bash src/bench/run-benchmarks.sh $*"
mkdir -p $OUT

(mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests) >&2
JAR=target/kommunsvar.jar

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
field() { sed -n "s/.*[ (]$1=\([^ ]*\).*/\1/p" <<<"$2" | head -1 | sed 's/ms$//'; }

SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
trap stop_server EXIT

load_row() { # label, load output line, server CPU ms per request
  local l="$2"
  echo "| $1 | $(field sent "$l") | $(field errors "$l") | $(field rps "$l") | $(field p50 "$l") | $(field p95 "$l") | $(field p99 "$l") | $3 | $(field correct "$l") |"
}
# The server's CPU time (user + system, all its threads) in clock ticks: unlike latency on a shared machine, CPU per
# request hardly depends on what else runs.
server_cpu() { awk '{ print $14 + $15 }' /proc/$SERVER_PID/stat; }
load() { # mode, threads: runs one load, prints its row
  local c0 c1 line
  c0=$(server_cpu)
  line=$(java -jar $JAR load --url "http://127.0.0.1:$PORT" --questions "$D/questions.tsv" --mode $1 \
    --threads $2 --requests $REQ --seconds $SECS --warmup $WARM | grep '^load:')
  c1=$(server_cpu)
  echo "$line" >&2
  local cpu
  cpu=$(awk -v a="$c0" -v b="$c1" -v n="$(field sent "$line")" -v w=$WARM -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.2f", (b - a) * 1000 / hz / (n + w) }')
  load_row "$N · $1$([ "$2" = 1 ] && echo ', 1 client')" "$line" "$cpu"
}

{
  echo "### Run of $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  if git rev-parse --git-dir > /dev/null 2>&1; then
    echo "Commit: \`$(git rev-parse --short HEAD)\`$(git diff --quiet HEAD || echo ' with uncommitted changes')."
  else
    echo "Commit: unknown (not run from a git checkout)."
  fi
  echo
  echo "Command: \`$CMD\` (seed $SEED, $THREADS concurrent clients, $WARM unmeasured warm-up requests before each load, server \`-Xmx1g\`, rate limit off for the load)."
  echo
  echo "Machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') RAM, $(java -version 2>&1 | head -1), load average at start $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "The machine was shared with other engineers' builds and tests during the run, so latencies are noisy upper bounds."
  echo
} > $RESULTS
SIZE_TABLE=$OUT/sizes.md
LOAD_TABLE=$OUT/loads.md
REL_TABLE=$OUT/reliability.md
echo "| pages | generate s | ingest s | parse+index pages/s | index MB | bytes/page | re-index all s | start-up s | heap used MB (after full GC) |" > $SIZE_TABLE
echo "|---|---|---|---|---|---|---|---|---|" >> $SIZE_TABLE
echo "| pages · load | requests | errors | req/s | p50 ms | p95 ms | p99 ms | server CPU ms/request | correct |" > $LOAD_TABLE
echo "|---|---|---|---|---|---|---|---|---|" >> $LOAD_TABLE
echo "| pages | chat requests | failed | answered | citation violations | site crawls via API (pages each) | single-page re-indexes | pages removed | re-index call → answered ms, median / max | each edit ms |" > $REL_TABLE
echo "|---|---|---|---|---|---|---|---|---|---|" >> $REL_TABLE

for N in "${SIZES[@]}"; do
  D=$OUT/n$N
  echo "== $N pages" >&2
  rm -rf "$D"
  t0=$(now); java -jar $JAR generate-corpus --pages "$N" --seed $SEED --out "$D" >&2; t1=$(now)
  gen=$(secs "$t0" "$t1")
  t0=$(now); java -jar $JAR ingest "$D/pages" --index "$D/index" >&2; t1=$(now)
  ing=$(secs "$t0" "$t1")
  pps=$(awk -v n="$N" -v s="$ing" 'BEGIN { printf "%.0f", n / s }')
  bytes=$(du -sb "$D/index" | cut -f1)
  mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
  bpp=$(( bytes / N ))
  t0=$(now); java -jar $JAR ingest "$D/pages" --index "$D/index" >&2; t1=$(now)
  reidx=$(secs "$t0" "$t1")

  PORT=$(( 7400 + RANDOM % 500 ))
  t0=$(now)
  KOMMUNSVAR_RATE_LIMIT=off java -Xmx1g -jar $JAR serve --index "$D/index" --web "$D/no-web" --port $PORT > "$D/server.log" 2>&1 &
  SERVER_PID=$!
  until curl -sf "http://127.0.0.1:$PORT/api/search?q=skatt&limit=1" > /dev/null; do
    kill -0 $SERVER_PID || { cat "$D/server.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(now); start=$(secs "$t0" "$t1")

  for mode in CHAT SEARCH BM25; do
    load $mode $THREADS >> $LOAD_TABLE
  done
  # one client each: the answering cost without queueing for the 2 cores; BM25 is the comparison row here too
  load CHAT 1 >> $LOAD_TABLE
  load BM25 1 >> $LOAD_TABLE

  jcmd $SERVER_PID GC.run > /dev/null
  heap=$(jcmd $SERVER_PID GC.heap_info | sed -n 's/.*heap *total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1)
  heapmb=$(awk -v k="$heap" 'BEGIN { printf "%.0f", k / 1024 }')
  stop_server
  echo "| $N | $gen | $ing | $pps | $mb | $bpp | $reidx | $start | $heapmb |" >> $SIZE_TABLE

  rm -rf "$D/index-rel"; cp -r "$D/index" "$D/index-rel"
  line=$(java -Xmx1g -jar $JAR reliability --index "$D/index-rel" --corpus "$D" --seconds $REL_SECS --threads $THREADS \
    2>"$D/reliability.log" | grep '^reliability:' || true)
  echo "$line" >&2
  fresh=$(sed -n 's/.*freshnessMs=\[\(.*\)\]/\1/p' <<<"$line" | awk -F', ' '{ for (i = 1; i <= NF; i++) printf "%s%.0f", (i > 1 ? ", " : ""), $i }')
  echo "| $N | $(field requests "$line") | $(field failed "$line") | $(field answered "$line") | $(field citationViolations "$line") | $(field siteReindexes "$line") $(sed -n 's/.*(x\([0-9]*\) pages).*/(\1)/p' <<<"$line") | $(field pageReindexes "$line") | $(field deletions "$line") | $(field freshnessMedianMs "$line") / $(field freshnessMaxMs "$line") | $fresh |" >> $REL_TABLE
  rm -rf "$D/index-rel"
done

{
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."; echo
  echo "#### Size, ingest, start-up, heap"; echo; cat $SIZE_TABLE; echo
  echo "#### Load (\`load\`, a separate JVM on loopback)"; echo; cat $LOAD_TABLE; echo
  echo "#### Reliability under re-indexing and removals (\`reliability\`)"; echo; cat $REL_TABLE; echo
} >> $RESULTS

# Put the new run right after the start marker in docs/BENCHMARKS.md; earlier runs between the markers and the rest
# of the file are left as they are (delete old runs by hand when they no longer say anything).
awk -v results="$RESULTS" '
  /<!-- bench:figures:start -->/ { print; while ((getline line < results) > 0) print line; next }
  { print }
' $DOC > $DOC.tmp && mv $DOC.tmp $DOC
echo "wrote the figures to $DOC" >&2
