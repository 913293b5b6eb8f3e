//! Verilog for state inside submodule instances (see `insert::children`):
//! - in the top: per instance, the access-address decode and the instance statement swapped for
//!   one of the module's spliced copy (the original statement stays, behind `ifdef`, so that no
//!   original byte changes);
//! - appended to the file: per module, a copy renamed `<top>_idet_<module>` with the
//!   state-access port, its read multiplexer and freeze wrappers with restore loads.
//!
//! The copy's own insertions are not fenced: the whole copy sits inside one fenced region.

use super::splice::Edit;
use crate::diag::Diagnostic;
use crate::insert::children::ChildAccess;
use crate::insert::{Decisions, InsertOptions};
use crate::ir::{Module, SignalId};
use crate::passes::Analysis;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Glue wire of one instance: `<prefix><tag>_<what>`.
pub fn wire(o: &InsertOptions, c: &ChildAccess, what: &str) -> String {
    format!("{}{}_{what}", o.prefix, c.tag)
}

/// Declarations in the top: the access address shared by save and restore, per instance.
pub fn decls(dec: &Decisions, o: &InsertOptions) -> String {
    let p = &o.prefix;
    let mut s = String::new();
    if dec.children.is_empty() {
        return s;
    }
    let _ = writeln!(
        s,
        "  // State inside instances: one 32-bit part per access (restore while ld_valid, else save)."
    );
    let _ = writeln!(
        s,
        "  wire [15:0] {p}acc_id = {p}ld_valid ? {p}ld_id : {p}save_id;\n  wire [15:0] {p}acc_idx = {p}ld_valid ? {p}ld_idx : {p}save_idx;"
    );
    for c in &dec.children {
        let w = |x: &str| wire(o, c, x);
        let _ = writeln!(
            s,
            "  reg {}; reg [15:0] {}; reg [31:0] {}; reg [7:0] {}; reg [4:0] {};\n  wire [31:0] {};",
            w("ld"),
            w("item"),
            w("addr"),
            w("part"),
            w("lo"),
            w("q")
        );
    }
    s
}

/// The access decode of every instance: which item, word and part each payload word holds.
pub fn decode(a: &Analysis, dec: &Decisions, o: &InsertOptions) -> String {
    let m = a.module;
    let p = &o.prefix;
    let mut s = String::new();
    for c in &dec.children {
        let w = |x: &str| wire(o, c, x);
        let _ = writeln!(s, "  always @(*) begin");
        let _ = writeln!(
            s,
            "    {} = 1'b0; {} = 16'd0; {} = 32'd0; {} = 8'd0; {} = 5'd0;",
            w("ld"),
            w("item"),
            w("addr"),
            w("part"),
            w("lo")
        );
        let _ = writeln!(s, "    case ({p}acc_id)");
        for ck in &dec.ckpts {
            let mine: Vec<_> = ck
                .pieces
                .iter()
                .filter(|pc| m.inlined_of(ck.items[pc.item].sig) == Some(c.inlined))
                .collect();
            if mine.is_empty() {
                continue;
            }
            let _ = writeln!(s, "      16'd{}: case ({p}acc_idx)", ck.id);
            for pc in mine {
                let it = &ck.items[pc.item];
                let local = it.sig.0 - m.inlined[c.inlined].signals.start;
                let _ = writeln!(
                    s,
                    "        16'd{}: begin {} = {p}ld_valid; {} = 16'd{local}; {} = 32'd{}; {} = 8'd{}; {} = 5'd{}; end",
                    pc.word,
                    w("ld"),
                    w("item"),
                    w("addr"),
                    it.index.unwrap_or(0),
                    w("part"),
                    pc.item_lo / 32,
                    w("lo"),
                    pc.word_lo
                );
            }
            let _ = writeln!(s, "        default: ;\n      endcase");
        }
        let _ = writeln!(s, "      default: ;\n    endcase\n  end");
    }
    s
}

