#!/usr/bin/env python3
"""FuSoC generator `idet_insert` (see idet.core and flow/README.md).

FuSoC runs `<interpreter> idet_gen.py <name>_input.yml` in the generator's output directory.
The input YAML has `files_root` (the consuming core's directory), `gapi: '1.0'`, `vlnv` (the
name the generated core must have) and `parameters`:

  files          list of RTL files (relative to files_root) that make up the design
  top            top module (the one idet augments)
  include_dirs   optional list of include directories (relative to files_root)
  defines        optional list of NAME or NAME=VALUE (idet -D)
  plan           optional checkpoint plan JSON written by `idet plan --json` (relative to files_root)
  max_cycles, max_wait, objective, algo, nvm
                 placement options of `idet insert` when there is no plan
  nvm_port, nvm_word_bits, nvm_latency, spi_addr_bytes, prefix
                 NVM interface options
  hold_output    optional list of extra outputs held inactive while busy
  extra_args     optional list of further `idet insert` arguments, passed verbatim
  report         true (writes idet_report.json) or a file name: `idet insert --report`
  output         name of the augmented file (default: <top>_idet.v)

It runs `idet insert`, writes the augmented Verilog here, copies the design's other files (the
ones not defining the top, which idet leaves unchanged) and the include directories here, and
writes `<vlnv name>.core` listing them, so the consuming core's target compiles the augmented
design instead of the original.

The idet binary: $IDET if set, else `idet` on PATH.  The interpreter needs PyYAML (it is the
Python that runs FuSoC when that is first on PATH, e.g. the project venv: `make venv`).
Errors: idet's own message on stderr and its exit code (1 or 2); 2 for a bad parameter.
"""

import os
import re
import shutil
import subprocess
import sys

try:
    import yaml
except ImportError:  # pragma: no cover - depends on the interpreter FuSoC found
    sys.stderr.write(
        "idet_gen.py: this Python (%s) has no PyYAML; put the venv that runs FuSoC first on PATH "
        "(e.g. PATH=/path/to/.venv/bin:$PATH)\n" % sys.executable
    )
    sys.exit(2)

SOURCE_TYPES = {
    ".v": "verilogSource",
    ".vh": "verilogSource",
    ".sv": "systemVerilogSource",
    ".svh": "systemVerilogSource",
}
INCLUDE_EXTS = (".v", ".vh", ".sv", ".svh", ".h", ".inc", ".vinc")


def die(msg, code=2):
    sys.stderr.write("idet_gen.py: %s\n" % msg)
    sys.exit(code)


def as_list(value, name):
    if value is None:
        return []
    if isinstance(value, (str, int, float)):
        return [str(value)]
    if isinstance(value, list):
        return [str(v) for v in value]
    die("parameter '%s' must be a string or a list" % name)


def find_idet():
    idet = os.environ.get("IDET")
    if idet:
        path = shutil.which(idet)
        if path is None:
            die("IDET=%s is not an executable" % idet)
        return os.path.abspath(path)
    path = shutil.which("idet")
    if path is None:
        die("no idet binary: set IDET=/path/to/idet or put idet on PATH")
    return path


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def defines_module(path, top):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = strip_comments(f.read())
    return re.search(r"\b(module|macromodule)\s+%s\b" % re.escape(top), text) is not None


def file_type(path):
    ext = os.path.splitext(path)[1].lower()
    return SOURCE_TYPES.get(ext, "verilogSource")


