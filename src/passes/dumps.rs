//! Stable text renderings of each pass's result (`--dump-after PASS`).

use super::Analysis;
use crate::ir::Tv;
use std::fmt::Write;

fn names(a: &Analysis, sigs: impl IntoIterator<Item = crate::ir::SignalId>) -> String {
    let v: Vec<String> = sigs
        .into_iter()
        .map(|s| a.mem_words.name(a.module, s))
        .collect();
    if v.is_empty() {
        "-".into()
    } else {
        v.join(" ")
    }
}

pub fn facts(a: &Analysis) -> String {
    let f = a.facts();
    let mut out = String::new();
    let _ = writeln!(out, "registers: {}", names(a, f.registers.iter().copied()));
    for r in &f.resets {
        let _ = writeln!(
            out,
            "reset: {} active {}{}",
            a.module.name_of(r.signal),
            if r.active_high { "high" } else { "low" },
            if r.asynchronous {
                " (asynchronous)"
            } else {
                ""
            }
        );
    }
    let mut comb: Vec<_> = f.comb_drivers.keys().copied().collect();
    comb.sort();
    let _ = writeln!(out, "combinational: {}", names(a, comb));
    out
}

pub fn code_label(f: &super::fsm_detect::Fsm, c: &Tv) -> String {
    match f.name_of(c) {
        Some(n) => format!("{n}={c}"),
        None => c.to_string(),
    }
}

/// Label of a state-graph node (a composite code names every part away from reset).
pub fn node_label(f: &super::fsm_detect::Fsm, c: &Tv) -> String {
    match f.state_name(c) {
        Some(n) => format!("{n}={c}"),
        None => c.to_string(),
    }
}

pub fn fsms(a: &Analysis) -> String {
    let mut out = String::new();
    for f in &a.fsms {
        let codes: Vec<String> = f.codes.iter().map(|c| code_label(f, c)).collect();
        let _ = writeln!(
            out,
            "fsm {} encoding={:?} reset={} ({}) codes: {}",
            a.module.name_of(f.reg),
            f.encoding,
            f.reset.as_ref().map_or("none".into(), |r| code_label(f, r)),
            f.reset_from,
            codes.join(", ")
        );
        if !f.next_state_signals.is_empty() {
            let _ = writeln!(
                out,
                "  next-state signals: {}",
                names(a, f.next_state_signals.iter().copied())
            );
        }
    }
    for r in &a.rejected {
        let _ = writeln!(out, "rejected {}: {}", r.signal, r.reason);
    }
    if a.fsms.is_empty() {
        let _ = writeln!(out, "no control FSM found");
    }
    out
}

pub fn compositions(a: &Analysis) -> String {
    let mut out = String::new();
    for c in &a.compositions {
        let what = match c.kind {
            super::compose::Inlining::ChildFsm => "fsm",
            super::compose::Inlining::StageFlags => "stage-valid flags",
        };
        let _ = writeln!(
            out,
            "{what} {} under {}: {}",
            c.child,
            c.parent.as_deref().unwrap_or("-"),
            c.note
        );
    }
    for f in a.fsms.iter().filter(|f| !f.subs.is_empty()) {
        let parts: Vec<String> = f
            .regs()
            .map(|r| format!("{} [{}]", a.module.name_of(r), a.module.signal(r).width()))
            .collect();
        let _ = writeln!(
            out,
            "composite {}: {}",
            a.module.name_of(f.reg),
            parts.join(" + ")
        );
    }
    if out.is_empty() {
        let _ = writeln!(out, "no FSM inside an instance");
    }
    out
}

pub fn graphs(a: &Analysis) -> String {
    let mut out = String::new();
    for (f, g) in a.fsms.iter().zip(&a.graphs) {
        let _ = writeln!(
            out,
            "fsm {}: {} reachable states",
            a.module.name_of(f.reg),
            g.graph.node_count()
        );
        for e in g.graph.edge_indices() {
            let (x, y) = g.graph.edge_endpoints(e).expect("edge");
            let _ = writeln!(
                out,
                "  {} -> {}  [{}]",
                node_label(f, &g.graph[x]),
                node_label(f, &g.graph[y]),
                super::state_graph::StateGraph::guard_text(&g.graph[e])
            );
        }
        for u in &g.unreachable {
            let _ = writeln!(out, "  unreachable {}", code_label(f, u));
        }
    }
    out
}

pub fn defuse(a: &Analysis) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "read in every state: {}",
        names(a, a.always_read.iter().copied())
    );
    for ((f, g), du) in a.fsms.iter().zip(&a.graphs).zip(&a.defuse) {
        let _ = writeln!(out, "fsm {}", a.module.name_of(f.reg));
        for n in g.graph.node_indices() {
            let d = &du[n.index()];
            let _ = writeln!(out, "  {}", node_label(f, &g.graph[n]));
            let _ = writeln!(out, "    use:  {}", names(a, d.uses.iter().copied()));
            let _ = writeln!(out, "    def:  {}", names(a, d.may_def.iter().copied()));
            let _ = writeln!(out, "    kill: {}", names(a, d.kills.iter().copied()));
            // What each write reads: uses only where the written register is live after.
            let deps: Vec<String> = d
                .deps
                .iter()
                .filter(|(_, r)| !r.is_empty())
                .map(|(t, r)| {
                    format!(
                        "{} <- {}",
                        a.mem_words.name(a.module, *t),
                        names(a, r.iter().copied())
                    )
                })
                .collect();
            if !deps.is_empty() {
                let _ = writeln!(out, "    deps: {}", deps.join("; "));
            }
        }
    }
    out
}

pub fn liveness(a: &Analysis) -> String {
    let mut out = String::new();
    for ((f, g), live) in a.fsms.iter().zip(&a.graphs).zip(&a.live) {
        let _ = writeln!(out, "fsm {}", a.module.name_of(f.reg));
        for n in g.graph.node_indices() {
            let _ = writeln!(
                out,
                "  {}: {}",
                node_label(f, &g.graph[n]),
                names(a, live[n.index()].iter().copied())
            );
        }
    }
    out
}

pub fn host_reads(a: &Analysis) -> String {
    let mut out = String::new();
    for ((f, g), inf) in a.fsms.iter().zip(&a.graphs).zip(&a.in_flight) {
        let _ = writeln!(out, "fsm {}", a.module.name_of(f.reg));
        for n in g.graph.node_indices() {
            let v = &inf[n.index()];
            let _ = writeln!(
                out,
                "  {}: {}",
                node_label(f, &g.graph[n]),
                if v.is_empty() {
                    "-".to_string()
                } else {
                    v.join(" ")
                }
            );
        }
    }
    out
}
