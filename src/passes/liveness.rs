//! Backward liveness over a state graph: live_in(s) = use(s) ∪ (live_out(s) − kill(s)),
//! live_out(s) = ∪ live_in(successors).

use super::defuse::DefUse;
use crate::ir::{SignalId, Tv};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::Direction;
use std::collections::{BTreeSet, VecDeque};

pub fn live_in(graph: &DiGraph<Tv, Vec<String>>, du: &[DefUse]) -> Vec<BTreeSet<SignalId>> {
    let n = graph.node_count();
    let mut live: Vec<BTreeSet<SignalId>> = (0..n).map(|i| du[i].uses.clone()).collect();
    let mut work: VecDeque<NodeIndex> = graph.node_indices().collect();
    let mut queued = vec![true; n];
    while let Some(s) = work.pop_front() {
        queued[s.index()] = false;
        let mut out = BTreeSet::new();
        for succ in graph.neighbors_directed(s, Direction::Outgoing) {
            out.extend(live[succ.index()].iter().copied());
        }
        let d = &du[s.index()];
        let mut new: BTreeSet<SignalId> = out.difference(&d.kills).copied().collect();
        new.extend(d.uses.iter().copied());
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
