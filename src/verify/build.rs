//! Verilator builds of the golden and augmented models with the harness, and the harness run.

use super::harness::{iface_h, NvMem, NvmModel};
use super::iface::Interface;
use super::report::HarnessResult;
use super::{Sources, VerifyOptions};
use crate::diag::Diagnostic;
use crate::insert::Inserted;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn write(path: &Path, text: &str) -> Result<(), Diagnostic> {
    std::fs::write(path, text)
        .map_err(|e| Diagnostic::plain(format!("cannot write {}: {e}", path.display())))
}

/// Both models are built the same way: X values randomised (`--x-assign/--x-initial unique`,
/// seeded per power-up by the harness), lint off (HLS output is not lint-clean).
fn verilator(
    prefix: &str,
    top: &str,
    mdir: &Path,
    src: &Sources,
    first_includes: &[PathBuf],
    files: &[PathBuf],
    extra: &[String],
) -> Command {
    let mut c = Command::new("verilator");
    // Explicit X values (unreachable `default: x = 'bx` arms, reads past an array's end:
    // Vitis ROMs of 1,023 words read at 1,023 by a clamped address) are 0 in both models: the
    // hardware both designs run on gives one value there, and two random draws of it would
    // be a divergence of the design's own undefinedness, not of the insert. Power-on contents
    // stay random (`--x-initial unique`): that is what a restore must overwrite.
    c.args(["--cc", "--prefix", prefix, "--top-module", top])
        .args(["--x-assign", "0", "--x-initial", "unique", "--no-timing"])
        .args(["-Wno-fatal", "-Wno-lint", "-Wno-style", "-Mdir"])
        .arg(mdir);
    for i in first_includes.iter().chain(src.include_dirs) {
        c.arg(format!("-I{}", i.display()));
    }
    for (n, v) in src.defines {
        match v {
            Some(v) => c.arg(format!("+define+{n}={v}")),
            None => c.arg(format!("+define+{n}")),
        };
    }
    // The user's own flags last (`--verilator-arg`), the same for every model.
    c.args(extra);
    c.args(files);
    c
}

/// Compile through ccache when it is installed (and the user has not chosen an `OBJCACHE` of
/// their own): every build compiles the same Verilator runtime (`verilated.cpp`, ~7 s of CPU)
/// and a design's golden model is the same in every mode, so a campaign over many designs or
/// modes spends most of its compile time on objects it has built before (measured: gcd's second
/// `idet verify` 19.8 s -> 3.3 s). `CCACHE_BASEDIR` makes the temporary directory's absolute
/// include paths relative, so that they do not make every compile a different one.
/// `IDET_NO_CCACHE=1` turns it off.
fn use_compiler_cache(c: &mut Command, dir: &Path) {
    let wanted = std::env::var_os("OBJCACHE").is_none()
        && std::env::var_os("IDET_NO_CCACHE").is_none_or(|v| v.is_empty() || v == "0");
    let installed = Command::new("ccache")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if wanted && installed {
        let base = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        c.env("OBJCACHE", "ccache").env("CCACHE_BASEDIR", base);
    }
}

fn run_tool(mut c: Command, what: &str) -> Result<(), Diagnostic> {
    let out = c.output().map_err(|e| {
        Diagnostic::plain(format!(
            "{what}: cannot run `{}`: {e} (install Verilator 5: apt-get install verilator)",
            c.get_program().to_string_lossy()
        ))
    })?;
    if out.status.success() {
        return Ok(());
    }
    let err = String::from_utf8_lossy(&out.stderr);
    let tail: Vec<&str> = err.lines().rev().take(30).collect();
    Err(Diagnostic::plain(format!(
        "{what} failed:\n{}",
        tail.into_iter().rev().collect::<Vec<_>>().join("\n")
    )))
}

