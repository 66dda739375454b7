#!/usr/bin/env bash
# Instructions per researcher per call, method by method (JIT-compiled code included), by callgrind.
#   benchmarks/methods.sh [JAR] [RESEARCHERS] [LABS] [MODE]     (needs valgrind; MODE as InstructionProbe's, default tick)
# Runs InstructionProbe under `valgrind --tool=callgrind --dump-instr=yes` with 10 and 50 measured
# calls after the same 100 warm-up calls; the JVM writes the address ranges of its compiled methods
# to /tmp/perf-PID.map at exit (-XX:+DumpPerfMapAtExit), which name each instruction's method.
# Prints the 30 largest (count(50) - count(10)) / 40 / RESEARCHERS. Native code appears as
# "native:NAME" (C2's own work among it, when the JIT still compiles during the calls).
# About 5 minutes at 100 000 researchers. WARM=N sets the warm-up calls (default 100): methods called
# a few times a tick reach C2 only after hundreds of ticks, and C2's own work then shows up as
# "native:Phase..." lines (counted in "all code"); a longer warm-up moves it out of the window.
# valgrind gets --vex-iropt-register-updates=allregs-at-mem-access: the JVM handles some memory faults
# (implicit null checks, safepoint polls) and resumes from the registers its signal handler sees;
# valgrind's default leaves them stale there, and on some CPUs (an AMD EPYC here) the JVM then
# crashes in compiled code. The option changes no count.
set -euo pipefail
jar=${1:-benchmarks/target/benchmarks.jar}
n=${2:-100000}
labs=${3:-1000}
mode=${4:-tick}
out=$(mktemp -d)
count() {  # reps
    valgrind --tool=callgrind --dump-instr=yes --smc-check=all-non-file --vex-iropt-register-updates=allregs-at-mem-access --callgrind-out-file="$out/cg-$1" \
        java -Xbatch -XX:CICompilerCount=2 -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit -Xmx2g \
        -cp "$jar" org.talentsim.benchmarks.InstructionProbe "$n" "$labs" "${WARM:-100}" "$1" "$mode" > "$out/log-$1" 2>&1 &
    local pid=$!
    wait "$pid"
    mv "/tmp/perf-$pid.map" "$out/map-$1"
}
count 10 & count 50; wait
python3 - "$out" "$n" <<'PY'
import bisect, collections, re, sys
d, n = sys.argv[1], int(sys.argv[2])

def methods(reps):
    """Instructions per method name in the callgrind output of one run."""
    ranges = []
    for line in open(f"{d}/map-{reps}"):
        parts = line.rstrip("\n").split(" ", 2)
        if len(parts) == 3:
            start = int(parts[0], 16)
            ranges.append((start, start + int(parts[1], 16), re.sub(r"^\[\S*\] ", "", parts[2])))
    ranges.sort()
    starts = [r[0] for r in ranges]
    total = collections.Counter()
    names, fn, last, npos, after_call = {}, "?", 0, 1, False
    num = lambda t: int(t, 16) if t.startswith("0x") else int(t)
    for line in open(f"{d}/cg-{reps}"):
        if line.startswith("positions:"):
            npos = len(line.split()) - 1
        elif line.startswith("fn="):
            m = re.match(r"fn=\((\d+)\)(?: (.*))?", line.strip())
            if m and m.group(2):
                names[m.group(1)] = m.group(2)
            fn = names.get(m.group(1), "?") if m else line.strip()[3:]
        elif line.startswith("calls="):
            after_call = True   # the next cost line is the call's inclusive cost
        elif line[:1] in "0123456789+-*":
            parts = line.split()
            p = parts[0]
            addr = last if p == "*" else last + num(p[1:]) if p[0] == "+" else last - num(p[1:]) if p[0] == "-" else num(p)
            last = addr
            if after_call:
                after_call = False
                continue
            if len(parts) <= npos:
                continue
            k = bisect.bisect_right(starts, addr) - 1
            name = ranges[k][2] if k >= 0 and ranges[k][0] <= addr < ranges[k][1] else "native:" + fn
            total[re.sub(r"0x[0-9a-f]+", "", name)] += int(parts[npos])
    return total

a, b = methods(10), methods(50)
per = {k: (b[k] - a[k]) / 40 / n for k in set(a) | set(b)}
print(f"all code: {sum(per.values()):.1f} instructions per researcher per call")
print(f"compiled and interpreted Java code and stubs (no native: lines): "
      f"{sum(v for k, v in per.items() if not k.startswith('native:')):.1f}")
for name, v in sorted(per.items(), key=lambda kv: -kv[1])[:30]:
    print(f"{v:8.1f}  {name}")
PY
rm -rf "$out"
