//! Helpers over sv-parser's syntax tree: original-file spans, identifiers, diagnostics.

use crate::diag::Diagnostic;
use crate::ir::{FileId, SourceMap, Span};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use sv_parser::{unwrap_node, Locate, NodeEvent, RefNode, SyntaxTree};

pub struct Cst<'a> {
    pub tree: &'a SyntaxTree,
    sources: &'a Mutex<SourceMap>,
    file_ids: RefCell<HashMap<PathBuf, FileId>>,
    /// Per file: byte ranges between `translate_off` and `translate_on` comments.
    sim_only: RefCell<HashMap<FileId, Vec<(u32, u32)>>>,
    /// The same regions in preprocessed offsets (so text included between `translate_off` and
    /// `translate_on` is covered too), each with its span in the original including file.
    pp_sim_only: RefCell<Option<Vec<(usize, usize, Span)>>>,
}

impl<'a> Cst<'a> {
    pub fn new(tree: &'a SyntaxTree, sources: &'a Mutex<SourceMap>) -> Self {
        Cst {
            tree,
            sources,
            file_ids: RefCell::new(HashMap::new()),
            sim_only: RefCell::new(HashMap::new()),
            pp_sim_only: RefCell::new(None),
        }
    }

    fn file_id(&self, path: &Path) -> FileId {
        if let Some(id) = self.file_ids.borrow().get(path) {
            return *id;
        }
        let mut map = self.sources.lock().unwrap_or_else(|e| e.into_inner());
        let id = match map.files.iter().position(|f| f.path == path) {
            Some(i) => FileId(i as u32),
            None => {
                let text = std::fs::read_to_string(path).unwrap_or_default();
                map.add(path.to_path_buf(), text)
            }
        };
        self.file_ids.borrow_mut().insert(path.to_path_buf(), id);
        id
    }

    fn origin(&self, l: &Locate) -> Option<(FileId, usize)> {
        let (p, off) = self.tree.get_origin(l)?;
        Some((self.file_id(p), off))
    }

    /// Original-file span of a node: from its first token to its last. Tokens from macro expansion
    /// have no meaningful origin; such spans are clipped to the first token's file.
    pub fn span<'b>(&self, node: impl Into<RefNode<'b>>) -> Span {
        let node: RefNode = node.into();
        let mut first: Option<Locate> = None;
        let mut last: Option<Locate> = None;
        // Whitespace and comments after the last token belong to the token, not to the node.
        let mut in_ws = 0u32;
        for ev in node.into_iter().event() {
            match ev {
                NodeEvent::Enter(RefNode::WhiteSpace(_)) => in_ws += 1,
                NodeEvent::Leave(RefNode::WhiteSpace(_)) => in_ws = in_ws.saturating_sub(1),
                NodeEvent::Enter(RefNode::Locate(l)) if in_ws == 0 => {
                    if first.is_none() {
                        first = Some(*l);
                    }
                    last = Some(*l);
                }
                _ => {}
            }
        }
        let (Some(f), Some(l)) = (first, last) else {
            return Span::default();
        };
        let Some((fid, start)) = self.origin(&f) else {
            return Span::default();
        };
        match self.origin(&l) {
            Some((lid, lstart)) if lid == fid && lstart + l.len >= start => {
                Span::new(fid, start, lstart + l.len)
            }
            _ => Span::new(fid, start, start + f.len),
        }
    }

    /// Text of a node as it appears in the preprocessed source.
    pub fn text<'b>(&self, node: impl Into<RefNode<'b>>) -> String {
        let node: RefNode = node.into();
        let mut first: Option<Locate> = None;
        let mut last: Option<Locate> = None;
        // Comments are whitespace: a macro's text can end in one (`define W 8 // width`).
        let mut in_ws = 0u32;
        for ev in node.into_iter().event() {
            match ev {
                NodeEvent::Enter(RefNode::WhiteSpace(_)) => in_ws += 1,
                NodeEvent::Leave(RefNode::WhiteSpace(_)) => in_ws = in_ws.saturating_sub(1),
                NodeEvent::Enter(RefNode::Locate(l)) if in_ws == 0 => {
                    first.get_or_insert(*l);
                    last = Some(*l);
                }
                _ => {}
            }
        }
        let (Some(f), Some(l)) = (first, last) else {
            return String::new();
        };
        let whole = Locate {
            offset: f.offset,
            line: f.line,
            len: (l.offset + l.len).saturating_sub(f.offset),
        };
        self.tree.get_str(&whole).unwrap_or("").trim().to_string()
    }

    /// The first identifier under a node.
    pub fn ident<'b>(&self, node: impl Into<RefNode<'b>>) -> Option<String> {
        let node: RefNode = node.into();
        match unwrap_node!(
            node,
            SimpleIdentifier,
            EscapedIdentifier,
            SystemTfIdentifier
        ) {
            Some(RefNode::SimpleIdentifier(x)) => self.tree.get_str(&x.nodes.0).map(str::to_string),
            Some(RefNode::EscapedIdentifier(x)) => self
                .tree
                .get_str(&x.nodes.0)
                .map(|s| s.trim_start_matches('\\').trim().to_string()),
            Some(RefNode::SystemTfIdentifier(x)) => {
                self.tree.get_str(&x.nodes.0).map(str::to_string)
            }
            _ => None,
        }
    }

    pub fn err<'b>(&self, node: impl Into<RefNode<'b>>, msg: impl Into<String>) -> Diagnostic {
        let span = self.span(node);
        let map = self.sources.lock().unwrap_or_else(|e| e.into_inner());
        Diagnostic::at(&map, span, msg)
    }

    /// A refusal that names the construct.
    pub fn unsupported<'b>(&self, node: impl Into<RefNode<'b>>, what: &str) -> Diagnostic {
        self.err(node, format!("unsupported construct: {what}"))
    }

    pub fn with_sources<T>(&self, f: impl FnOnce(&SourceMap) -> T) -> T {
        let map = self.sources.lock().unwrap_or_else(|e| e.into_inner());
        f(&map)
    }

    /// Is the start of `span` inside a `translate_off` region? Returns the region.
    pub fn sim_only_region(&self, span: Span) -> Option<Span> {
        let mut cache = self.sim_only.borrow_mut();
        let regions = cache.entry(span.file).or_insert_with(|| {
            let map = self.sources.lock().unwrap_or_else(|e| e.into_inner());
            map.file(span.file)
                .map(|f| translate_off_regions(&f.text))
                .unwrap_or_default()
        });
        regions
            .iter()
            .find(|(a, b)| span.start >= *a && span.start < *b)
            .map(|(a, b)| Span {
                file: span.file,
                start: *a,
                end: *b,
            })
    }
}

