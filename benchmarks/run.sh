#!/usr/bin/env bash
# Archive-scale benchmarks. Run from anywhere; results land in benchmarks/results/.
#
#   benchmarks/run.sh build                 build the modules, app/target/imr.jar and benchmarks/target/classpath.txt
#                                           (one reactor build; the other commands run it when these are missing)
#   benchmarks/run.sh parse                 JMH: parser throughput, one thread (letters/s per core)
#   benchmarks/run.sh pdf [FILES]           our PDF extraction (one thread) vs pdftotext -layout on the real letters
#                                           of ../shared/corpus/real-2016 (or $BENCH_REAL_LETTERS) replicated to FILES
#                                           (default 5000); installs poppler-utils when pdftotext is missing
#   benchmarks/run.sh import [LETTERS]      real importer vs raw _bulk for the same documents (default 100000), importer heap
#   benchmarks/run.sh search DECISIONS      fill bench-scale-decisions to DECISIONS, then p50/p95/p99 under load (wrk,
#                                           installed when missing), API heap
#   benchmarks/run.sh embed                 CPU per decision of sentence embeddings (both MiniLM variants, 1-2 threads,
#                                           batch 1-64) on the real letters of ../shared/corpus/real-2016
#   benchmarks/run.sh stop                  stop the API server (and its embedded Elasticsearch) started by this script
#
# Everything runs against one embedded Elasticsearch under $IMR_HOME (default /tmp/imr-bench/home), owned by an
# `imr serve` this script starts on $BENCH_PORT (default 7071) with index prefix $BENCH_PREFIX (default bench-scale);
# a second tier can be served at the same time on another port and prefix; the Java benchmarks
# attach to that node. Settings: IMR_ES_HEAP (default 1g), IMR_JAVA_OPTS for the API server (default -Xmx1g),
# BENCH_CONNECTIONS (default 4), BENCH_SECONDS (default 30) per scenario after a 10 s warm-up, BENCH_PARALLELISM
# (importer parser threads, default 0 = one per core), BENCH_PDF_SHARE (default 0.0), BENCH_LOAD_MODE (parse | direct:
# how the search tiers are filled, see ScaleLoader), BENCH_SPLIT_CORES=1 (import: Elasticsearch pinned to CPU 1 and the
# benchmark to CPU 0 with taskset, instead of both sharing every core).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
results="$here/results"
mkdir -p "$results"
export IMR_HOME="${IMR_HOME:-/tmp/imr-bench/home}"
export IMR_ES_HEAP="${IMR_ES_HEAP:-1g}"
dist="$root/app/target/dist/elasticsearch.zip"
export IMR_ANALYSIS_PLUGIN="${IMR_ANALYSIS_PLUGIN:-$root/analysis-plugin/target/imr-analysis-plugin.zip}"
port="${BENCH_PORT:-7071}"
prefix="${BENCH_PREFIX:-bench-scale}"
connections="${BENCH_CONNECTIONS:-4}"
seconds="${BENCH_SECONDS:-30}"

classpath() {
  { [ -f "$here/target/classpath.txt" ] && [ -f "$root/app/target/imr.jar" ]; } || build >&2
  echo "$here/target/classes:$(cat "$here/target/classpath.txt")"
}

build() {
  # One reactor build: the modules the benchmarks and imr.jar need are built here, never looked up in the local
  # repository (nothing is installed). The benchmarks pom writes target/classpath.txt at package.
  mvn -q -B package -DskipTests -pl benchmarks,app -am
}

# Installs Debian packages, through sudo when not root.
apt_install() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q >/dev/null || true
  $sudo apt-get install -y -q "$@" >/dev/null
}

machine() {
  echo "== $(date -u +%FT%TZ)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
}

server_up() {
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1
}

start_server() {
  command -v curl >/dev/null || apt_install curl
  server_up && return 0
  classpath >/dev/null   # builds imr.jar (and copies the distribution beside it) on a fresh clone
  [ -f "$dist" ] && export IMR_ES_DISTRIBUTION="${IMR_ES_DISTRIBUTION:-$dist}"
  mkdir -p "$IMR_HOME"
  echo "starting the API server (imr serve) on port $port, prefix $prefix, IMR_HOME=$IMR_HOME"
  IMR_INDEX_PREFIX=$prefix IMR_PORT=$port nohup java ${IMR_JAVA_OPTS:--Xmx1g} -jar "$root/app/target/imr.jar" serve \
    >"$results/server-$port.log" 2>&1 &
  echo $! >"$results/server-$port.pid"
  for _ in $(seq 1 180); do server_up && return 0; sleep 1; done
  echo "the API server did not come up; see $results/server-$port.log" >&2
  exit 1
}

stop_server() {
  for f in "$results"/server-*.pid; do
    [ -f "$f" ] || continue
    kill "$(cat "$f")" 2>/dev/null || true
    rm -f "$f"
  done
}

es_url() {
  # the embedded node's port, from the owner file the API server wrote
  echo "http://127.0.0.1:$(cut -d' ' -f2 "$IMR_HOME/owner")"
}

