#!/usr/bin/env python3
"""`make bench-real`: idet on the real third-party HLS designs laid by bench/real/lay.py.

    python3 bench/real/run.py [--only NAME[,NAME]] [--no-synth [--keep-synth]] [--jobs N]

Per design directory of bench/real/designs/ (scratch files in bench/real/work/<name>/):
 1. `idet analyze DIR --top TOP --json` (the directory form; when this idet refuses a directory,
    the .v/.sv files of DIR with `-I DIR`): FF bits, FSMs, reachable states, min / median live
    bits over all states, wall time, first error line;
 2. `verilator --lint-only` of the original: pass/fail and wall time with lint and style warnings
    off, then the warning kinds (`%Warning-KIND:`) with -Wall;
 3. `idet plan ... --json`: worst backup bits, full-backup bits, their ratio;
 4. `idet insert DIR -o OUT/` (fallback: insert on the file holding the top module, all files
    given, the other files copied beside it);
 5. Verilator -Wall on the augmented files: warning kinds the original did not have (must be 0);
 6. Yosys `read_verilog -defer; synth -top TOP; stat` cells of the augmented design and, when
    cheap, the original (timeout 900 s each; --no-synth skips both); modules the manifest lists
    in `synth_drop` (a testbench in the design's file) are blanked out of the synthesised copies,
    so are the statements in `synth_drop_tasks` (system-task calls: Yosys 0.23 refuses `$finish`
    outside `initial`; `disable NAME` of simulation-only checks, which it cannot parse), and absolute init-file paths of the tool user's machine point at the laid file of
    that name. With `synth_memories = "macro"` both syntheses keep each memory as one `$mem_v2`
    cell (an SRAM macro) instead of mapping its bits to flip-flops. A design's `lint_flags` are added to each Verilator run of the original and the
    augmented design; with `lint_translate_off` Verilator reads copies without the `synthesis
    translate_off` regions, which Yosys and the vendors' synthesis tools skip and Verilator does not.
Designs run in parallel (--jobs, default 2), one progress line per design on stderr. Writes
bench/results-real.md and bench/results-real.csv; with --only the other rows of the existing CSV
are kept. The binary is $IDET (default target/release/idet).
"""
import argparse
import concurrent.futures as cf
import csv
import datetime
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
VERILOG = (".v", ".sv")
SYNTH_TIMEOUT = 900
TOOL_TIMEOUT = 1800
# The original is synthesised too unless the augmented design's synthesis took longer than this.
SYNTH_ORIG_MAX_S = 300

COLUMNS = [
    "design", "tool", "version", "repo", "commit", "lines", "files",
    "analyze_ok", "analyze_form", "ff_bits", "fsms", "states", "min_live_bits", "median_live_bits",
    "plan_ok", "plan_optimal", "plan_worst_bits", "plan_full_bits", "worst_over_full",
    "insert_ok", "insert_form",
    "lint_orig_ok", "lint_orig_kinds", "lint_aug_ok", "lint_aug_kinds",
    "new_lint_kinds_count", "new_lint_kinds",
    "synth_aug_ok", "cells_aug", "synth_orig_ok", "cells_orig", "synth_memories", "synth_commit",
    "analyze_s", "lint_s", "plan_s", "insert_s", "synth_aug_s", "synth_orig_s",
    "analyze_error", "plan_error", "insert_error", "lint_error", "synth_error",
    "idet_commit", "measured",
]

_print_lock = threading.Lock()
# Tool processes running now (each in its own process group, so a timeout kills all of it); on
# SIGINT/SIGTERM they are killed before exiting.
_procs = set()
_procs_lock = threading.Lock()
_stopping = threading.Event()


def say(msg):
    with _print_lock:
        print(msg, file=sys.stderr, flush=True)


def run(cmd, cwd=None, timeout=None):
    timeout = timeout or TOOL_TIMEOUT
    """(returncode, stdout, stderr, wall seconds, timed out); the process group dies on timeout."""
    t0 = time.monotonic()
    if _stopping.is_set():
        return 130, "", "error: interrupted", 0.0, False
    try:
        p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             start_new_session=True)
    except OSError as e:
        return 127, "", f"error: cannot run {cmd[0]}: {e}", 0.0, False
    with _procs_lock:
        _procs.add(p)
    try:
        out, err = p.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        kill_group(p)
        out, err = p.communicate()
        timed_out = True
    finally:
        with _procs_lock:
            _procs.discard(p)
    dt = time.monotonic() - t0
    return (p.returncode, out.decode(errors="replace"), err.decode(errors="replace"), dt, timed_out)


# idet `file:line:col: error: msg`, Verilator `%Error[-KIND]: file:line:col: msg`, Yosys
# `file:line: ERROR: msg`.
def kill_group(p):
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def stop(signum, _frame):
    """Kill the running tools (their own process groups) and exit."""
    _stopping.set()
    with _procs_lock:
        for p in list(_procs):
            kill_group(p)
    say(f"bench-real: stopped by signal {signum}; no results written")
    os._exit(128 + signum)