impl Cst<'_> {
    /// The `translate_off` region a node starts in, judged on the preprocessed text: Vitis
    /// includes its deadlock monitor (`.vh` files with tasks, generate loops and `$display`)
    /// between `translate_off` and `translate_on`, so the included items' own files show no
    /// region. The span returned is the region in the including file.
    pub fn sim_only_included<'b>(&self, node: impl Into<RefNode<'b>>) -> Option<Span> {
        let node: RefNode = node.into();
        let first = node.into_iter().find_map(|n| match n {
            RefNode::Locate(l) => Some(l.offset),
            _ => None,
        })?;
        let mut cache = self.pp_sim_only.borrow_mut();
        let regions = cache.get_or_insert_with(|| self.pp_regions());
        regions
            .iter()
            .find(|(a, b, _)| first >= *a && first < *b)
            .map(|r| r.2)
    }

    fn pp_regions(&self) -> Vec<(usize, usize, Span)> {
        let mut out = vec![];
        let mut open: Option<Locate> = None;
        for n in self.tree {
            let RefNode::Comment(c) = n else { continue };
            let Some(text) = self.tree.get_str(c) else {
                continue;
            };
            let l = c.nodes.0;
            let directive = translate_directive(text);
            if open.is_none() && directive == Some(true) {
                open = Some(l);
            } else if directive == Some(false) {
                if let Some(o) = open.take() {
                    let span = match (self.origin(&o), self.origin(&l)) {
                        (Some((f, a)), Some((g, b))) if f == g && b >= a => {
                            Span::new(f, a, b + l.len)
                        }
                        _ => Span::default(),
                    };
                    out.push((o.offset, l.offset + l.len, span));
                }
            }
        }
        if let Some(o) = open {
            out.push((o.offset, usize::MAX, Span::default()));
        }
        out
    }
}

/// Is this comment a `translate_off` (Some(true)) or `translate_on` (Some(false)) directive?
/// A directive is the whole comment: the keyword alone or after one tool word
/// (`// synthesis translate_off`, `/* synopsys translate_on */`, `// pragma translate_off`). A
/// comment that only mentions the word (a file's description saying what is in such a region)
/// is not one.
pub fn translate_directive(comment: &str) -> Option<bool> {
    let body = comment.trim();
    let body = body
        .strip_prefix("//")
        .or_else(|| {
            body.strip_prefix("/*")
                .map(|b| b.strip_suffix("*/").unwrap_or(b))
        })
        .unwrap_or(body);
    let words: Vec<&str> = body.split_whitespace().collect();
    let keyword = match words.as_slice() {
        [k] | [_, k] => *k,
        _ => return None,
    };
    match keyword {
        "translate_off" => Some(true),
        "translate_on" => Some(false),
        _ => None,
    }
}

/// Byte ranges from the start of a `// synthesis translate_off` line to the end of the matching
/// `translate_on` line (also `pragma`/`synopsys` and `/* ... */` forms). An unterminated region
/// runs to the end.
pub fn translate_off_regions(text: &str) -> Vec<(u32, u32)> {
    let mut out = vec![];
    let mut start: Option<usize> = None;
    let mut pos = 0usize;
    for line in text.split_inclusive('\n') {
        let comment = [line.find("//"), line.find("/*")]
            .into_iter()
            .flatten()
            .min()
            .map(|i| &line[i..])
            .unwrap_or("");
        let directive = translate_directive(comment);
        if start.is_none() && directive == Some(true) {
            start = Some(pos);
        } else if directive == Some(false) {
            if let Some(s) = start.take() {
                out.push((s as u32, (pos + line.len()) as u32));
            }
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push((s as u32, text.len() as u32));
    }
    out
}

/// The variant name of a node, for refusals of constructs not named explicitly.
pub fn node_kind(node: &RefNode) -> String {
    let dbg = format!("{node:?}");
    dbg.split(['(', ' ', '{'])
        .next()
        .unwrap_or("construct")
        .to_string()
}
