//! Verilog of `idet insert`: fenced edits into the top module's original text, plus the controller
//! and NVM adapter from `hdl-templates/` appended to the file.
//!
//! Edits (each a fenced region, see `splice`):
//! - port list: the added `<prefix>` ports; for non-ANSI modules their declarations too;
//! - after the module header: declarations of the glue signals (before any use);
//! - around each clocked body: `if (freeze) begin <holds; restore loads> end else begin <body> end`;
//! - before each handshake-output assign's right-hand side: `busy ? 1'b0 :`;
//! - before `endmodule`: checkpoint-state decode, the save-word multiplexer, the controller and
//!   adapter instances;
//! - end of file: the template modules, renamed `<top>_idet_*` so that several augmented designs
//!   can live in one build.

use super::mem_runs::MemRun;
use super::splice::{apply, Edit};
use crate::diag::Diagnostic;
use crate::insert::layout::{CkptLayout, Item};
use crate::insert::{Decisions, Event, InsertOptions, NvmPort};
use crate::ir::{Module, SignalId, Span};
use crate::passes::Analysis;
use std::fmt::Write;

const CTRL: &str = include_str!("../../hdl-templates/idet_ctrl.v");
const PARALLEL: &str = include_str!("../../hdl-templates/idet_nvm_parallel.v");
const SPI_FRAM: &str = include_str!("../../hdl-templates/idet_nvm_spi_fram.v");

#[derive(Clone, Debug, serde::Serialize)]
pub struct AddedPort {
    pub name: String,
    pub direction: &'static str,
    pub width: u32,
}

pub struct Spliced {
    pub text: String,
    pub ports: Vec<AddedPort>,
}

/// Address widths: controller (32-bit words) and NVM side.
pub fn address_bits(slot_words: u32) -> u32 {
    let words = 2 * slot_words as u64;
    (64 - (words - 1).leading_zeros()).max(1)
}

fn ports(o: &InsertOptions, aw: u32, dec: &Decisions) -> Vec<AddedPort> {
    let p = &o.prefix;
    let port = |n: &str, d: &'static str, w: u32| AddedPort {
        name: format!("{p}{n}"),
        direction: d,
        width: w,
    };
    let mut v = vec![
        port("pwr_warn", "input", 1),
        port("clear", "input", 1),
        port("sleep", "output", 1),
        port("busy", "output", 1),
    ];
    if o.adaptive_period {
        v.push(port("vlow", "input", 1));
    }
    match o.nvm {
        NvmPort::Parallel { word_bits, .. } => {
            let pw = match word_bits {
                32 => 0,
                16 => 1,
                _ => 2,
            };
            v.push(port("nvm_req", "output", 1));
            v.push(port("nvm_we", "output", 1));
            v.push(port("nvm_addr", "output", aw + pw));
            v.push(port("nvm_wdata", "output", word_bits));
            v.push(port("nvm_ack", "input", 1));
            v.push(port("nvm_rdata", "input", word_bits));
        }
        NvmPort::SpiFram { .. } => {
            v.push(port("spi_sck", "output", 1));
            v.push(port("spi_cs_n", "output", 1));
            v.push(port("spi_mosi", "output", 1));
            v.push(port("spi_miso", "input", 1));
        }
    }
    for st in &dec.streams {
        v.push(port(&format!("seq_{}", st.name), "output", 32));
    }
    v
}

