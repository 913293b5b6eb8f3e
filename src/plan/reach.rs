//! Independent feasibility check of a checkpoint set: the worst-case number of cycles from each
//! state until a checkpoint state is entered, by longest paths in the graph with checkpoint states
//! removed. Shares no code with the solvers.

use super::model::PlanGraph;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// Cycles until a checkpoint state is entered, per state (0 for checkpoint states).
    Bounded(Vec<u64>),
    /// A cycle of states (or an unbounded wait) that contains no checkpoint state.
    Unbounded { cycle: Vec<usize> },
}

/// reach(s) = 0 for s in C; otherwise duration(s) + max over successors reach(v).
pub fn reach(g: &PlanGraph, chosen: &[bool]) -> Reach {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Active,
        Done,
    }
    let n = g.len();
    let mut mark = vec![Mark::New; n];
    let mut value = vec![0u64; n];
    let mut parent = vec![usize::MAX; n];
    for root in 0..n {
        if mark[root] != Mark::New {
            continue;
        }
        // Iterative DFS: (node, next successor index).
        let mut stack = vec![(root, 0usize)];
        mark[root] = Mark::Active;
        while let Some(&mut (u, ref mut i)) = stack.last_mut() {
            if chosen[u] {
                value[u] = 0;
                mark[u] = Mark::Done;
                stack.pop();
                continue;
            }
            if *i < g.succ[u].len() {
                let v = g.succ[u][*i];
                *i += 1;
                match mark[v] {
                    Mark::New => {
                        mark[v] = Mark::Active;
                        parent[v] = u;
                        stack.push((v, 0));
                    }
                    Mark::Active if !chosen[v] => {
                        // Back edge to an unfinished non-checkpoint state: a cycle avoiding C.
                        let mut cycle = vec![v];
                        let mut w = u;
                        while w != v && w != usize::MAX {
                            cycle.push(w);
                            w = parent[w];
                        }
                        cycle.reverse();
                        return Reach::Unbounded { cycle };
                    }
                    _ => {}
                }
            } else if g.succ[u].is_empty() {
                // A state with no way out (a wait with no exit) never reaches a checkpoint.
                return Reach::Unbounded { cycle: vec![u] };
            } else {
                let best = g.succ[u]
                    .iter()
                    .map(|&v| if chosen[v] { 0 } else { value[v] })
                    .max()
                    .unwrap_or(0);
                value[u] = g.states[u].duration + best;
                mark[u] = Mark::Done;
                stack.pop();
            }
        }
    }
    Reach::Bounded(value)
}

/// Is `chosen` feasible for the bound `d`?
pub fn feasible(g: &PlanGraph, chosen: &[bool], d: u64) -> bool {
    match reach(g, chosen) {
        Reach::Bounded(r) => r.iter().all(|&x| x <= d),
        Reach::Unbounded { .. } => false,
    }
}

/// Why no checkpoint set is feasible for `d`: the most permissive set (every allowed state) still
/// leaves a cycle without checkpoint, or a state too far from one. `None` if it is feasible.
pub fn explain_infeasible(g: &PlanGraph, d: u64) -> Option<String> {
    if let Some(why) = explain_war(g, &g.all_allowed()) {
        return Some(why + " where a checkpoint is allowed");
    }
    match reach(g, &g.all_allowed()) {
        Reach::Unbounded { cycle } => {
            let names: Vec<&str> = cycle.iter().map(|&s| g.states[s].name.as_str()).collect();
            Some(if names.len() == 1 {
                format!("state `{}` can wait forever (a self-loop or no exit) and checkpoints are forbidden there", names[0])
            } else {
                format!(
                    "the cycle {} contains no state where a checkpoint is allowed",
                    names.join(" -> ")
                )
            })
        }
        Reach::Bounded(r) => {
            let (s, worst) = r.iter().enumerate().max_by_key(|(_, v)| **v)?;
            (*worst > d).then(|| {
                format!(
                    "from state `{}` a checkpoint state is entered only after {worst} cycles, more than --max-cycles {d}",
                    g.states[s].name
                )
            })
        }
    }
}

/// A path from a read of a non-volatile memory to a write of it that enters no checkpoint
/// state: `(memory index, reading state, writing state)`. Re-executing from the checkpoint
/// before the read would read the value written after it. A checkpoint entered at the writing
/// state commits before the write, so it ends the path.
pub fn war_violation(g: &PlanGraph, chosen: &[bool]) -> Option<(usize, usize, usize)> {
    for (m, mem) in g.war.iter().enumerate() {
        for r in (0..g.len()).filter(|&s| mem.reads[s]) {
            let mut seen = vec![false; g.len()];
            let mut stack: Vec<usize> = g.succ[r].clone();
            while let Some(v) = stack.pop() {
                if seen[v] || chosen[v] {
                    continue;
                }
                seen[v] = true;
                if mem.writes[v] {
                    return Some((m, r, v));
                }
                stack.extend(g.succ[v].iter().copied());
            }
        }
    }
    None
}

/// `war_violation` as a sentence.
pub fn explain_war(g: &PlanGraph, chosen: &[bool]) -> Option<String> {
    war_violation(g, chosen).map(|(m, r, w)| {
        format!(
            "non-volatile memory `{}` is read in `{}` and written in `{}` with no checkpoint state in between",
            g.war[m].name, g.states[r].name, g.states[w].name
        )
    })
}
