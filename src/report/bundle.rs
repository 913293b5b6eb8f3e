//! `idet report`: the pictures and tables of one design in one directory — per FSM a Graphviz
//! graph (`.dot`, rendered to SVG and PNG by Graphviz `dot` when it is installed) and a live-bits
//! bar chart (SVG), then `qor.md` and `index.html` that shows them all.

use super::analyze::AnalyzeReport;
use super::{chart, dot, qor};
use crate::diag::Diagnostic;
use crate::plan::run::PlanReport;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Which renderings of the FSM graph to ask Graphviz for.
#[derive(Clone, Debug, Default)]
pub struct ReportOptions {
    /// Render the `.dot` files with Graphviz `dot` (SVG always, PNG when `png`).
    pub render: bool,
    pub png: bool,
}

#[derive(Debug, Default)]
pub struct Written {
    pub files: Vec<PathBuf>,
    /// What could not be done (Graphviz missing or failing), for the user.
    pub notes: Vec<String>,
}

/// A file-name-safe form of a state register name (`ap_CS_fsm` stays, `a.b[3]` → `a_b_3_`).
fn file_stem(reg: &str) -> String {
    reg.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn write(path: &Path, text: &str, out: &mut Written) -> Result<(), Diagnostic> {
    std::fs::write(path, text)
        .map_err(|e| Diagnostic::plain(format!("cannot write {}: {e}", path.display())))?;
    out.files.push(path.to_path_buf());
    Ok(())
}

/// Graphviz `dot -T<fmt>`; an error message when it is missing or fails.
fn render(dot_file: &Path, fmt: &str) -> Result<PathBuf, String> {
    let target = dot_file.with_extension(fmt);
    let o = Command::new("dot")
        .arg(format!("-T{fmt}"))
        .arg(dot_file)
        .arg("-o")
        .arg(&target)
        .output()
        .map_err(|e| format!("Graphviz `dot` not runnable ({e}): install graphviz to get {fmt} pictures; the .dot files are written"))?;
    if !o.status.success() {
        return Err(format!(
            "dot -T{fmt} {} failed: {}",
            dot_file.display(),
            String::from_utf8_lossy(&o.stderr).trim()
        ));
    }
    Ok(target)
}

pub fn write_report(
    dir: &Path,
    a: &AnalyzeReport,
    p: &PlanReport,
    o: &ReportOptions,
) -> Result<Written, Diagnostic> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Diagnostic::plain(format!("cannot create {}: {e}", dir.display())))?;
    let mut out = Written::default();
    let mut images = vec![];
    for f in &a.fsms {
        let cps = qor::checkpoint_names(p, &f.state_reg);
        let stem = file_stem(&f.state_reg);
        let dot_path = dir.join(format!("{stem}.dot"));
        write(&dot_path, &dot::fsm_dot(f, &cps), &mut out)?;
        let mut shown = vec![];
        if o.render {
            let formats: &[&str] = if o.png { &["svg", "png"] } else { &["svg"] };
            for fmt in formats {
                match render(&dot_path, fmt) {
                    Ok(t) => {
                        if *fmt == "svg" {
                            shown.push(format!("{stem}.svg"));
                        }
                        out.files.push(t);
                    }
                    Err(e) => {
                        out.notes.push(e);
                        break;
                    }
                }
            }
        }
        let chart_name = format!("{stem}-live-bits.svg");
        let svg = chart::live_bits_svg(f, &cps, a.total_state_bits)
            .map_err(|e| Diagnostic::plain(format!("live-bits chart of {}: {e}", f.state_reg)))?;
        write(&dir.join(&chart_name), &svg, &mut out)?;
        shown.push(chart_name);
        images.push((f.state_reg.clone(), shown));
    }
    write(&dir.join("qor.md"), &qor::markdown(a, p), &mut out)?;
    write(&dir.join("index.html"), &qor::html(a, p, &images), &mut out)?;
    out.notes.dedup();
    Ok(out)
}
