//! Verilog for state inside submodule instances (see `insert::children`):
//! - in the top: per instance of the top, the access-address decode and the instance statement
//!   swapped for one of the module's spliced copy (the original statement stays, behind
//!   `ifdef`, so that no original byte changes);
//! - appended to the file: per module, a copy renamed `<top>_idet_<module>` with the
//!   state-access port, its read multiplexer, freeze wrappers with restore loads, and its own
//!   stateful instance statements swapped for copies in turn (the access path's low byte picks
//!   the module's own registers, 0, or one of those instances; the rest goes down).
//!
//! The copy's own insertions are not fenced: the whole copy sits inside one fenced region.

use super::ranges::{strided, Access};
use super::splice::Edit;
use crate::diag::Diagnostic;
use crate::insert::children::{route, ChildAccess};
use crate::insert::{Decisions, InsertOptions};
use crate::ir::{Instance, Module, SignalId, Span};
use crate::passes::Analysis;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Glue wire of one instance of the top: `<prefix>inst_<tag>_<what>` (its own namespace: a
/// Calyx cell named `mem` must not meet the controller's `<prefix>mem_addr`).
pub fn wire(o: &InsertOptions, c: &ChildAccess, what: &str) -> String {
    format!("{}inst_{}_{what}", o.prefix, c.tag)
}

/// The top-level accessible instance a signal's state travels through, if any.
pub fn port_of<'c>(m: &Module, dec: &'c Decisions, s: SignalId) -> Option<&'c ChildAccess> {
    route(m, &dec.children, s).map(|(c, _, _)| &dec.children[c])
}

/// What the top's checkpoint decode reads for a state register held in an instance (at any
/// depth): the `st` output of the instance of the top above it, or its slice when that
/// instance exports several registers (`Decisions::st_exports`).
pub fn st_of(m: &Module, dec: &Decisions, o: &InsertOptions, r: SignalId) -> Option<String> {
    let (t, _, _) = route(m, &dec.children, r)?;
    let exports = dec.st_exports(m, t);
    let w = wire(o, &dec.children[t], "st");
    if exports == [r] {
        return Some(w);
    }
    let mut lo = 0;
    for x in exports {
        let width = m.signal(x).width();
        if x == r {
            return Some(format!("{w}[{}:{lo}]", lo + width - 1));
        }
        lo += width;
    }
    None
}

fn width_of(m: &Module, regs: &[SignalId]) -> u32 {
    regs.iter().map(|&r| m.signal(r).width()).sum()
}

/// The instances of the top that hold state, with their index in `Decisions::children`.
fn top_level(dec: &Decisions) -> impl Iterator<Item = (usize, &ChildAccess)> {
    dec.children
        .iter()
        .enumerate()
        .filter(|(_, c)| c.parent.is_none())
}

/// Declarations in the top: the access address shared by save and restore, per instance.
pub fn decls(m: &Module, dec: &Decisions, o: &InsertOptions) -> String {
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
        "  wire [15:0] {p}acc_g = {p}ld_valid ? {p}ld_g : {p}save_g;"
    );
    for (i, c) in top_level(dec) {
        let w = |x: &str| wire(o, c, x);
        let width = width_of(m, &dec.st_exports(m, i));
        if width > 0 {
            let _ = writeln!(s, "  wire [{}:0] {};", width - 1, w("st"));
        }
        // A narrow item uses only the low bits of its 32-bit part: not a design signal.
        let _ = writeln!(
            s,
            "  reg {}; reg [15:0] {}; reg [31:0] {}; reg [{}:0] {}; reg [7:0] {}; reg [4:0] {};\n  /* verilator lint_off UNUSEDSIGNAL */ wire [31:0] {}; /* verilator lint_on UNUSEDSIGNAL */",
            w("ld"),
            w("item"),
            w("addr"),
            crate::insert::children::path_bits(&dec.children) - 1,
            w("path"),
            w("part"),
            w("lo"),
            w("q")
        );
    }
    s
}