run_parse() {
  machine | tee -a "$results/parse.txt"
  java -cp "$(classpath)" org.openjdk.jmh.Main ParseThroughput -rf json -rff "$results/parse-jmh.json" | tee -a "$results/parse.txt"
}

run_import() {
  local letters="${1:-100000}"
  start_server
  local pin=""
  if [ "${BENCH_SPLIT_CORES:-0}" = 1 ]; then
    # Elasticsearch on CPU 1 only, the importer (and the raw sender) on CPU 0: how close the importer gets to
    # the engine's limit when parsing does not take the engine's core.
    local es_pid; es_pid="$(cat "$IMR_HOME/elasticsearch.pid")"
    taskset -a -p -c 1 "$es_pid" >/dev/null
    trap "taskset -a -p -c 0-$(( $(nproc) - 1 )) $es_pid >/dev/null" EXIT
    pin="taskset -c 0"
    echo "split cores: Elasticsearch (pid $es_pid) on CPU 1, the benchmark JVM on CPU 0" | tee -a "$results/import.txt"
  fi
  machine | tee -a "$results/import.txt"
  $pin java -Xms1g -Xmx1g -XX:+UseG1GC -cp "$(classpath)" org.imrarchive.benchmarks.ImportBenchmark \
    --letters "$letters" --seed 1 --pdf-share "${BENCH_PDF_SHARE:-0.0}" --parallelism "${BENCH_PARALLELISM:-0}" \
    --results "$results" | tee -a "$results/import.txt"
}

scenario() {
  local name="$1" tier="$2"
  local paths="$results/paths-$prefix/$name.txt"
  local threads=$(( connections < 2 ? connections : 2 ))
  wrk -t"$threads" -c"$connections" -d10s --timeout 10s -s "$here/replay.lua" "http://127.0.0.1:$port" -- "$paths" >/dev/null
  # Measure cold: nothing the warm-up put in Elasticsearch's request cache answers the measured run.
  curl -s -XPOST "$(es_url)/$prefix-decisions/_cache/clear?request=true" >/dev/null
  local pid; pid="$(cat "$results/server-$port.pid")"
  jstat -gc "$pid" 1000 >"$results/server-heap-$name-$tier-c$connections.txt" &
  local jstat=$!
  local line
  line="$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$here/replay.lua" "http://127.0.0.1:$port" -- "$paths" | grep '^RESULT')"
  kill "$jstat" 2>/dev/null || true
  local heap
  heap="$(awk 'NR>1 && $1 ~ /^[0-9]/ {u=($3+$4+$6+$8)/1024; if (u>m) m=u; s+=u; n++} END {printf "server_heap_avg_mb=%.0f server_heap_max_mb=%.0f", s/n, m}' \
    "$results/server-heap-$name-$tier-c$connections.txt")"
  echo "$name decisions=$tier connections=$connections load=$(cut -d' ' -f1 /proc/loadavg) $line $heap" | tee -a "$results/search.txt"
}

run_search() {
  local decisions="${1:?give the number of decisions, e.g. 100000}"
  command -v wrk >/dev/null || apt_install wrk
  start_server
  java -Xmx1g -cp "$(classpath)" org.imrarchive.benchmarks.ScaleLoader --decisions "$decisions" --prefix "$prefix" --seed 2 \
    --mode "${BENCH_LOAD_MODE:-parse}" --results "$results" | tee -a "$results/scale-load.txt"
  java -cp "$(classpath)" org.imrarchive.benchmarks.SearchPaths --es "$(es_url)" --prefix "$prefix" --out "$results/paths-$prefix"
  machine | tee -a "$results/search.txt"
  local have; have="$(curl -s "$(es_url)/$prefix-decisions/_count" | sed 's/.*"count":\([0-9]*\).*/\1/')"
  for s in plain facets similar uphold; do
    scenario "$s" "$have"
  done
}

run_pdf() {
  # poppler is only the yardstick; the product never calls it
  command -v pdftotext >/dev/null || apt_install poppler-utils
  machine | tee -a "$results/pdf.txt"
  # PDFBox's warnings to a file, as the product sends them to $IMR_HOME/logs/<command>.log
  java -Dorg.slf4j.simpleLogger.logFile="$results/pdf-library.log" -cp "$(classpath)" \
    org.imrarchive.benchmarks.PdfExtractionRace --letters "${BENCH_REAL_LETTERS:-$root/../shared/corpus/real-2016}" \
    --files "${1:-5000}" --work /tmp/imr-bench/pdf-race | tee -a "$results/pdf.txt"
}

run_embed() {
  machine | tee -a "$results/embed.txt"
  java -Xmx1g -cp "$(classpath)" org.imrarchive.benchmarks.EmbeddingCost --letters "$root/../shared/corpus/real-2016" \
    | tee -a "$results/embed.txt"
}

case "${1:-}" in
  build) build ;;
  embed) run_embed ;;
  parse) run_parse ;;
  pdf) shift; run_pdf "$@" ;;
  import) shift; run_import "$@" ;;
  search) shift; run_search "$@" ;;
  stop) stop_server ;;
  *) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 2 ;;
esac
