//! Backward ("strong") liveness over a state graph, with edge-specific kills:
//! live_in(s) = use(s) ∪ ⋃_{e = s→t} ((live_in(t) − kill(s) − kill(e)) ∪ ⋃_{x ∈ live_in(t)} deps(s, x)),
//! where kill(e) holds the registers that a conditional write in `s` overwrites on every path of `e`
//! (its guard literals are contained in each path's literals), and deps(s, x) what the write of
//! `x` in `s` reads: a register read only to compute dead registers is dead too.

use super::defuse::DefUse;
use super::state_graph::EdgePath;
use crate::ir::{SignalId, Tv};
use fixedbitset::FixedBitSet;
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

/// A backward dataflow problem solved to its fixpoint: `transfer(s, values)` is the value at `s`
/// from the current values of every state (its successors'); a state is visited again whenever
/// a successor's value changes. `init` is the starting value of each state. Shared by `live_in`
/// and `insert::jobs`.
pub fn backward_fixpoint<T: PartialEq>(
    graph: &DiGraph<Tv, Vec<EdgePath>>,
    init: Vec<T>,
    mut transfer: impl FnMut(NodeIndex, &[T]) -> T,
) -> Vec<T> {
    let mut values = init;
    // Visit states from the last discovered (nodes are numbered in BFS order from reset), so
    // most successors are final before their predecessors are visited.
    let mut work: VecDeque<NodeIndex> = graph.node_indices().rev().collect();
    let mut queued = vec![true; graph.node_count()];
    while let Some(s) = work.pop_front() {
        queued[s.index()] = false;
        let new = transfer(s, &values);
        if new != values[s.index()] {
            values[s.index()] = new;
            for pred in graph.neighbors_directed(s, Direction::Incoming) {
                if !queued[pred.index()] {
                    queued[pred.index()] = true;
                    work.push_back(pred);
                }
            }
        }
    }
    values
}

pub fn live_in(graph: &DiGraph<Tv, Vec<EdgePath>>, du: &[DefUse]) -> Vec<BTreeSet<SignalId>> {
    let ekill = edge_kills(graph, du);
    // Bitsets over signal indices: unions and differences are word operations.
    let width = du
        .iter()
        .flat_map(|d| {
            d.uses
                .iter()
                .chain(d.may_def.iter())
                .chain(d.deps.iter().flat_map(|(t, r)| std::iter::once(t).chain(r)))
        })
        .map(|s| s.0 as usize + 1)
        .max()
        .unwrap_or(0);
    let bits = |set: &BTreeSet<SignalId>| {
        let mut b = FixedBitSet::with_capacity(width);
        for s in set {
            b.insert(s.0 as usize);
        }
        b
    };
    let uses: Vec<FixedBitSet> = du.iter().map(|d| bits(&d.uses)).collect();
    let kills: Vec<FixedBitSet> = du.iter().map(|d| bits(&d.kills)).collect();
    let deps: Vec<Vec<(usize, FixedBitSet)>> = du
        .iter()
        .map(|d| {
            d.deps
                .iter()
                .map(|(t, r)| (t.0 as usize, bits(r)))
                .collect()
        })
        .collect();
    let ekill: HashMap<EdgeIndex, FixedBitSet> = ekill.iter().map(|(e, k)| (*e, bits(k))).collect();
    let live = backward_fixpoint(graph, uses.clone(), |s, live| {
        let mut new = uses[s.index()].clone();
        for e in graph.edges_directed(s, Direction::Outgoing) {
            let after = &live[e.target().index()];
            for (t, r) in &deps[s.index()] {
                if after.contains(*t) {
                    new.union_with(r);
                }
            }
            let mut through = after.clone();
            through.difference_with(&kills[s.index()]);
            through.difference_with(&ekill[&e.id()]);
            new.union_with(&through);
        }
        new
    });
    live.into_iter()
        .map(|b| b.ones().map(|i| SignalId(i as u32)).collect())
        .collect()
}
