#!/usr/bin/env python3
"""Turns JMH JSON results (java -jar benchmarks/target/benchmarks.jar -rf json -rff FILE) into the
tables of BENCHMARKS.md: ns per researcher per tick, multiples of the bandwidth floor, scaling
ratios, the MASON speed-up, the phase breakdown and allocation per tick.

    python3 benchmarks/report.py results.json [more.json ...]

Every per-researcher figure is (method - its baseline) / researchers: the snapshot restore is
timed alone and subtracted. Each cell gives the mean, the median in brackets, and the lowest and
highest measurement iteration (each minus the mean baseline): the spread shows this machine's
noise, not a confidence interval. On a shared VM a few iterations run far slower than the rest,
so the ratios (scaling, speed-ups, MASON) are taken between medians, which such outliers do not
move.
"""
import json
import statistics
import sys
from collections import defaultdict

US = {"us/op": 1e3, "ms/op": 1e6, "ns/op": 1.0, "s/op": 1e9}
# Population.bytesPerResearcher() at the measured commit: the triad's three arrays hold this many
# bytes per researcher in total (BandwidthBenchmark reads the method; update this if it changes).
BYTES_PER_RESEARCHER = 41


def load(paths):
    runs = []
    for p in paths:
        with open(p) as f:
            runs.extend(json.load(f))
    return runs


def key(r):
    cls, method = r["benchmark"].rsplit(".", 2)[-2:]
    params = tuple(sorted((r.get("params") or {}).items()))
    return cls, method, params


def nanos(r):
    """Mean and per-iteration scores in ns/op."""
    unit = US[r["primaryMetric"]["scoreUnit"]]
    raw = [x * unit for fork in r["primaryMetric"]["rawData"] for x in fork]
    return r["primaryMetric"]["score"] * unit, raw


def index(runs):
    by = {}
    for r in runs:
        by[key(r)] = r
    return by


def p(params, name):
    return int(dict(params)[name])


def per_researcher(by, cls, method, base, params):
    r = by.get((cls, method, params))
    b = by.get((cls, base, params))
    if r is None or b is None:
        return None
    n = p(params, "researchers")
    mean, raw = nanos(r)
    bmean, braw = nanos(b)
    bmed = statistics.median(braw)
    return ((mean - bmean) / n, (min(raw) - bmean) / n, (max(raw) - bmean) / n,
            (statistics.median(raw) - bmed) / n)


def fmt(t):
    return "—" if t is None else f"{t[0]:.1f} [{t[3]:.1f}] ({t[1]:.1f}–{t[2]:.1f})"


def ratio(a, b):
    """Ratio of medians."""
    return "—" if a is None or b is None or b[3] <= 0 else f"{a[3] / b[3]:.2f}"