/// The access decode of every instance of the top: which item, word and part each global
/// word holds, and the path down to the instance that owns it (one case over global words).
pub fn decode(a: &Analysis, dec: &Decisions, o: &InsertOptions) -> String {
    let m = a.module;
    let p = &o.prefix;
    let l = &dec.layout;
    let mut s = String::new();
    // Each piece routed once (not once per instance of the top).
    let pb = crate::insert::children::path_bits(&dec.children);
    let routes: Vec<Option<(usize, u64, u32)>> = l
        .pieces
        .iter()
        .map(|pc| route(m, &dec.children, l.items[pc.item].sig))
        .collect();
    for (_, c) in top_level(dec) {
        let w = |x: &str| wire(o, c, x);
        // This instance's words, in word order.
        let mine: Vec<(&crate::insert::layout::Piece, u64, u32)> = l
            .pieces
            .iter()
            .zip(&routes)
            .filter_map(|(pc, r)| {
                let (t, path, item) = (*r)?;
                (dec.children[t].inlined == c.inlined).then_some((pc, path, item))
            })
            .collect();
        let acc: Vec<Access> = mine
            .iter()
            .map(|&(pc, path, item)| Access {
                word: pc.word,
                owner: (path, item),
                index: l.items[pc.item].index,
                part: pc.item_lo / 32,
                lo: pc.word_lo,
            })
            .collect();
        let runs = strided(&acc);
        let in_run = |k: usize| runs.iter().any(|r| (r.first..r.first + r.len).contains(&k));
        if !runs.is_empty() {
            // The word's offset in a memory's run (and its remainder by the parts per element).
            let _ = writeln!(
                s,
                "  /* verilator lint_off UNUSEDSIGNAL */ reg [15:0] {}, {}; /* verilator lint_on UNUSEDSIGNAL */",
                w("off"),
                w("offm")
            );
        }
        let _ = writeln!(s, "  always @(*) begin");
        let _ = writeln!(
            s,
            "    {} = 1'b0; {} = 16'd0; {} = 32'd0; {} = {pb}'d0; {} = 8'd0; {} = 5'd0;",
            w("ld"),
            w("item"),
            w("addr"),
            w("path"),
            w("part"),
            w("lo")
        );
        if !runs.is_empty() {
            let _ = writeln!(s, "    {} = 16'd0; {} = 16'd0;", w("off"), w("offm"));
        }
        let _ = writeln!(s, "    case ({p}acc_g)");
        for (k, a) in acc.iter().enumerate() {
            if in_run(k) {
                continue;
            }
            let (path, item) = a.owner;
            let fields = access_fields(
                &w,
                p,
                item,
                &format!("32'd{}", a.index.unwrap_or(0)),
                &format!("{pb}'h{path:x}"),
                &format!("8'd{}", a.part),
                &format!("5'd{}", a.lo),
            );
            let _ = writeln!(s, "      16'd{}: begin {fields} end", a.word);
        }
        let _ = writeln!(s, "      default: ;\n    endcase");
        // A memory's words: element and part computed from the word's offset in the run.
        for r in &runs {
            let a = &acc[r.first];
            let (path, item) = a.owner;
            let last = acc[r.first + r.len - 1].word;
            let off = w("off");
            let (elem, part) = if r.parts.is_power_of_two() {
                let sh = r.parts.trailing_zeros();
                (
                    format!("({off} >> {sh})"),
                    format!("{off}[7:0] & 8'd{}", r.parts - 1),
                )
            } else {
                (
                    format!("({off} / 16'd{})", r.parts),
                    format!("{}[7:0]", w("offm")),
                )
            };
            let fields = access_fields(
                &w,
                p,
                item,
                &format!("32'd{} + {{16'd0, {elem}}}", a.index.unwrap_or(0)),
                &format!("{pb}'h{path:x}"),
                &part,
                "5'd0",
            );
            let _ = writeln!(
                s,
                "    if ({}) begin\n      {off} = {p}acc_g - 16'd{};{}\n      {fields}\n    end",
                super::ranges::within(&format!("{p}acc_g"), a.word, last),
                a.word,
                if r.parts.is_power_of_two() {
                    String::new()
                } else {
                    format!(" {} = {off} % 16'd{};", w("offm"), r.parts)
                },
            );
        }
        let _ = writeln!(s, "  end");
    }
    s
}