/// Per stream: the counter of items the design transferred, restored from payload word `k` of
/// any checkpoint (see `insert::streams`); counts only while the design runs.
fn stream_counters(dec: &Decisions, o: &InsertOptions, clk: &str) -> String {
    let p = &o.prefix;
    let mut s = String::new();
    for (k, st) in dec.streams.iter().enumerate() {
        let q = format!("{p}seq_q_{}", st.name);
        let xfer = match &st.ready {
            Some(r) => format!("{} & {r}", st.valid),
            None => st.valid.clone(),
        };
        let _ = writeln!(
            s,
            "  // Stream `{}` ({}): items transferred, the host's position after a rollback.",
            st.name,
            if st.input { "in" } else { "out" }
        );
        let _ = writeln!(s, "  reg [31:0] {q};");
        let _ = writeln!(s, "  always @(posedge {clk}) begin");
        let _ = writeln!(s, "    if ({p}ctrl_rst) {q} <= 32'd0;");
        let _ = writeln!(
            s,
            "    else if ({p}freeze) begin\n      if ({p}ld_valid & ({p}ld_idx == 16'd{k})) {q} <= {p}ld_word;\n    end else if ({xfer}) {q} <= {q} + 32'd1;"
        );
        let _ = writeln!(s, "  end");
        let _ = writeln!(s, "  assign {p}seq_{} = {q};", st.name);
    }
    s
}

pub(super) fn range(w: u32) -> String {
    if w == 1 {
        String::new()
    } else {
        format!("[{}:0] ", w - 1)
    }
}

/// Verilog for bits `[lo, lo + width)` (0 = LSB) of an item; whole items need no select.
fn item_ref(m: &Module, it: &Item, lo: u32, width: u32) -> String {
    let s = m.signal(it.sig);
    let base = match it.index {
        Some(i) => format!("{}[{i}]", s.name),
        None => s.name.clone(),
    };
    if lo == 0 && width == it.width {
        return base;
    }
    bit_select(s, &base, lo, width)
}

/// `base[hi:lo]` for bits `[lo, lo + width)` (0 = LSB) of a value declared like `s`.
pub(super) fn bit_select(s: &crate::ir::Signal, base: &str, lo: u32, width: u32) -> String {
    let idx = |p: u32| {
        if s.msb >= s.lsb {
            s.lsb + p as i64
        } else {
            s.lsb - p as i64
        }
    };
    format!("{base}[{}:{}]", idx(lo + width - 1), idx(lo))
}

fn word_ref(p: &str, name: &str, lo: u32, width: u32) -> String {
    format!("{p}{name}[{}:{}]", lo + width - 1, lo)
}

/// The restore strobe of global word `g` (see `insert::layout`).
fn decode_name(p: &str, g: u32) -> String {
    format!("{p}ldw_{g}")
}

/// `g = f(id, idx)`: the global word that payload word `idx` of checkpoint `id` holds, one
/// comparison and one addition per run (identical maps share one arm).
fn index_map(out: &str, id: &str, idx: &str, ckpts: &[CkptLayout]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "  always @(*) begin");
    let _ = writeln!(s, "    {out} = {idx};");
    let _ = writeln!(s, "    case ({id})");
    let mut arms = super::case_arms::MergedArms::default();
    for c in ckpts {
        // Runs that map a word to itself need no arm (the default above).
        let moved: Vec<_> = c.runs.iter().filter(|r| r.global != r.at).collect();
        if moved.is_empty() {
            continue;
        }
        let chain: Vec<String> = moved
            .iter()
            .rev()
            .map(|r| {
                // A run from payload word 0 needs no test (`x >= 0` is always true: Verilator
                // lint UNSIGNED).
                let set = format!("{out} = {idx} + 16'd{};", r.global - r.at);
                if r.at == 0 {
                    format!("begin {set} end")
                } else {
                    format!("if ({idx} >= 16'd{}) {set}", r.at)
                }
            })
            .collect();
        arms.push(
            format!("16'd{}", c.id),
            format!("begin {} end\n", chain.join(" else ")),
        );
    }
    arms.write(&mut s, "      ");
    let _ = writeln!(s, "      default: ;\n    endcase\n  end");
    s
}