def main(paths):
    by = index(load(paths))
    floors = {}
    rows = [k for k in by if k[0] == "BandwidthBenchmark"]
    if rows:
        print("## Bandwidth floor (triad over Population.bytesPerResearcher() × researchers bytes)\n")
        print("| researchers | threads | triad ms | GB/s (3 streams) | floor ns/researcher |")
        print("|---:|---:|---:|---:|---:|")
        for cls, method, params in sorted(rows, key=lambda k: (p(k[2], "researchers"), k[1])):
            n = p(params, "researchers")
            mean, raw = nanos(by[(cls, method, params)])
            threads = 2 if method == "triadTwoThreads" else 1
            elems = BYTES_PER_RESEARCHER * n // 24
            floors[(n, threads)] = mean / n
            print(f"| {n} | {threads} | {mean / 1e6:.2f} | {3 * 8 * elems / mean:.1f} | {mean / n:.2f} |")
        print()

    ticks = sorted({k[2] for k in by if k[0] == "TickBenchmark" and k[1] == "tick"})
    if ticks:
        print("## TickBenchmark: ns per researcher per tick (mean [median] (min–max over iterations))\n")
        print("| researchers | labs | threads | tick − restore | × floor |")
        print("|---:|---:|---:|---:|---:|")
        res = {}
        for params in sorted(ticks, key=lambda q: (p(q, "researchers"), p(q, "labs"), p(q, "threads"))):
            n, labs, th = p(params, "researchers"), p(params, "labs"), p(params, "threads")
            t = per_researcher(by, "TickBenchmark", "tick", "baseline", params)
            res[(n, labs, th)] = t
            floor = floors.get((1_000_000, th))
            mult = "—" if floor is None or t is None else f"{t[3] / floor:.1f}"
            print(f"| {n} | {labs} | {th} | {fmt(t)} | {mult} |")
        print()
        print("| ratio | value |")
        print("|---|---:|")
        for labs in (10, 1000):
            for th in (1, 2):
                a, b = res.get((1_000_000, labs, th)), res.get((100_000, labs, th))
                if a and b:
                    print(f"| t(1M)/t(100k), {labs} labs, {th} thread(s) (total time) | {10 * a[3] / b[3]:.1f} |")
        for n in (10_000, 100_000, 1_000_000):
            for th in (1, 2):
                print(f"| t(1000 labs)/t(10 labs), {n}, {th} thread(s) | "
                      f"{ratio(res.get((n, 1000, th)), res.get((n, 10, th)))} |")
        for n in (10_000, 100_000, 1_000_000):
            for labs in (10, 1000):
                print(f"| speed-up 2 threads vs 1, {n}, {labs} labs | "
                      f"{ratio(res.get((n, labs, 1)), res.get((n, labs, 2)))} |")
        print()

    mason = sorted({k[2] for k in by if k[0] == "MasonBaselineBenchmark"})
    if mason:
        print("## MASON baseline: ns per researcher per tick, same kernel\n")
        print("| researchers | labs | talentsim threads | talentsim | MASON (1 thread) | MASON / talentsim |")
        print("|---:|---:|---:|---:|---:|---:|")
        for params in sorted(mason, key=lambda q: (p(q, "researchers"), p(q, "labs"), dict(q).get("threads", "1"))):
            ts = per_researcher(by, "MasonBaselineBenchmark", "talentsimStep", "talentsimBaseline", params)
            ms = per_researcher(by, "MasonBaselineBenchmark", "masonStep", "masonBaseline", params)
            th = dict(params).get("threads", "1")
            print(f"| {p(params, 'researchers')} | {p(params, 'labs')} | {th} | {fmt(ts)} | {fmt(ms)} | {ratio(ms, ts)} |")
        print()

    phases = sorted({k[2] for k in by if k[0] == "PhaseBenchmark"})
    if phases:
        print("## PhaseBenchmark: ns per researcher per phase, 1 thread (mean [median] (min–max))\n")
        methods = ["production", "morale", "search", "moraleAndSearch", "offers", "searchThenOffers",
                   "moraleSearchAndOffers", "layoffs", "payroll", "census", "payrollAndCensus"]
        print("| phase | " + " | ".join(f"{p(q, 'researchers')} / {p(q, 'labs')} labs" for q in phases) + " |")
        print("|---|" + "---:|" * len(phases))
        for m in methods:
            cells = [fmt(per_researcher(by, "PhaseBenchmark", m, "baseline", q)) for q in phases]
            print(f"| {m} | " + " | ".join(cells) + " |")
        cells = []
        for q in phases:
            b = by.get(("PhaseBenchmark", "baseline", q))
            cells.append("—" if b is None else f"{nanos(b)[0] / p(q, 'researchers'):.1f}")
        print("| (restore = baseline) | " + " | ".join(cells) + " |")
        print()

    runs = sorted({k[2] for k in by if k[0] == "RunBenchmark"})
    if runs:
        print("## RunBenchmark: a whole 120-tick run (single shot, all forks)\n")
        print("| researchers | labs | threads | run ms (mean) | min–max ms | ns/researcher/tick |")
        print("|---:|---:|---:|---:|---:|---:|")
        for params in sorted(runs, key=lambda q: (p(q, "researchers"), p(q, "threads"))):
            mean, raw = nanos(by[("RunBenchmark", "run", params)])
            n = p(params, "researchers")
            print(f"| {n} | {p(params, 'labs')} | {p(params, 'threads')} | {mean / 1e6:.0f} | "
                  f"{min(raw) / 1e6:.0f}–{max(raw) / 1e6:.0f} | {mean / n / 120:.1f} |")
        print()

    gc = [(k, r) for k, r in by.items() if "gc.alloc.rate.norm" in (r.get("secondaryMetrics") or {})]
    if gc:
        print("## Allocation per operation (-prof gc, gc.alloc.rate.norm)\n")
        print("| benchmark | params | bytes/op |")
        print("|---|---|---:|")
        for (cls, method, params), r in sorted(gc, key=lambda kr: (kr[0][0], kr[0][1], kr[0][2])):
            b = r["secondaryMetrics"]["gc.alloc.rate.norm"]["score"]
            print(f"| {cls}.{method} | {', '.join(f'{k}={v}' for k, v in params)} | {b:,.0f} |")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