/// The access of one decoded word: `ld` (restoring now), register number, memory element,
/// path down to the owning instance, 32-bit part and bit position in the word.
fn access_fields(
    w: &dyn Fn(&str) -> String,
    p: &str,
    item: u32,
    addr: &str,
    path: &str,
    part: &str,
    lo: &str,
) -> String {
    format!(
        "{} = {p}ld_valid; {} = 16'd{item}; {} = {addr}; {} = {path}; {} = {part}; {} = {lo};",
        w("ld"),
        w("item"),
        w("addr"),
        w("path"),
        w("part"),
        w("lo")
    )
}

/// An instance statement made to instantiate `new_module`, with `added` connections (in the
/// statement's style: by name or in order) before its closing parenthesis.
fn swapped_statement(
    statement: &str,
    module: &str,
    written: &Instance,
    new_module: &str,
    added: &[(String, String)],
    prefix: &str,
) -> Result<String, String> {
    let rest = statement
        .strip_prefix(module)
        .ok_or("the statement does not start with the module name (macro?)")?;
    let close = rest
        .rfind(')')
        .ok_or("no `)` closing the port connections")?;
    let ordered = is_ordered(written);
    let conns: Vec<String> = added
        .iter()
        .map(|(port, e)| {
            if ordered {
                e.clone()
            } else {
                format!(".{prefix}{port}({e})")
            }
        })
        .collect();
    let sep = if written.connections.is_empty() {
        ""
    } else {
        ", "
    };
    Ok(format!(
        "{new_module}{}{sep}{}{}",
        &rest[..close],
        conns.join(", "),
        &rest[close..]
    ))
}

/// The access-port connections of an instance, given the expressions its parent drives for
/// `frz, ld, item, addr, part, d, path, q`.
fn access_connections(exprs: [String; 8]) -> Vec<(String, String)> {
    ["frz", "ld", "item", "addr", "part", "d", "path", "q"]
        .into_iter()
        .zip(exprs)
        .map(|(a, b)| (a.to_string(), b))
        .collect()
}

/// The copy of `module` for this top; instances that export state registers of the checkpoint
/// FSM get their own variant, the only one with the `st` output (`_st`), so that no other
/// instance leaves a pin open.
/// A module as elaborated for some parameter values (`Design::specialised`).
fn elaborated<'d>(
    d: &'d crate::ir::Design,
    name: &str,
    overrides: &[(String, crate::ir::Tv)],
) -> Option<&'d Module> {
    if overrides.is_empty() {
        return d.module(name);
    }
    d.specialised
        .iter()
        .find(|s| s.module.name == name && s.overrides == overrides)
        .map(|s| &s.module)
}

fn copy_name(base: &str, with_state: bool) -> String {
    if with_state {
        format!("{base}_st")
    } else {
        base.to_string()
    }
}

/// What makes two instances of a module need different copies: the module as elaborated for
/// their parameters (its signals and instances: one copy's text serves both only if these are
/// the same, e.g. Bambu's `ARRAY_1D_STD_BRAM_NN_SP` picks a read-only or a writable memory by a
/// parameter in a generate block), and, recursively, the same of the sub-instances holding
/// state. Widths may differ (the copy reads and restores registers at their own widths).
fn variant_key(a: &Analysis, dec: &Decisions, i: usize) -> String {
    let m = a.module;
    let inl = &m.inlined[dec.children[i].inlined];
    let mut key = inl.module.clone();
    if let Some(def) = elaborated(a.design, &inl.module, &inl.overrides) {
        for sig in &def.signals {
            key.push(' ');
            key.push_str(&sig.name);
        }
        key.push_str(" |");
        for inst in &def.instances {
            key.push(' ');
            key.push_str(&inst.name);
        }
    }
    key.push_str(" [");
    for (j, c) in dec.children.iter().enumerate() {
        if c.parent == Some(i) {
            let _ = write!(
                key,
                "{}:{} ",
                m.inlined[c.inlined].instance,
                variant_key(a, dec, j)
            );
        }
    }
    key.push(']');
    key
}