/// The frozen branch of one clocked process: holds, restore loads, state-register restore.
fn frozen_branch(
    a: &Analysis,
    dec: &Decisions,
    o: &InsertOptions,
    runs: &[MemRun],
    pi: usize,
) -> String {
    let m = a.module;
    let p = &o.prefix;
    // Registers this process writes (facts keeps them per register; sorted for stable output).
    let mut written: Vec<SignalId> = a
        .facts()
        .clocked_writers
        .iter()
        // Restored in its first writer (a memory may have one write port per process).
        .filter(|(_, ps)| ps.iter().min() == Some(&pi))
        .map(|(s, _)| *s)
        .collect();
    written.sort();
    // A register with several writers is restored by each in the bits it writes.
    let mut loads: Vec<(SignalId, Option<crate::insert::children::BitRuns>)> = a
        .facts()
        .clocked_writers
        .iter()
        .filter(|(s, ps)| ps.contains(&pi) && (ps.len() == 1 || m.signal(**s).is_memory()))
        .filter(|(_, ps)| ps.iter().min() == Some(&pi))
        .map(|(s, _)| (*s, None))
        .chain(
            a.facts()
                .clocked_writers
                .iter()
                .filter(|(s, ps)| ps.len() > 1 && ps.contains(&pi) && !m.signal(**s).is_memory())
                .map(|(s, _)| (*s, crate::insert::children::written_bits(m, pi, *s))),
        )
        .collect();
    loads.sort_by_key(|x| x.0);
    // A register the process assigns with `=` is restored with `=` too (simulators refuse a
    // variable written both ways; it is the same flip-flop either way here).
    let blocking = m.processes[pi].body.blocking_targets();
    let mut s = String::new();
    for h in dec.held_regs.iter().filter(|h| written.contains(h)) {
        let _ = writeln!(
            s,
            "    if ({p}booting) {} <= 1'b0;  // handshake output: inactive until restored",
            m.name_of(*h)
        );
    }
    for (sig, mask) in &loads {
        let sig = *sig;
        let op = if blocking.contains(&sig) { "=" } else { "<=" };
        for (k, r) in runs.iter().enumerate().filter(|(_, r)| r.sig == sig) {
            s.push_str(&super::mem_runs::load(m, r, k, p, op));
        }
        for pc in dec.layout.pieces_of(sig) {
            if runs.iter().any(|r| r.sig == sig && r.contains(pc.word)) {
                continue;
            }
            let it = &dec.layout.items[pc.item];
            let whole = [(pc.item_lo, pc.item_lo + pc.width - 1)];
            for &(a, b) in mask.as_deref().unwrap_or(&whole) {
                let (lo, hi) = (a.max(pc.item_lo), b.min(pc.item_lo + pc.width - 1));
                if lo > hi {
                    continue;
                }
                let _ = writeln!(
                    s,
                    "    if ({}) {} {} {};",
                    decode_name(p, pc.word),
                    item_ref(m, it, lo, hi - lo + 1),
                    if blocking.contains(&sig) { "=" } else { "<=" },
                    word_ref(p, "ld_word", pc.word_lo + (lo - pc.item_lo), hi - lo + 1)
                );
            }
        }
    }
    if let Some(r) = dec.state_reg.filter(|r| written.contains(r)) {
        let _ = writeln!(s, "    if ({p}ld_last) {} <= {p}state_code;", m.name_of(r));
    }
    s
}

/// `i == 3 && j == 0`: the iteration of the generate loops a process belongs to.
pub(super) fn genvar_guard(p: &crate::ir::Process) -> String {
    p.genvars
        .iter()
        .map(|(n, v)| format!("{n} == {v}"))
        .collect::<Vec<_>>()
        .join(" && ")
}