def main():
    if len(sys.argv) != 2:
        die("usage: idet_gen.py <generator input .yml> (run by FuSoC)")
    with open(sys.argv[1], encoding="utf-8") as f:
        gin = yaml.safe_load(f)
    files_root = gin.get("files_root") or "."
    vlnv = gin.get("vlnv")
    if not vlnv:
        die("generator input has no vlnv")
    p = gin.get("parameters") or {}
    known = {
        "files", "top", "include_dirs", "defines", "plan", "max_cycles", "max_wait",
        "objective", "algo", "nvm", "nvm_port", "nvm_word_bits", "nvm_latency",
        "spi_addr_bytes", "prefix", "hold_output", "extra_args", "report", "output",
    }
    unknown = sorted(set(p) - known)
    if unknown:
        die("unknown parameter(s): %s (known: %s)" % (", ".join(unknown), ", ".join(sorted(known))))

    top = p.get("top")
    if not top:
        die("parameter 'top' is required")
    top = str(top)
    files = as_list(p.get("files"), "files")
    if not files:
        die("parameter 'files' (list of RTL files relative to the core) is required")

    def src(rel):
        path = os.path.join(files_root, rel)
        if not os.path.isfile(path):
            die("%s: no such file (parameter relative to %s)" % (rel, files_root))
        return os.path.abspath(path)

    abs_files = [src(f) for f in files]
    inc_dirs = []
    for d in as_list(p.get("include_dirs"), "include_dirs"):
        path = os.path.join(files_root, d)
        if not os.path.isdir(path):
            die("%s: no such include directory (relative to %s)" % (d, files_root))
        inc_dirs.append(os.path.abspath(path))

    # The file idet augments: the one that defines the top module.
    tops = [i for i, f in enumerate(abs_files) if defines_module(f, top)]
    if len(tops) != 1:
        where = "none" if not tops else ", ".join(files[i] for i in tops)
        die("parameter 'top': module %s must be defined in exactly one of 'files' (found in: %s); "
            "list the file that defines it, not a file that `includes it" % (top, where))
    top_idx = tops[0]

    output = str(p.get("output") or "%s_idet.v" % top)
    if os.path.isabs(output) or os.sep in output:
        die("parameter 'output' must be a plain file name")

    cmd = [find_idet(), "insert"] + abs_files + ["--top", top, "-o", output]
    for d in inc_dirs:
        cmd += ["-I", d]
    for d in as_list(p.get("defines"), "defines"):
        cmd += ["-D", d]
    if p.get("plan") is not None:
        cmd.append("--plan=" + src(str(p["plan"])))
    for key in ("max_cycles", "max_wait", "objective", "algo", "nvm", "nvm_port", "nvm_word_bits",
                "nvm_latency", "spi_addr_bytes", "prefix"):
        if p.get(key) is not None:
            value = p[key]
            if key == "nvm" and os.path.isfile(os.path.join(files_root, str(value))):
                value = os.path.abspath(os.path.join(files_root, str(value)))
            cmd.append("--%s=%s" % (key.replace("_", "-"), value))
    for port in as_list(p.get("hold_output"), "hold_output"):
        cmd.append("--hold-output=" + port)
    report = p.get("report")
    if report is True:
        report = "idet_report.json"
    if report:
        cmd.append("--report=%s" % report)
    cmd += as_list(p.get("extra_args"), "extra_args")

    # idet prints its summary on stderr: keep it in idet_insert.log, show it only on failure.
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with open("idet_insert.log", "w", encoding="utf-8") as log:
        log.write("$ " + " ".join(cmd) + "\n" + res.stdout)
    if res.returncode != 0:
        sys.stderr.write(res.stdout)
        die("idet insert failed (exit %d): %s" % (res.returncode, " ".join(cmd)), res.returncode)

    # The rest of the design, unchanged, and the include files: copied next to the generated core
    # so that it is self-contained (FuSoC caches and exports it as one core).
    core_files = []
    used = {output}

    def place(path, subdir):
        name = os.path.join(subdir, os.path.basename(path))
        n = 1
        while name in used:
            name = os.path.join("%s%d" % (subdir, n), os.path.basename(path))
            n += 1
        used.add(name)
        os.makedirs(os.path.dirname(name), exist_ok=True)
        shutil.copyfile(path, name)
        return name

    for i, f in enumerate(abs_files):
        if i == top_idx:
            core_files.append({output: {"file_type": file_type(f)}})
        else:
            core_files.append({place(f, "rtl"): {"file_type": file_type(f)}})
    for n, d in enumerate(inc_dirs):
        for entry in sorted(os.listdir(d)):
            path = os.path.join(d, entry)
            if os.path.isfile(path) and entry.lower().endswith(INCLUDE_EXTS):
                dst = os.path.join("inc%d" % n, entry)
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                shutil.copyfile(path, dst)
                core_files.append({dst: {"file_type": file_type(path), "is_include_file": True}})

    core = {
        "name": vlnv,
        "description": "%s with the idet NVM checkpoint controller (idet insert)" % top,
        "filesets": {"rtl": {"files": core_files}},
        "targets": {"default": {"filesets": ["rtl"], "toplevel": top}},
    }
    core_name = vlnv.split(":")[2] if vlnv.count(":") >= 2 else "idet_generated"
    with open(core_name + ".core", "w", encoding="utf-8") as f:
        f.write("CAPI=2:\n")
        f.write("# generated by idet_gen.py; do not edit\n")
        yaml.safe_dump(core, f, sort_keys=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
