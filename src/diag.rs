//! User-facing diagnostics: one line `file:line:col: error: message`, then the source line.

use crate::ir::{SourceMap, Span};
use std::fmt;
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: String,
    pub file: Option<PathBuf>,
    pub line: usize,
    pub col: usize,
    /// The offending source line, for a caret display.
    pub source_line: Option<String>,
}

impl Diagnostic {
    pub fn plain(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            file: None,
            line: 0,
            col: 0,
            source_line: None,
        }
    }

    pub fn at(sources: &SourceMap, span: Span, message: impl Into<String>) -> Diagnostic {
        let (line, col) = sources.line_col(span);
        let file = sources.file(span.file);
        Diagnostic {
            message: message.into(),
            file: file.map(|f| f.path.clone()),
            line,
            col,
            source_line: file.and_then(|f| {
                f.text
                    .lines()
                    .nth(line.saturating_sub(1))
                    .map(str::to_string)
            }),
        }
    }

    /// Location by path and byte offset in that file's original text.
    pub fn at_offset(
        path: PathBuf,
        text: &str,
        offset: usize,
        message: impl Into<String>,
    ) -> Diagnostic {
        let upto = &text.as_bytes()[..offset.min(text.len())];
        let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = upto.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        Diagnostic {
            message: message.into(),
            file: Some(path),
            line,
            col,
            source_line: text.lines().nth(line - 1).map(str::to_string),
        }
    }

    /// The one-line form used by tests and scripts.
    pub fn headline(&self) -> String {
        match &self.file {
            Some(f) => format!(
                "{}:{}:{}: error: {}",
                f.display(),
                self.line,
                self.col,
                self.message
            ),
            None => format!("error: {}", self.message),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.headline())?;
        if let Some(src) = &self.source_line {
            let shown: String = src.chars().take(160).collect();
            write!(
                f,
                "\n  | {shown}\n  | {}^",
                " ".repeat(self.col.saturating_sub(1).min(160))
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}
