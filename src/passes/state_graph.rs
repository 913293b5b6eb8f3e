//! State graph: for each state code, evaluate the next-state logic with the state register fixed
//! (and resets inactive), forking on conditions that stay unknown. Each edge keeps, per path, the
//! guard literals that select it: shown in reports, and used by liveness for edge-specific kills.

use super::facts::{Driver, ModuleFacts};
use super::fsm_detect::Fsm;
use super::literals::{self, Literals, Scope, Unstable};
use super::state_env::StateEnv;
use crate::ir::eval::Evaluator;
use crate::ir::*;
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

/// One way of taking an edge: the guard as shown, and the literals safe to reason with.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct EdgePath {
    pub shown: Literals,
    pub literals: Literals,
}

#[derive(Debug, Clone)]
pub struct StateGraph {
    pub graph: DiGraph<Tv, Vec<EdgePath>>,
    pub index: HashMap<Vec<u8>, NodeIndex>,
    pub entry: Vec<NodeIndex>,
    /// Codes the design mentions or declares but that cannot be reached from the reset state.
    pub unreachable: Vec<Tv>,
    /// States whose next state can be undefined (`'bx`), which hardware resolves arbitrarily.
    pub undefined_next: Vec<Tv>,
}

impl StateGraph {
    pub fn node(&self, code: &Tv) -> Option<NodeIndex> {
        self.index.get(&Fsm::code_key(code)).copied()
    }

    /// Guard text of an edge: its paths joined by `||`.
    pub fn guard_text(paths: &[EdgePath]) -> String {
        let alts: Vec<String> = paths
            .iter()
            .map(|p| {
                if p.shown.is_empty() {
                    "always".to_string()
                } else {
                    p.shown.iter().cloned().collect::<Vec<_>>().join(" && ")
                }
            })
            .collect();
        if alts.iter().any(|a| a == "always") {
            "always".into()
        } else {
            alts.join(" || ")
        }
    }
}

#[derive(Clone, Debug)]
struct Outcome {
    value: Option<Tv>,
    path: EdgePath,
}

const MAX_PATHS: usize = 4096;

struct Ctx<'a, 'm> {
    m: &'m Module,
    facts: &'m ModuleFacts,
    fsm: &'a Fsm,
    env: &'a StateEnv<'m>,
    unstable: &'a Unstable,
    /// Values a branch condition implies for the statements under it (`if (x == 1'b1)`: x is 1
    /// there), so that `x ^ 1'b1` inside is known. Only whole signals compared with constants.
    assumed: Vec<(SignalId, Tv)>,
}

impl<'a, 'm> Ctx<'a, 'm> {
    /// The state's environment with this context's assumptions on top.
    fn view(&self) -> Assumed<'_, 'm> {
        Assumed {
            base: self.env,
            assumed: &self.assumed,
        }
    }

    /// This context with what `cond` being `truth` says about a signal (a false test pins a
    /// 1-bit signal only).
    fn assuming(&self, cond: &Expr, truth: bool) -> Option<Self> {
        let (x, when_true) = literals::signal_test(self.m, cond)?;
        let value = match (truth, self.m.signal(x).width()) {
            (true, _) => when_true,
            (false, 1) => when_true.not().resize(1),
            (false, _) => return None,
        };
        let mut assumed = self.assumed.clone();
        assumed.push((x, value));
        Some(Ctx {
            m: self.m,
            facts: self.facts,
            fsm: self.fsm,
            env: self.env,
            unstable: self.unstable,
            assumed,
        })
    }
}

/// The state's environment with a branch's assumptions on top.
struct Assumed<'a, 'm> {
    base: &'a StateEnv<'m>,
    assumed: &'a [(SignalId, Tv)],
}

impl crate::ir::eval::Env for Assumed<'_, '_> {
    fn signal(&self, id: SignalId) -> Tv {
        match self.assumed.iter().rev().find(|(s, _)| *s == id) {
            Some((_, v)) => v.clone(),
            None => self.base.signal(id),
        }
    }
}

pub fn build(m: &Module, facts: &ModuleFacts, fsm: &Fsm) -> StateGraph {
    let none = Cap {
        states: usize::MAX,
        transitions: usize::MAX,
    };
    build_capped(m, facts, fsm, none).expect("no cap")
}

/// Bounds on a graph that is only worth building when small (composite states).
#[derive(Clone, Copy, Debug)]
pub struct Cap {
    pub states: usize,
    /// Guarded transitions (one per path of an edge): each carries its guard's text, and the
    /// product of concurrent FSMs multiplies them faster than states.
    pub transitions: usize,
}

