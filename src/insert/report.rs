//! The `--report` of `idet insert`: what each checkpoint saves, NVM use, added ports.

use super::{Decisions, InsertOptions, NvmPort};
use crate::emit::insert::AddedPort;
use crate::passes::Analysis;
use serde::Serialize;
use std::fmt::Write;

#[derive(Debug, Serialize)]
pub struct SavedRegister {
    pub name: String,
    pub bits: u64,
    /// First and last payload word holding it.
    pub words: (u32, u32),
}

#[derive(Debug, Serialize)]
pub struct CheckpointReport {
    pub id: u16,
    pub state: String,
    pub code: String,
    pub saved_bits: u64,
    pub payload_words: u32,
    pub saved: Vec<SavedRegister>,
}

#[derive(Debug, Serialize)]
pub struct CapturedRead {
    pub port: String,
    pub bits: u64,
}

#[derive(Debug, Serialize)]
pub struct InsertReport {
    pub top: String,
    pub state_reg: String,
    pub mode: super::Mode,
    /// Periodic/hybrid: least running cycles between periodic commits.
    pub period: u32,
    /// Periodic/hybrid (and JIT with state crossing jobs): checkpoint states added because a
    /// host-visible output can change there.
    pub event_states: Vec<String>,
    /// The controller's MODE parameter (0 JIT, 1 periodic, 2 hybrid, 3 JIT committing before
    /// each output change).
    pub controller_mode: u32,
    /// Periodic/hybrid: the period falls to period / 8 while `idet_vlow` is high.
    #[serde(default)]
    pub adaptive_period: bool,
    /// JIT: how an output change is made safe against a torn save: `erase` (older checkpoints
    /// erased; proven that no state crosses jobs) or `commit` (committed before it is revealed),
    /// and why (`src/insert/jobs.rs`). Empty for periodic/hybrid (always commit).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub jit_output_rule: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub jit_output_rule_why: String,
    /// Memories declared non-volatile: never saved; the plan's states commit on every entry.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub nv_mems: Vec<String>,
    pub nvm: NvmPort,
    pub word_bits: u32,
    /// Words per slot: the largest payload + its length word and tag word.
    pub slot_words: u32,
    /// Both slots.
    pub nvm_words: u32,
    pub checkpoints: Vec<CheckpointReport>,
    pub held_outputs: Vec<String>,
    /// Host-visible outputs: JIT erases older checkpoints at their first change; periodic/hybrid
    /// commit the current state before revealing a change (output commit).
    pub commit_outputs: Vec<String>,
    /// Ready/valid streams, each with a sequence counter in payload word `k` of every checkpoint.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub streams: Vec<super::streams::Stream>,
    /// Host memory read-data ports captured in the first frozen cycle, saved in every checkpoint
    /// and replayed after each freeze (`emit::capture`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub captured_reads: Vec<CapturedRead>,
    /// With captures: the top's new name; a wrapper under the original name holds it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub core_module: Option<String>,
    pub added_ports: Vec<AddedPort>,
    pub frozen_processes: usize,
    pub notes: Vec<String>,
}

