#!/usr/bin/env python3
"""`make bench-real-verify`: `idet verify` on every laid dev-set design (bench/real/lay.py).

One row per design: the host protocol verify recognised, losses injected, divergences, or the
first line of the reason verify could not run (a protocol its harness does not drive yet, an
input wider than it drives...). A design verify refuses is a row with its reason, never left
out. Writes bench/results-real-verify.md and .csv; the verify JSON of each design stays in the
work directory.

With --deadcheck RUNS (default 10) each verify also runs its liveness check (`idet verify
--deadcheck`: the original with every register the analysis calls dead overwritten at random
where dead, the golden workload, transactions compared): corrupted cycles and divergences are
columns of their own.

Usage: IDET=target/release/idet python3 bench/real/verify.py [--losses 200] [--deadcheck 10]
       [--jobs 2] [--only a,b] [--timeout 900]
"""

import argparse
import concurrent.futures
import csv
import datetime
import json
import os
import subprocess
import sys
import threading
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
COLUMNS = ["design", "tool", "mode", "verdict", "protocol", "losses", "save_restore_pct",
           "divergences", "first_divergence", "cycle_overhead_pct", "energy_overhead_pct",
           "forward_progress",
           "deadcheck_runs", "deadcheck_cycles", "deadcheck_registers", "deadcheck_divergences",
           "deadcheck_first_divergence", "seconds", "reason", "idet_commit", "measured"]


def idet():
    return os.environ.get("IDET", str(REPO / "target/release/idet"))


def first_error(text):
    """The line that says why: the first `error:` line, else the last non-empty one."""
    lines = [l.strip() for l in text.splitlines() if l.strip() and not l.startswith("verify: ")]
    for k, l in enumerate(lines):
        if l.startswith("error") or l.startswith("ERROR") or "%Error" in l or ": error:" in l:
            # "error: ... failed:" introduces the tool's own message: keep its first error too.
            if l.endswith(":") and k + 1 < len(lines):
                nxt = next((x for x in lines[k + 1:] if "rror" in x or "DIVERGENCE" in x), lines[k + 1])
                l = f"{l} {nxt}"
            return l[:300]
    return lines[-1][:300] if lines else ""


def measure(d, args, work, commit):
    meta = tomllib.loads((d / "design.toml").read_text())
    name = meta["name"]
    out = work / name
    out.mkdir(parents=True, exist_ok=True)
    r = {c: "" for c in COLUMNS}
    r.update(design=name, tool=f"{meta.get('tool', '')} {meta.get('version', '')}".strip(),
             mode="jit", idet_commit=commit, measured=datetime.date.today().isoformat())
    cmd = [idet(), "verify", str(d), "--top", meta["top"], "--losses", str(args.losses),
           "--seed", "1", "--quiet", "--json", "-o", str(out / "verify.json")]
    if args.deadcheck:
        cmd += ["--deadcheck", str(args.deadcheck)]
    for a in meta.get("verify_args", []):
        cmd.append(a)
    t0 = time.time()
    if args.from_work:
        # The table from an earlier run's files (a campaign stopped before it wrote its table).
        err = (out / "verify.err").read_text() if (out / "verify.err").exists() else "not run yet"
        rc = 0 if (out / "verify.json").exists() else None
        r["idet_commit"], r["measured"] = "", ""
    else:
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, stdin=subprocess.DEVNULL)
            rc, err = p.returncode, p.stderr + p.stdout
        except subprocess.TimeoutExpired:
            rc, err = None, f"timeout after {args.timeout} s"
        r["seconds"] = round(time.time() - t0, 1)
        (out / "verify.err").write_text(err)
    j = None
    if rc in (0, 1) and (out / "verify.json").exists():
        try:
            j = json.loads((out / "verify.json").read_text())
        except json.JSONDecodeError:
            j = None
    if j is None:
        r["verdict"] = "not run"
        r["reason"] = first_error(err)
    else:
        r["verdict"] = "PASS" if j.get("passed") else "FAIL"
        for k in ("protocol", "losses", "divergences", "first_divergence", "forward_progress",
                  "deadcheck_runs", "deadcheck_cycles", "deadcheck_divergences",
                  "deadcheck_first_divergence"):
            r[k] = j.get(k, "")
        r["deadcheck_registers"] = j.get("deadcheck_corrupted_registers", "")
        for k in ("save_restore_pct", "cycle_overhead_pct"):
            v = j.get(k)
            r[k] = round(v, 1) if isinstance(v, (int, float)) else ""
        e = (j.get("energy") or {}).get("overhead_pct")
        r["energy_overhead_pct"] = round(e, 2) if isinstance(e, (int, float)) else ""
        if isinstance(r["forward_progress"], float):
            r["forward_progress"] = round(r["forward_progress"], 3)
    with _lock:
        print(f"{name}: {r['verdict']} {r['divergences']} div / {r['losses']} losses {r['reason']}"[:200], flush=True)
    return r


