//! State graph: for each state code, evaluate the next-state logic with the state register fixed
//! (and resets inactive), forking on conditions that stay unknown. Edges carry their guards.

use super::facts::{Driver, ModuleFacts};
use super::fsm_detect::Fsm;
use super::state_env::StateEnv;
use crate::ir::dump::expr_to_string;
use crate::ir::eval::Evaluator;
use crate::ir::*;
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::{BTreeMap, HashMap, VecDeque};

#[derive(Debug, Clone)]
pub struct StateGraph {
    pub graph: DiGraph<Tv, Vec<String>>,
    pub index: HashMap<Vec<u8>, NodeIndex>,
    pub entry: Vec<NodeIndex>,
    /// Codes the design mentions but that cannot be reached from the reset state.
    pub unreachable: Vec<Tv>,
    /// States whose next state can be undefined (`'bx`), which hardware resolves arbitrarily.
    pub undefined_next: Vec<Tv>,
}

impl StateGraph {
    pub fn node(&self, code: &Tv) -> Option<NodeIndex> {
        self.index.get(&Fsm::code_key(code)).copied()
    }
}

/// A possible next value with the conditions along its path.
type Outcome = (Option<Tv>, Vec<String>);

const MAX_PATHS: usize = 4096;

pub fn build(m: &Module, facts: &ModuleFacts, fsm: &Fsm) -> StateGraph {
    let mut g = DiGraph::new();
    let mut index = HashMap::new();
    let mut undefined_next = vec![];
    let entries: Vec<Tv> = match &fsm.reset {
        Some(r) => vec![r.clone()],
        None => fsm.codes.clone(),
    };
    let mut queue: VecDeque<Tv> = VecDeque::new();
    let mut entry = vec![];
    for e in entries {
        let n = *index
            .entry(Fsm::code_key(&e))
            .or_insert_with(|| g.add_node(e.clone()));
        entry.push(n);
        queue.push_back(e);
    }
    let mut edges: BTreeMap<(NodeIndex, NodeIndex), Vec<String>> = BTreeMap::new();
    while let Some(code) = queue.pop_front() {
        let from = index[&Fsm::code_key(&code)];
        let env = StateEnv::new(m, facts, fsm.reg, code.clone());
        for (next, guard) in next_values(m, facts, fsm, &env) {
            let next = match next {
                None => code.clone(),
                Some(v) if v.is_known() => v,
                Some(_) => {
                    if !undefined_next.contains(&code) {
                        undefined_next.push(code.clone());
                    }
                    continue;
                }
            };
            let to = match index.get(&Fsm::code_key(&next)) {
                Some(n) => *n,
                None => {
                    let n = g.add_node(next.clone());
                    index.insert(Fsm::code_key(&next), n);
                    queue.push_back(next.clone());
                    n
                }
            };
            let text = if guard.is_empty() {
                "always".to_string()
            } else {
                guard.join(" && ")
            };
            let e = edges.entry((from, to)).or_default();
            if !e.contains(&text) {
                e.push(text);
            }
        }
    }
    for ((a, b), guards) in edges {
        g.add_edge(a, b, guards);
    }
    let unreachable = fsm
        .codes
        .iter()
        .filter(|c| !index.contains_key(&Fsm::code_key(c)))
        .cloned()
        .collect();
    StateGraph {
        graph: g,
        index,
        entry,
        unreachable,
        undefined_next,
    }
}

/// All values the state register can take at the next clock edge.
fn next_values(m: &Module, facts: &ModuleFacts, fsm: &Fsm, env: &StateEnv) -> Vec<Outcome> {
    let mut out = vec![];
    for &p in facts.clocked_writers.get(&fsm.reg).into_iter().flatten() {
        let start = vec![(None, vec![])];
        out.extend(exec(
            m,
            facts,
            fsm,
            env,
            &m.processes[p].body,
            fsm.reg,
            start,
        ));
    }
    if out.is_empty() {
        out.push((None, vec![]));
    }
    out.truncate(MAX_PATHS);
    out
}

fn assigns_to(s: &Stmt, target: SignalId) -> bool {
    let mut found = false;
    s.walk(&mut |x| {
        if let Stmt::Assign { lhs, .. } = x {
            let mut t = vec![];
            lhs.targets(&mut t);
            found |= t.iter().any(|(s, _)| *s == target);
        }
    });
    found
}