ERR_RES = [
    re.compile(r"^(?P<file>[^\s:%][^:]*):(?P<line>\d+)(?::\d+)?: (?:error|ERROR): (?P<msg>.*)$"),
    re.compile(r"^%Error(?:-[A-Z0-9_]+)?: (?P<file>[^\s:][^:]*):(?P<line>\d+)(?::\d+)?: (?P<msg>.*)$"),
]


def first_error(text, base=None, limit=110):
    """`file:line: message` of the first error line (path shortened), else the first error-ish line."""
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    short = None
    for l in lines:
        m = next((m for m in (r.match(l) for r in ERR_RES) if m), None)
        if m:
            short = f"{m['file']}:{m['line']}: {m['msg']}"
            break
    if short is None:
        for l in lines:
            if re.search(r"\berror\b|%Error|ERROR", l, re.I):
                short = re.sub(r"^(error|%Error|ERROR): ", "", l)
                break
    if short is None:
        short = lines[0] if lines else ""
    if base:
        short = short.replace(str(base) + "/", "")
    short = short.replace(str(REPO) + "/", "").replace("|", "/")
    return short if len(short) <= limit else short[: limit - 1] + "…"


def is_dir_refusal(rc, err):
    """Whether idet refused the design argument because it is a directory (no directory form yet)."""
    if rc == 0:
        return False
    head = "\n".join(err.strip().splitlines()[:3])
    return bool(re.search(r"is a directory|os error 21|directory", head, re.I))


def verilator_kinds(err):
    return sorted(set(re.findall(r"%Warning-([A-Z0-9_]+):", err)))


def median(xs):
    return statistics.median(xs) if xs else None


def fmt_num(x, digits=2):
    if x is None or x == "":
        return ""
    if isinstance(x, float):
        return f"{x:.{digits}f}"
    return str(x)


class Design:
    def __init__(self, d):
        self.dir = d.resolve()
        self.name = d.name
        meta = {}
        if (d / "design.toml").exists():
            meta = tomllib.loads((d / "design.toml").read_text())
        self.meta = meta
        if meta.get("files"):
            rel = [f for f in meta["files"] if f.endswith(VERILOG)]
        else:
            rel = sorted(str(p.relative_to(self.dir)) for p in self.dir.rglob("*") if p.suffix in VERILOG)
        self.rel = rel
        self.others = sorted(str(p.relative_to(self.dir)) for p in self.dir.rglob("*")
                             if p.is_file() and str(p.relative_to(self.dir)) not in rel
                             and p.name != "design.toml")
        self.top = meta.get("top") or self.guess_top()
        self.lines = sum((self.dir / f).read_bytes().count(b"\n") for f in rel if (self.dir / f).exists())

    def guess_top(self):
        for f in self.rel:
            m = re.search(r"^\s*module\s+(\w+)", (self.dir / f).read_text(errors="replace"), re.M)
            if m:
                return m.group(1)
        return ""

    def files(self, root=None):
        root = root or self.dir
        return [str(root / f) for f in self.rel]

    def incdirs(self, root=None):
        root = root or self.dir
        dirs = [root] + sorted({(root / f).parent for f in self.rel} - {root})
        return [str(x) for x in dirs]

    def top_file(self):
        pat = re.compile(r"^\s*module\s+" + re.escape(self.top) + r"\b", re.M)
        for f in self.rel:
            if pat.search((self.dir / f).read_text(errors="replace")):
                return f
        return None


def idet():
    return os.environ.get("IDET") or str(REPO / "target/release/idet")


def idet_inputs(des, form):
    """The design arguments of an idet command: the directory, or its files with -I."""
    if form == "dir":
        return [str(des.dir)]
    args = des.files()
    for i in des.incdirs():
        args += ["-I", i]
    return args


def idet_try(sub, des, extra, forms=("dir", "files"), timeout=None):
    """Run `idet SUB <inputs> EXTRA` with the directory form, falling back to the file form."""
    last = None
    for form in forms:
        cmd = [idet(), sub, "-q", *idet_inputs(des, form), "--top", des.top, *extra]
        res = run(cmd, timeout=timeout)
        last = (form, *res)
        if form == "dir" and is_dir_refusal(res[0], res[2]):
            continue
        return last
    return last


def lint(files, incdirs, top, cwd, wall, flags=()):
    inc = [f"-I{i}" for i in incdirs]
    cmd = ["verilator", "--lint-only", "-Wno-fatal", "--no-timing"]
    cmd += ["-Wall"] if wall else ["-Wno-lint", "-Wno-style"]
    cmd += [*flags, "--top-module", top, *files, *inc]
    return run(cmd, cwd=cwd)