/// `(state == C0) ? f(c0) : (state == C1) ? f(c1) : ... : f(c0)`.
fn glue_decls(
    m: &Module,
    dec: &Decisions,
    o: &InsertOptions,
    aw: u32,
    ports: &[AddedPort],
    ansi: bool,
    runs: &[MemRun],
) -> String {
    let p = &o.prefix;
    let mut s = String::new();
    if !ansi {
        for port in ports {
            let _ = writeln!(
                s,
                "  {} {}{};",
                port.direction,
                range(port.width),
                port.name
            );
        }
    }
    let _ = writeln!(
        s,
        "  // Checkpoint glue (idet insert): the controller freezes the design in a checkpoint state,"
    );
    let _ = writeln!(
        s,
        "  // saves the live registers to NVM and restores them after power returns."
    );
    let _ = writeln!(
        s,
        "  wire {p}freeze, {p}freeze_req, {p}ctrl_rst;\n  reg {p}hit, {p}hit_force;"
    );
    // Generic buses: a design may leave some of their bits unused (no held output, narrow words).
    let _ = writeln!(s, "  /* verilator lint_off UNUSEDSIGNAL */");
    // ld_last restores the state register: unused in a design without an FSM; ld_valid and
    // ld_g load payload words: unused when no checkpoint has any (every state register and
    // flag in the checkpoint id, nothing live: hls4ml_wide_ports with outputs qualified).
    let _ = writeln!(s, "  wire {p}booting, {p}ld_last, {p}ld_valid;");
    let _ = writeln!(s, "  reg [15:0] {p}ld_g;");
    let _ = writeln!(
        s,
        "  wire [15:0] {p}save_id, {p}save_idx, {p}ld_id, {p}ld_idx;"
    );
    let _ = writeln!(s, "  reg [15:0] {p}hit_id, {p}hit_len;");
    let _ = writeln!(s, "  wire [31:0] {p}ld_word;");
    let _ = writeln!(s, "  /* verilator lint_on UNUSEDSIGNAL */");
    let _ = writeln!(s, "  reg [31:0] {p}save_word;");
    let _ = writeln!(s, "  reg [15:0] {p}save_g;");
    let _ = writeln!(
        s,
        "  wire {p}mem_req, {p}mem_we, {p}mem_ack;\n  wire [{}:0] {p}mem_addr;\n  wire [31:0] {p}mem_wdata, {p}mem_rdata;",
        aw - 1
    );
    // Words holding only state of instances are decoded by their access ports instead.
    let l = &dec.layout;
    let top_words: std::collections::BTreeSet<u32> = l
        .pieces
        .iter()
        .filter(|pc| super::children::port_of(m, dec, l.items[pc.item].sig).is_none())
        .map(|pc| pc.word)
        .filter(|w| !runs.iter().any(|r| r.contains(*w)))
        .collect();
    for w in top_words {
        let _ = writeln!(
            s,
            "  wire {} = {p}ld_valid & ({p}ld_g == 16'd{w});",
            decode_name(p, w)
        );
    }
    s.push_str(&super::mem_runs::decls(runs, p));
    s.push_str(&super::children::decls(m, dec, o));
    s
}

/// `{e0, e1, ...}`: the host-visible outputs, ungated (a gated assign's right-hand side is
/// copied so that the controller sees the value the host will see once `busy` falls).
fn events_concat(a: &Analysis, dec: &Decisions, text: &str) -> String {
    let m = a.module;
    let parts: Vec<String> = dec
        .events
        .iter()
        .map(|e| match *e {
            Event::Signal(s) => m.name_of(s).to_string(),
            Event::AssignRhs(i) => {
                let sp = m.assigns[i].rhs_span;
                format!("({})", &text[sp.start as usize..sp.end as usize])
            }
        })
        .collect();
    if parts.is_empty() {
        "1'b0".to_string()
    } else {
        format!("{{{}}}", parts.join(", "))
    }
}