/// The entry codes of one register: its reset value, or every code when it has none.
fn entries_of(f: &Fsm) -> Vec<Tv> {
    match &f.reset {
        Some(r) => vec![r.clone()],
        None => f.codes.clone(),
    }
}

/// `build`, or `None` as soon as more than `cap.states` states are reachable or more than
/// `cap.transitions` transitions found (composite states).
pub fn build_capped(m: &Module, facts: &ModuleFacts, fsm: &Fsm, cap: Cap) -> Option<StateGraph> {
    let mut g = DiGraph::new();
    let mut index = HashMap::new();
    let mut undefined_next = vec![];
    // The registers a code fixes: the FSM's own, then the inlined ones (composite states).
    let parts: Vec<&Fsm> = std::iter::once(fsm)
        .chain(fsm.subs.iter().map(|s| &s.fsm))
        .collect();
    // Flags (1 bit) fork on an unknown next value instead of making it undefined.
    let forks: Vec<bool> = std::iter::once(false)
        .chain(fsm.subs.iter().map(|s| s.flag.is_some()))
        .collect();
    // Entry states: every combination of the registers' entry codes.
    let per_part: Vec<Vec<Tv>> = parts.iter().map(|p| entries_of(p)).collect();
    let combinations = per_part
        .iter()
        .try_fold(1usize, |n, e| n.checked_mul(e.len()));
    if combinations.is_none_or(|n| n > cap.states) {
        return None;
    }
    let mut entries: Vec<Vec<Tv>> = vec![vec![]];
    for codes in &per_part {
        entries = entries
            .iter()
            .flat_map(|pre| {
                codes.iter().map(move |c| {
                    let mut v = pre.clone();
                    v.push(c.clone());
                    v
                })
            })
            .collect();
    }
    let mut queue: VecDeque<Tv> = VecDeque::new();
    let mut entry = vec![];
    for e in entries {
        let e = fsm.join(&e);
        let n = *index
            .entry(Fsm::code_key(&e))
            .or_insert_with(|| g.add_node(e.clone()));
        entry.push(n);
        queue.push_back(e);
    }
    let mut edges: BTreeMap<(NodeIndex, NodeIndex), Vec<EdgePath>> = BTreeMap::new();
    let mut transitions = 0usize;
    while let Some(code) = queue.pop_front() {
        if g.node_count() > cap.states || transitions > cap.transitions {
            return None;
        }
        let from = index[&Fsm::code_key(&code)];
        let fixed = fsm.parts(&code);
        let env = StateEnv::new(m, facts, fixed.clone());
        // Next values of every register, then their consistent combinations.
        let mut combos: Vec<(Vec<Tv>, EdgePath)> = vec![(vec![], EdgePath::default())];
        let mut undefined = false;
        for ((p, (_, now)), forks) in parts.iter().zip(&fixed).zip(&forks) {
            let cx = Ctx {
                m,
                facts,
                fsm: p,
                env: &env,
                unstable: &facts.unstable,
                assumed: vec![],
            };
            let mut next = vec![];
            for o in next_values(&cx) {
                // A path whose own literals contradict each other (`x` and `!(x)`: a 1-bit
                // signal tested `!= 0` and `!= 1` on one path) is never taken.
                if literals::exclusive(&o.path.literals, &o.path.literals) {
                    continue;
                }
                let vs = match o.value {
                    None => vec![now.clone()],
                    Some(v) if v.is_known() => vec![v],
                    // A flag's data-dependent next value: both.
                    Some(_) if *forks => vec![Tv::from_u64(1, 0), Tv::from_u64(1, 1)],
                    Some(_) => {
                        undefined = true;
                        continue;
                    }
                };
                for v in &vs {
                    for (pre, path) in &combos {
                        if literals::exclusive(&path.literals, &o.path.literals) {
                            continue;
                        }
                        let mut vals = pre.clone();
                        vals.push(v.clone());
                        let mut path = path.clone();
                        path.shown.extend(o.path.shown.iter().cloned());
                        path.literals.extend(o.path.literals.iter().cloned());
                        next.push((vals, path));
                    }
                }
            }
            if next.len() > MAX_PATHS && !fsm.subs.is_empty() {
                return None; // a composite state with that many successors is not worth it
            }
            next.truncate(MAX_PATHS);
            combos = next;
        }
        if undefined && !undefined_next.contains(&code) {
            undefined_next.push(code.clone());
        }
        for (vals, path) in combos {
            let next = fsm.join(&vals);
            let to = match index.get(&Fsm::code_key(&next)) {
                Some(n) => *n,
                None => {
                    let n = g.add_node(next.clone());
                    index.insert(Fsm::code_key(&next), n);
                    queue.push_back(next);
                    n
                }
            };
            let e = edges.entry((from, to)).or_default();
            if !e.contains(&path) {
                e.push(path);
                transitions += 1;
            }
        }
    }
    for ((a, b), paths) in edges {
        g.add_edge(a, b, merge_complementary(paths));
    }
    // Codes of the FSM's own register that no state has (a composite's inlined FSMs' own codes
    // are not listed).
    let reached: HashSet<Vec<u8>> = g
        .node_indices()
        .map(|n| Fsm::code_key(&fsm.parts(&g[n])[0].1))
        .collect();
    let unreachable = fsm
        .codes
        .iter()
        .filter(|c| !reached.contains(&Fsm::code_key(c)))
        .cloned()
        .collect();
    Some(StateGraph {
        graph: g,
        index,
        entry,
        unreachable,
        undefined_next,
    })
}