# A `synthesis translate_off` ... `translate_on` region (also `synopsys`/`pragma`, `//` or `/* */`).
_HOT = r"(?:synthesis|synopsys|pragma)\s+translate_"
_PRAGMA = r"(?:/\*\s*" + _HOT + r"{0}\s*\*/|//\s*" + _HOT + r"{0}\b[^\n]*)"
TRANSLATE_OFF = re.compile(_PRAGMA.format("off") + ".*?" + _PRAGMA.format("on"), re.S)


def blank(m):
    return "\n" * m.group(0).count("\n")


def without_translate_off(files, into):
    """Copies of `files` in `into` for Verilator, which ignores `synthesis translate_off`
    (verilator#24, wontfix): those regions blanked, newlines kept; `files` when none has one."""
    texts = {f: Path(f).read_text(errors="replace") for f in files}
    if not any(TRANSLATE_OFF.search(t) for t in texts.values()):
        return files
    Path(into).mkdir(parents=True, exist_ok=True)
    out = []
    for f in files:
        dest = Path(into) / Path(f).name
        dest.write_text(TRANSLATE_OFF.sub(blank, texts[f]))
        out.append(str(dest))
    return out


# An absolute init-file path from the tool user's machine (Bambu writes them:
# "/mnt/c/Users/.../array_ref_424880.mem"), whose file the design directory holds by its name.
ABS_INIT = re.compile(r'"(/[^"\n]*/([^"/\n]+\.(?:mem|dat|mif|hex)))"')


def without_modules(files, drop, into, cwd, tasks=()):
    """Copies of `files` in `into` for synthesis: the modules named in `drop` and the calls of the
    system tasks in `tasks` (`$finish;` becomes the null statement `;`) blanked (newlines kept, so
    that line numbers stay true) and absolute init-file paths that do not exist here replaced by
    the file's name when `cwd` holds it; `files` itself when nothing changes."""
    def local(m):
        path, name = m.group(1), m.group(2)
        return f'"{name}"' if not Path(path).exists() and (Path(cwd) / name).exists() else m.group(0)
    texts = {f: Path(f).read_text(errors="replace") for f in files}
    if not drop and not tasks and not any(ABS_INIT.search(t) for t in texts.values()):
        return files
    Path(into).mkdir(parents=True, exist_ok=True)
    out = []
    for f in files:
        text = ABS_INIT.sub(local, texts[f])
        for name in drop:
            pat = re.compile(rf"^\s*module\s+{re.escape(name)}\b.*?^\s*endmodule\b", re.M | re.S)
            text = pat.sub(blank, text)
        for name in tasks:
            text = re.sub(re.escape(name) + r"\b(?:\s*\([^()]*\))?", blank, text)
        dest = Path(into) / Path(f).name
        dest.write_text(text)
        out.append(str(dest))
    return out


# `synth -top TOP` with the memories left as `$mem_v2` macro cells: the `fine` stage of Yosys
# 0.23's `synth` without its `memory_map` (which turns every memory bit into a flip-flop and its
# read mux: half a million bits of URAM buffers never finish). An ASIC flow puts such memories
# in SRAM macros the same way. Chosen per design by the manifest (`synth_memories = "macro"`)
# and applied to the original and the augmented design alike.
SYNTH_MACRO_MEMORIES = ("synth -top {top} -run :fine; opt -fast -full; techmap; opt -fast; "
                        "abc -fast; opt -fast; hierarchy -check; check")


def yosys_cells(files, incdirs, top, cwd, stat_path, memories="map"):
    inc = "".join(f" -I{i}" for i in incdirs)
    synth = SYNTH_MACRO_MEMORIES.format(top=top) if memories == "macro" else f"synth -top {top}"
    # -defer: modules are elaborated only with the parameters they are used with (a Bambu memory
    # module's default MEMORY_INIT_file names a file no instance reads).
    script = (f"read_verilog -defer -sv{inc} {' '.join(files)}; {synth}; "
              f"tee -q -o {stat_path} stat")
    rc, out, err, dt, to = run(["yosys", "-q", "-p", script], cwd=cwd, timeout=SYNTH_TIMEOUT)
    cells = None
    if rc == 0 and not to and Path(stat_path).exists():
        vals = re.findall(r"Number of cells:\s*(\d+)", Path(stat_path).read_text())
        cells = int(vals[-1]) if vals else None
    if to:
        msg = f"timeout after {SYNTH_TIMEOUT} s"
    elif rc != 0:
        msg = first_error(err + out, cwd)
    else:
        msg = ""
    return rc == 0 and not to and cells is not None, cells, dt, msg


