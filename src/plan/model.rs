//! The placement problem: states with a duration and a backup size, and transitions.

use crate::passes::Analysis;
use crate::report::analyze::AnalyzeReport;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct PlanState {
    pub name: String,
    pub code: String,
    /// Bits saved when checkpointing here: live bits plus the state register.
    pub bits: u64,
    pub live: Vec<String>,
    /// Cycles spent in the state per visit (1, or `--max-wait` for a bounded self-loop).
    pub duration: u64,
    /// No checkpoint here: the user forbids it (`--forbid`).
    #[serde(skip)]
    pub forbidden: bool,
    /// Share of execution cycles spent here (profile, or uniform 1/n).
    pub cycle_share: f64,
    /// Entries into this state per execution cycle (profile, or uniform 1/n).
    pub entry_rate: f64,
}

#[derive(Debug, Clone)]
pub struct PlanGraph {
    pub states: Vec<PlanState>,
    /// Successors; a self-loop left here is an unbounded wait and forces a checkpoint.
    pub succ: Vec<Vec<usize>>,
    /// Width of every register that appears in a live set.
    pub reg_bits: std::collections::BTreeMap<String, u64>,
    /// Non-volatile memories (`--nv-mem`): never saved, but every path from a read to a later
    /// write must enter a checkpoint state (committed on every entry) in between.
    pub war: Vec<WarMem>,
}

/// Where one non-volatile memory is read and written, per state.
#[derive(Debug, Clone)]
pub struct WarMem {
    pub name: String,
    pub reads: Vec<bool>,
    pub writes: Vec<bool>,
}

impl PlanGraph {
    pub fn len(&self) -> usize {
        self.states.len()
    }
    pub fn is_empty(&self) -> bool {
        self.states.is_empty()
    }
    pub fn bits(&self, s: usize) -> u64 {
        self.states[s].bits
    }

    /// Mark states where checkpoints are not allowed; unknown names are returned.
    pub fn forbid(&mut self, names: &[String]) -> Vec<String> {
        let mut unknown = vec![];
        for n in names {
            match self
                .states
                .iter_mut()
                .find(|s| &s.name == n || &s.code == n)
            {
                Some(s) => s.forbidden = true,
                None => unknown.push(n.clone()),
            }
        }
        unknown
    }

    /// Use measured frequencies: per state name, cycles spent and entries counted in a run.
    /// States the profile does not mention were never visited. Returns unknown names.
    pub fn apply_profile(&mut self, p: &Profile) -> Vec<String> {
        let total: f64 = p
            .states
            .values()
            .map(|v| v.cycles as f64)
            .sum::<f64>()
            .max(1.0);
        let unknown = p
            .states
            .keys()
            .filter(|k| !self.states.iter().any(|s| &s.name == *k))
            .cloned()
            .collect();
        for s in &mut self.states {
            let v = p.states.get(&s.name).copied().unwrap_or_default();
            s.cycle_share = v.cycles as f64 / total;
            s.entry_rate = v.entries as f64 / total;
        }
        unknown
    }

    /// Every allowed state a checkpoint: the most permissive set. If it is infeasible for `d`,
    /// no set is.
    pub fn all_allowed(&self) -> Vec<bool> {
        self.states.iter().map(|s| !s.forbidden).collect()
    }

