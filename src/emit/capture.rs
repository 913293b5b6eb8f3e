//! Host memory read data across a freeze (`passes::host_reads`): the Verilog that captures an
//! `ap_memory` port's answer and replays it in the first cycle after every freeze.
//!
//! A host memory answers a request (`x_ce<k>`) one cycle later on `x_q<k>`. While the design is
//! frozen it keeps presenting the request of the state it is frozen in, so when it runs again
//! the host's register holds the answer to that request, not the one the design was about to
//! consume; after a restore it holds whatever the host last answered. So:
//! - `<p>capq_<q>` samples `x_q<k>` in the first frozen cycle (the value the design would have
//!   consumed), is saved in the payload words after the stream counters of every checkpoint,
//!   and is loaded from them on restore;
//! - `<p>replay` is high in the first running cycle after a freeze, and then the design sees
//!   the captured value instead of the port: a freeze is a pause, whatever the state.
//!
//! The design's own text reads `x_q<k>` everywhere (continuous assigns, instance ports), and no
//! original byte may change, so the multiplexer cannot sit inside the top module: the top is
//! renamed `<top>_idet__core` (a fenced `` `ifdef `` around its name) and a wrapper under the
//! original name, with the same ports, feeds the core `replay ? captured : port`. The wrapper
//! passes no parameter overrides (HLS tops are not parameterised by their users).

use super::insert::{bit_select, range, AddedPort};
use super::splice::Edit;
use crate::diag::Diagnostic;
use crate::insert::{Decisions, InsertOptions};
use crate::ir::{Direction, Module, SignalId};
use crate::passes::Analysis;
use std::fmt::Write;

/// The renamed top module holding the design and the checkpoint glue.
pub fn core_name(m: &Module) -> String {
    format!("{}_idet__core", m.name)
}

fn cap_port(o: &InsertOptions, m: &Module, q: SignalId) -> String {
    format!("{}cap_{}", o.prefix, m.name_of(q))
}

fn cap_reg(o: &InsertOptions, m: &Module, q: SignalId) -> String {
    format!("{}capq_{}", o.prefix, m.name_of(q))
}

/// Ports the core gets beyond the public ones: the replay strobe and the captured values.
pub fn core_ports(m: &Module, dec: &Decisions, o: &InsertOptions) -> Vec<AddedPort> {
    if dec.captures.is_empty() {
        return vec![];
    }
    let mut v = vec![AddedPort {
        name: format!("{}replay", o.prefix),
        direction: "output",
        width: 1,
    }];
    for &q in &dec.captures {
        v.push(AddedPort {
            name: cap_port(o, m, q),
            direction: "output",
            width: m.signal(q).width(),
        });
    }
    v
}

/// Bits `[lo, lo + w)` (0 = LSB) of port `q` as declared.
fn port_bits(m: &Module, q: SignalId, lo: u32, w: u32) -> String {
    let s = m.signal(q);
    if lo == 0 && w == s.width() {
        return s.name.clone();
    }
    bit_select(s, &s.name, lo, w)
}

/// (payload word, capture, low bit, width): the 32-bit parts of the captures, in payload words
/// `first..`.
fn parts(m: &Module, dec: &Decisions, first: u32) -> Vec<(u32, SignalId, u32, u32)> {
    let mut k = first;
    let mut v = vec![];
    for &q in &dec.captures {
        let w = m.signal(q).width();
        let mut lo = 0;
        while lo < w {
            let n = (w - lo).min(32);
            v.push((k, q, lo, n));
            k += 1;
            lo += n;
        }
    }
    v
}

/// Save-multiplexer arms: in the first frozen cycle the port still carries the answer.
pub fn save_arms(m: &Module, dec: &Decisions, o: &InsertOptions, first: u32) -> String {
    let p = &o.prefix;
    let mut s = String::new();
    for (k, q, lo, w) in parts(m, dec, first) {
        let r = cap_reg(o, m, q);
        let _ = writeln!(
            s,
            "      16'd{k}: {p}save_word[{}:0] = {p}frz_d ? {r}[{}:{lo}] : {};",
            w - 1,
            lo + w - 1,
            port_bits(m, q, lo, w)
        );
    }
    s
}

/// The capture registers, their restore from the payload, and the replay strobe.
pub fn logic(m: &Module, dec: &Decisions, o: &InsertOptions, clk: &str, first: u32) -> String {
    let p = &o.prefix;
    let mut s = String::new();
    if dec.captures.is_empty() {
        return s;
    }
    let _ = writeln!(
        s,
        "  // Host memory read data: captured in the first frozen cycle (or restored), replayed in\n  // the first running cycle after the freeze by the wrapper `{}`.",
        m.name
    );
    let _ = writeln!(s, "  reg {p}frz_d;");
    let _ = writeln!(s, "  always @(posedge {clk}) {p}frz_d <= {p}freeze;");
    let _ = writeln!(s, "  assign {p}replay = {p}frz_d & ~{p}freeze;");
    let all = parts(m, dec, first);
    for &q in &dec.captures {
        let w = m.signal(q).width();
        let r = cap_reg(o, m, q);
        let _ = writeln!(s, "  reg {}{r};", range(w));
        let _ = writeln!(s, "  always @(posedge {clk}) begin");
        let _ = writeln!(s, "    if ({p}freeze) begin");
        let _ = writeln!(s, "      if (~{p}frz_d) {r} <= {};", m.name_of(q));
        for &(k, _, lo, n) in all.iter().filter(|x| x.1 == q) {
            let _ = writeln!(
                s,
                "      if ({p}ld_valid & ({p}ld_idx == 16'd{k})) {r}[{}:{lo}] <= {p}ld_word[{}:0];",
                lo + n - 1,
                n - 1
            );
        }
        let _ = writeln!(s, "    end");
        let _ = writeln!(s, "  end");
        let _ = writeln!(s, "  assign {} = {r};", cap_port(o, m, q));
    }
    s
}

