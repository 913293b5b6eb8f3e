#!/usr/bin/env python3
"""Lay the real-design development set out of fetched git snapshots (see bench/real/README.md).

    python3 bench/real/lay.py [--manifest FILE] [--mirror-root /work/.mirror] [--out bench/real/designs]

For every `[[design]]` of the manifest (default bench/real/manifest.toml, or when that does not
exist the concatenation of bench/real/parts/*.toml), writes each of its `files` (relative to
`dir` in the repository, relative paths kept) from `git show COMMIT:dir/file` of the snapshot into
OUT/<name>/, plus OUT/<name>/design.toml (top, tool, version, repo, commit, interface, files) that
bench/real/run.py reads. The snapshot is the entry's `mirror` git directory when it exists, else a
directory named `owner+name` found under --mirror-root (a bare git directory itself or holding one,
e.g. /work/.mirror/owner+name/repo). Files already identical are not rewritten, files of a design
directory that the manifest no longer lists are removed: running it again changes nothing.

The laid files are third-party HLS output: bench/real/designs/ is git-ignored and never committed.
Exit status: 0 every design laid, 1 some could not be (each one reported with what to do), 2 bad
manifest.
"""
import argparse
import os
import re
import subprocess
import shutil
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.+-]*$")
COMMIT_RE = re.compile(r"^[0-9a-fA-F]{40}$")
REQUIRED = ("name", "repo", "commit", "files", "top")
# Never let git reach the network for a partial clone's missing object: a missing blob is an error.
GIT_ENV = dict(os.environ, GIT_NO_LAZY_FETCH="1", GIT_TERMINAL_PROMPT="0")


def load_manifest(path):
    """The manifest's text: PATH if given or present, else the parts concatenated."""
    if path is not None:
        return Path(path).read_text(), str(path)
    default = HERE / "manifest.toml"
    if default.exists():
        return default.read_text(), str(default.relative_to(REPO))
    parts = sorted((HERE / "parts").glob("*.toml"))
    if not parts:
        return None, "bench/real/manifest.toml (absent) and bench/real/parts/*.toml (none)"
    text = "\n".join(p.read_text() for p in parts)
    return text, f"bench/real/parts/*.toml ({len(parts)} files)"


def check_entry(d):
    """A list of problems with one manifest entry (empty when it is usable)."""
    bad = [f"missing `{k}`" for k in REQUIRED if k not in d]
    if bad:
        return bad
    if not NAME_RE.match(d["name"]):
        bad.append(f"name {d['name']!r} is not a plain directory name")
    if not COMMIT_RE.match(d["commit"]):
        bad.append(f"commit {d['commit']!r} is not 40 hex digits")
    if d["repo"].count("/") != 1:
        bad.append(f"repo {d['repo']!r} is not owner/name")
    if not isinstance(d["files"], list) or not d["files"]:
        bad.append("files is not a non-empty list")
    else:
        for f in d["files"]:
            p = Path(f)
            if p.is_absolute() or ".." in p.parts or f in ("", "design.toml"):
                bad.append(f"file {f!r} is not a plain relative path")
    return bad


def is_git_dir(p):
    return (p / "HEAD").is_file() and (p / "objects").is_dir()


def git_dirs_in(p, depth=2):
    """Git directories at or below p (p itself if bare, p/.git, or a child like p/repo)."""
    if not p.is_dir():
        return []
    if is_git_dir(p):
        return [p]
    if is_git_dir(p / ".git"):
        return [p / ".git"]
    found = []
    if depth > 0:
        for c in sorted(p.iterdir()):
            if c.is_dir() and not c.is_symlink():
                found += git_dirs_in(c, depth - 1)
    return found


def find_named(root, name, max_depth=4):
    """Directories called `name` under root (the fetch layout is root/owner+name/...)."""
    hits = []
    root = Path(root)
    if not root.is_dir():
        return hits
    for dirpath, dirnames, _ in os.walk(root):
        rel_depth = len(Path(dirpath).relative_to(root).parts)
        if Path(dirpath).name == name and dirpath != str(root):
            hits.append(Path(dirpath))
            dirnames[:] = []  # do not look inside a snapshot for another one
            continue
        if is_git_dir(Path(dirpath)) or rel_depth >= max_depth:
            dirnames[:] = []
        else:
            dirnames.sort()
    return hits


def git(gitdir, *args, text=False):
    return subprocess.run(
        ["git", f"--git-dir={gitdir}", *args],
        capture_output=True,
        env=GIT_ENV,
        timeout=300,
        text=text,
    )


def has_commit(gitdir, commit):
    return git(gitdir, "cat-file", "-e", f"{commit}^{{commit}}").returncode == 0


def candidates(d, mirror_root):
    """Git directories that may hold the entry's snapshot, the `mirror` hint first."""
    out = []
    hint = d.get("mirror")
    if hint:
        h = Path(hint)
        out += git_dirs_in(h)
        # A hint naming the snapshot's parent directory, or a stale path inside it.
        for parent in [h, *h.parents][:3]:
            if parent.name == d["repo"].replace("/", "+"):
                out += git_dirs_in(parent)
    for named in find_named(mirror_root, d["repo"].replace("/", "+")):
        out += git_dirs_in(named)
    seen, uniq = set(), []
    for g in out:
        r = g.resolve()
        if r not in seen:
            seen.add(r)
            uniq.append(g)
    return uniq


