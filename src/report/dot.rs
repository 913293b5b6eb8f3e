//! One FSM as a Graphviz graph: states coloured by live bits (heat), checkpoint states drawn with
//! a double blue border, the reset state marked by an entry arrow, guards on the edges.

use super::analyze::FsmReport;
use petgraph::dot::{Config, Dot};
use petgraph::graph::DiGraph;
use std::collections::{BTreeSet, HashMap};

/// Guards longer than this are cut (the full guard is in the analyze report).
const GUARD_CHARS: usize = 48;

#[derive(Debug)]
struct Node<'a> {
    name: &'a str,
    code: &'a str,
    live_bits: u64,
    checkpoint: bool,
}

/// Heat colour of `bits` on a scale up to `max`: pale yellow (few) to red (most), as Graphviz
/// "H S V" so the scale needs no palette table.
pub fn heat(bits: u64, max: u64) -> (f64, f64, f64) {
    let t = if max == 0 {
        0.0
    } else {
        bits as f64 / max as f64
    };
    // Hue 0.16 (yellow) down to 0.0 (red); saturation grows so that 0 bits is almost white.
    (0.16 * (1.0 - t), 0.12 + 0.58 * t, 1.0)
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn cut(s: &str) -> String {
    if s.chars().count() <= GUARD_CHARS {
        s.to_string()
    } else {
        s.chars().take(GUARD_CHARS - 1).collect::<String>() + "…"
    }
}

/// DOT text of `fsm` with `checkpoints` (state names) highlighted.
pub fn fsm_dot(fsm: &FsmReport, checkpoints: &BTreeSet<String>) -> String {
    let mut g: DiGraph<Node, &str> = DiGraph::new();
    let mut index = HashMap::new();
    for s in &fsm.states {
        let n = g.add_node(Node {
            name: &s.name,
            code: &s.code,
            live_bits: s.live_bits,
            checkpoint: checkpoints.contains(&s.name),
        });
        index.insert(s.name.as_str(), n);
    }
    for t in &fsm.transitions {
        if let (Some(&a), Some(&b)) = (index.get(t.from.as_str()), index.get(t.to.as_str())) {
            g.add_edge(a, b, &t.guard);
        }
    }
    let max = fsm.states.iter().map(|s| s.live_bits).max().unwrap_or(0);
    let node_attrs = |_: &DiGraph<Node, &str>, (_, n): (_, &Node)| {
        let (h, s, v) = heat(n.live_bits, max);
        let border = if n.checkpoint {
            "color=\"#1f4fd8\", penwidth=3, peripheries=2"
        } else {
            "color=\"#555555\""
        };
        let star = if n.checkpoint { "checkpoint\\n" } else { "" };
        format!(
            "label=\"{star}{}\\n{}\\n{} live bits\", style=filled, fillcolor=\"{h:.3} {s:.3} {v:.3}\", {border}",
            escape(n.name),
            escape(n.code),
            n.live_bits
        )
    };
    let edge_attrs = |_: &DiGraph<Node, &str>, e: petgraph::graph::EdgeReference<&str>| {
        let guard = *e.weight();
        if guard.is_empty() || guard == "1" || guard == "always" {
            String::new()
        } else {
            format!("label=\"{}\"", escape(&cut(guard)))
        }
    };
    let body = format!(
        "{:?}",
        Dot::with_attr_getters(
            &g,
            &[Config::NodeNoLabel, Config::EdgeNoLabel],
            &edge_attrs,
            &node_attrs
        )
    );
    // petgraph writes `digraph {` … `}`; add graph-wide attributes and the reset arrow.
    let mut extra = format!(
        "    label=\"FSM {} ({} states; fill = live bits without the {}-bit state register, max {}; double blue border = checkpoint)\"\n    labelloc=t\n    fontname=Helvetica\n    node [shape=box, fontname=Helvetica, fontsize=11]\n    edge [fontname=Helvetica, fontsize=9]\n",
        escape(&fsm.state_reg),
        fsm.states.len(),
        fsm.width,
        max
    );
    if let Some(&r) = fsm
        .reset_state
        .as_deref()
        .and_then(|r| index.get(r.split('=').next().unwrap_or(r)))
    {
        extra.push_str(&format!(
            "    reset [shape=point, width=0.12]\n    reset -> {} [label=\"reset\"]\n",
            r.index()
        ));
    }
    match body.split_once('\n') {
        Some((head, rest)) => format!("{head}\n{extra}{rest}"),
        None => body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passes::fsm_detect::Encoding;
    use crate::report::analyze::{LiveSummary, StateReport, Transition};

    fn fsm() -> FsmReport {
        let st = |n: &str, b: u64| StateReport {
            name: n.into(),
            code: format!("2'd{b}"),
            live_bits: b * 10,
            live: vec![],
            mem_reads: vec![],
            mem_writes: vec![],
            mem_read_write: vec![],
            host_reads_in_flight: vec![],
            capture_bits: 0,
        };
        FsmReport {
            state_reg: "st".into(),
            width: 2,
            inlined: vec![],
            encoding: Encoding::Binary,
            reset_state: Some("IDLE=2'd0".into()),
            reset_from: String::new(),
            states: vec![st("IDLE", 0), st("RUN", 3)],
            transitions: vec![
                Transition {
                    from: "IDLE".into(),
                    to: "RUN".into(),
                    guard: "start && \"x\"".into(),
                },
                Transition {
                    from: "RUN".into(),
                    to: "IDLE".into(),
                    guard: String::new(),
                },
            ],
            unreachable: vec![],
            undefined_next: vec![],
            summary: LiveSummary {
                min_live_bits: 0,
                median_live_bits: 0,
                max_live_bits: 30,
                min_ratio: 0.0,
            },
            forced: None,
        }
    }

    #[test]
    fn checkpoint_states_are_highlighted_and_guards_escaped() {
        let cps = BTreeSet::from(["RUN".to_string()]);
        let d = fsm_dot(&fsm(), &cps);
        let run = d.lines().find(|l| l.contains("RUN\\n")).unwrap();
        assert!(run.contains("peripheries=2"), "{run}");
        let idle = d.lines().find(|l| l.contains("IDLE\\n")).unwrap();
        assert!(!idle.contains("peripheries"), "{idle}");
        assert!(d.contains(r#"label="start && \"x\"""#), "{d}");
        assert!(d.contains("reset -> 0"), "{d}");
        // The hottest state is red (hue 0), the coldest yellow.
        assert!(run.contains("fillcolor=\"0.000 0.700 1.000\""), "{run}");
        assert!(idle.contains("fillcolor=\"0.160 0.120 1.000\""), "{idle}");
    }
}