fn glue_logic(
    a: &Analysis,
    dec: &Decisions,
    o: &InsertOptions,
    aw: u32,
    text: &str,
    mruns: &[MemRun],
) -> String {
    let m = a.module;
    let p = &o.prefix;
    let top = &m.name;
    // The state as the top sees it: each state register its own, or an instance's through the
    // access port; a composite state concatenates them (inlined FSMs in the high bits).
    // Without an FSM every cycle is the one checkpoint state (code 1'b0).
    let st_expr = if dec.state_regs.is_empty() {
        "1'b0".to_string()
    } else {
        super::state_expr(
            dec.state_regs
                .iter()
                .map(|&r| {
                    super::children::st_of(m, dec, o, r).unwrap_or_else(|| m.name_of(r).to_string())
                })
                .collect(),
        )
    };
    let mut s = String::new();
    // The state is named once: a composite code repeated in every comparison made lines of
    // megabytes (Vitis dataflow, thousands of checkpoints).
    let st_width = dec.layout.ckpts.first().map_or(1, |c| c.code.width());
    let _ = writeln!(s, "  wire {}{p}fsm_now = {st_expr};", range(st_width));
    let st_name = format!("{p}fsm_now");
    let st = st_name.as_str();
    let rst: Vec<String> = dec
        .resets
        .iter()
        .map(|r| {
            if r.active_high {
                m.name_of(r.signal).to_string()
            } else {
                format!("~{}", m.name_of(r.signal))
            }
        })
        .collect();
    let _ = writeln!(s, "  assign {p}ctrl_rst = {};", rst.join(" | "));
    let _ = writeln!(
        s,
        "  // Never frozen during reset, so that the design's own reset still works."
    );
    let _ = writeln!(s, "  assign {p}freeze = {p}freeze_req & ~{p}ctrl_rst;");
    // Which checkpoint the current state is, as one case statement: a chain of `?:` over
    // thousands of checkpoints (Vitis dataflow) exhausts Verilator's parser stack.
    let ckpts = &dec.layout.ckpts;
    let first = &ckpts[0];
    let _ = writeln!(s, "  always @(*) begin");
    let _ = writeln!(
        s,
        "    {p}hit = 1'b0;\n    {p}hit_force = 1'b0;\n    {p}hit_id = 16'd{};\n    {p}hit_len = 16'd{};",
        first.id, first.words
    );
    let _ = writeln!(s, "    case ({st})");
    for (c, forced) in ckpts.iter().zip(&dec.forced) {
        let _ = writeln!(
            s,
            "      {}: begin {p}hit = 1'b1; {p}hit_force = 1'b{}; {p}hit_id = 16'd{}; {p}hit_len = 16'd{}; end",
            c.code,
            u8::from(*forced),
            c.id,
            c.words
        );
    }
    let _ = writeln!(s, "      default: ;\n    endcase\n  end");
    // The header restores the FSM's own register (the low bits of a composite code), unless it
    // sits in an instance (then it travels in the payload).
    if let Some(reg) = dec
        .state_reg
        .filter(|r| super::children::port_of(m, dec, *r).is_none())
    {
        let w = m.signal(reg).width();
        let own = |c: &crate::ir::Tv| c.slice(0, w);
        let _ = writeln!(s, "  reg {}{p}state_code;", range(w));
        let _ = writeln!(s, "  always @(*) begin");
        let _ = writeln!(s, "    {p}state_code = {};", own(&first.code));
        let _ = writeln!(s, "    case ({p}ld_id)");
        for c in ckpts {
            let _ = writeln!(s, "      16'd{}: {p}state_code = {};", c.id, own(&c.code));
        }
        let _ = writeln!(s, "      default: ;\n    endcase\n  end");
    }
    // Payload word -> global word, for the save and the restore side.
    s.push_str(&index_map(
        &format!("{p}save_g"),
        &format!("{p}save_id"),
        &format!("{p}save_idx"),
        ckpts,
    ));
    s.push_str(&index_map(
        &format!("{p}ld_g"),
        &format!("{p}ld_id"),
        &format!("{p}ld_idx"),
        ckpts,
    ));
    let clk = m.name_of(dec.clock);
    s.push_str(&super::capture::logic(
        m,
        dec,
        o,
        clk,
        dec.streams.len() as u32,
    ));
    // Save side: global word save_g, one arm per word whatever the number of checkpoints.
    let l = &dec.layout;
    let _ = writeln!(s, "  always @(*) begin");
    let _ = writeln!(s, "    {p}save_word = 32'd0;");
    let _ = writeln!(s, "    case ({p}save_g)");
    for (k, st) in dec.streams.iter().enumerate() {
        let _ = writeln!(s, "      16'd{k}: {p}save_word = {p}seq_q_{};", st.name);
    }
    s.push_str(&super::capture::save_arms(
        m,
        dec,
        o,
        dec.streams.len() as u32,
    ));
    // One body per word; consecutive words with the same body (an instance's memory, each
    // word the whole part its access port returns) become one range after the case.
    let mut arms: Vec<(u32, String)> = vec![];
    let mut k = 0;
    while k < l.pieces.len() {
        let word = l.pieces[k].word;
        if mruns.iter().any(|r| r.contains(word)) {
            k += 1;
            continue;
        }
        let mut body = String::new();
        let alone = l.pieces.get(k + 1).is_none_or(|n| n.word != word);
        while k < l.pieces.len() && l.pieces[k].word == word {
            let pc = &l.pieces[k];
            let it = &l.items[pc.item];
            // State inside an instance arrives through its access port, one part per word
            // (zero above the part's bits).
            let value = match super::children::port_of(m, dec, it.sig) {
                Some(ch) if alone && pc.word_lo == 0 => {
                    let _ = write!(
                        body,
                        "{p}save_word = {};",
                        super::children::wire(o, ch, "q")
                    );
                    k += 1;
                    continue;
                }
                Some(ch) => {
                    format!("{}[{}:0]", super::children::wire(o, ch, "q"), pc.width - 1)
                }
                None => item_ref(m, it, pc.item_lo, pc.width),
            };
            let _ = write!(
                body,
                "{}{} = {value};",
                if body.is_empty() { "" } else { " " },
                word_ref(p, "save_word", pc.word_lo, pc.width),
            );
            k += 1;
        }
        arms.push((word, body));
    }
    let runs = super::ranges::same_body_runs(&arms);
    for &(first, last, body) in &runs {
        if first == last {
            let _ = writeln!(s, "      16'd{first}: begin {body} end");
        }
    }
    let _ = writeln!(s, "      default: {p}save_word = 32'd0;");
    let _ = writeln!(s, "    endcase");
    for (k, r) in mruns.iter().enumerate() {
        s.push_str(&super::mem_runs::save(m, r, k, p));
    }
    for &(first, last, body) in &runs {
        if first != last {
            let _ = writeln!(
                s,
                "    if ({}) begin {body} end",
                super::ranges::within(&format!("{p}save_g"), first, last)
            );
        }
    }
    let _ = writeln!(s, "  end");
    s.push_str(&super::children::decode(a, dec, o));
    s.push_str(&stream_counters(dec, o, clk));
    let ew = dec.events.len().max(1);
    let _ = writeln!(
        s,
        "  // Host-visible outputs (output commit: JIT erases older checkpoints at their first change;\n  // periodic/hybrid commit the current state before the host may see a change)."
    );
    let _ = writeln!(
        s,
        "  wire {}{p}ev = {};",
        range(ew as u32),
        events_concat(a, dec, text)
    );
    let _ = writeln!(
        s,
        "  {top}_idet_ctrl #(.AW({aw}), .SLOT_WORDS({}), .EW({ew}), .MODE({mode}), .PERIOD({period}){adapt}) {p}ctrl (\n    .clk({clk}), .rst({p}ctrl_rst), .pwr_warn({p}pwr_warn), .clear({p}clear),\n    .sleep({p}sleep), .busy({p}busy), .booting({p}booting), .freeze_req({p}freeze_req),\n    .ev({p}ev), .hit({p}hit), .hit_force({p}hit_force), .vlow({vlow}), .hit_id({p}hit_id), .hit_len({p}hit_len),\n    .save_id({p}save_id), .save_idx({p}save_idx), .save_word({p}save_word),\n    .ld_valid({p}ld_valid), .ld_last({p}ld_last), .ld_id({p}ld_id), .ld_idx({p}ld_idx), .ld_word({p}ld_word),\n    .mem_req({p}mem_req), .mem_we({p}mem_we), .mem_addr({p}mem_addr), .mem_wdata({p}mem_wdata),\n    .mem_ack({p}mem_ack), .mem_rdata({p}mem_rdata));",
        dec.slot_words,
        mode = dec.controller_mode,
        period = o.period,
        adapt = if o.adaptive_period { ", .ADAPT(1)" } else { "" },
        vlow = if o.adaptive_period { format!("{p}vlow") } else { "1'b0".to_string() }
    );
    let common = format!(
        ".clk({clk}), .rst({p}ctrl_rst), .req({p}mem_req), .we({p}mem_we), .addr({p}mem_addr),\n    .wdata({p}mem_wdata), .ack({p}mem_ack), .rdata({p}mem_rdata)"
    );
    match o.nvm {
        NvmPort::Parallel { word_bits, latency } => {
            let _ = writeln!(
                s,
                "  {top}_idet_nvm_parallel #(.AW({aw}), .NW({word_bits}), .LATENCY({latency})) {p}nvm (\n    {common},\n    .nvm_req({p}nvm_req), .nvm_we({p}nvm_we), .nvm_addr({p}nvm_addr), .nvm_wdata({p}nvm_wdata),\n    .nvm_ack({p}nvm_ack), .nvm_rdata({p}nvm_rdata));"
            );
        }
        NvmPort::SpiFram { addr_bytes } => {
            let _ = writeln!(
                s,
                "  {top}_idet_nvm_spi_fram #(.AW({aw}), .ADDR_BYTES({addr_bytes})) {p}nvm (\n    {common},\n    .spi_sck({p}spi_sck), .spi_cs_n({p}spi_cs_n), .spi_mosi({p}spi_mosi), .spi_miso({p}spi_miso));"
            );
        }
    }
    s
}