    /// From one FSM of an analysis report. `max_wait` bounds self-loops (waits) to that many
    /// cycles instead of treating them as unbounded.
    pub fn from_report(r: &AnalyzeReport, fsm: usize, max_wait: Option<u64>) -> PlanGraph {
        let f = &r.fsms[fsm];
        let index = |n: &str| f.states.iter().position(|s| s.name == n);
        let mut succ = vec![vec![]; f.states.len()];
        let mut selfloop = vec![false; f.states.len()];
        for t in &f.transitions {
            let (Some(a), Some(b)) = (index(&t.from), index(&t.to)) else {
                continue;
            };
            if a == b {
                selfloop[a] = true;
                if max_wait.is_some() {
                    continue;
                }
            }
            if !succ[a].contains(&b) {
                succ[a].push(b);
            }
        }
        let states = f
            .states
            .iter()
            .enumerate()
            .map(|(i, s)| PlanState {
                name: s.name.clone(),
                code: s.code.clone(),
                // Host memory read data in flight on entry is captured with the checkpoint.
                bits: s.live_bits + f.width as u64 + s.capture_bits,
                live: s.live.clone(),
                duration: match (selfloop[i], max_wait) {
                    (true, Some(w)) => w.max(1),
                    _ => 1,
                },
                forbidden: false,
                cycle_share: 1.0 / f.states.len().max(1) as f64,
                entry_rate: 1.0 / f.states.len().max(1) as f64,
            })
            .collect();
        let reg_bits = r
            .registers
            .iter()
            .map(|x| (x.name.clone(), x.bits))
            .collect();
        PlanGraph {
            states,
            succ,
            reg_bits,
            war: vec![],
        }
    }

    /// Declare memories non-volatile (`--nv-mem`): they leave the live sets (never saved) and
    /// add the write-after-read constraint. Refused: names that are not memories of the design,
    /// and states that may read and write one in the same cycle (or on a self-loop), which no
    /// checkpoint on state entry can make safe.
    pub fn declare_nv(
        &mut self,
        r: &AnalyzeReport,
        fsm: usize,
        names: &[String],
    ) -> Result<(), String> {
        let f = &r.fsms[fsm];
        for name in names {
            let Some(info) = r.registers.iter().find(|x| &x.name == name && x.memory) else {
                return Err(format!(
                    "--nv-mem `{name}` is not a memory (array) of `{}`; external memory ports are host memory, covered by the output commit",
                    r.top
                ));
            };
            let has = |v: &[String]| v.iter().any(|x| x == name);
            for st in &f.states {
                let selfloop = f
                    .transitions
                    .iter()
                    .any(|t| t.from == st.name && t.to == st.name);
                if has(&st.mem_read_write)
                    || (selfloop && has(&st.mem_reads) && has(&st.mem_writes))
                {
                    return Err(format!(
                        "state `{}` may read and write non-volatile memory `{name}` in one cycle{}: re-executing it after a loss would read its own write (not supported)",
                        st.name,
                        if has(&st.mem_read_write) { "" } else { " or on its self-loop" }
                    ));
                }
            }
            for s in &mut self.states {
                if s.live.iter().any(|x| x == name) {
                    s.live.retain(|x| x != name);
                    s.bits -= info.bits;
                }
            }
            self.war.push(WarMem {
                name: name.clone(),
                reads: f.states.iter().map(|s| has(&s.mem_reads)).collect(),
                writes: f.states.iter().map(|s| has(&s.mem_writes)).collect(),
            });
        }
        Ok(())
    }

    /// Convenience for callers holding an `Analysis`.
    pub fn from_analysis(a: &Analysis, fsm: usize, max_wait: Option<u64>) -> PlanGraph {
        let r = crate::report::analyze::build(a, "");
        Self::from_report(&r, fsm, max_wait)
    }

    /// Registers saved by a set of checkpoint states (the save-mux fan-in), and their bits.
    pub fn union_bits(&self, chosen: &[usize]) -> u64 {
        let mut regs: Vec<&str> = chosen
            .iter()
            .flat_map(|&s| self.states[s].live.iter().map(String::as_str))
            .collect();
        regs.sort_unstable();
        regs.dedup();
        regs.iter()
            .map(|r| self.reg_bits.get(*r).copied().unwrap_or(0))
            .sum()
    }
}

/// A state-visit profile (JSON): `{"states": {"S_IDLE": {"cycles": 120, "entries": 3}, ...}}`.
#[derive(Debug, Clone, Default, serde::Deserialize, Serialize)]
pub struct Profile {
    pub states: std::collections::BTreeMap<String, Visits>,
}

#[derive(Debug, Clone, Copy, Default, serde::Deserialize, Serialize)]
pub struct Visits {
    pub cycles: u64,
    pub entries: u64,
}