def measure(des, args, commit):
    import json

    work = (Path(args.work) / des.name).resolve()
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    r = {c: "" for c in COLUMNS}
    r.update(design=des.name, tool=des.meta.get("tool", ""), version=des.meta.get("version", ""),
             repo=des.meta.get("repo", ""), commit=des.meta.get("commit", "")[:12],
             lines=des.lines, files=len(des.rel), idet_commit=commit,
             measured=datetime.date.today().isoformat())
    if not des.top or not des.rel:
        r["analyze_ok"] = "no"
        r["analyze_error"] = "no Verilog files" if not des.rel else "no top module"
        return r

    # 1. analyze
    form, rc, out, err, dt, to = idet_try("analyze", des, ["--json"])
    (work / "analyze.json").write_text(out)
    (work / "analyze.err").write_text(err)
    r["analyze_form"], r["analyze_s"] = form, round(dt, 2)
    a = None
    if rc == 0 and not to:
        try:
            a = json.loads(out)
        except ValueError as e:
            r["analyze_error"] = f"bad JSON: {e}"
    else:
        r["analyze_error"] = "timeout" if to else first_error(err, des.dir)
    r["analyze_ok"] = "yes" if a is not None else "no"
    if a is not None:
        lives = [s.get("live_bits", 0) for f in a.get("fsms", []) for s in f.get("states", [])]
        r["ff_bits"] = a.get("total_state_bits", "")
        r["fsms"] = len(a.get("fsms", []))
        r["states"] = len(lives)
        r["min_live_bits"] = min(lives) if lives else ""
        r["median_live_bits"] = median(lives) if lives else ""

    # 2. lint of the original
    flags = des.meta.get("lint_flags", [])
    files = des.files()
    if des.meta.get("lint_translate_off"):
        files = without_translate_off(files, work / "lint-orig")
    rc, out, err, dt, to = lint(files, des.incdirs(), des.top, des.dir, wall=False, flags=flags)
    (work / "lint-orig.err").write_text(err)
    r["lint_s"] = round(dt, 2)
    r["lint_orig_ok"] = "yes" if rc == 0 and not to else "no"
    if r["lint_orig_ok"] == "no":
        r["lint_error"] = "orig: " + ("timeout" if to else first_error(err, des.dir))
    rc, out, err, dt, to = lint(files, des.incdirs(), des.top, des.dir, wall=True, flags=flags)
    (work / "lint-orig-wall.err").write_text(err)
    orig_kinds = verilator_kinds(err)
    r["lint_orig_kinds"] = " ".join(orig_kinds)

    # 3. plan
    if a is not None:
        pforms = ("dir", "files") if form == "dir" else ("files",)
        tl = ["--time-limit", str(args.time_limit)]
        form, rc, out, err, dt, to = idet_try("plan", des, ["--json", *tl], forms=pforms)
        (work / "plan.json").write_text(out)
        (work / "plan.err").write_text(err)
        r["plan_s"] = round(dt, 2)
        p = None
        if rc == 0 and not to:
            try:
                p = json.loads(out)
            except ValueError as e:
                r["plan_error"] = f"bad JSON: {e}"
        else:
            r["plan_error"] = "timeout" if to else first_error(err, des.dir)
        r["plan_ok"] = "yes" if p is not None else "no"
        if p is not None:
            worst, full = plan_bits(p)
            r["plan_optimal"] = "yes" if p.get("optimal") else "no"
            r["plan_worst_bits"], r["plan_full_bits"] = worst, full
            if worst is not None and full:
                r["worst_over_full"] = round(worst / full, 3)
    else:
        r["plan_ok"] = "skipped"

    # 4. insert
    aug = work / "aug"
    aug_ok = False
    if a is not None:
        aug_ok = insert(des, aug, r, work, ["--time-limit", str(args.time_limit)])
    else:
        r["insert_ok"] = "skipped"

    # 5. lint of the augmented design
    if aug_ok:
        aug_files = [str(aug / f) for f in des.rel]
        extra = sorted(str(p) for p in aug.rglob("*") if p.suffix in VERILOG and str(p) not in aug_files)
        aug_files += extra
        aug_inc = [str(aug)] + sorted({str(Path(f).parent) for f in aug_files} - {str(aug)})
        files = aug_files
        if des.meta.get("lint_translate_off"):
            files = without_translate_off(files, work / "lint-aug")
        rc, out, err, dt, to = lint(files, aug_inc, des.top, aug, wall=True, flags=flags)
        (work / "lint-aug-wall.err").write_text(err)
        aug_kinds = verilator_kinds(err)
        r["lint_aug_ok"] = "yes" if rc == 0 and not to else "no"
        if r["lint_aug_ok"] == "no":
            r["lint_error"] = (r["lint_error"] + "; " if r["lint_error"] else "") + "aug: " + (
                "timeout" if to else first_error(err, aug))
        r["lint_aug_kinds"] = " ".join(aug_kinds)
        new = sorted(set(aug_kinds) - set(orig_kinds))
        r["new_lint_kinds_count"] = len(new)
        r["new_lint_kinds"] = " ".join(new)

    # 6. synthesis
    if args.no_synth:
        r["synth_aug_ok"] = r["synth_orig_ok"] = "skipped"
        return r
    synth_orig = True
    drop, tasks = des.meta.get("synth_drop", []), des.meta.get("synth_drop_tasks", [])
    memories = des.meta.get("synth_memories", "map")
    if memories not in ("map", "macro"):
        sys.exit(f"{des.name}: synth_memories must be \"map\" or \"macro\", not {memories!r}")
    r["synth_memories"] = memories
    r["synth_commit"] = commit
    if aug_ok:
        ok, cells, dt, msg = yosys_cells(without_modules(aug_files, drop, work / "synth-aug", aug, tasks),
                                         aug_inc, des.top, aug, work / "aug.stat", memories)
        r["synth_aug_ok"], r["cells_aug"], r["synth_aug_s"] = ("yes" if ok else "no"), cells, round(dt, 1)
        if msg:
            r["synth_error"] = "aug: " + msg
        synth_orig = not msg.startswith("timeout") and dt <= SYNTH_ORIG_MAX_S
    else:
        r["synth_aug_ok"] = "skipped"
    if synth_orig:
        ok, cells, dt, msg = yosys_cells(without_modules(des.files(), drop, work / "synth-orig", des.dir, tasks),
                                         des.incdirs(), des.top, des.dir, work / "orig.stat", memories)
        r["synth_orig_ok"], r["cells_orig"], r["synth_orig_s"] = ("yes" if ok else "no"), cells, round(dt, 1)
        if msg:
            r["synth_error"] = (r["synth_error"] + "; " if r["synth_error"] else "") + "orig: " + msg
    else:
        r["synth_orig_ok"] = "skipped"
    return r