/// Paths of one edge that differ only in one literal and its negation are one path without it
/// (`x && a || !x && a` is `a`): shorter guards, and the same kills (a write's literals are in
/// both or in neither).
fn merge_complementary(mut paths: Vec<EdgePath>) -> Vec<EdgePath> {
    // The common part of two literal sets differing in exactly one complementary pair.
    fn merged(a: &Literals, b: &Literals) -> Option<Literals> {
        if a == b {
            return Some(a.clone());
        }
        let only_a: Vec<&String> = a.difference(b).collect();
        let only_b: Vec<&String> = b.difference(a).collect();
        let ([x], [y]) = (only_a.as_slice(), only_b.as_slice()) else {
            return None;
        };
        literals::complementary(x, y).then(|| a.intersection(b).cloned().collect())
    }
    'again: loop {
        for i in 0..paths.len() {
            for j in i + 1..paths.len() {
                let (Some(shown), Some(literals)) = (
                    merged(&paths[i].shown, &paths[j].shown),
                    merged(&paths[i].literals, &paths[j].literals),
                ) else {
                    continue;
                };
                if shown.len() + 1 != paths[i].shown.len() {
                    continue; // identical paths are deduplicated elsewhere
                }
                paths.remove(j);
                paths[i] = EdgePath { shown, literals };
                paths.sort();
                paths.dedup();
                continue 'again;
            }
        }
        return paths;
    }
}

fn start() -> Vec<Outcome> {
    vec![Outcome {
        value: None,
        path: EdgePath {
            shown: Literals::new(),
            literals: Literals::new(),
        },
    }]
}

