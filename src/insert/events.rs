//! Where host-visible outputs can change: the states a periodic or hybrid controller must be able
//! to save (it commits the current state before revealing a changed output to the host).
//!
//! Conservative by construction — a state is left out only when it is proven that no event output
//! can differ there from its value in every predecessor:
//! - a registered output changes only on an edge leaving a state that may write it, so the
//!   successors of those states are event states;
//! - a combinational output is evaluated per state (state register fixed, registers and inputs
//!   unknown); a state is an event state when its value there is not a known constant, or differs
//!   from (or is unknown in) some predecessor.

use super::Event;
use crate::ir::eval::Evaluator;
use crate::ir::Tv;
use crate::passes::state_env::StateEnv;
use crate::passes::Analysis;
use petgraph::graph::NodeIndex;
use petgraph::Direction;
use std::collections::BTreeSet;

/// Event states of FSM `fi` for `events` (graph nodes).
pub fn event_states(a: &Analysis, fi: usize, events: &[Event]) -> BTreeSet<NodeIndex> {
    let m = a.module;
    let facts = a.facts();
    let sg = &a.graphs[fi];
    let g = &sg.graph;
    let f = &a.fsms[fi];
    let mut out = BTreeSet::new();
    // One environment per state, shared by every combinational event (memoised evaluation).
    let envs: Vec<StateEnv> = g
        .node_indices()
        .map(|n| StateEnv::new(m, facts, f.parts(&g[n])))
        .collect();
    for e in events {
        match *e {
            Event::Signal(s) if facts.registers.contains(&s) => {
                for p in g.node_indices() {
                    if a.defuse[fi][p.index()].may_def.contains(&s) {
                        out.extend(g.neighbors_directed(p, Direction::Outgoing));
                    }
                }
            }
            _ => {
                let value: Vec<Tv> = g
                    .node_indices()
                    .map(|n| {
                        let env = &envs[n.index()];
                        match *e {
                            Event::Signal(s) => crate::ir::eval::Env::signal(env, s).resize(1),
                            Event::AssignRhs(i) => {
                                Evaluator::new(m, env).eval_in(&m.assigns[i].rhs, 1)
                            }
                        }
                    })
                    .collect();
                for n in g.node_indices() {
                    let v = &value[n.index()];
                    let changes = !v.is_known()
                        || g.neighbors_directed(n, Direction::Incoming)
                            .any(|p| value[p.index()] != *v);
                    if changes {
                        out.insert(n);
                    }
                }
            }
        }
    }
    out
}