def plan_bits(p):
    """(worst backup bits, full-backup bits) of `idet plan --json` (worst over all FSMs)."""
    worst = p.get("worst_backup_bits")
    if not isinstance(worst, (int, float)):
        per = [f.get("worst_backup_bits") for f in p.get("fsms") or []]
        per = [v for v in per if isinstance(v, (int, float))]
        worst = max(per) if per else None
    full = (p.get("baselines") or {}).get("full_backup_bits", p.get("full_backup_bits"))
    return (int(worst) if worst is not None else None), full


def insert(des, aug, r, work, extra):
    """idet insert into aug/ (directory form, else the top module's file); fills r, returns ok."""
    if aug.exists():
        shutil.rmtree(aug)
    t_total = 0.0
    cmd = [idet(), "insert", "-q", str(des.dir), "--top", des.top, *extra, "-o", str(aug)]
    rc, out, err, dt, to = run(cmd)
    t_total = dt
    form = "dir"
    if is_dir_refusal(rc, err) and not to:
        form = "files"
        if aug.exists():
            shutil.rmtree(aug)
        aug.mkdir(parents=True)
        top_file = des.top_file()
        if top_file is None:
            r["insert_ok"], r["insert_form"] = "no", form
            r["insert_error"] = f"no file declares module {des.top}"
            return False
        (aug / top_file).parent.mkdir(parents=True, exist_ok=True)
        cmd = [idet(), "insert", "-q", *idet_inputs(des, "files"), "--top", des.top, *extra,
               "-o", str(aug / top_file)]
        rc, out, err, dt, to = run(cmd)
        t_total = dt
    (work / "insert.err").write_text(err)
    r["insert_form"], r["insert_s"] = form, round(t_total, 2)
    ok = rc == 0 and not to
    r["insert_ok"] = "yes" if ok else "no"
    if not ok:
        r["insert_error"] = "timeout" if to else first_error(err, des.dir)
        return False
    # Files insert did not write (the other modules, memory images) are used as they are.
    for f in des.rel + des.others:
        dst = aug / f
        if not dst.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(des.dir / f, dst)
    return True


def as_strings(r):
    return {c: ("" if r.get(c) is None else str(r.get(c))) for c in COLUMNS}


def fnum(s):
    try:
        return float(s)
    except (TypeError, ValueError):
        return None


def md_cell_error(r):
    for stage in ("analyze", "plan", "insert", "synth", "lint"):
        e = r.get(f"{stage}_error", "")
        if e:
            return f"{stage}: {e}"
    return ""