fn templates(top: &str, nvm: &NvmPort) -> String {
    let adapter = match nvm {
        NvmPort::Parallel { .. } => PARALLEL,
        NvmPort::SpiFram { .. } => SPI_FRAM,
    };
    // Several modules in one file are the point here, not a style slip.
    let mut s = String::from("/* verilator lint_off DECLFILENAME */\n");
    for t in [CTRL, adapter] {
        s.push_str(&t.replace("module idet_", &format!("module {top}_idet_")));
    }
    s
}

/// Byte offset of `endmodule` in the module's text.
fn endmodule_at(text: &str, span: Span) -> Option<usize> {
    let body = text.get(span.start as usize..span.end as usize)?;
    body.rfind("endmodule").map(|i| span.start as usize + i)
}

pub fn emit(a: &Analysis, dec: &Decisions, o: &InsertOptions) -> Result<Spliced, Diagnostic> {
    let m = a.module;
    let d = a.design;
    let file = d
        .sources
        .file(m.span.file)
        .ok_or_else(|| Diagnostic::plain("top module has no source file".to_string()))?;
    let text = &file.text;
    let aw = address_bits(dec.slot_words);
    if let NvmPort::SpiFram { addr_bytes } = o.nvm {
        let need = 2u64 * dec.slot_words as u64 * 4;
        if need > 1u64 << (8 * addr_bytes) {
            return Err(Diagnostic::plain(format!(
                "two slots of {} words need {need} bytes: more than {addr_bytes}-byte SPI addresses reach (use --spi-addr-bytes 3)",
                dec.slot_words
            )));
        }
    }
    let added = ports(o, aw, dec);
    // Memory runs once per insert: every frozen process, the declarations and the save
    // multiplexer use them.
    let runs = super::mem_runs::find(m, dec);
    // The core's own extra ports (host read capture) are not the design's: the wrapper hides them.
    let mut all_ports = added.clone();
    all_ports.extend(super::capture::core_ports(m, dec, o));
    let mut edits = vec![];
    let ports_span = m.ports_span.ok_or_else(|| {
        Diagnostic::at(
            &d.sources,
            m.span,
            format!("module `{}` has no port list: cannot add ports", m.name),
        )
    })?;
    // Port list: just before its closing parenthesis.
    let close = ports_span.end as usize - 1;
    if text.as_bytes().get(close) != Some(&b')') {
        return Err(Diagnostic::at(
            &d.sources,
            ports_span,
            "port list does not end with `)` in the file (macro?): cannot add ports".to_string(),
        ));
    }
    let sep = if m.ports.is_empty() { "" } else { ", " };
    let list = if m.ansi {
        all_ports
            .iter()
            .map(|p| format!("{} wire {}{}", p.direction, range(p.width), p.name))
            .collect::<Vec<_>>()
            .join(",\n  ")
    } else {
        all_ports
            .iter()
            .map(|p| p.name.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    edits.push(Edit::new(close, "ports", format!("  {sep}{list}")));
    edits.push(Edit::new(
        m.header_span.end as usize,
        "declarations",
        glue_decls(m, dec, o, aw, &all_ports, m.ansi, &runs),
    ));
    // Processes of one generate loop share their text: one wrapper holds every iteration's
    // frozen branch, each under its genvar values (constant in each iteration).
    let mut done: Vec<crate::ir::Span> = vec![];
    for &(_, span) in &dec.wrap {
        if done.contains(&span) {
            continue;
        }
        done.push(span);
        let sharing: Vec<usize> = dec
            .wrap
            .iter()
            .filter(|(_, s)| *s == span)
            .map(|(pi, _)| *pi)
            .collect();
        let mut body = String::new();
        for &pi in &sharing {
            let b = frozen_branch(a, dec, o, &runs, pi);
            if sharing.len() == 1 || b.is_empty() {
                body.push_str(&b);
            } else {
                let _ = write!(
                    body,
                    "    if ({}) begin\n{b}    end\n",
                    genvar_guard(&m.processes[pi])
                );
            }
        }
        let head = format!("if ({}freeze) begin\n{}end else begin", o.prefix, body);
        edits.push(Edit::new(span.start as usize, "freeze", head));
        edits.push(Edit::new(span.end as usize, "freeze-end", "end"));
    }
    for &i in &dec.held_assigns {
        let c = &m.assigns[i];
        edits.push(Edit::new(
            c.rhs_span.start as usize,
            "hold",
            format!("{}busy ? 1'b0 :", o.prefix),
        ));
    }
    let end = endmodule_at(text, m.span).ok_or_else(|| {
        Diagnostic::at(
            &d.sources,
            m.span,
            "no `endmodule` in the module text".to_string(),
        )
    })?;
    edits.push(Edit::new(
        end,
        "glue",
        glue_logic(a, dec, o, aw, text, &runs),
    ));
    edits.extend(super::children::swaps(a, dec, o, text)?);
    edits.push(Edit::new(
        text.len(),
        "templates (hdl-templates/, renamed for this design)",
        templates(&m.name, &o.nvm),
    ));
    if !dec.children.is_empty() {
        edits.push(Edit::new(
            text.len(),
            "modules with state-access ports (copies of the design's modules, renamed for this design)",
            super::children::copies(a, dec, o)?,
        ));
    }
    if !dec.captures.is_empty() {
        edits.extend(super::capture::rename_top(a, text)?);
        edits.push(Edit::new(
            text.len(),
            "wrapper (host read data replay)",
            super::capture::wrapper(a, dec, o, &added)?,
        ));
    }
    Ok(Spliced {
        text: apply(text, &edits),
        ports: added,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn address_bits_cover_both_slots() {
        assert_eq!(super::address_bits(4), 3);
        assert_eq!(super::address_bits(5), 4);
        assert_eq!(super::address_bits(8), 4);
        assert_eq!(super::address_bits(9), 5);
    }
}
