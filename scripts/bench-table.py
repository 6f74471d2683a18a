#!/usr/bin/env python3
"""Turns huddle-bench's output into docs/bench.md: one table row per benchmark (time, baseline, ratio, goal,
peak RSS), then the lines that are not measurements (database sizes, the import floor and memory) as notes.

usage: huddle-bench | tee bench.txt; scripts/bench-table.py bench.txt > docs/bench.md"""
import datetime
import os
import platform
import re
import sys

MEASUREMENT = re.compile(
    r"^(?P<name>[\w-]+)\s+(?P<ms>[\d.]+) ms\s+(?P<baseline>.*?)\s*(?P<baseline_ms>[\d.]+) ms\s+"
    r"ratio\s+(?P<ratio>[\d.]+)×\s+\((?P<goal>.*?)\)(?P<rest>.*)$")
RSS = re.compile(r"^(?P<name>[\w-]+)\s+peak RSS (?P<mib>[\d.]+) MiB$")


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main(path):
    rows, notes, rss = [], [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            m = MEASUREMENT.match(line)
            if m:
                rows.append(m.groupdict())
                continue
            r = RSS.match(line)
            if r:
                rss[r.group("name")] = r.group("mib")
                continue
            notes.append(line.strip())
    if not rows:
        sys.exit(f"{path}: no measurements found")
    print("# Benchmarks\n")
    print(f"`make bench` on {datetime.date.today().isoformat()}: {cpu_model()}, {os.cpu_count()} cores, "
          "release build. Every time is the best of several runs and is printed as a ratio to a baseline "
          "measured in the same run on the same data, so the ratios mean the same on another machine; the "
          "goals are the issues' (README, docs/import.md, docs/bonus.md explain each). huddle-bench runs every "
          "benchmark in one process, so the peak RSS column is the process's peak up to that benchmark.\n")
    print("| Benchmark | Time (ms) | Baseline | Baseline (ms) | Ratio | Goal and notes | Process peak RSS so far (MiB) |")
    print("|---|---:|---|---:|---:|---|---:|")
    for row in rows:
        baseline = row["baseline"] or "baseline"
        goal = re.sub(r"^goal ", "", row["goal"]) + (row["rest"] and " —" + row["rest"])
        print(f"| {row['name']} | {float(row['ms']):.1f} | {baseline} | {float(row['baseline_ms']):.1f} | "
              f"{float(row['ratio']):.2f}× | {goal.strip()} | {rss.get(row['name'], '—')} |")
    if notes:
        print("\nAlso printed by the run:\n")
        for note in notes:
            print(f"- {note}")


if __name__ == "__main__":
    main(sys.argv[1])
