//! The frontend: the ONLY place that imports sv-parser.
//!
//! Preprocesses and parses each file (in parallel, on big-stack threads: sv-parser recurses deeply on
//! long expressions), then lowers the concrete syntax tree into `ir::Module`s that keep original byte
//! spans. Anything outside the supported subset is refused with file:line and the construct's name.

mod cst;
pub mod literal;
mod lower_decl;
mod lower_expr;
mod lower_function;
mod lower_module;
mod lower_stmt;
mod parse;
mod precedence;

use crate::diag::Diagnostic;
use crate::ir::{Design, SourceMap};
use std::path::PathBuf;
use std::sync::Mutex;

#[derive(Debug, Clone, Default)]
pub struct FrontendOptions {
    pub include_dirs: Vec<PathBuf>,
    /// `-D NAME` or `-D NAME=VALUE`.
    pub defines: Vec<(String, Option<String>)>,
}

/// Stack for parser threads: a 1,000-term sum overflows 8 MiB in sv-parser.
const PARSE_STACK: usize = 512 << 20;

/// Read, parse and lower all files into one design. Files are parsed in parallel.
pub fn read_design(files: &[PathBuf], opts: &FrontendOptions) -> Result<Design, Diagnostic> {
    if files.is_empty() {
        return Err(Diagnostic::plain("no input files"));
    }
    let mut sources = SourceMap::default();
    for f in files {
        let text = std::fs::read(f)
            .map_err(|e| Diagnostic::plain(format!("cannot read {}: {e}", f.display())))?;
        let text = String::from_utf8(text)
            .map_err(|_| Diagnostic::plain(format!("{} is not UTF-8 text", f.display())))?;
        sources.add(f.clone(), text);
    }
    let sources = Mutex::new(sources);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(files.len().min(rayon::current_num_threads()).max(1))
        .stack_size(PARSE_STACK)
        .build()
        .map_err(|e| Diagnostic::plain(format!("cannot start parser threads: {e}")))?;
    let results: Vec<Result<Vec<crate::ir::Module>, Diagnostic>> = pool.install(|| {
        use rayon::prelude::*;
        files
            .par_iter()
            .map(|f| {
                // A panic inside the parser library must not take idet down: report it as an
                // error on that file.
                let run = || {
                    let tree = parse::parse_file(f, opts, &sources)?;
                    lower_module::lower_file(&tree, &sources)
                };
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).unwrap_or_else(|_| {
                    Err(Diagnostic::plain(format!(
                        "{}: internal error while reading this file (please report it with the file)",
                        f.display()
                    )))
                })
            })
            .collect()
    });
    let mut design = Design::default();
    for r in results {
        design.modules.extend(r?);
    }
    design.sources = sources.into_inner().unwrap_or_else(|e| e.into_inner());
    check_unique_modules(&design)?;
    lower_module::resolve_instance_directions(&mut design);
    Ok(design)
}

fn check_unique_modules(d: &Design) -> Result<(), Diagnostic> {
    for (i, m) in d.modules.iter().enumerate() {
        if let Some(prev) = d.modules[..i].iter().find(|p| p.name == m.name) {
            return Err(Diagnostic::at(
                &d.sources,
                m.span,
                format!(
                    "module `{}` is defined twice (first at {})",
                    m.name,
                    d.sources.loc(prev.span)
                ),
            ));
        }
    }
    Ok(())
}
