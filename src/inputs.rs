//! Design inputs as users have them: files, or an HLS output directory (Vitis
//! `solution1/syn/verilog`, a Bambu or LegUp output folder) standing for every `.v`/`.sv` in it.
//!
//! A directory contributes its Verilog sources (recursively, sorted, hidden entries skipped),
//! and itself plus every folder holding a `.vh` as include directories. A source that another
//! source of the set `include`s (Polyphony's `polyphony_out.v` includes the kernel file) is
//! not passed again, or its modules would be defined twice.

use crate::diag::Diagnostic;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Clone)]
pub struct Inputs {
    pub files: Vec<PathBuf>,
    pub include_dirs: Vec<PathBuf>,
    /// The directories given (their files are the design's files, copied by `insert -o DIR`).
    pub dirs: Vec<PathBuf>,
}

pub fn expand(paths: &[PathBuf]) -> Result<Inputs, Diagnostic> {
    let mut out = Inputs::default();
    for p in paths {
        if !p.is_dir() {
            out.files.push(p.clone());
            continue;
        }
        let mut all = vec![];
        walk(p, &mut all)
            .map_err(|e| Diagnostic::plain(format!("cannot read {}: {e}", p.display())))?;
        all.sort();
        let sources: Vec<PathBuf> = all
            .iter()
            .filter(|f| matches!(ext(f), "v" | "sv"))
            .cloned()
            .collect();
        if sources.is_empty() {
            return Err(Diagnostic::plain(format!(
                "{}: no .v or .sv files in this directory",
                p.display()
            )));
        }
        let included = included_names(&sources);
        for f in sources {
            let name = f.file_name().map(|n| n.to_string_lossy().to_string());
            if !name.is_some_and(|n| included.contains(&n)) {
                out.files.push(f);
            }
        }
        out.include_dirs.push(p.clone());
        for f in all.iter().filter(|f| ext(f) == "vh" || ext(f) == "svh") {
            if let Some(d) = f.parent() {
                if !out.include_dirs.iter().any(|x| x == d) {
                    out.include_dirs.push(d.to_path_buf());
                }
            }
        }
        out.dirs.push(p.clone());
    }
    Ok(out)
}

fn ext(p: &Path) -> &str {
    p.extension().and_then(|e| e.to_str()).unwrap_or("")
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let path = e.path();
        if e.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if e.file_type()?.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// File names that the sources `include` (a rough scan: an include inside a comment or a
/// disabled `ifdef` also counts, which can only keep a file out that is included anyway).
fn included_names(sources: &[PathBuf]) -> std::collections::HashSet<String> {
    let mut names = std::collections::HashSet::new();
    for f in sources {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        for line in text.lines() {
            let Some(rest) = line.trim_start().strip_prefix("`include") else {
                continue;
            };
            let name = rest.trim().trim_matches('"');
            let name = name.split('"').next().unwrap_or("");
            if let Some(base) = Path::new(name).file_name() {
                names.insert(base.to_string_lossy().to_string());
            }
        }
    }
    names
}

/// `insert DIR -o OUTDIR`: every file of the input directory copied under OUTDIR at its
/// relative path, then the augmented file written over its copy. Returns what was written.
pub fn write_output_dir(
    dir: &Path,
    out_dir: &Path,
    augmented: &Path,
    text: &str,
) -> Result<PathBuf, Diagnostic> {
    let err = |p: &Path, e: std::io::Error| {
        Diagnostic::plain(format!("cannot write {}: {e}", p.display()))
    };
    if out_dir.exists() && same_dir(dir, out_dir) {
        return Err(Diagnostic::plain(format!(
            "{}: the output directory is the input directory; choose another with -o",
            out_dir.display()
        )));
    }
    let mut all = vec![];
    walk(dir, &mut all).map_err(|e| err(dir, e))?;
    let aug = std::fs::canonicalize(augmented).unwrap_or_else(|_| augmented.to_path_buf());
    let mut target = None;
    for f in &all {
        let rel = f.strip_prefix(dir).unwrap_or(f);
        let to = out_dir.join(rel);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).map_err(|e| err(parent, e))?;
        }
        if std::fs::canonicalize(f).is_ok_and(|c| c == aug) {
            std::fs::write(&to, text).map_err(|e| err(&to, e))?;
            target = Some(to);
        } else {
            std::fs::copy(f, &to).map_err(|e| err(&to, e))?;
        }
    }
    target.ok_or_else(|| {
        Diagnostic::plain(format!(
            "{}: the top module's file is not inside {}",
            augmented.display(),
            dir.display()
        ))
    })
}

fn same_dir(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
