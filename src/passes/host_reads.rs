//! Host memory reads in flight. A host memory port (Vitis `ap_memory`: output `x_ce0`, input
//! `x_q0`) answers a read one cycle after the request, from a data register that belongs to
//! the host, not to the design.
//! A checkpoint taken in a state entered right after a request would, after power returns,
//! resume with whatever that register holds then (the host may have served other reads, or
//! none): found by `idet verify` on tests/fixtures/vitis_hier, where the copy loop, restored in
//! the state consuming `x_q0`, stored the value of a later read. Any freeze there has the same
//! effect (while frozen the design re-presents its own request, so the host's answer changes).
//! Insert therefore captures the data inputs of the memories in flight at a checkpoint or
//! event state and replays them in the first cycle after every freeze (`emit::capture`); the
//! plan counts their bits in those states.
//!
//! Not covered yet: LegUp's memory controller (`memory_controller_out_a`, two cycles, with
//! `waitrequest` stalls that re-present the request), whose latency and stall rules need their
//! own model; verify's LegUp host answers a constant word per transaction and cannot expose it.
//!
//! Port roles come from the protocols' port names (the only thing that says a port is a host
//! memory); whether a state requests is decided structurally, by evaluating the enable with the
//! state register fixed.

use super::state_env::StateEnv;
use super::Analysis;
use crate::ir::eval::Env;
use crate::ir::{Direction, Module, SignalId};

/// One host read port: its name, the request enable and, when it has one, the write enable
/// (a request with the write enable high is a write, which answers nothing).
#[derive(Clone, Debug)]
pub struct HostReadPort {
    pub name: String,
    /// The read data input (`x_q<k>`).
    pub data: SignalId,
    pub enable: SignalId,
    pub write_enable: Option<SignalId>,
}

fn port(m: &Module, name: &str, dir: Direction) -> Option<SignalId> {
    m.ports
        .iter()
        .copied()
        .find(|p| m.name_of(*p) == name && m.signal(*p).direction == Some(dir))
}

pub fn ports(m: &Module) -> Vec<HostReadPort> {
    let mut out = vec![];
    for &p in &m.ports {
        let s = m.signal(p);
        if s.direction != Some(Direction::Input) {
            continue;
        }
        // ap_memory: `<x>_q<k>` with `<x>_ce<k>` (and `<x>_we<k>` on read-write ports).
        if let Some((x, k)) = s.name.rsplit_once("_q") {
            if !k.is_empty() && k.chars().all(|c| c.is_ascii_digit()) {
                if let Some(ce) = port(m, &format!("{x}_ce{k}"), Direction::Output) {
                    out.push(HostReadPort {
                        name: x.to_string(),
                        data: p,
                        enable: ce,
                        write_enable: port(m, &format!("{x}_we{k}"), Direction::Output),
                    });
                }
            }
        }
    }
    out
}

/// The read data inputs of the host memories `names` (every port of each, in port order): what
/// insert captures when a freeze may fall in a state they answer in.
pub fn data_ports<'a>(m: &Module, names: impl IntoIterator<Item = &'a str>) -> Vec<SignalId> {
    let names: Vec<&str> = names.into_iter().collect();
    ports(m)
        .into_iter()
        .filter(|p| names.contains(&p.name.as_str()))
        .map(|p| p.data)
        .collect()
}

/// Per state-graph node of FSM `fi`: the host memories whose read data is in flight when the
/// state is entered (requested by some predecessor).
pub fn in_flight(a: &Analysis, fi: usize) -> Vec<Vec<String>> {
    let m = a.module;
    let g = &a.graphs[fi].graph;
    let hp = ports(m);
    let mut out = vec![vec![]; g.node_count()];
    if hp.is_empty() {
        return out;
    }
    let facts = a.facts();
    let f = &a.fsms[fi];
    for x in g.node_indices() {
        let env = StateEnv::new(m, facts, f.parts(&g[x]));
        let requests: Vec<&HostReadPort> = hp
            .iter()
            .filter(|p| {
                let ce = env.signal(p.enable).truth();
                let we = p.write_enable.and_then(|w| env.signal(w).truth());
                ce != Some(false) && we != Some(true)
            })
            .collect();
        for y in g.neighbors(x) {
            for p in &requests {
                if !out[y.index()].contains(&p.name) {
                    out[y.index()].push(p.name.clone());
                }
            }
        }
    }
    for v in &mut out {
        v.sort();
    }
    out
}
