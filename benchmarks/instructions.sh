#!/usr/bin/env bash
# Instructions per researcher per tick, counted by callgrind: repeatable where wall time is not.
#   benchmarks/instructions.sh [--phases] [JAR] [RESEARCHERS] [LABS]   (needs valgrind: apt-get install valgrind)
# Runs org.talentsim.benchmarks.InstructionProbe under callgrind for each mode (tick, and restore
# as the baseline; with --phases also each phase of the tick as PhaseBenchmark runs it), each with
# 10 and 50 measured calls after the same 100 warm-up calls, two runs at a time, and prints per
# mode (I(mode,50) - I(mode,10) - I(restore,50) + I(restore,10)) / 40 / RESEARCHERS.
# About 5 minutes at 100 000 researchers (15 with --phases). WARM=N sets the warm-up calls
# (default 100); MODES="census offers" measures those modes instead of the tick. C2 compiling a method called a few times a tick within the window adds its
# own instructions: methods.sh shows them as "native:Phase..." lines.
# valgrind gets --vex-iropt-register-updates=allregs-at-mem-access: the JVM handles some memory faults
# (implicit null checks, safepoint polls) and resumes from the registers its signal handler sees;
# valgrind's default leaves them stale there, and on some CPUs (an AMD EPYC here) the JVM then
# crashes in compiled code. The option changes no count.
set -euo pipefail
modes=(${MODES:-tick})
if [[ "${1:-}" == "--phases" ]]; then
    modes=(tick moraleAndSearch offers layoffs payrollAndCensus payroll census production)
    shift
fi
jar=${1:-benchmarks/target/benchmarks.jar}
n=${2:-100000}
labs=${3:-1000}
out=$(mktemp -d)
count() {  # reps mode -> writes total Ir to $out/reps-mode
    valgrind --tool=callgrind --smc-check=all-non-file --vex-iropt-register-updates=allregs-at-mem-access --callgrind-out-file="$out/$1-$2.cg" \
        java -Xbatch -XX:CICompilerCount=2 -Xmx2g -cp "$jar" org.talentsim.benchmarks.InstructionProbe \
        "$n" "$labs" "${WARM:-100}" "$1" "$2" > "$out/$1-$2.log" 2>&1
    grep -o 'Collected : [0-9]*' "$out/$1-$2.log" | awk '{print $3}' > "$out/$1-$2"
}
for mode in restore "${modes[@]}"; do
    count 10 "$mode" & count 50 "$mode"; wait
done
python3 - "$out" "$n" "${modes[@]}" <<'PY'
import sys
d, n, modes = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
r = lambda k: int(open(f"{d}/{k}").read())
per = lambda mode: (r(f"50-{mode}") - r(f"10-{mode}")) / 40 / n
restore = per("restore")
print(f"restore alone:  {restore:.1f} instructions per researcher")
for mode in modes:
    print(f"{mode + ':':<17} {per(mode) - restore:.1f}" + ("  (restore + tick: %.1f)" % per(mode) if mode == "tick" else ""))
PY
rm -rf "$out"
