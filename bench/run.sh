#!/usr/bin/env bash
# Runs every benchmark and writes bench/results/<date>-<machine>.md (see README.md, "Benchmarks").
#   bench/run.sh [--runs 5] [--rows 10000000] [--scratch /tmp/ebpm-bench] [--machine name]
# Scratch data (about 2 GB: landing zones, work folders, DuckDB's output) goes to --scratch, never into the repository.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
echo "bench: building (mvn -Pbench package)…" >&2
mvn -B -q -Pbench -DskipTests package
exec java -Xmx1g -Dfile.encoding=UTF-8 -cp "$root/bench/target/ebpm-bench.jar:$root/bench/target/lib/*" \
  ebpm.bench.Benchmarks --root "$root" "$@"