/// All values the state register can take at the next clock edge.
fn next_values(cx: &Ctx) -> Vec<Outcome> {
    let mut out = vec![];
    for &p in cx
        .facts
        .clocked_writers
        .get(&cx.fsm.reg)
        .into_iter()
        .flatten()
    {
        out.extend(exec(cx, None, &cx.m.processes[p].body, cx.fsm.reg, start()));
    }
    if out.is_empty() {
        out = start();
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

/// Literals for display (every condition) and for reasoning (stable conditions only).
fn scopes<'a>(cx: &Ctx<'a, '_>, local: Option<&'a HashSet<SignalId>>) -> (Scope<'a>, Scope<'a>) {
    let show = Scope {
        unstable: None,
        local: None,
    };
    let reason = Scope {
        unstable: Some(cx.unstable),
        local,
    };
    (show, reason)
}

/// Add a condition's literals to every path.
fn with(paths: &[Outcome], shown: &Literals, lits: &Literals) -> Vec<Outcome> {
    paths
        .iter()
        .map(|o| {
            let mut o = o.clone();
            o.path.shown.extend(shown.iter().cloned());
            o.path.literals.extend(lits.iter().cloned());
            o
        })
        .collect()
}

/// Run `s` on every path in `paths`, tracking the last value assigned to `target`. `local` is the
/// set of targets of the combinational process being run (its conditions on them are unstable).
fn exec(
    cx: &Ctx,
    local: Option<&HashSet<SignalId>>,
    s: &Stmt,
    target: SignalId,
    paths: Vec<Outcome>,
) -> Vec<Outcome> {
    if !assigns_to(s, target) {
        return paths;
    }
    let view = cx.view();
    let ev = Evaluator::new(cx.m, &view);
    let (show, reason) = scopes(cx, local);
    match s {
        Stmt::Block(v) => v.iter().fold(paths, |p, x| exec(cx, local, x, target, p)),
        Stmt::Assign { rhs, .. } => {
            let mut out = vec![];
            for o in paths {
                for mut v in values_of(cx, local, rhs) {
                    v.path.shown.extend(o.path.shown.iter().cloned());
                    v.path.literals.extend(o.path.literals.iter().cloned());
                    out.push(v);
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
            Some(true) => exec(cx, local, then_s, target, paths),
            Some(false) => match else_s {
                Some(e) => exec(cx, local, e, target, paths),
                None => paths,
            },
            None => {
                let pos = with(
                    &paths,
                    &literals::of_condition(cx.m, &ev, &show, cond, true),
                    &literals::of_condition(cx.m, &ev, &reason, cond, true),
                );
                let neg = with(
                    &paths,
                    &literals::of_condition(cx.m, &ev, &show, cond, false),
                    &literals::of_condition(cx.m, &ev, &reason, cond, false),
                );
                let then_cx = cx.assuming(cond, true);
                let mut out = exec(then_cx.as_ref().unwrap_or(cx), local, then_s, target, pos);
                let else_cx = cx.assuming(cond, false);
                out.extend(match else_s {
                    Some(e) => exec(else_cx.as_ref().unwrap_or(cx), local, e, target, neg),
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
            for a in arms {
                let verdict = ev.arm_matches(*kind, &selv, &a.labels);
                match verdict {
                    Some(true) => {
                        out.extend(exec(cx, local, &a.body, target, paths));
                        return out;
                    }
                    Some(false) => {}
                    None => {
                        let taken = with(
                            &paths,
                            &literals::of_case_arm(cx.m, &show, sel, &a.labels),
                            &literals::of_case_arm(cx.m, &reason, sel, &a.labels),
                        );
                        out.extend(exec(cx, local, &a.body, target, taken));
                    }
                }
            }
            match default {
                Some(d) => out.extend(exec(cx, local, d, target, paths)),
                None => out.extend(paths),
            }
            out.truncate(MAX_PATHS);
            out
        }
        Stmt::SysTask { .. } | Stmt::Nop => paths,
    }
}

/// Possible values of a next-state expression: constants directly, or through the combinational
/// next-state signals (evaluated by the same forking execution of their drivers).
fn values_of(cx: &Ctx, local: Option<&HashSet<SignalId>>, e: &Expr) -> Vec<Outcome> {
    let w = cx.m.signal(cx.fsm.reg).width();
    let known = |v: Tv| Outcome {
        value: Some(v),
        path: EdgePath {
            shown: Literals::new(),
            literals: Literals::new(),
        },
    };
    // A state register this state fixes (its own, or one of a composite state's).
    if let Some(v) = match e {
        Expr::Sig(s) => cx.env.fixed(*s),
        _ => None,
    } {
        return vec![known(v.resize(w))];
    }
    match e {
        Expr::Sig(s) if cx.fsm.next_state_signals.contains(s) => {
            let mut out = vec![];
            for d in cx.facts.comb_drivers.get(s).into_iter().flatten() {
                match d {
                    Driver::Assign(i) => out.extend(values_of(cx, local, &cx.m.assigns[*i].rhs)),
                    Driver::CombProcess(p) => {
                        let proc_targets = literals::targets(&cx.m.processes[*p]);
                        for mut o in exec(
                            cx,
                            Some(&proc_targets),
                            &cx.m.processes[*p].body,
                            *s,
                            start(),
                        ) {
                            // A combinational block that leaves it unassigned on a path is a latch:
                            // its value is unknown.
                            if o.value.is_none() {
                                o.value = Some(Tv::unknown(w));
                            }
                            out.push(o);
                        }
                    }
                    Driver::Instance(_) => out.push(known(Tv::unknown(w))),
                }
            }
            out
        }
        Expr::Cond(c, a, b) => {
            let view = cx.view();
            let ev = Evaluator::new(cx.m, &view);
            match ev.truth(c) {
                Some(true) => values_of(cx, local, a),
                Some(false) => values_of(cx, local, b),
                None => {
                    let (show, reason) = scopes(cx, local);
                    let mut out = with(
                        &values_of(cx, local, a),
                        &literals::of_condition(cx.m, &ev, &show, c, true),
                        &literals::of_condition(cx.m, &ev, &reason, c, true),
                    );
                    out.extend(with(
                        &values_of(cx, local, b),
                        &literals::of_condition(cx.m, &ev, &show, c, false),
                        &literals::of_condition(cx.m, &ev, &reason, c, false),
                    ));
                    out
                }
            }
        }
        other => {
            let v = Evaluator::new(cx.m, &cx.view())
                .eval_in(other, w)
                .signed(false);
            vec![known(v)]
        }
    }
}
