#!/usr/bin/env bash
# Runs every benchmark and writes bench/results/<date>-<machine>.md (see README.md, "Benchmarks").
#   bench/run.sh [--runs 5] [--rows 10000000] [--heap 1g] [--scratch /tmp/ebpm-bench] [--machine name]
# Scratch data (about 2 GB for 10 million rows: landing zones, work folders, DuckDB's output) goes to --scratch, never
# into the repository. --heap is the heap of every timed ./ebpm run and of the benchmark's JVM (Spark's warm runs).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
echo "bench: building (mvn -Pbench package)…" >&2
mvn -B -q -Pbench -DskipTests package
# Spark (case 2) needs the JVM flags the tests and ./ebpm use; they are kept once, in the parent pom's properties.
prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$root/pom.xml"; }
spark_opens="$(prop spark.jvm.opens)"
opens="$(prop ebpm.jvm.opens)"
opens="${opens/'${spark.jvm.opens}'/$spark_opens}"
heap=1g
args=("$@")
for ((i = 0; i < ${#args[@]} - 1; i++)); do
  if [[ "${args[i]}" == --heap ]]; then heap="${args[i + 1]}"; fi
done
# shellcheck disable=SC2086 # the flags are separate words
exec java "-Xmx$heap" -Dfile.encoding=UTF-8 $opens -Dspark.master=local[2] \
  -cp "$root/bench/target/ebpm-bench.jar:$root/bench/target/lib/*" ebpm.bench.Benchmarks --root "$root" "$@"