/// The instance statement for the spliced copy: module renamed, access port connected.
fn swapped_instance(
    text: &str,
    m: &Module,
    top: &Module,
    c: &ChildAccess,
    o: &InsertOptions,
) -> Result<String, String> {
    let inl = &m.inlined[c.inlined];
    let original = text
        .get(inl.span.start as usize..inl.span.end as usize)
        .ok_or("instance span outside the file")?;
    let rest = original
        .strip_prefix(inl.module.as_str())
        .ok_or("the statement does not start with the module name (macro?)")?;
    let close = rest
        .rfind(')')
        .ok_or("no `)` closing the port connections")?;
    // The statement as written in the top (its connections: named or in order).
    let written = top
        .instances
        .get(inl.instance)
        .ok_or("instance not found in the top as written")?;
    let ordered = written
        .connections
        .first()
        .is_some_and(|c| c.port.is_none());
    let p = &o.prefix;
    let w = |x: &str| wire(o, c, x);
    let conns = [
        ("frz", format!("{p}freeze")),
        ("ld", w("ld")),
        ("item", w("item")),
        ("addr", w("addr")),
        ("part", w("part")),
        ("d", format!("{p}ld_word >> {}", w("lo"))),
        ("q", w("q")),
    ];
    let added: Vec<String> = conns
        .iter()
        .map(|(port, e)| {
            if ordered {
                e.clone()
            } else {
                format!(".{p}{port}({e})")
            }
        })
        .collect();
    let sep = if written.connections.is_empty() {
        ""
    } else {
        ", "
    };
    Ok(format!(
        "{}_idet_{}{}{sep}{}{}",
        m.name,
        inl.module,
        &rest[..close],
        added.join(", "),
        &rest[close..]
    ))
}

/// Edits in the top: each stateful instance statement disabled behind `ifdef` and followed by
/// the statement for the spliced copy.
pub fn swaps(
    a: &Analysis,
    dec: &Decisions,
    o: &InsertOptions,
    text: &str,
) -> Result<Vec<Edit>, Diagnostic> {
    let m = a.module;
    let mut edits = vec![];
    for c in &dec.children {
        let inl = &m.inlined[c.inlined];
        if inl.span.file != m.span.file {
            return Err(Diagnostic::at(
                &a.design.sources,
                inl.span,
                format!(
                    "instance `{}` is not in the top module's file (macro?): cannot swap it",
                    inl.path
                ),
            ));
        }
        let top = a.design.module(&m.name).unwrap_or(m);
        let new = swapped_instance(text, m, top, c, o).map_err(|e| {
            Diagnostic::at(
                &a.design.sources,
                inl.span,
                format!("instance `{}`: {e}", inl.path),
            )
        })?;
        edits.push(Edit::new(
            inl.span.start as usize,
            "instance with state-access port (the original follows, disabled)",
            format!("{new}\n`ifdef IDET_ORIGINAL_INSTANCES"),
        ));
        edits.push(Edit::new(
            inl.span.end as usize,
            "end of disabled original",
            "`endif",
        ));
    }
    Ok(edits)
}

/// The spliced copies of every module with a stateful instance, renamed for this top.
pub fn copies(a: &Analysis, dec: &Decisions, o: &InsertOptions) -> Result<String, Diagnostic> {
    let m = a.module;
    let d = a.design;
    let facts = a.facts();
    // One copy per module; register widths are the widest over its instances.
    let mut by_module: BTreeMap<&str, Vec<&ChildAccess>> = BTreeMap::new();
    for c in &dec.children {
        by_module
            .entry(m.inlined[c.inlined].module.as_str())
            .or_default()
            .push(c);
    }
    let mut out = String::new();
    for (name, insts) in by_module {
        let def = d
            .module(name)
            .ok_or_else(|| Diagnostic::plain(format!("module `{name}` not found")))?;
        let rep = insts[0];
        let inl = &m.inlined[rep.inlined];
        // Local registers with the widest width over the instances, and who writes them.
        let mut regs: BTreeMap<u32, (bool, u32)> = BTreeMap::new();
        let mut writers: BTreeMap<usize, Vec<u32>> = BTreeMap::new();
        for c in &insts {
            let ci = &m.inlined[c.inlined];
            for r in facts.registers.iter().filter(|r| ci.signals.contains(&r.0)) {
                let local = r.0 - ci.signals.start;
                let sig = m.signal(*r);
                let e = regs.entry(local).or_insert((sig.is_memory(), 0));
                e.1 = e.1.max(sig.width());
                if c.inlined == rep.inlined {
                    for pi in facts.clocked_writers.get(r).into_iter().flatten() {
                        writers
                            .entry(pi - ci.processes.start)
                            .or_default()
                            .push(local);
                    }
                }
            }
        }
        for &local in regs.keys() {
            let flat = m.name_of(SignalId(inl.signals.start + local));
            let written = def
                .signals
                .get(local as usize)
                .map(|s| format!("{}.{}", inl.path, s.name));
            if written.as_deref() != Some(flat) {
                return Err(Diagnostic::at(
                    &d.sources,
                    inl.span,
                    format!("module `{name}` elaborates to different signals per instance (generate?): cannot give it one state-access port"),
                ));
            }
        }
        out.push_str(&copy_text(a, def, &regs, &writers, rep, o)?);
    }
    Ok(out)
}