_lock = threading.Lock()


def table(rows, md, losses, deadcheck, wall, from_work=False):
    passed = sum(r["verdict"] == "PASS" for r in rows)
    failed = sum(r["verdict"] == "FAIL" for r in rows)
    lines = [
        "# idet verify on the real dev set",
        "",
        "Generated by `bench/real/verify.py` (`make bench-real-verify`): `idet verify DIR --top TOP "
        f"--losses {losses} --seed 1` (JIT mode, the default) on each design laid by `bench/real/lay.py`, "
        "no interface file unless the manifest gives `verify_args`. Golden vs augmented under Verilator, "
        "random power losses; a row that is not run gives verify's reason (a host protocol its harness "
        "does not drive yet, an input wider than it drives, ...).",
        "",
        f"Liveness check (`--deadcheck {deadcheck}`): in the same harness, {deadcheck} runs of the golden "
        "workload on the original design with every register and memory word `idet analyze` calls dead "
        "in the current state overwritten with random values at each falling clock edge; its "
        "transactions must be the golden ones (columns: corrupted cycles, registers corrupted "
        "somewhere, divergences).",
        "",
        (f"Table written {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')} by `--from-work` from the "
         "files of an earlier run (per-design commit and seconds not recorded; designs it had not "
         "reached say so). " if from_work else
         f"Run {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')} ({wall:.0f} s). ") +
        f"**{passed} PASS, {failed} FAIL, {len(rows) - passed - failed} not run, of {len(rows)}.**",
        "",
        "| design | verdict | protocol | losses | % in save/restore | divergences | forward progress | cycles +% | energy +% | liveness: corrupted cycles / registers / divergences | s | reason / first divergence |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        why = r["reason"] or r["first_divergence"] or r.get("deadcheck_first_divergence", "")
        dc = (f"{r.get('deadcheck_cycles', '')} / {r.get('deadcheck_registers', '')} / "
              f"{r.get('deadcheck_divergences', '')}") if r.get("deadcheck_runs") else ""
        why = str(why).replace("|", "\\|")[:160]
        lines.append(f"| {r['design']} | {r['verdict']} | {r['protocol']} | {r['losses']} | "
                     f"{r['save_restore_pct']} | {r['divergences']} | {r['forward_progress']} | "
                     f"{r.get('cycle_overhead_pct', '')} | {r.get('energy_overhead_pct', '')} | "
                     f"{dc} | {r['seconds']} | {why} |")
    Path(md).write_text("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--designs", default=str(HERE / "designs"))
    ap.add_argument("--work", default=str(HERE / "work-verify"))
    ap.add_argument("--losses", type=int, default=200)
    ap.add_argument("--deadcheck", type=int, default=10,
                    help="liveness-check runs per design (0: none)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=900, help="seconds one verify may take")
    ap.add_argument("--only", help="comma-separated design names; other rows of the CSV are kept")
    ap.add_argument("--from-work", action="store_true",
                    help="make the table from the work directory's verify.json/verify.err files "
                         "of an earlier run (no verify is run; commit and seconds left blank)")
    ap.add_argument("--md", default=str(REPO / "bench/results-real-verify.md"))
    ap.add_argument("--csv", default=str(REPO / "bench/results-real-verify.csv"))
    args = ap.parse_args()
    root = Path(args.designs)
    if not root.is_dir():
        sys.exit(f"{root}: no laid designs; fetch the manifest's repositories and run bench/real/lay.py (bench/real/README.md)")
    designs = sorted(p for p in root.iterdir() if (p / "design.toml").exists())
    only = set(args.only.split(",")) if args.only else None
    todo = [d for d in designs if only is None or d.name in only]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=REPO).stdout.strip()
    work = Path(args.work)
    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        new = {r["design"]: r for r in ex.map(lambda d: measure(d, args, work, commit), todo)}
    old = {}
    if only and Path(args.csv).exists():
        with open(args.csv) as f:
            old = {r["design"]: r for r in csv.DictReader(f)}
    rows = [new.get(d.name) or old.get(d.name) for d in designs]
    rows = [r for r in rows if r]
    with open(args.csv, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    table(rows, args.md, args.losses, args.deadcheck, time.time() - t0, args.from_work)
    print(f"wrote {args.md} and {args.csv}")


if __name__ == "__main__":
    main()