/// Writes the sources and the harness into `dir`, builds; returns the harness executable.
pub fn build(
    src: &Sources,
    inserted: &Inserted,
    iface: &Interface,
    nvm: &NvmModel,
    nv: &[NvMem],
    dir: &Path,
    opts: &VerifyOptions,
) -> Result<PathBuf, Diagnostic> {
    let (progress, deadcheck) = (opts.progress, opts.deadcheck.as_ref());
    let abs = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let aug_dir = dir.join("augmented");
    std::fs::create_dir_all(&aug_dir)
        .map_err(|e| Diagnostic::plain(format!("cannot create {}: {e}", aug_dir.display())))?;
    // The augmented file keeps the original's name (other files may `include it by name).
    let aug_file = aug_dir.join(inserted.path.file_name().unwrap_or("design.v".as_ref()));
    write(&aug_file, &inserted.text)?;
    write(&dir.join("iface.h"), &iface_h(iface, nvm, nv, false))?;
    write(&dir.join("verify.cpp"), super::HARNESS_CPP)?;
    write(&dir.join("nvm_model.h"), super::NVM_MODEL_H)?;
    let top_file = abs(&inserted.path);
    let gold_files: Vec<PathBuf> = src.files.iter().map(|f| abs(f)).collect();
    // The other sources are copied beside the augmented file: a source that includes the top's
    // file (`include "./top.v"`, as Polyphony writes) must find the augmented one, not the
    // original beside itself. Their own directories stay on the include path, after it.
    let mut aug_files: Vec<PathBuf> = vec![];
    let mut source_dirs: Vec<PathBuf> = vec![aug_dir.clone()];
    for f in &gold_files {
        if *f == top_file {
            aug_files.push(aug_file.clone());
            continue;
        }
        if let Some(dir) = f.parent() {
            if !source_dirs.iter().any(|d| d == dir) {
                source_dirs.push(dir.to_path_buf());
            }
        }
        let copy = aug_dir.join(f.file_name().unwrap_or("source.v".as_ref()));
        if copy.exists() {
            aug_files.push(f.clone()); // same name as another source: leave it where it is
        } else {
            std::fs::copy(f, &copy).map_err(|e| {
                Diagnostic::plain(format!(
                    "cannot copy {} to {}: {e}",
                    f.display(),
                    copy.display()
                ))
            })?;
            aug_files.push(copy);
        }
    }
    let gold_obj = dir.join("gold");
    let aug_obj = dir.join("aug");
    if progress {
        eprintln!("verify: verilating the original design");
    }
    run_tool(
        verilator(
            "Vgold",
            src.top,
            &gold_obj,
            src,
            &[],
            &gold_files,
            &opts.verilator_args,
        ),
        "verilator (original design)",
    )?;
    let mut gold_cpp: Vec<PathBuf> = std::fs::read_dir(&gold_obj)
        .map_err(|e| Diagnostic::plain(format!("{}: {e}", gold_obj.display())))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "cpp"))
        .collect();
    gold_cpp.sort();
    // The liveness check: the original again, inside its corrupting wrapper, as `Vdead`.
    let mut dead_cpp: Vec<PathBuf> = vec![];
    let dead_obj = dir.join("dead");
    if let Some(d) = deadcheck {
        if progress {
            eprintln!("verify: verilating the original design inside the liveness check");
        }
        let wrapper = dir.join("idet_deadcheck_top.v");
        write(&wrapper, &d.wrapper)?;
        let mut files = gold_files.clone();
        files.push(wrapper);
        run_tool(
            verilator(
                "Vdead",
                "idet_deadcheck_top",
                &dead_obj,
                src,
                &[],
                &files,
                &opts.verilator_args,
            ),
            "verilator (liveness check)",
        )?;
        dead_cpp = std::fs::read_dir(&dead_obj)
            .map_err(|e| Diagnostic::plain(format!("{}: {e}", dead_obj.display())))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "cpp"))
            .collect();
        dead_cpp.sort();
    }
    if progress {
        eprintln!("verify: verilating the augmented design and compiling the harness");
    }
    let jobs = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut c = verilator(
        "Vaug",
        src.top,
        &aug_obj,
        src,
        &source_dirs,
        &aug_files,
        &opts.verilator_args,
    );
    // Non-volatile memories are carried from one model to the next through their members in the
    // root class (`<top>__DOT__<name>`). Not --public-flat-rw: with it Verilator 5.006 deadlocks
    // in ~VerilatedScope when a model is destroyed (a power loss).
    let _ = nv;
    use_compiler_cache(&mut c, dir);
    c.args(["--exe", "--build", "-j", &jobs.to_string(), "-o", "verify"])
        .arg("-CFLAGS")
        .arg(if deadcheck.is_some() {
            format!(
                "-O1 -DVL_USER_FINISH -I{} -I{} -I{} -DDEADCHECK=1",
                abs(dir).display(),
                abs(&gold_obj).display(),
                abs(&dead_obj).display()
            )
        } else {
            format!(
                "-O1 -DVL_USER_FINISH -I{} -I{}",
                abs(dir).display(),
                abs(&gold_obj).display()
            )
        })
        .arg(dir.join("verify.cpp"))
        .args(&gold_cpp)
        .args(&dead_cpp);
    run_tool(c, "verilator (augmented design + harness)")?;
    Ok(aug_obj.join("verify"))
}