/// Per entry of `Decisions::children`: the name of its module's copy without the `_st` of the
/// FSM's variant: `<top>_idet_<module>`, with `_v2`, `_v3`... for the second, third... variant
/// when instances of the module need different copies (`variant_key`).
fn copy_bases(a: &Analysis, dec: &Decisions) -> Vec<String> {
    let m = a.module;
    let mut seen: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    (0..dec.children.len())
        .map(|i| {
            let module = m.inlined[dec.children[i].inlined].module.as_str();
            let key = variant_key(a, dec, i);
            let keys = seen.entry(module).or_default();
            let n = match keys.iter().position(|k| *k == key) {
                Some(n) => n,
                None => {
                    keys.push(key);
                    keys.len() - 1
                }
            };
            format!("{}_idet_{module}{}", m.name, variant_suffix(n))
        })
        .collect()
}

/// The name suffix of a module's `n`-th copy (from 0): none for the first, `_v2`, `_v3`...
fn variant_suffix(n: usize) -> String {
    if n == 0 {
        String::new()
    } else {
        format!("_v{}", n + 1)
    }
}

/// Edits in the top: each stateful instance statement of the top followed by the statement for
/// the spliced copy, the original disabled behind `ifdef`.
pub fn swaps(
    a: &Analysis,
    dec: &Decisions,
    o: &InsertOptions,
    text: &str,
) -> Result<Vec<Edit>, Diagnostic> {
    let m = a.module;
    let top = a.design.module(&m.name).unwrap_or(m);
    let p = &o.prefix;
    let bases = copy_bases(a, dec);
    let mut edits = vec![];
    for (i, c) in top_level(dec) {
        let inl = &m.inlined[c.inlined];
        let err = |e: &str| {
            Diagnostic::at(
                &a.design.sources,
                inl.span,
                format!("instance `{}`: {e}", inl.path),
            )
        };
        if inl.span.file != m.span.file {
            return Err(err("not in the top module's file (macro?): cannot swap it"));
        }
        let statement = text
            .get(inl.span.start as usize..inl.span.end as usize)
            .ok_or_else(|| err("span outside the file"))?;
        let written = top
            .instances
            .get(inl.instance)
            .ok_or_else(|| err("not found in the top as written"))?;
        let w = |x: &str| wire(o, c, x);
        let mut added = access_connections([
            format!("{p}freeze"),
            w("ld"),
            w("item"),
            w("addr"),
            w("part"),
            format!("{p}ld_word >> {}", w("lo")),
            w("path"),
            w("q"),
        ]);
        let holds_fsm = !dec.st_exports(m, i).is_empty();
        if holds_fsm {
            added.push(("st".into(), w("st")));
        }
        let new = swapped_statement(
            statement,
            &inl.module,
            written,
            &copy_name(&bases[i], holds_fsm),
            &added,
            p,
        )
        .map_err(|e| err(&e))?;
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

/// Are the statement's connections in order (not by name)?
fn is_ordered(written: &Instance) -> bool {
    written
        .connections
        .first()
        .is_some_and(|c| c.port.is_none())
}

/// The `st` output of a module's `_st` variant, lowest bits first: its own state registers
/// (local number, width), then the `st` of its accessible instances (slot, width).
struct StPorts {
    own: Vec<(u32, u32)>,
    slots: Vec<(u8, u32)>,
}

impl StPorts {
    fn width(&self) -> u32 {
        self.own.iter().map(|x| x.1).sum::<u32>() + self.slots.iter().map(|x| x.1).sum::<u32>()
    }
}

/// What one module's copy needs: its registers (widest over its instances), which process
/// writes which, its accessible instance statements by slot.
struct CopyPlan<'a> {
    rep: &'a ChildAccess,
    /// Local register number -> (memory?, widest width).
    regs: BTreeMap<u32, (bool, u32)>,
    /// Local process index -> local registers it restores, with the bits it writes when the
    /// register has several writers (`None`: all).
    writers: BTreeMap<usize, Vec<(u32, Option<crate::insert::children::BitRuns>)>>,
    /// Slot -> the representative's accessible child.
    slots: Vec<&'a ChildAccess>,
    /// The copy's own name without `_st` (`copy_bases`), and its slots' by slot number.
    base: String,
    slot_bases: BTreeMap<u8, String>,
}

/// The spliced copies of every module with accessible instances, renamed for this top.
pub fn copies(a: &Analysis, dec: &Decisions, o: &InsertOptions) -> Result<String, Diagnostic> {
    let path_range = &format!(
        "[{}:0] ",
        crate::insert::children::path_bits(&dec.children) - 1
    );
    let m = a.module;
    let d = a.design;
    let facts = a.facts();
    let bases = copy_bases(a, dec);
    // One copy per variant of a module (`copy_bases`), in the order of the names.
    let mut by_copy: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, base) in bases.iter().enumerate() {
        by_copy.entry(base.as_str()).or_default().push(i);
    }
    let mut out = String::new();
    for (base, insts) in by_copy {
        let rep_i = insts[0];
        let rep = &dec.children[rep_i];
        let inl = &m.inlined[rep.inlined];
        let name = inl.module.as_str();
        // The module as elaborated for the representative's parameters: generate constructs
        // may give another specialisation other signals and instances (checked below, since
        // one copy of the text serves every instance).
        let def = elaborated(d, &inl.module, &inl.overrides)
            .ok_or_else(|| Diagnostic::plain(format!("module `{name}` not found")))?;
        let mut plan = CopyPlan {
            rep,
            regs: BTreeMap::new(),
            writers: BTreeMap::new(),
            slots: dec
                .children
                .iter()
                .filter(|c| c.parent == Some(rep_i))
                .collect(),
            base: base.to_string(),
            slot_bases: dec
                .children
                .iter()
                .enumerate()
                .filter(|(_, c)| c.parent == Some(rep_i))
                .map(|(j, c)| (c.slot, bases[j].clone()))
                .collect(),
        };
        let err = |msg: String| Diagnostic::at(&d.sources, inl.span, msg);
        for &i in &insts {
            let c = &dec.children[i];
            let ci = &m.inlined[c.inlined];
            for r in facts.registers.iter().filter(|r| ci.signals.contains(&r.0)) {
                let local = r.0 - ci.signals.start;
                let sig = m.signal(*r);
                let e = plan.regs.entry(local).or_insert((sig.is_memory(), 0));
                e.1 = e.1.max(sig.width());
                if i == rep_i {
                    let ws = facts.clocked_writers.get(r).cloned().unwrap_or_default();
                    if ws.len() > 1 && !sig.is_memory() {
                        // Several writers: each restores the bits it writes.
                        for &pi in &ws {
                            let mask = crate::insert::children::written_bits(m, pi, *r);
                            plan.writers
                                .entry(pi - ci.processes.start)
                                .or_default()
                                .push((local, mask));
                        }
                    } else if let Some(&pi) = ws.iter().min() {
                        // Restored in its first writer (a memory may have a port per process).
                        plan.writers
                            .entry(pi - ci.processes.start)
                            .or_default()
                            .push((local, None));
                    }
                }
            }
            // Every instance of the module must reach the same statements (slots).
            let same: Vec<usize> = dec
                .children
                .iter()
                .filter(|x| x.parent == Some(i))
                .map(|x| m.inlined[x.inlined].instance)
                .collect();
            let rep_same: Vec<usize> = plan
                .slots
                .iter()
                .map(|x| m.inlined[x.inlined].instance)
                .collect();
            if same != rep_same {
                return Err(err(format!(
                    "instances of `{name}` hold state in different sub-instances (parameters?): cannot give them one state-access port"
                )));
            }
        }
        for &local in plan.regs.keys() {
            for &i in &insts {
                let ci = &m.inlined[dec.children[i].inlined];
                let flat = (ci.signals.start + local < ci.signals.end)
                    .then(|| m.name_of(SignalId(ci.signals.start + local)));
                let written = def
                    .signals
                    .get(local as usize)
                    .map(|s| format!("{}.{}", ci.path, s.name));
                if written.as_deref() != flat {
                    return Err(err(format!("module `{name}` elaborates to different signals per instance (generate?): cannot give it one state-access port")));
                }
            }
        }
        for c in &plan.slots {
            let k = m.inlined[c.inlined].instance;
            for &i in &insts {
                let spec = elaborated(
                    d,
                    &m.inlined[dec.children[i].inlined].module,
                    &m.inlined[dec.children[i].inlined].overrides,
                );
                let same = spec.and_then(|x| x.instances.get(k)).map(|x| &x.name)
                    == def.instances.get(k).map(|x| &x.name);
                if !same {
                    return Err(err(format!("module `{name}` elaborates to different instances per parameters (generate?): cannot give it one state-access port")));
                }
            }
        }
        // Instances exporting state registers of the checkpoint FSM (held by them or below
        // them): a variant with the `st` output; the plain copy serves the others. One variant
        // per module, so every exporting instance must export the same registers.
        let exports: Vec<Vec<(String, u32)>> = insts
            .iter()
            .map(|&i| {
                let prefix = format!("{}.", m.inlined[dec.children[i].inlined].path);
                dec.st_exports(m, i)
                    .into_iter()
                    .map(|r| {
                        let name = m.name_of(r);
                        let local = name.strip_prefix(&prefix).unwrap_or(name);
                        (local.to_string(), m.signal(r).width())
                    })
                    .collect()
            })
            .collect();
        let exporting: Vec<usize> = (0..insts.len())
            .filter(|&x| !exports[x].is_empty())
            .collect();
        if exporting.len() < insts.len() {
            out.push_str(&copy_text(a, def, &plan, None, o, path_range)?);
        }
        if let Some(&first) = exporting.first() {
            if let Some(&other) = exporting.iter().find(|&&x| exports[x] != exports[first]) {
                return Err(err(format!(
                    "instances `{}` and `{}` of `{name}` hold different state registers of the checkpoint FSM: one state-access port cannot export both",
                    m.inlined[dec.children[insts[first]].inlined].path,
                    m.inlined[dec.children[insts[other]].inlined].path
                )));
            }
            let j = insts[first];
            let k = dec.children[j].inlined;
            let st = StPorts {
                own: dec
                    .own_state_regs(m, j)
                    .into_iter()
                    .map(|r| (r.0 - m.inlined[k].signals.start, m.signal(r).width()))
                    .collect(),
                slots: dec
                    .below(j)
                    .into_iter()
                    .map(|x| (dec.children[x].slot, width_of(m, &dec.st_exports(m, x))))
                    .filter(|(_, w)| *w > 0)
                    .collect(),
            };
            out.push_str(&copy_text(a, def, &plan, Some(&st), o, path_range)?);
        }
    }
    Ok(out)
}