fn copy_text(
    a: &Analysis,
    def: &Module,
    regs: &BTreeMap<u32, (bool, u32)>,
    writers: &BTreeMap<usize, Vec<u32>>,
    rep: &ChildAccess,
    o: &InsertOptions,
) -> Result<String, Diagnostic> {
    let d = a.design;
    let p = &o.prefix;
    let err = |msg: &str| {
        Diagnostic::at(
            &d.sources,
            def.span,
            format!("module `{}`: {msg}", def.name),
        )
    };
    let file = d
        .sources
        .file(def.span.file)
        .ok_or_else(|| err("no source file"))?;
    let base = def.span.start as usize;
    let text = file
        .text
        .get(base..def.span.end as usize)
        .ok_or_else(|| err("span outside its file"))?;
    let name_at = text
        .get(..(def.header_span.end as usize).saturating_sub(base))
        .and_then(|h| find_word(h, &def.name))
        .ok_or_else(|| err("module name not found in its header (macro?)"))?;
    let ports_span = def.ports_span.ok_or_else(|| err("no port list"))?;
    let close = ports_span.end as usize - 1 - base;
    if text.as_bytes().get(close) != Some(&b')') {
        return Err(err("port list does not end with `)` (macro?)"));
    }
    let ports = [
        ("input", "", "frz"),
        ("input", "", "ld"),
        ("input", "[15:0] ", "item"),
        ("input", "[31:0] ", "addr"),
        ("input", "[7:0] ", "part"),
        ("input", "[31:0] ", "d"),
        ("output", "[31:0] ", "q"),
    ];
    let sep = if def.ports.is_empty() { "" } else { ", " };
    let list: Vec<String> = ports
        .iter()
        .map(|(dir, r, n)| {
            if def.ansi {
                format!("{dir} wire {r}{p}{n}")
            } else {
                format!("{p}{n}")
            }
        })
        .collect();
    let mut edits: Vec<(usize, String)> = vec![(close, format!("{sep}{}", list.join(", ")))];
    let header_end = def.header_span.end as usize - base;
    let mut decl = String::from(
        "\n  // idet: state-access port (save and restore of this module's registers)\n",
    );
    if !def.ansi {
        for (dir, r, n) in ports {
            let _ = writeln!(decl, "  {dir} {r}{p}{n};");
        }
    }
    let _ = writeln!(decl, "  reg [31:0] {p}q_r;\n  assign {p}q = {p}q_r;");
    edits.push((header_end, decl));
    let name = |l: u32| def.signals[l as usize].name.clone();
    for &(local_pi, span) in &rep.wraps {
        let mut loads = String::new();
        for &l in writers.get(&local_pi).into_iter().flatten() {
            let (mem, width) = regs[&l];
            let target = if mem {
                format!("{}[{p}addr]", name(l))
            } else {
                name(l)
            };
            let value = if width <= 32 {
                format!("{p}d")
            } else {
                format!("({target} & ~(32'hFFFFFFFF << (32 * {p}part))) | ({p}d << (32 * {p}part))")
            };
            let _ = writeln!(
                loads,
                "    if ({p}ld && {p}item == 16'd{l}) {target} <= {value};"
            );
        }
        edits.push((
            span.start as usize - base,
            format!("if ({p}frz) begin\n{loads}    end else begin "),
        ));
        edits.push((span.end as usize - base, " end".to_string()));
    }
    let mut mux = String::from("  always @(*) begin\n");
    let _ = writeln!(mux, "    {p}q_r = 32'd0;\n    case ({p}item)");
    for (&l, &(mem, _)) in regs {
        let src = if mem {
            format!("{}[{p}addr]", name(l))
        } else {
            name(l)
        };
        let _ = writeln!(mux, "      16'd{l}: {p}q_r = {src} >> (32 * {p}part);");
    }
    let _ = writeln!(mux, "      default: ;\n    endcase\n  end");
    let end = text
        .rfind("endmodule")
        .ok_or_else(|| err("no `endmodule`"))?;
    edits.push((end, mux));
    edits.push((name_at, format!("{}_idet_", a.module.name)));
    edits.sort_by_key(|e| e.0);
    // A copy of the design's own module: its warnings were the original's; the access port
    // reads registers at their own widths and uses only the address bits a memory needs.
    let mut s =
        String::from("/* verilator lint_off WIDTH */\n/* verilator lint_off UNUSEDSIGNAL */\n");
    let mut pos = 0;
    for (at, body) in edits {
        s.push_str(&text[pos..at]);
        s.push_str(&body);
        pos = at;
    }
    s.push_str(&text[pos..]);
    s.push_str("\n/* verilator lint_on UNUSEDSIGNAL */\n/* verilator lint_on WIDTH */\n");
    Ok(s)
}

/// Byte offset of `word` as a whole identifier in `text`.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut from = 0;
    while let Some(i) = text[from..].find(word) {
        let at = from + i;
        let before = text[..at].chars().next_back().is_some_and(ident);
        let after = text[at + word.len()..].chars().next().is_some_and(ident);
        if !before && !after {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}