/// Runs the harness; progress lines on its stderr become a progress bar.
pub fn run(
    exe: &Path,
    opts: &VerifyOptions,
    txns: u32,
    mode: u32,
    cwd: Option<&Path>,
) -> Result<HarnessResult, Diagnostic> {
    let mut c = Command::new(exe);
    if let Some(d) = cwd {
        c.current_dir(d);
    }
    c.args(["--losses", &opts.losses.to_string()])
        .args(["--sudden", if opts.sudden { "1" } else { "0" }])
        .args(["--mode", &mode.to_string()])
        .args(["--seed", &opts.seed.to_string()])
        .args(["--progress", if opts.progress { "1" } else { "0" }])
        .args(["--txns", &txns.to_string()])
        .args([
            "--deadcheck",
            &opts.deadcheck.as_ref().map_or(0, |d| d.runs).to_string(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c
        .spawn()
        .map_err(|e| Diagnostic::plain(format!("cannot run {}: {e}", exe.display())))?;
    let stderr = child.stderr.take().expect("piped");
    let progress = opts.progress;
    let total = opts.losses;
    let errs = std::thread::spawn(move || {
        let bar = progress.then(|| {
            let b = indicatif::ProgressBar::new(total);
            b.set_style(
                indicatif::ProgressStyle::with_template(
                    "verify: {bar:40} {pos}/{len} losses, {elapsed} elapsed, ~{eta} left",
                )
                .expect("template"),
            );
            b
        });
        let mut other = String::new();
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            match (line.strip_prefix("progress "), &bar) {
                (Some(p), Some(b)) => {
                    if let Some(n) = p.split(' ').next().and_then(|n| n.parse().ok()) {
                        b.set_position(n);
                    }
                }
                _ => {
                    other.push_str(&line);
                    other.push('\n');
                }
            }
        }
        if let Some(b) = bar {
            b.finish_and_clear();
        }
        other
    });
    let out = child
        .wait_with_output()
        .map_err(|e| Diagnostic::plain(format!("{}: {e}", exe.display())))?;
    let errs = errs.join().unwrap_or_default();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut messages: Vec<String> = stdout
        .lines()
        .filter(|l| !l.starts_with('{'))
        .map(str::to_string)
        .collect();
    messages.extend(errs.lines().map(str::to_string));
    // What the design itself prints ($display of HLS testbench code: a line per job) is kept to
    // its first lines; divergences and errors come first in the harness's own order anyway.
    const MAX_MESSAGES: usize = 40;
    if messages.len() > MAX_MESSAGES {
        let more = messages.len() - MAX_MESSAGES;
        messages.truncate(MAX_MESSAGES);
        messages.push(format!("... {more} more lines"));
    }
    let json = stdout.lines().rev().find(|l| l.starts_with('{'));
    let Some(json) = json else {
        return Err(Diagnostic::plain(format!(
            "the harness stopped without a result (exit {:?}):\n{}",
            out.status.code(),
            messages.join("\n")
        )));
    };
    let mut r: HarnessResult = serde_json::from_str(json)
        .map_err(|e| Diagnostic::plain(format!("harness result: {e}: {json}")))?;
    r.messages = messages;
    Ok(r)
}
