//! The frontend: the ONLY place that imports sv-parser.
//!
//! Preprocesses and parses each file (in parallel, on big-stack threads: sv-parser recurses deeply on
//! long expressions), then lowers the concrete syntax tree into `ir::Module`s that keep original byte
//! spans. Anything outside the supported subset is refused with file:line and the construct's name.

mod const_step;
mod cst;
/// Simulation-only regions (`translate_off` ... `translate_on`) of a source text.
pub use cst::{translate_directive, translate_off_regions};
pub mod literal;
mod lower_const_fn;
mod lower_decl;
mod lower_disable;
mod lower_expr;
mod lower_function;
mod lower_generate;
mod lower_loop;
mod lower_misc_items;
mod lower_module;
mod lower_stmt;
mod parse;
mod precedence;
mod scope;
mod specialise;

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
    // Everything that touches syntax trees runs on the big-stack pool, dropping them included
    // (dropping a deep tree recurses as deeply as building it).
    let design = pool.install(|| -> Result<Design, Diagnostic> {
        use rayon::prelude::*;
        let trees: Vec<sv_parser::SyntaxTree> = files
            .par_iter()
            .map(|f| guarded(f, || parse::parse_file(f, opts, &sources)))
            .collect::<Result<_, _>>()?;
        let lowered: Vec<lower_module::Lowered> = trees
            .par_iter()
            .zip(files.par_iter())
            .map(|(t, f)| guarded(f, || lower_module::lower_file(t, &sources)))
            .collect::<Result<_, _>>()?;
        let mut design = Design::default();
        let mut home = std::collections::HashMap::new();
        for (i, (ms, failed)) in lowered.into_iter().enumerate() {
            for (name, _) in &failed {
                home.entry(name.clone()).or_insert(i);
            }
            design.unlowered.extend(failed);
            for m in ms {
                home.entry(m.name.clone()).or_insert(i);
                design.modules.push(m);
            }
        }
        design.sources = std::mem::take(&mut *sources.lock().unwrap_or_else(|e| e.into_inner()));
        check_unique_modules(&design)?;
        let sources = Mutex::new(std::mem::take(&mut design.sources));
        let per_file: Vec<std::cell::OnceCell<lower_module::FileModules>> =
            trees.iter().map(|_| std::cell::OnceCell::new()).collect();
        let lower = |name: &str, ov: &lower_module::Overrides| {
            let i = home[name];
            guarded(&files[i], || {
                per_file[i]
                    .get_or_init(|| lower_module::FileModules::new(&trees[i], &sources))
                    .lower_specialised(name, ov)
            })
        };
        let r = specialise::specialise(&mut design, &sources, lower);
        // The per-file indexes borrow the source map: gone before it is taken back.
        drop(per_file);
        design.sources = sources.into_inner().unwrap_or_else(|e| e.into_inner());
        r?;
        drop(trees);
        Ok(design)
    })?;
    let mut design = design;
    lower_module::resolve_instance_directions(&mut design);
    design.index_hierarchy();
    Ok(design)
}

/// A panic inside the parser library must not take idet down: report it as an error on the file.
fn guarded<T>(
    f: &std::path::Path,
    run: impl FnOnce() -> Result<T, Diagnostic>,
) -> Result<T, Diagnostic> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).unwrap_or_else(|_| {
        Err(Diagnostic::plain(format!(
            "{}: internal error while reading this file (please report it with the file)",
            f.display()
        )))
    })
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
