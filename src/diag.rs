//! User-facing diagnostics: a headline `file:line:col: error: message` (what scripts and tests
//! match), then the offending source lines with the span underlined (codespan-reporting).

use crate::ir::{SourceMap, Span};
use codespan_reporting::diagnostic::{Diagnostic as Rendered, Label};
use codespan_reporting::files::{Error as FilesError, Files, SimpleFile};
use codespan_reporting::term::{self, Chars, Config};
use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

/// Lines of context shown after the first line of a span, at most.
const MAX_SPAN_LINES: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: String,
    pub file: Option<PathBuf>,
    pub line: usize,
    pub col: usize,
    /// The source lines of the span, for the snippet.
    pub excerpt: Option<Excerpt>,
}

/// A few whole source lines (not the whole file: diagnostics travel by value) and the span's
/// byte range inside them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    pub text: String,
    /// 1-based line number of the excerpt's first line.
    pub first_line: usize,
    pub range: Range<usize>,
}

impl Excerpt {
    /// The lines around `[start, end)` of `text`.
    fn of(text: &str, start: usize, end: usize, line: usize) -> Excerpt {
        let start = floor_char(text, start.min(text.len()));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let mut excerpt_end = line_start;
        for _ in 0..MAX_SPAN_LINES {
            excerpt_end = text[excerpt_end..]
                .find('\n')
                .map_or(text.len(), |i| excerpt_end + i);
            if excerpt_end >= end || excerpt_end >= text.len() {
                break;
            }
            excerpt_end += 1;
        }
        let end = floor_char(text, end.clamp(start, excerpt_end));
        Excerpt {
            text: text[line_start..excerpt_end].to_string(),
            first_line: line,
            range: start - line_start..end - line_start,
        }
    }
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// An excerpt as a codespan file whose line numbers start at `first_line`.
struct ExcerptFile<'a> {
    file: SimpleFile<String, &'a str>,
    first_line: usize,
}

impl<'a> Files<'a> for ExcerptFile<'a> {
    type FileId = ();
    type Name = String;
    type Source = &'a str;
    fn name(&'a self, (): ()) -> Result<String, FilesError> {
        Ok(self.file.name().clone())
    }
    fn source(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(*self.file.source())
    }
    fn line_index(&'a self, (): (), byte: usize) -> Result<usize, FilesError> {
        self.file.line_index((), byte)
    }
    fn line_number(&'a self, (): (), index: usize) -> Result<usize, FilesError> {
        Ok(self.first_line + index)
    }
    fn line_range(&'a self, (): (), index: usize) -> Result<Range<usize>, FilesError> {
        self.file.line_range((), index)
    }
}

impl Diagnostic {
    pub fn plain(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            file: None,
            line: 0,
            col: 0,
            excerpt: None,
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
            excerpt: file
                .map(|f| Excerpt::of(&f.text, span.start as usize, span.end as usize, line)),
        }
    }

    /// Location by path and byte offset in that file's original text.
    pub fn at_offset(
        path: PathBuf,
        text: &str,
        offset: usize,
        message: impl Into<String>,
    ) -> Diagnostic {
        let offset = floor_char(text, offset.min(text.len()));
        let upto = &text.as_bytes()[..offset];
        let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = upto.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        Diagnostic {
            message: message.into(),
            file: Some(path),
            line,
            col,
            excerpt: Some(Excerpt::of(text, offset, offset, line)),
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

    /// The source snippet (codespan-reporting, ASCII), without codespan's own header line.
    fn snippet(&self) -> Option<String> {
        let ex = self.excerpt.as_ref()?;
        let name = self.file.as_ref()?.display().to_string();
        let files = ExcerptFile {
            file: SimpleFile::new(name, ex.text.as_str()),
            first_line: ex.first_line,
        };
        let config = Config {
            chars: Chars::ascii(),
            ..Config::default()
        };
        let d = Rendered::error().with_labels(vec![Label::primary((), ex.range.clone())]);
        let text = term::emit_into_string(&config, &files, &d).ok()?;
        // Drop the "error" header (the headline says it) and the location line (ditto).
        Some(
            text.lines()
                .skip(2)
                .map(|l| l.trim_end().to_string() + "\n")
                .collect(),
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.headline())?;
        if let Some(s) = self.snippet() {
            write!(f, "\n{}", s.trim_end())?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_underlines_the_span_with_real_line_numbers() {
        let text = "module m;\n  wire a;\n  foo bar;\nendmodule\n";
        let start = text.find("foo").unwrap();
        let d = Diagnostic {
            excerpt: Some(Excerpt::of(text, start, start + 7, 3)),
            ..Diagnostic::at_offset("m.v".into(), text, start, "unsupported")
        };
        let shown = d.to_string();
        assert!(
            shown.starts_with("m.v:3:3: error: unsupported\n"),
            "{shown}"
        );
        assert!(shown.contains("3 |   foo bar;"), "{shown}");
        assert!(shown.contains("^^^^^^^"), "{shown}");
        assert!(!shown.contains("wire a"), "{shown}");
    }

    #[test]
    fn offsets_past_the_end_or_inside_a_character_do_not_panic() {
        let text = "a\u{e9}b";
        for off in 0..10 {
            let _ = Diagnostic::at_offset("x.v".into(), text, off, "m").to_string();
        }
        let _ = Diagnostic::at_offset("x.v".into(), "", 0, "m").to_string();
    }
}