pub fn build(
    a: &Analysis,
    dec: &Decisions,
    o: &InsertOptions,
    ports: &[AddedPort],
) -> InsertReport {
    let m = a.module;
    let mut held: Vec<String> = dec
        .held_regs
        .iter()
        .map(|s| m.name_of(*s).to_string())
        .collect();
    held.extend(
        dec.held_assigns
            .iter()
            .filter_map(|i| m.assigns[*i].lhs.whole().map(|s| m.name_of(s).to_string())),
    );
    let commit_outputs = dec
        .events
        .iter()
        .map(|e| match *e {
            super::Event::Signal(s) => m.name_of(s).to_string(),
            super::Event::AssignRhs(i) => m.assigns[i]
                .lhs
                .whole()
                .map(|s| m.name_of(s).to_string())
                .unwrap_or_default(),
        })
        .collect();
    let l = &dec.layout;
    let checkpoints = l
        .ckpts
        .iter()
        .map(|c| CheckpointReport {
            id: c.id,
            state: c.state.clone(),
            code: c.code.to_string(),
            saved_bits: c.bits(),
            payload_words: c.words,
            saved: c
                .saved
                .iter()
                .map(|&s| {
                    let words: Vec<u32> = l
                        .pieces_of(s)
                        .filter_map(|p| c.payload_word(p.word))
                        .collect();
                    SavedRegister {
                        name: m.name_of(s).to_string(),
                        bits: m.signal(s).bits(),
                        words: (
                            words.iter().copied().min().unwrap_or(0),
                            words.iter().copied().max().unwrap_or(0),
                        ),
                    }
                })
                .collect(),
        })
        .collect();
    InsertReport {
        top: m.name.clone(),
        state_reg: dec
            .state_reg
            .map_or("(none)".to_string(), |r| m.name_of(r).to_string()),
        mode: o.mode,
        period: o.period,
        event_states: dec.event_states.clone(),
        controller_mode: dec.controller_mode,
        adaptive_period: o.adaptive_period,
        jit_output_rule: match (o.mode, dec.controller_mode) {
            (super::Mode::Jit, 3) => "commit".to_string(),
            (super::Mode::Jit, _) => "erase".to_string(),
            _ => String::new(),
        },
        jit_output_rule_why: match (o.mode, &dec.crossing_unproven) {
            (super::Mode::Jit, Some(why)) => format!(
                "not decided whether state crosses jobs ({why}): a save torn after an output change cold-boots the design; use --mode hybrid if it keeps state from job to job"
            ),
            (super::Mode::Jit, None) if !dec.crossing.is_empty() => format!(
                "state crosses jobs: {} read before written from the job-start states; one save per output change",
                dec.crossing
                    .iter()
                    .map(|&r| m.name_of(r))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            (super::Mode::Jit, None) => {
                "the design reads nothing an earlier job left; outputs assumed rewritten by each job (README)".to_string()
            }
            _ => String::new(),
        },
        nv_mems: dec.nv_mems.clone(),
        nvm: o.nvm.clone(),
        word_bits: super::layout::WORD_BITS,
        slot_words: dec.slot_words,
        nvm_words: 2 * dec.slot_words,
        checkpoints,
        held_outputs: held,
        commit_outputs,
        streams: dec.streams.clone(),
        captured_reads: dec
            .captures
            .iter()
            .map(|&q| CapturedRead {
                port: m.name_of(q).to_string(),
                bits: m.signal(q).bits(),
            })
            .collect(),
        core_module: (!dec.captures.is_empty()).then(|| crate::emit::capture::core_name(m)),
        added_ports: ports.to_vec(),
        frozen_processes: dec.wrap.len(),
        notes: dec.notes.clone(),
    }
}

pub fn to_text(r: &InsertReport) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "idet insert: `{}`, checkpoints on FSM `{}`, {} clocked process(es) frozen",
        r.top, r.state_reg, r.frozen_processes
    );
    let _ = writeln!(
        s,
        "NVM: {} words of {} bits (2 slots x {} words: payload + length + tag)",
        r.nvm_words, r.word_bits, r.slot_words
    );
    let _ = writeln!(
        s,
        "{:<4} {:<28} {:>10} {:>6}  saved",
        "id", "state", "bits", "words"
    );
    for c in &r.checkpoints {
        let names: Vec<&str> = c.saved.iter().map(|x| x.name.as_str()).collect();
        let _ = writeln!(
            s,
            "{:<4} {:<28} {:>10} {:>6}  {}",
            c.id,
            c.state,
            c.saved_bits,
            c.payload_words,
            names.join(" ")
        );
    }
    if !r.held_outputs.is_empty() {
        let _ = writeln!(s, "held inactive while busy: {}", r.held_outputs.join(" "));
    }
    if !r.commit_outputs.is_empty() {
        let rule = match r.controller_mode {
            0 => "erase older checkpoints when these change",
            _ => "commit before the host may see these change",
        };
        let _ = writeln!(s, "output commit ({rule}): {}", r.commit_outputs.join(" "));
    }
    if !r.jit_output_rule.is_empty() {
        let _ = writeln!(
            s,
            "JIT across jobs: {} ({})",
            r.jit_output_rule, r.jit_output_rule_why
        );
    }
    for st in &r.streams {
        let _ = writeln!(
            s,
            "stream `{}` ({}, valid {}{}, data {}): 32-bit sequence counter saved in every checkpoint",
            st.name,
            if st.input { "in" } else { "out" },
            st.valid,
            st.ready.as_ref().map(|r| format!(", ready {r}")).unwrap_or_default(),
            st.data.join(" ")
        );
    }
    for c in &r.captured_reads {
        let _ = writeln!(
            s,
            "host read data `{}` ({} bits): captured in the first frozen cycle, saved in every checkpoint, replayed in the first cycle after each freeze",
            c.port, c.bits
        );
    }
    if let Some(core) = &r.core_module {
        let _ = writeln!(
            s,
            "top renamed `{core}` (the original name kept in the text under an undefined `ifdef`); a wrapper `{}` with the same ports instantiates it",
            r.top
        );
    }
    if r.mode != super::Mode::Jit {
        let _ = writeln!(
            s,
            "mode {}: periodic commits on entry to a checkpoint state every >= {} cycles; {} checkpoint state(s) added where outputs can change: {}",
            serde_json::to_value(r.mode).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(),
            r.period,
            r.event_states.len(),
            r.event_states.join(" ")
        );
    }
    let ports: Vec<&str> = r.added_ports.iter().map(|p| p.name.as_str()).collect();
    let _ = writeln!(s, "added ports: {}", ports.join(" "));
    for n in &r.notes {
        let _ = writeln!(s, "note: {n}");
    }
    s
}
