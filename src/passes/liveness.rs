//! Backward liveness over a state graph, with edge-specific kills:
//! live_in(s) = use(s) ∪ ⋃_{e = s→t} (live_in(t) − kill(s) − kill(e)),
//! where kill(e) holds the registers that a conditional write in `s` overwrites on every path of `e`
//! (its guard literals are contained in each path's literals).

use super::defuse::DefUse;
use super::state_graph::EdgePath;
use crate::ir::{SignalId, Tv};
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use std::collections::{BTreeSet, HashMap, VecDeque};

/// Registers overwritten whenever edge `e` is taken, beyond the state's unconditional kills.
pub fn edge_kills(
    graph: &DiGraph<Tv, Vec<EdgePath>>,
    du: &[DefUse],
) -> HashMap<EdgeIndex, BTreeSet<SignalId>> {
    let mut out = HashMap::new();
    for e in graph.edge_references() {
        let d = &du[e.source().index()];
        let paths = e.weight();
        let killed: BTreeSet<SignalId> = d
            .cond_writes
            .iter()
            .filter(|(_, lits)| {
                !paths.is_empty() && paths.iter().all(|p| lits.is_subset(&p.literals))
            })
            .map(|(s, _)| *s)
            .collect();
        out.insert(e.id(), killed);
    }
    out
}

pub fn live_in(graph: &DiGraph<Tv, Vec<EdgePath>>, du: &[DefUse]) -> Vec<BTreeSet<SignalId>> {
    let n = graph.node_count();
    let ekill = edge_kills(graph, du);
    let mut live: Vec<BTreeSet<SignalId>> = (0..n).map(|i| du[i].uses.clone()).collect();
    let mut work: VecDeque<NodeIndex> = graph.node_indices().collect();
    let mut queued = vec![true; n];
    while let Some(s) = work.pop_front() {
        queued[s.index()] = false;
        let d = &du[s.index()];
        let mut new: BTreeSet<SignalId> = d.uses.clone();
        for e in graph.edges_directed(s, Direction::Outgoing) {
            let k = &ekill[&e.id()];
            new.extend(
                live[e.target().index()]
                    .iter()
                    .filter(|r| !d.kills.contains(r) && !k.contains(r))
                    .copied(),
            );
        }
        if new != live[s.index()] {
            live[s.index()] = new;
            for pred in graph.neighbors_directed(s, Direction::Incoming) {
                if !queued[pred.index()] {
                    queued[pred.index()] = true;
                    work.push_back(pred);
                }
            }
        }
    }
    live
}
