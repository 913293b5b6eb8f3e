//! Does state cross jobs? The JIT controller's cheap output commit erases both checkpoints at
//! the first host-visible output change; a save torn before the next checkpoint (or a torn first
//! save) then cold-boots the design, and the host re-issues its job. That re-execution from
//! reset is exact only when nothing the rest of the job depends on was left by earlier jobs.
//! Where such state is found, insert makes JIT commit before revealing each output change
//! instead (controller MODE 3), at the cost of one save per output change.
//!
//! What is found: registers and memories live at a *job-start state* — the reset state and the
//! straight line of states after it up to the first one that waits (a self-loop: the idle state
//! where the host's start is awaited) — in a liveness over the chosen FSM's graph where output
//! ports are observed only when the host looks at them: after a path that may set a registered
//! handshake (done, valid) — also when that path returns to the idle state —, and in states
//! where a combinational handshake or a memory write enable may be high, except the job-start
//! states themselves (the host waits there: `ap_idle` high is no reason to read data). The
//! design's own reads and its instances' inputs count everywhere, as in `liveness`. What is live
//! there was left by an earlier job: a mode, a running sum, a filter's delay line, a static
//! variable.
//!
//! The host contract this rests on (README): a host reads data outputs when a handshake tells
//! it to (and the design holds them while the handshake holds), takes memory writes while their
//! enable is high, and reads no data while the design waits for a job, where its handshake
//! registers are inactive (at their reset value).

use super::Event;
use crate::ir::eval::Evaluator;
use crate::ir::SignalId;
use crate::passes::defuse::DefUse;
use crate::passes::literals::exclusive;
use crate::passes::state_env::StateEnv;
use crate::passes::state_graph::EdgePath;
use crate::passes::Analysis;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use std::collections::BTreeSet;

/// The registers and memories that carry state across jobs (empty: proven that none does), or
/// why the question could not be decided.
pub enum Crossing {
    None,
    Registers(Vec<SignalId>),
    Unproven(String),
}

/// Job-start states: the reset state, then while it has exactly one successor and no
/// self-loop, that successor; the last must wait (self-loop).
fn job_starts(a: &Analysis, fi: usize) -> Result<Vec<NodeIndex>, String> {
    let sg = &a.graphs[fi];
    let g = &sg.graph;
    let [reset] = sg.entry[..] else {
        return Err(format!("the FSM has {} reset states", sg.entry.len()));
    };
    let mut out = vec![reset];
    let mut n = reset;
    loop {
        let succ: BTreeSet<NodeIndex> = g.neighbors_directed(n, Direction::Outgoing).collect();
        if succ.contains(&n) {
            return Ok(out);
        }
        match succ.iter().next() {
            Some(&next) if succ.len() == 1 && !out.contains(&next) => {
                out.push(next);
                n = next;
            }
            _ => {
                return Err(
                    "no idle state: the reset state neither waits nor leads straight to a state that does"
                        .to_string(),
                )
            }
        }
    }
}

/// Handshake register `h` may be set (written with a value that is not a known 0) on path `p`
/// out of a state with def/use `d`: a write whose guard is not exclusive with the path's.
fn sets_on(d: &DefUse, h: SignalId, p: &EdgePath) -> bool {
    d.may_set
        .iter()
        .any(|(s, lits)| *s == h && !exclusive(lits, &p.literals))
}

/// Registers every write on path `p` overwrites (the state's definite kills and the conditional
/// writes whose guard the path implies).
fn kills_on(d: &DefUse, p: &EdgePath) -> BTreeSet<SignalId> {
    d.kills
        .iter()
        .copied()
        .chain(
            d.cond_writes
                .iter()
                .filter(|(_, lits)| lits.is_subset(&p.literals))
                .map(|(s, _)| *s),
        )
        .collect()
}

/// What crosses jobs in FSM `fi` (`state_regs`: the FSM's own registers, excluded).
pub fn crossing(
    a: &Analysis,
    fi: usize,
    state_regs: &[SignalId],
    events: &[Event],
    write_enables: &[SignalId],
) -> Crossing {
    let starts = match job_starts(a, fi) {
        Ok(s) => s,
        Err(why) => return Crossing::Unproven(why),
    };
    let m = a.module;
    let facts = a.facts();
    let f = &a.fsms[fi];
    let g = &a.graphs[fi].graph;
    let du = &a.defuse[fi];
    let start_set: BTreeSet<NodeIndex> = starts.iter().copied().collect();
    // Registered handshakes are observed after a path that writes them; combinational ones and
    // memory write enables in the states where they may be high.
    let mut reg_hs = vec![];
    let mut comb = vec![];
    for e in events {
        match *e {
            Event::Signal(s) if facts.registers.contains(&s) && !write_enables.contains(&s) => {
                reg_hs.push(s)
            }
            _ => comb.push(*e),
        }
    }
    let state_obs: Vec<bool> = g
        .node_indices()
        .map(|n| {
            if start_set.contains(&n) || comb.is_empty() {
                return false;
            }
            let env = StateEnv::new(m, facts, f.parts(&g[n]));
            comb.iter().any(|e| {
                let v = match *e {
                    Event::Signal(s) => crate::ir::eval::Env::signal(&env, s).resize(1),
                    Event::AssignRhs(i) => Evaluator::new(m, &env).eval_in(&m.assigns[i].rhs, 1),
                };
                v.truth() != Some(false)
            })
        })
        .collect();
    let base: Vec<BTreeSet<SignalId>> = du
        .iter()
        .enumerate()
        .map(|(i, d)| {
            if state_obs[i] {
                d.uses.clone()
            } else {
                d.uses.difference(&d.output_only).copied().collect()
            }
        })
        .collect();
    let no_path = [EdgePath {
        shown: Default::default(),
        literals: Default::default(),
    }];
    let live = crate::passes::liveness::backward_fixpoint(g, base.clone(), |s, live| {
        let d = &du[s.index()];
        let mut new = base[s.index()].clone();
        for e in g.edges_directed(s, Direction::Outgoing) {
            let t = e.target();
            let paths: &[EdgePath] = if e.weight().is_empty() {
                &no_path
            } else {
                e.weight()
            };
            for p in paths {
                let mut after = live[t.index()].clone();
                if reg_hs.iter().any(|&h| sets_on(d, h, p)) {
                    after.extend(du[t.index()].output_only.iter().copied());
                }
                for (x, r) in &d.deps {
                    if after.contains(x) {
                        new.extend(r.iter().copied());
                    }
                }
                let kills = kills_on(d, p);
                new.extend(after.into_iter().filter(|x| !kills.contains(x)));
            }
        }
        new
    });
    // Handshake output registers (done, valid) are at their reset value, inactive, whenever the
    // design waits for a job: the protocols' own rule (they are the host's events).
    let own: BTreeSet<SignalId> = state_regs.iter().copied().chain(reg_hs).collect();
    let regs: BTreeSet<SignalId> = starts
        .iter()
        .flat_map(|n| live[n.index()].iter().map(|s| a.mem_words.memory_of(*s)))
        .filter(|s| !own.contains(s))
        .collect();
    if regs.is_empty() {
        Crossing::None
    } else {
        Crossing::Registers(regs.into_iter().collect())
    }
}