def write_md(rows, path, args, started, elapsed):
    nproc = os.cpu_count()
    commits = sorted({r["idet_commit"] for r in rows if r["idet_commit"]})
    dates = sorted({r["measured"] for r in rows if r["measured"]})
    vver = run(["verilator", "--version"])[1].strip()
    yver = run(["yosys", "-V"])[1].strip()
    out = []
    out.append("# idet on real third-party HLS designs\n")
    out.append(
        "Generated by `bench/real/run.py` (`make bench-real`) on the development set of "
        "bench/real/manifest.toml: HLS tools' output as published in public repositories, laid by "
        "`bench/real/lay.py` (the files themselves are third-party and not in this repository). "
        "It measures whether idet reads each design as it is (`idet analyze` of the directory), what "
        "it finds (FSMs, reachable states, live bits per state against all flip-flop bits), the "
        "checkpoint plan (`idet plan`: largest backup against a full backup), whether `idet insert` "
        "splices the controller, whether the augmented Verilog is as lint-clean as the original "
        "(Verilator `-Wall` warning kinds the original did not have) and whether Yosys synthesises it "
        "(generic `synth -top TOP; stat` cells, original → augmented).\n")
    out.append(
        f"Machine: {nproc} CPUs; "
        + ("table rewritten from the CSV (--table-only); " if getattr(args, "table_only", False)
           else f"run {started} ({elapsed:.0f} s, {args.jobs} designs at a time); ")
        + f"rows measured {', '.join(dates) or '-'}; idet commit {', '.join(commits) or '-'}; "
        f"{vver}; {yver}.\n")
    out.append("| design | tool | lines | FF bits | analyze | FSMs / states | min live | median live | "
               "plan worst / full | insert | new lint kinds | Yosys cells orig → aug | analyze s | "
               "verilator lint s | first error |")
    out.append("|---|---|---:|---:|---|---:|---:|---:|---:|---|---|---:|---:|---:|---|")
    for r in rows:
        tool = " ".join(x for x in (r["tool"], r["version"]) if x)
        fs = f"{r['fsms']} / {r['states']}" if r["analyze_ok"] == "yes" else ""
        if r["plan_worst_bits"] and r["plan_full_bits"]:
            pw = f"{r['plan_worst_bits']} / {r['plan_full_bits']} ({fnum(r['worst_over_full']):.2f})"
            if r["plan_optimal"] == "no":
                pw += " *"
        else:
            pw = r["plan_ok"] if r["plan_ok"] != "yes" else ""
        if r["new_lint_kinds_count"] != "":
            nl = r["new_lint_kinds_count"] + (f" ({r['new_lint_kinds']})" if r["new_lint_kinds"] else "")
        else:
            nl = ""
        if r["synth_aug_ok"] in ("", "skipped") and r["synth_orig_ok"] in ("", "skipped"):
            sy = "skipped" if "skipped" in (r["synth_aug_ok"], r["synth_orig_ok"]) else ""
        else:
            o = r["cells_orig"] or ("failed" if r["synth_orig_ok"] == "no" else "-")
            a = r["cells_aug"] or ("failed" if r["synth_aug_ok"] == "no" else "-")
            sy = f"{o} → {a}"
            if r.get("synth_memories") == "macro":
                sy += " (memories as macros)"
            if r["cells_orig"] and r["cells_aug"]:
                sy += f" ({100 * (fnum(r['cells_aug']) - fnum(r['cells_orig'])) / fnum(r['cells_orig']):+.0f} %)"
            sc = r.get("synth_commit") or r["idet_commit"]
            if sc and sc != r["idet_commit"]:
                sy += f" [at {sc}]"
        ls = r["lint_s"] + ("" if r["lint_orig_ok"] != "no" else " (failed)")
        err = md_cell_error(r).replace("|", "/")
        med = fnum(r["median_live_bits"])
        med = "" if med is None else (f"{med:.0f}" if med == int(med) else f"{med:.1f}")
        out.append(f"| {r['design']} | {tool} | {r['lines']} | {r['ff_bits']} | {r['analyze_ok']} | {fs} | "
                   f"{r['min_live_bits']} | {med} | {pw} | {r['insert_ok']} | {nl} | {sy} | "
                   f"{r['analyze_s']} | {ls} | {err} |")
    m = len(rows)

    def count(pred):
        return sum(1 for r in rows if pred(r))

    analysed = count(lambda r: r["analyze_ok"] == "yes")
    inserted = count(lambda r: r["insert_ok"] == "yes")
    lint_clean = count(lambda r: r["insert_ok"] == "yes" and r["new_lint_kinds_count"] == "0"
                       and r["lint_aug_ok"] == "yes")
    synthesised = count(lambda r: r["synth_aug_ok"] == "yes")
    synth_tried = count(lambda r: r["synth_aug_ok"] not in ("", "skipped"))
    ratios = [fnum(r["min_live_bits"]) / fnum(r["ff_bits"]) for r in rows
              if fnum(r["min_live_bits"]) is not None and fnum(r["ff_bits"])]
    wf = [fnum(r["worst_over_full"]) for r in rows if fnum(r["worst_over_full"]) is not None]
    out.append("")
    out.append(f"Totals: analysed {analysed}/{m}, inserted {inserted}/{m}, lint-clean (augmented: Verilator "
               f"passes and no new warning kind) {lint_clean}/{m}, synthesised (augmented) {synthesised}/{m}"
               + (f" ({m - synth_tried} not tried)" if synth_tried < m else "") + ".")
    out.append(f"Medians over the analysed designs: min live / FF bits "
               f"{fmt_num(median(ratios), 3) or '-'} ({len(ratios)} designs), plan worst / full "
               f"{fmt_num(median(wf), 3) or '-'} ({len(wf)} designs).")
    out.append("")
    out.append(
        "Columns: FF bits = `total_state_bits` of `idet analyze --json` (every flip-flop and memory "
        "bit); FSMs / states = FSMs found and their reachable states; min / median live = live bits "
        "over all those states; plan worst / full = the largest checkpoint of `idet plan` (live bits "
        f"plus the state register; `*`: not proven optimal within the {args.time_limit} s MIP time "
        "limit) against a full backup; new lint kinds = Verilator `-Wall` warning "
        "kinds of the augmented design absent from the original's (must be 0); Yosys cells = generic "
        f"`synth` of the whole hierarchy, timeout 900 s (`--synth-timeout`: {SYNTH_TIMEOUT} s in the last run; the "
        "large rows were measured alone with a longer one, their synthesis time is in the CSV), the original skipped when the augmented took "
        f"over {SYNTH_ORIG_MAX_S} s; \"memories as macros\": the manifest's `synth_memories = \"macro\"`, "
        "`synth` without `memory_map`, each memory one `$mem_v2` cell (an SRAM macro), original and "
        "augmented alike; `[at C]`: synthesised at idet commit C, older than the row's other columns "
        "(`--no-synth --keep-synth`); analyze s = wall time of one `idet analyze`; verilator lint s = "
        "`verilator --lint-only -Wno-lint -Wno-style` of the original, one run; first error = the "
        "first failing stage's `file:line: message`. Per-design logs and JSON: bench/real/work/<name>/.")
    manifest = REPO / "bench/real/manifest.toml"
    if manifest.exists():
        skipped = [d for d in tomllib.loads(manifest.read_text()).get("design", []) if d.get("incomplete")]
        if skipped:
            out.append("")
            out.append(f"Not measured ({len(skipped)} manifest entries marked `incomplete`: they need "
                       "vendor IP whose source is not in their repository, so no tool can read them "
                       "as published):")
            for d in skipped:
                out.append(f"- {d['name']} ({d.get('tool', '?')} {d.get('version', '')}, {d['repo']}): "
                           f"{d['incomplete']}")
    Path(path).write_text("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--designs", default=str(HERE / "designs"), help="laid designs (default bench/real/designs)")
    ap.add_argument("--work", default=str(HERE / "work"), help="scratch directory (default bench/real/work)")
    ap.add_argument("--only", help="comma-separated design names; other rows of the CSV are kept")
    ap.add_argument("--synth-timeout", type=int, default=SYNTH_TIMEOUT,
                    help=f"seconds one Yosys synthesis may take (default {SYNTH_TIMEOUT})")
    ap.add_argument("--no-synth", action="store_true", help="skip the Yosys syntheses")
    ap.add_argument("--keep-synth", action="store_true",
                    help="with --no-synth: keep each design's synthesis columns from the CSV, "
                         "marked with the idet commit they were measured at (synth_commit)")
    ap.add_argument("--jobs", type=int, default=2, help="designs measured at a time (default 2)")
    ap.add_argument("--tool-timeout", type=int, default=TOOL_TIMEOUT,
                    help=f"seconds any one tool run may take (default {TOOL_TIMEOUT})")
    ap.add_argument("--time-limit", type=int, default=60,
                    help="seconds for the checkpoint-placement MIP of plan and insert (default 60)")
    ap.add_argument("--table-only", action="store_true",
                    help="measure nothing: rewrite the Markdown table from the CSV")
    ap.add_argument("--md", default=str(REPO / "bench/results-real.md"))
    ap.add_argument("--csv", default=str(REPO / "bench/results-real.csv"))
    args = ap.parse_args()
    if args.table_only:
        with open(args.csv, newline="") as f:
            rows = [{c: old.get(c, "") or "" for c in COLUMNS} for old in csv.DictReader(f)]
        write_md(rows, args.md, args, "", 0)
        return 0

    ddir = Path(args.designs)
    dirs = sorted(p for p in ddir.iterdir() if p.is_dir()) if ddir.is_dir() else []
    if not dirs:
        print(f"bench-real: no designs in {ddir}. The development set is third-party HLS output, not "
              "committed: fetch every snapshot the manifest names (bench/real/manifest.toml, or "
              "bench/real/parts/*.toml: `repo` and `commit` of each [[design]]) with the search tool's "
              "fetch (github:owner/name), then run `python3 bench/real/lay.py`, then `make bench-real` "
              "again.", file=sys.stderr)
        return 2
    if not os.access(idet(), os.X_OK):
        print(f"bench-real: {idet()} is not an executable; `cargo build --release` or set IDET", file=sys.stderr)
        return 2
    for tool in ("verilator", "yosys"):
        if not shutil.which(tool):
            print(f"bench-real: {tool} not found (make apt)", file=sys.stderr)
            return 2
    only = set(args.only.split(",")) if args.only else None
    if only:
        unknown = only - {p.name for p in dirs}
        if unknown:
            print(f"bench-real: no such laid design: {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        dirs = [p for p in dirs if p.name in only]
    commit = run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])[1].strip()
    dirty = run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no", "src"])[1].strip()
    if dirty:
        commit += "+dirty"

    globals()["TOOL_TIMEOUT"] = args.tool_timeout
    globals()["SYNTH_TIMEOUT"] = args.synth_timeout
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    designs = [Design(p) for p in dirs]
    started = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    t0 = time.monotonic()
    say(f"bench-real: {len(designs)} designs, {args.jobs} at a time, idet {idet()} ({commit})"
        + (", no synthesis" if args.no_synth else ""))
    rows, done = {}, 0
    previous = {}
    if Path(args.csv).exists():
        with open(args.csv, newline="") as f:
            previous = {old["design"]: old for old in csv.DictReader(f) if old.get("design")}
    with cf.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futs = {pool.submit(measure, d, args, commit): d for d in designs}
        for fut in cf.as_completed(futs):
            d = futs[fut]
            done += 1
            try:
                r = as_strings(fut.result())
            except Exception as e:  # a bug here must not lose the other designs' rows
                r = as_strings({"design": d.name, "analyze_ok": "no", "analyze_error": f"run.py: {e!r}"})
            if args.keep_synth and r.get("synth_aug_ok") == "skipped":
                keep_synth(r, previous.get(d.name))
            rows[d.name] = r
            say(progress(done, len(designs), r))
            # The table so far, so that an interrupted campaign keeps what it measured.
            save(rows, only, args, started, t0)
    save(rows, only, args, started, t0)
    say(f"bench-real: wrote {os.path.relpath(args.md)} and {os.path.relpath(args.csv)} "
        f"({time.monotonic() - t0:.0f} s)")
    return 0


