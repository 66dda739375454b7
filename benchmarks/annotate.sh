#!/usr/bin/env bash
# The C2 code of chosen methods, each instruction with its share of the instructions executed in it
# (callgrind), for reading where a hot loop spends them.
#   benchmarks/annotate.sh JAR RESEARCHERS LABS MODE METHOD...     (MODE as InstructionProbe's)
#   e.g. benchmarks/annotate.sh benchmarks/target/benchmarks.jar 100000 1000 moraleAndSearch 'org.talentsim.kernel.Search::chunk'
# Needs valgrind, gcc and Debian's libcapstone-dev: builds benchmarks/hsdis/hsdis.c (a minimal
# disassembler plugin for HotSpot's -XX:+PrintAssembly) and installs it into the JDK's lib/server
# if none is there. Runs InstructionProbe (60 warm-up + 40 calls) under callgrind with
# --dump-instr=yes and -XX:CompileCommand=print for the methods; writes one file per compiled
# method that ran, /tmp/annot-MODE/annot-K.txt: its total and, per instruction, the share (per
# mille) of the method's instructions it executed. About 2 minutes at 100 000 researchers.
# valgrind gets --vex-iropt-register-updates=allregs-at-mem-access: the JVM handles some memory faults
# (implicit null checks, safepoint polls) and resumes from the registers its signal handler sees;
# valgrind's default leaves them stale there, and on some CPUs (an AMD EPYC here) the JVM then
# crashes in compiled code. The option changes no count.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
server=$(dirname "$(readlink -f "$(command -v java)")")/../lib/server
if [[ ! -f "$server/hsdis-amd64.so" ]]; then
    gcc -O2 -shared -fPIC -o "$server/hsdis-amd64.so" "$here/hsdis/hsdis.c" -lcapstone
fi
jar=$1; n=$2; labs=$3; mode=$4; shift 4
cc=()
for m in "$@"; do cc+=("-XX:CompileCommand=print,$m"); done
out=/tmp/annot-$mode; rm -rf $out; mkdir -p $out
valgrind --tool=callgrind --dump-instr=yes --smc-check=all-non-file --vex-iropt-register-updates=allregs-at-mem-access --callgrind-out-file=$out/cg \
  java -Xbatch -XX:CICompilerCount=2 -XX:+UnlockDiagnosticVMOptions -XX:PrintAssemblyOptions=intel "${cc[@]}" -Xmx2g \
  -cp "$jar" org.talentsim.benchmarks.InstructionProbe "$n" "$labs" 60 40 "$mode" > $out/asm 2>&1
python3 - $out $n <<'PY'
import re, sys, collections
d, n = sys.argv[1], int(sys.argv[2])
cnt = collections.Counter()
npos, last, after = 1, 0, False
num = lambda t: int(t, 16) if t.startswith("0x") else int(t)
for line in open(f"{d}/cg"):
    if line.startswith("positions:"): npos = len(line.split()) - 1
    elif line.startswith("calls="): after = True
    elif line[:1] in "0123456789+-*":
        parts = line.split(); p = parts[0]
        addr = last if p == "*" else last + num(p[1:]) if p[0] == "+" else last - num(p[1:]) if p[0] == "-" else num(p)
        last = addr
        if after: after = False; continue
        if len(parts) > npos: cnt[addr] += int(parts[npos])
blocks, cur = [], None
for line in open(f"{d}/asm", errors="replace"):
    if line.startswith("Compiled method") or line.startswith("============================= C2"):
        cur = []; blocks.append(cur)
    m = re.match(r"\s+(0x[0-9a-f]+):\s+(.*)", line.rstrip("\n"))
    if cur is not None:
        if m and not m.group(2).startswith(";"):
            cur.append((int(m.group(1), 16), m.group(2)))
        elif line.strip().startswith(";") or line.strip().startswith("#"):
            cur.append((None, line.rstrip()))
for b in blocks:
    tot = sum(cnt[a] for a, _ in b if a is not None)
    if tot == 0: continue
    with open(f"{d}/annot-{blocks.index(b)}.txt", "w") as f:
        f.write(f"total {tot} = {tot/40/n:.1f}/researcher/call (approx; includes warmup)\n")
        for a, s in b:
            if a is None: f.write(f"{'':>10}  {s}\n")
            else: f.write(f"{cnt[a]/tot*1000:10.1f}  {a:x}: {s}\n")
    print(f"block {blocks.index(b)}: {tot} instr, {len(b)} lines -> {d}/annot-{blocks.index(b)}.txt")
PY