/// Run `s` on every path in `paths`, tracking the last value assigned to `target`.
fn exec(
    m: &Module,
    facts: &ModuleFacts,
    fsm: &Fsm,
    env: &StateEnv,
    s: &Stmt,
    target: SignalId,
    paths: Vec<Outcome>,
) -> Vec<Outcome> {
    if !assigns_to(s, target) {
        return paths;
    }
    let ev = Evaluator::new(m, env);
    match s {
        Stmt::Block(v) => v
            .iter()
            .fold(paths, |p, x| exec(m, facts, fsm, env, x, target, p)),
        Stmt::Assign { rhs, .. } => {
            let mut out = vec![];
            for (_, guard) in paths {
                for (v, g2) in values_of(m, facts, fsm, env, rhs) {
                    let mut g = guard.clone();
                    g.extend(g2);
                    out.push((Some(v), g));
                }
            }
            out.truncate(MAX_PATHS);
            out
        }
        Stmt::If {
            cond,
            then_s,
            else_s,
            ..
        } => match ev.truth(cond) {
            Some(true) => exec(m, facts, fsm, env, then_s, target, paths),
            Some(false) => match else_s {
                Some(e) => exec(m, facts, fsm, env, e, target, paths),
                None => paths,
            },
            None => {
                let c = expr_to_string(m, cond);
                let with = |p: &Vec<Outcome>, g: String| -> Vec<Outcome> {
                    p.iter()
                        .map(|(v, gs)| {
                            let mut gs = gs.clone();
                            gs.push(g.clone());
                            (v.clone(), gs)
                        })
                        .collect()
                };
                let mut out = exec(m, facts, fsm, env, then_s, target, with(&paths, c.clone()));
                let neg = with(&paths, format!("!({c})"));
                out.extend(match else_s {
                    Some(e) => exec(m, facts, fsm, env, e, target, neg),
                    None => neg,
                });
                out.truncate(MAX_PATHS);
                out
            }
        },
        Stmt::Case {
            kind,
            sel,
            arms,
            default,
            ..
        } => {
            let selv = ev.eval(sel);
            let mut out = vec![];
            let remaining = paths;
            for a in arms {
                let mut verdict = Some(false);
                for l in &a.labels {
                    let lv = ev.eval(l);
                    let m3 = match kind {
                        CaseKind::Case => selv.eq3(&lv).truth(),
                        _ => selv.wildcard_match(&lv).truth(),
                    };
                    verdict = match (verdict, m3) {
                        (Some(true), _) | (_, Some(true)) => Some(true),
                        (Some(false), Some(false)) => Some(false),
                        _ => None,
                    };
                }
                match verdict {
                    Some(true) => {
                        out.extend(exec(m, facts, fsm, env, &a.body, target, remaining));
                        return out;
                    }
                    Some(false) => {}
                    None => {
                        let label = format!(
                            "{} matches {}",
                            expr_to_string(m, sel),
                            a.labels
                                .iter()
                                .map(|l| expr_to_string(m, l))
                                .collect::<Vec<_>>()
                                .join("/")
                        );
                        let taken: Vec<Outcome> = remaining
                            .iter()
                            .map(|(v, g)| {
                                let mut g = g.clone();
                                g.push(label.clone());
                                (v.clone(), g)
                            })
                            .collect();
                        out.extend(exec(m, facts, fsm, env, &a.body, target, taken));
                    }
                }
            }
            match default {
                Some(d) => out.extend(exec(m, facts, fsm, env, d, target, remaining)),
                None => out.extend(remaining),
            }
            out.truncate(MAX_PATHS);
            out
        }
        Stmt::SysTask { .. } | Stmt::Nop => paths,
    }
}

/// Possible values of a next-state expression: constants directly, or through the combinational
/// next-state signals (evaluated by the same forking execution of their drivers).
fn values_of(
    m: &Module,
    facts: &ModuleFacts,
    fsm: &Fsm,
    env: &StateEnv,
    e: &Expr,
) -> Vec<(Tv, Vec<String>)> {
    let w = m.signal(fsm.reg).width();
    match e {
        Expr::Sig(s) if *s == fsm.reg => vec![(env.code().clone(), vec![])],
        Expr::Sig(s) if fsm.next_state_signals.contains(s) => {
            let mut out = vec![];
            for d in facts.comb_drivers.get(s).into_iter().flatten() {
                match d {
                    Driver::Assign(i) => {
                        out.extend(values_of(m, facts, fsm, env, &m.assigns[*i].rhs))
                    }
                    Driver::CombProcess(p) => {
                        for (v, g) in exec(
                            m,
                            facts,
                            fsm,
                            env,
                            &m.processes[*p].body,
                            *s,
                            vec![(None, vec![])],
                        ) {
                            match v {
                                Some(v) => out.push((v, g)),
                                // A combinational block that leaves it unassigned on a path: a latch;
                                // its value is unknown.
                                None => out.push((Tv::unknown(w), g)),
                            }
                        }
                    }
                    Driver::Instance(_) => out.push((Tv::unknown(w), vec![])),
                }
            }
            out
        }
        Expr::Cond(c, a, b) => {
            let ev = Evaluator::new(m, env);
            match ev.truth(c) {
                Some(true) => values_of(m, facts, fsm, env, a),
                Some(false) => values_of(m, facts, fsm, env, b),
                None => {
                    let cs = expr_to_string(m, c);
                    let mut out: Vec<_> = values_of(m, facts, fsm, env, a)
                        .into_iter()
                        .map(|(v, mut g)| {
                            g.insert(0, cs.clone());
                            (v, g)
                        })
                        .collect();
                    out.extend(
                        values_of(m, facts, fsm, env, b)
                            .into_iter()
                            .map(|(v, mut g)| {
                                g.insert(0, format!("!({cs})"));
                                (v, g)
                            }),
                    );
                    out
                }
            }
        }
        other => {
            let v = Evaluator::new(m, env).eval_in(other, w).signed(false);
            vec![(v, vec![])]
        }
    }
}