SYNTH_COLUMNS = ["synth_aug_ok", "cells_aug", "synth_orig_ok", "cells_orig", "synth_memories",
                 "synth_aug_s", "synth_orig_s", "synth_commit"]


def keep_synth(r, old):
    """--no-synth --keep-synth: the synthesis columns of the design's previous row, with the idet
    commit they were measured at (`synth_commit`; rows older than that column: their idet_commit)."""
    if not old or old.get("synth_aug_ok", "") in ("", "skipped"):
        return
    for c in SYNTH_COLUMNS:
        r[c] = old.get(c, "") or ""
    r["synth_commit"] = old.get("synth_commit") or old.get("idet_commit", "")
    err = [e for e in (old.get("synth_error") or "").split("; ") if e]
    if err:
        r["synth_error"] = "; ".join(err)


def save(rows, only, args, started, t0):
    rows = dict(rows)
    if only and Path(args.csv).exists():
        with open(args.csv, newline="") as f:
            for old in csv.DictReader(f):
                if old.get("design") and old["design"] not in rows:
                    rows[old["design"]] = {c: old.get(c, "") or "" for c in COLUMNS}
    ordered = [rows[k] for k in sorted(rows)]
    with open(args.csv, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(ordered)
    write_md(ordered, args.md, args, started, time.monotonic() - t0)


def progress(i, n, r):
    parts = [f"[{i}/{n}] {r['design']}:"]
    if r["analyze_ok"] == "yes":
        parts.append(f"analyze ok {r['analyze_s']} s ({r['fsms']} FSMs, {r['states']} states, "
                     f"{r['ff_bits']} FF bits, min live {r['min_live_bits']})")
    else:
        parts.append(f"analyze FAILED ({r['analyze_error']})")
    if r["plan_ok"] == "yes":
        parts.append(f"plan {r['plan_worst_bits']}/{r['plan_full_bits']}")
    elif r["plan_ok"] == "no":
        parts.append(f"plan FAILED ({r['plan_error']})")
    if r["insert_ok"] == "yes":
        parts.append(f"insert ok, new lint kinds {r['new_lint_kinds_count'] or '?'}"
                     + (f" ({r['new_lint_kinds']})" if r["new_lint_kinds"] else ""))
    elif r["insert_ok"] == "no":
        parts.append(f"insert FAILED ({r['insert_error']})")
    parts.append(f"lint orig {'ok' if r['lint_orig_ok'] == 'yes' else 'FAILED'} {r['lint_s']} s")
    if r["synth_aug_ok"] not in ("", "skipped") or r["synth_orig_ok"] not in ("", "skipped"):
        def cells(ok, n):
            return n if n else {"no": "failed", "skipped": "skipped"}.get(ok, "-")
        parts.append(f"yosys cells {cells(r['synth_orig_ok'], r['cells_orig'])} -> "
                     f"{cells(r['synth_aug_ok'], r['cells_aug'])}")
    return parts[0] + " " + "; ".join(parts[1:])


if __name__ == "__main__":
    sys.exit(main())
