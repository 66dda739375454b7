#!/usr/bin/env bash
# Instructions per researcher per tick, counted by callgrind: repeatable where wall time is not.
#   benchmarks/instructions.sh [JAR] [RESEARCHERS] [LABS]      (needs valgrind: apt-get install valgrind)
# Runs org.talentsim.benchmarks.InstructionProbe four times under callgrind (tick and restore,
# each with 10 and 50 measured calls after the same 100 warm-up calls, two runs at a time), and
# prints (I(tick,50) - I(tick,10) - I(restore,50) + I(restore,10)) / 40 / RESEARCHERS.
# About 5 minutes at 100 000 researchers.
set -euo pipefail
jar=${1:-benchmarks/target/benchmarks.jar}
n=${2:-100000}
labs=${3:-1000}
out=$(mktemp -d)
count() {  # reps mode -> writes total Ir to $out/reps-mode
    valgrind --tool=callgrind --smc-check=all-non-file --callgrind-out-file="$out/$1-$2.cg" \
        java -Xbatch -XX:CICompilerCount=2 -Xmx2g -cp "$jar" org.talentsim.benchmarks.InstructionProbe \
        "$n" "$labs" 100 "$1" "$2" > "$out/$1-$2.log" 2>&1
    grep -o 'Collected : [0-9]*' "$out/$1-$2.log" | awk '{print $3}' > "$out/$1-$2"
}
count 10 tick & count 50 tick; wait
count 10 restore & count 50 restore; wait
python3 - "$out" "$n" <<'PY'
import sys
d, n = sys.argv[1], int(sys.argv[2])
r = lambda k: int(open(f"{d}/{k}").read())
tick = (r("50-tick") - r("10-tick")) / 40
restore = (r("50-restore") - r("10-restore")) / 40
print(f"restore + tick: {tick / n:.1f} instructions per researcher")
print(f"restore alone:  {restore / n:.1f}")
print(f"tick:           {(tick - restore) / n:.1f}")
PY
rm -rf "$out"