/// Fenced edits renaming the top module to `core_name` (the original name stays behind an
/// `` `ifdef `` that is never defined).
pub fn rename_top(a: &Analysis, text: &str) -> Result<Vec<Edit>, Diagnostic> {
    let m = a.module;
    let at = m.span.start as usize;
    let refuse = |why: &str| {
        Diagnostic::at(
            &a.design.sources,
            m.span,
            format!(
                "cannot rename module `{}` for the host read capture: {why}",
                m.name
            ),
        )
    };
    // The header may follow attributes (Vivado HLS: `(* CORE_GENERATION_INFO=... *)`).
    let body = text
        .get(at..m.span.end as usize)
        .ok_or_else(|| refuse("no text"))?;
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let name_at = body
        .match_indices("module")
        .find_map(|(i, kw)| {
            let before_ok = body[..i].chars().next_back().is_none_or(|c| !is_ident(c));
            let rest = &body[i + kw.len()..];
            let trimmed = rest.trim_start();
            let gap = rest.len() - trimmed.len();
            let after_ok = trimmed[m.name.len().min(trimmed.len())..]
                .chars()
                .next()
                .is_none_or(|c| !is_ident(c));
            (before_ok && gap > 0 && trimmed.starts_with(&m.name) && after_ok)
                .then_some(at + i + kw.len() + gap)
        })
        .ok_or_else(|| refuse("no `module NAME` in its text (macro?)"))?;
    let name_end = name_at + m.name.len();
    // The core no longer matches its file's name, which Verilator -Wall reports per module
    // (DECLFILENAME); the wrapper after it carries the original name, so the warning would
    // be new noise about idet's own module.
    Ok(vec![
        Edit::new(
            name_at,
            "core-name",
            "/* verilator lint_off DECLFILENAME */\n`ifdef IDET_ORIGINAL_TOP_NAME",
        ),
        Edit::new(
            name_end,
            "core-name-end",
            format!(
                "`else\n{}\n`endif\n/* verilator lint_on DECLFILENAME */",
                core_name(m)
            ),
        ),
    ])
}

/// The wrapper under the top's name: the original ports and `public` (idet's), the core
/// instance, and the replay multiplexer in front of each captured port.
pub fn wrapper(
    a: &Analysis,
    dec: &Decisions,
    o: &InsertOptions,
    public: &[AddedPort],
) -> Result<String, Diagnostic> {
    let m = a.module;
    let p = &o.prefix;
    let mut names = vec![];
    let mut decls = String::new();
    let mut conns = vec![];
    for &port in &m.ports {
        let sig = m.signal(port);
        let dir = match sig.direction {
            Some(Direction::Input) => "input",
            Some(Direction::Output) => "output",
            _ => {
                return Err(Diagnostic::at(
                    &a.design.sources,
                    sig.span,
                    format!(
                        "port `{}` is not an input or an output: the wrapper that replays host read data cannot pass it",
                        sig.name
                    ),
                ))
            }
        };
        names.push(sig.name.clone());
        let _ = writeln!(decls, "  {dir} {}{};", range(sig.width()), sig.name);
        let conn = if dec.captures.contains(&port) {
            format!(
                ".{0}({p}replay ? {1} : {0})",
                sig.name,
                cap_port(o, m, port)
            )
        } else {
            format!(".{0}({0})", sig.name)
        };
        conns.push(conn);
    }
    for ap in public {
        names.push(ap.name.clone());
        let _ = writeln!(decls, "  {} {}{};", ap.direction, range(ap.width), ap.name);
        conns.push(format!(".{0}({0})", ap.name));
    }
    for cp in core_ports(m, dec, o) {
        let _ = writeln!(decls, "  wire {}{};", range(cp.width), cp.name);
        conns.push(format!(".{0}({0})", cp.name));
    }
    let mut s = String::new();
    let _ = writeln!(
        s,
        "// `{}` as its users instantiate it: the design with its checkpoint glue (`{}`), and the\n// replay of captured host read data in the first cycle after each freeze.",
        m.name,
        core_name(m)
    );
    let _ = writeln!(s, "module {} ({});", m.name, names.join(", "));
    s.push_str(&decls);
    let _ = writeln!(
        s,
        "  {} {p}core (\n    {});",
        core_name(m),
        conns.join(",\n    ")
    );
    let _ = writeln!(s, "endmodule");
    Ok(s)
}
