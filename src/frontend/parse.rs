//! sv-parser invocation and translation of its position-only errors into diagnostics.

use super::FrontendOptions;
use crate::diag::Diagnostic;
use crate::ir::SourceMap;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use sv_parser::{parse_sv, Define, DefineText, Error as SvError, SyntaxTree};

pub fn parse_file(
    path: &Path,
    opts: &FrontendOptions,
    sources: &Mutex<SourceMap>,
) -> Result<SyntaxTree, Diagnostic> {
    let mut defines = HashMap::new();
    for (name, value) in &opts.defines {
        let text = value.as_ref().map(|v| DefineText::new(v.clone(), None));
        defines.insert(name.clone(), Some(Define::new(name.clone(), vec![], text)));
    }
    // `include "./x.v"` (Polyphony) is relative to the including file: search its directory first.
    let mut includes: Vec<PathBuf> = path.parent().map(Path::to_path_buf).into_iter().collect();
    includes.extend(opts.include_dirs.iter().cloned());
    match parse_sv(path, &defines, &includes, false, false) {
        Ok((tree, _)) => Ok(tree),
        Err(e) => Err(translate(path, e, sources)),
    }
}

fn translate(path: &Path, e: SvError, sources: &Mutex<SourceMap>) -> Diagnostic {
    let at = |p: &Path, off: usize, msg: String| -> Diagnostic {
        let text = text_of(p, sources);
        Diagnostic::at_offset(p.to_path_buf(), &text, off, msg)
    };
    match e {
        SvError::Parse(Some((p, off))) => {
            let text = text_of(&p, sources);
            let token: String = text
                .get(off..)
                .unwrap_or("")
                .chars()
                .take_while(|c| !c.is_whitespace())
                .take(40)
                .collect();
            at(&p, off, format!("syntax error near `{token}`"))
        }
        SvError::Parse(None) => Diagnostic::plain(format!(
            "{}: syntax error (unexpected end of file)",
            path.display()
        )),
        SvError::Preprocess(Some((p, off))) => at(&p, off, "preprocessor error".into()),
        SvError::Preprocess(None) => {
            Diagnostic::plain(format!("{}: preprocessor error", path.display()))
        }
        SvError::Include { source } => match *source {
            SvError::File { path: p, .. } => Diagnostic::plain(format!(
                "{}: cannot open included file {} (add its directory with -I)",
                path.display(),
                p.display()
            )),
            other => translate(path, other, sources),
        },
        SvError::File { path: p, source } => {
            Diagnostic::plain(format!("cannot read {}: {source}", p.display()))
        }
        SvError::ReadUtf8(p) => Diagnostic::plain(format!("{} is not UTF-8 text", p.display())),
        SvError::DefineNotFound(d) => Diagnostic::plain(format!(
            "{}: macro `{d} is not defined (pass -D {d}=...)",
            path.display()
        )),
        other => Diagnostic::plain(format!("{}: {other}", path.display())),
    }
}

fn text_of(p: &Path, sources: &Mutex<SourceMap>) -> String {
    let map = sources.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(f) = map.files.iter().find(|f| f.path == p) {
        return f.text.clone();
    }
    drop(map);
    std::fs::read_to_string(p).unwrap_or_default()
}