fn copy_text(
    a: &Analysis,
    def: &Module,
    plan: &CopyPlan,
    st: Option<&StPorts>,
    o: &InsertOptions,
    path_range: &str,
) -> Result<String, Diagnostic> {
    let d = a.design;
    let m = a.module;
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
    let st_range = st
        .map(|s| format!("[{}:0] ", s.width() - 1))
        .unwrap_or_default();
    let mut ports = vec![
        ("input", "", "frz"),
        ("input", "", "ld"),
        ("input", "[15:0] ", "item"),
        ("input", "[31:0] ", "addr"),
        ("input", "[7:0] ", "part"),
        ("input", "[31:0] ", "d"),
        ("input", path_range, "path"),
        ("output", "[31:0] ", "q"),
    ];
    if st.is_some() {
        ports.push(("output", st_range.as_str(), "st"));
    }
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
        for (dir, r, n) in &ports {
            let _ = writeln!(decl, "  {dir} {r}{p}{n};");
        }
    }
    let _ = writeln!(
        decl,
        "  reg [31:0] {p}q_r;\n  assign {p}q = {p}q_r;\n  wire {p}self = {p}path[7:0] == 8'd0;"
    );
    // The `st` width a slot's instance exports (its `_st` variant), if any.
    let slot_st = |slot: u8| {
        st.and_then(|s| s.slots.iter().find(|x| x.0 == slot))
            .map(|x| x.1)
    };
    for c in &plan.slots {
        let _ = writeln!(decl, "  wire [31:0] {p}q_{};", c.slot);
        if let Some(w) = slot_st(c.slot) {
            let _ = writeln!(decl, "  wire [{}:0] {p}st_{};", w - 1, c.slot);
        }
    }
    let peeks = generate_peeks(def, text, base, &plan.regs);
    for l in peeks.keys() {
        let w = def.signals[*l as usize].width().max(1);
        let _ = writeln!(decl, "  wire [{}:0] {p}gv_{l};", w - 1);
    }
    edits.push((header_end, decl));
    let name = |l: u32| def.signals[l as usize].name.clone();
    let mut done: Vec<Span> = vec![];
    for &(_, span) in &plan.rep.wraps {
        if done.contains(&span) {
            continue;
        }
        done.push(span);
        // Processes of one generate loop share this text: each iteration's loads under its
        // genvar values.
        let sharing: Vec<usize> = plan
            .rep
            .wraps
            .iter()
            .filter(|(_, s)| *s == span)
            .map(|(pi, _)| *pi)
            .collect();
        let mut all_loads = String::new();
        for &local_pi in &sharing {
            let rep_inl = &m.inlined[plan.rep.inlined];
            let proc_ = &m.processes[rep_inl.processes.start + local_pi];
            // A register the process assigns with `=` is restored with `=` too (simulators
            // refuse a variable written both ways; Catapult's sim models write them so).
            let blocking = proc_.body.blocking_targets();
            let mut loads = String::new();
            for (l, mask) in plan.writers.get(&local_pi).into_iter().flatten() {
                let l = *l;
                let op = if blocking.contains(&SignalId(rep_inl.signals.start + l)) {
                    "="
                } else {
                    "<="
                };
                let (mem, width) = plan.regs[&l];
                // The writer names a generate block's register as the original text does.
                let own_name = peeks.get(&l).map_or_else(|| name(l), |x| x.1.clone());
                let target = if mem {
                    format!("{own_name}[{p}addr]")
                } else {
                    own_name
                };
                if let Some(runs) = mask {
                    // Only this writer's bits, part by part (declared indices of the register).
                    let sig = &def.signals[l as usize];
                    let idx = |o: u32| {
                        if sig.msb >= sig.lsb {
                            sig.lsb + i64::from(o)
                        } else {
                            sig.lsb - i64::from(o)
                        }
                    };
                    for &(a, b) in runs {
                        for part in a / 32..=b / 32 {
                            let (lo, hi) = (a.max(part * 32), b.min(part * 32 + 31));
                            let _ = writeln!(
                            loads,
                            "    if ({p}ld && {p}self && {p}item == 16'd{l} && {p}part == 8'd{part}) {target}[{}:{}] {op} {p}d[{}:{}];",
                            idx(hi),
                            idx(lo),
                            hi - part * 32,
                            lo - part * 32
                        );
                        }
                    }
                    continue;
                }
                let value = if width <= 32 {
                    format!("{p}d")
                } else {
                    format!(
                        "({target} & ~(32'hFFFFFFFF << (32 * {p}part))) | ({p}d << (32 * {p}part))"
                    )
                };
                let _ = writeln!(
                    loads,
                    "    if ({p}ld && {p}self && {p}item == 16'd{l}) {target} {op} {value};"
                );
            }
            if sharing.len() == 1 || loads.is_empty() {
                all_loads.push_str(&loads);
            } else {
                let _ = write!(
                    all_loads,
                    "    if ({}) begin\n{loads}    end\n",
                    crate::emit::insert::genvar_guard(proc_)
                );
            }
        }
        edits.push((
            span.start as usize - base,
            format!("if ({p}frz) begin\n{all_loads}    end else begin "),
        ));
        edits.push((span.end as usize - base, " end".to_string()));
    }
    // Accessible instances of this module: swapped for their copies, path shifted down a byte.
    for c in &plan.slots {
        let inl = &m.inlined[c.inlined];
        let written = def
            .instances
            .get(inl.instance)
            .ok_or_else(|| err("instance not found in the module as written"))?;
        let start = inl.span.start as usize;
        let end = inl.span.end as usize;
        if inl.span.file != def.span.file || start < base || end > def.span.end as usize {
            return Err(err("instance statement outside the module's text (macro?)"));
        }
        let mut added = access_connections([
            format!("{p}frz"),
            format!("{p}ld && {p}path[7:0] == 8'd{}", c.slot),
            format!("{p}item"),
            format!("{p}addr"),
            format!("{p}part"),
            format!("{p}d"),
            format!("{p}path >> 8"),
            format!("{p}q_{}", c.slot),
        ]);
        let exports = slot_st(c.slot).is_some();
        if exports {
            added.push(("st".into(), format!("{p}st_{}", c.slot)));
        }
        let new = swapped_statement(
            &text[start - base..end - base],
            &inl.module,
            written,
            &copy_name(&plan.slot_bases[&c.slot], exports),
            &added,
            p,
        )
        .map_err(|e| err(&format!("instance `{}`: {e}", inl.path)))?;
        edits.push((
            start - base,
            format!("{new}\n`ifdef IDET_ORIGINAL_INSTANCES\n"),
        ));
        edits.push((end - base, "\n`endif\n".to_string()));
    }
    // A register declared in a conditional generate block is read out through a wire the
    // block drives itself: Verilator 5.006 cannot resolve `genblk1.x` from outside an unnamed
    // if/else generate (Vitis m_axi throttle and FIFO blocks), although the name is standard.
    for (l, (at, local)) in &peeks {
        let mem = plan.regs[l].0;
        let src = if mem {
            format!("{local}[{p}addr]")
        } else {
            local.clone()
        };
        edits.push((*at, format!("\n  assign {p}gv_{l} = {src};")));
    }
    let mut mux = String::from("  always @(*) begin\n");
    let _ = writeln!(mux, "    {p}q_r = 32'd0;\n    case ({p}path[7:0])");
    let _ = writeln!(mux, "      8'd0: case ({p}item)");
    for (&l, &(mem, _)) in &plan.regs {
        let src = if peeks.contains_key(&l) {
            format!("{p}gv_{l}")
        } else if mem {
            format!("{}[{p}addr]", name(l))
        } else {
            name(l)
        };
        // `{x}` is unsigned: the bits above a narrow register's are 0, never its sign, so
        // the top may save the whole 32-bit part.
        let _ = writeln!(
            mux,
            "        16'd{l}: {p}q_r = {{{src}}} >> (32 * {p}part);"
        );
    }
    let _ = writeln!(mux, "        default: ;\n      endcase");
    for c in &plan.slots {
        let _ = writeln!(mux, "      8'd{0}: {p}q_r = {p}q_{0};", c.slot);
    }
    let _ = writeln!(mux, "      default: ;\n    endcase\n  end");
    if let Some(st) = st {
        // State registers of the checkpoint FSM, for the top's checkpoint-state decode.
        let mut parts: Vec<String> = st.own.iter().map(|&(l, _)| name(l)).collect();
        parts.extend(st.slots.iter().map(|(slot, _)| format!("{p}st_{slot}")));
        parts.reverse();
        let value = if parts.len() == 1 {
            parts.remove(0)
        } else {
            format!("{{{}}}", parts.join(", "))
        };
        let _ = writeln!(mux, "  assign {p}st = {value};");
    }
    let end = text
        .rfind("endmodule")
        .ok_or_else(|| err("no `endmodule`"))?;
    edits.push((end, mux));
    // Rename: `<top>_idet_<module>[_v<n>]` (`_st` appended for the FSM's variant).
    edits.push((name_at, format!("{}_idet_", m.name)));
    let own = format!("{}_idet_{}", m.name, def.name);
    let variant = plan.base.strip_prefix(&own).unwrap_or_default();
    let suffix = format!("{variant}{}", if st.is_some() { "_st" } else { "" });
    if !suffix.is_empty() {
        edits.push((name_at + def.name.len(), suffix));
    }
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

/// Registers of `regs` declared in a generate block that is not a loop iteration, each with
/// the offset (in `text`, which starts at byte `base` of the file) just after its declaration
/// and its name inside the block. Locals of named procedural blocks are not among them (their
/// declaration lies in a process).
fn generate_peeks(
    def: &Module,
    text: &str,
    base: usize,
    regs: &BTreeMap<u32, (bool, u32)>,
) -> BTreeMap<u32, (usize, String)> {
    let mut out = BTreeMap::new();
    for &l in regs.keys() {
        let sig = &def.signals[l as usize];
        let Some((scope, local)) = sig.name.rsplit_once('.') else {
            continue;
        };
        let span = sig.span;
        let in_text = span.file == def.span.file
            && span.start >= def.span.start
            && span.end <= def.span.end
            && span.end > span.start;
        let in_process = def.processes.iter().any(|p| {
            p.span.file == span.file && p.span.start <= span.start && span.end <= p.span.end
        });
        if scope.contains('[') || !in_text || in_process {
            continue;
        }
        let at = span.end as usize - base;
        if text.as_bytes().get(at - 1) == Some(&b';') {
            out.insert(l, (at, local.to_string()));
        }
    }
    out
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