def toml_str(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def design_toml(d):
    keys = ["name", "top", "tool", "version", "repo", "commit", "dir", "lines", "interface"]
    lines = ["# Written by bench/real/lay.py from the manifest; read by bench/real/run.py."]
    for k in keys:
        v = d.get(k, "" if k != "lines" else 0)
        lines.append(f"{k} = {v}" if isinstance(v, int) else f"{k} = {toml_str(v)}")
    lines.append("files = [" + ", ".join(toml_str(f) for f in d["files"]) + "]")
    for k in ("synth_drop", "synth_drop_tasks", "lint_flags"):
        if d.get(k):
            lines.append(f"{k} = [" + ", ".join(toml_str(f) for f in d[k]) + "]")
    if d.get("verify_args"):
        lines.append("verify_args = [" + ", ".join(toml_str(f) for f in d["verify_args"]) + "]")
    # A string key: carried as such (run.py chose "map" for every design while it was dropped).
    if d.get("synth_memories"):
        lines.append(f"synth_memories = {toml_str(d['synth_memories'])}")
    if d.get("lint_translate_off"):
        lines.append("lint_translate_off = true")
    return "\n".join(lines) + "\n"


def write_if_changed(path, data):
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".lay-tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return True


def lay(d, gitdir, out):
    """Write the entry's files; returns (changed file count, list of problems)."""
    dest = out / d["name"]
    base = d.get("dir", "").strip("/")
    blobs, problems = {}, []
    for f in d["files"]:
        spec = f"{d['commit']}:{base + '/' if base else ''}{f}"
        r = git(gitdir, "show", spec)
        if r.returncode != 0:
            msg = r.stderr.decode(errors="replace").strip().splitlines()
            problems.append(f"{spec}: {msg[0] if msg else 'git show failed'}")
        else:
            blobs[f] = r.stdout
    if problems:
        return 0, problems
    changed = 0
    for f, data in blobs.items():
        changed += write_if_changed(dest / f, data)
    changed += write_if_changed(dest / "design.toml", design_toml(d).encode())
    keep = {dest / f for f in d["files"]} | {dest / "design.toml"}
    for p in sorted(dest.rglob("*"), reverse=True):
        if p.is_file() and p not in keep:
            p.unlink()
            changed += 1
        elif p.is_dir() and not any(p.iterdir()):
            p.rmdir()
    lines = sum(data.count(b"\n") for f, data in blobs.items() if f.endswith((".v", ".sv", ".vh", ".svh")))
    if d.get("lines") and abs(lines - d["lines"]) > max(2, d["lines"] // 100):
        print(f"  note: {d['name']}: {lines} Verilog lines, the manifest says {d['lines']}", file=sys.stderr)
    return changed, []


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--manifest", help="manifest TOML (default bench/real/manifest.toml, else bench/real/parts/*.toml)")
    ap.add_argument("--mirror-root", default="/work/.mirror", help="where fetched snapshots live (default /work/.mirror)")
    ap.add_argument("--out", default=str(HERE / "designs"), help="output directory (default bench/real/designs)")
    ap.add_argument("--only", help="comma-separated design names to lay (default all)")
    ap.add_argument("--with-incomplete", action="store_true", help="also lay designs marked `incomplete` (vendor IP absent)")
    args = ap.parse_args()

    text, source = load_manifest(args.manifest)
    if text is None:
        print(f"lay: no manifest: {source}", file=sys.stderr)
        return 2
    try:
        designs = tomllib.loads(text).get("design", [])
    except tomllib.TOMLDecodeError as e:
        print(f"lay: {source}: {e}", file=sys.stderr)
        return 2
    if args.only:
        only = set(args.only.split(","))
        designs = [d for d in designs if d.get("name") in only]
    out = Path(args.out)
    names = [d.get("name") for d in designs]
    dups = sorted({n for n in names if names.count(n) > 1})
    if dups:
        print(f"lay: {source}: duplicate design names: {', '.join(dups)}", file=sys.stderr)
        return 2
    print(f"lay: {len(designs)} designs from {source} into {out}", file=sys.stderr)

    missing, failed, laid, skipped = [], [], 0, []
    for d in designs:
        if d.get("incomplete") and not args.with_incomplete:
            # Vendor IP absent from the repository: not part of the measured set.
            skipped.append((d.get("name", "?"), d["incomplete"]))
            stale = out / d.get("name", "?")
            if d.get("name") and stale.is_dir():
                shutil.rmtree(stale)
            continue
        bad = check_entry(d)
        if bad:
            failed.append((d.get("name", "?"), "; ".join(bad)))
            continue
        gitdirs = candidates(d, args.mirror_root)
        gitdir = next((g for g in gitdirs if has_commit(g, d["commit"])), None)
        if gitdir is None:
            why = "no snapshot" if not gitdirs else f"commit {d['commit'][:12]} not in {', '.join(map(str, gitdirs))}"
            missing.append((d["name"], d["repo"], why))
            continue
        changed, problems = lay(d, gitdir, out)
        if problems:
            failed.append((d["name"], "; ".join(problems)))
            continue
        laid += 1
        state = f"{changed} files written" if changed else "up to date"
        print(f"  {d['name']}: {len(d['files'])} files from {d['repo']}@{d['commit'][:12]} ({state})", file=sys.stderr)

    for name, why in skipped:
        print(f"  skipped {name} (incomplete: {why})", file=sys.stderr)
    for name, repo, why in missing:
        print(f"  MISSING {name}: {why}: fetch github:{repo} with the search tool's fetch, then re-run", file=sys.stderr)
    for name, why in failed:
        print(f"  FAILED {name}: {why}", file=sys.stderr)
    print(f"lay: {laid}/{len(designs) - len(skipped)} designs laid"
          + (f", {len(missing)} missing snapshots" if missing else "")
          + (f", {len(failed)} failed" if failed else "")
          + (f", {len(skipped)} incomplete skipped" if skipped else ""), file=sys.stderr)
    return 1 if missing or failed else 0


if __name__ == "__main__":
    sys.exit(main())
