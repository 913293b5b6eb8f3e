//! `idet insert`: decide what the augmented design saves and restores, check that the splice can
//! handle the design, and hand the decisions to `emit::insert`, which writes the Verilog.
//!
//! The live sets come from the analysis, never from the plan file: the plan only names the
//! checkpoint states, and a plan whose live lists disagree with the design is refused as stale.

pub mod children;
pub mod events;
pub mod jobs;
pub mod layout;
pub mod report;
pub mod streams;

use crate::diag::Diagnostic;
use crate::ir::{Design, Direction, Edge, LValue, Module, ProcessKind, SignalId, Stmt};
use crate::passes::facts::Reset;
use crate::passes::Analysis;
use layout::Layout;
use serde::Deserialize;
use std::collections::BTreeSet;

/// The plan as `idet plan --json` writes it (only what insert needs).
#[derive(Clone, Debug, Deserialize)]
pub struct PlanInput {
    pub top: String,
    pub fsms: Vec<PlanFsm>,
    /// Memories the plan treats as non-volatile (never saved; commits forced at its states).
    #[serde(default)]
    pub nv_mems: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct PlanFsm {
    pub state_reg: String,
    pub checkpoints: Vec<PlanCheckpoint>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct PlanCheckpoint {
    pub state: String,
    pub code: String,
    pub live: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum NvmPort {
    /// SRAM-like request/acknowledge port; `word_bits` 8, 16 or 32; `latency` 0 = the memory
    /// acknowledges, N = fixed N-cycle accesses.
    Parallel { word_bits: u32, latency: u32 },
    /// SPI serial FRAM with 2- or 3-byte addresses.
    SpiFram { addr_bytes: u32 },
}

/// When the controller commits checkpoints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// After `idet_pwr_warn`, at the next checkpoint state, then sleep.
    #[default]
    Jit,
    /// On entry to a checkpoint state once `period` cycles passed, and before any host-visible
    /// output change is revealed: survives losses without warning (re-execution).
    Periodic,
    /// Both: periodic commits, and a JIT save when warned.
    Hybrid,
}

impl Mode {
    /// The controller's MODE parameter.
    pub fn param(self) -> u32 {
        match self {
            Mode::Jit => 0,
            Mode::Periodic => 1,
            Mode::Hybrid => 2,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Mode::Jit => "jit",
            Mode::Periodic => "periodic",
            Mode::Hybrid => "hybrid",
        }
    }
}

#[derive(Clone, Debug)]
pub struct InsertOptions {
    /// State register of the FSM whose states are the checkpoints (default: the plan's first).
    pub fsm: Option<String>,
    /// Prefix of every added port and signal.
    pub prefix: String,
    pub nvm: NvmPort,
    /// Extra outputs to hold inactive while the controller is busy.
    pub hold_outputs: Vec<String>,
    pub mode: Mode,
    /// Periodic/hybrid: least running cycles between two periodic commits (0: every entry).
    pub period: u32,
    /// Periodic/hybrid: the period falls to period / 8 while the added input `vlow` is high
    /// (the energy-adaptive period; the controller's ADAPT).
    pub adaptive_period: bool,
    /// Streams named by the user (others are recognised by port names).
    pub streams: Vec<streams::StreamSpec>,
}

impl Default for InsertOptions {
    fn default() -> Self {
        InsertOptions {
            fsm: None,
            prefix: "idet_".into(),
            nvm: NvmPort::Parallel {
                word_bits: 32,
                latency: 0,
            },
            hold_outputs: vec![],
            mode: Mode::Jit,
            period: 0,
            adaptive_period: false,
            streams: vec![],
        }
    }
}

/// Everything `emit::insert` needs, decided and checked.
pub struct Decisions {
    /// The checkpointed FSM; none in a design without an FSM (one state: every cycle).
    pub fsm: Option<usize>,
    pub state_reg: Option<SignalId>,
    /// Every register a checkpoint state fixes: `state_reg`, then those of inlined FSMs and
    /// flags (composite states), which travel in the payload.
    pub state_regs: Vec<SignalId>,
    pub clock: SignalId,
    pub resets: Vec<Reset>,
    /// Checkpoint payloads, in one word space shared by all checkpoints.
    pub layout: Layout,
    /// 1-bit registered handshake outputs: forced to 0 while booting, restored last.
    pub held_regs: Vec<SignalId>,
    /// Continuous assigns of handshake outputs: gated by `busy`.
    pub held_assigns: Vec<usize>,
    /// Host-visible outputs whose first change after a checkpoint erases the NVM (output commit).
    pub events: Vec<Event>,
    /// Per clocked process of the top: the span its freeze wrapper encloses.
    pub wrap: Vec<(usize, crate::ir::Span)>,
    /// Instances holding state: each gets a state-access port.
    pub children: Vec<children::ChildAccess>,
    pub slot_words: u32,
    /// Periodic/hybrid: checkpoint states added because a host-visible output can change there.
    pub event_states: Vec<String>,
    /// Per checkpoint (same order as `ckpts`): committed on every entry whatever the period
    /// (the plan's states when non-volatile memories rely on them).
    pub forced: Vec<bool>,
    pub nv_mems: Vec<String>,
    /// Ready/valid streams: each gets a sequence counter, saved in payload word `k` of every
    /// checkpoint (see `streams`).
    pub streams: Vec<streams::Stream>,
    /// Host memory read data inputs captured at every freeze and replayed in the first cycle
    /// after it (`emit::capture`), saved in the payload words after the stream counters.
    pub captures: Vec<SignalId>,
    /// The controller's MODE: `Mode::param`, or 3 for a JIT insert that commits before
    /// revealing each output change because state crosses jobs (`jobs`).
    pub controller_mode: u32,
    /// JIT: the registers that carry state across jobs, or why that is not decided (empty
    /// and `None`: proven that none does; not JIT: empty and `None`).
    pub crossing: Vec<SignalId>,
    pub crossing_unproven: Option<String>,
    pub notes: Vec<String>,
}

impl Decisions {
    /// The checkpoint FSM's state registers that accessible instance `i` (index in `children`)
    /// exports on its `st` output for the top's checkpoint decode, lowest bits first: its own
    /// (`own_state_regs`), then those its accessible instances export, by slot. (A Vitis
    /// sub-function holds its FSM and the start flag of the sub-function it calls.)
    pub fn st_exports(&self, m: &Module, i: usize) -> Vec<SignalId> {
        let mut out = self.own_state_regs(m, i);
        for j in self.below(i) {
            out.extend(self.st_exports(m, j));
        }
        out
    }

    /// The checkpoint FSM's state registers held by accessible instance `i` itself, in
    /// `state_regs` order.
    pub fn own_state_regs(&self, m: &Module, i: usize) -> Vec<SignalId> {
        let k = self.children[i].inlined;
        self.state_regs
            .iter()
            .copied()
            .filter(|r| m.inlined_of(*r) == Some(k))
            .collect()
    }

    /// The accessible instances directly below accessible instance `i`, by slot.
    pub fn below(&self, i: usize) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.children.len())
            .filter(|&j| self.children[j].parent == Some(i))
            .collect();
        v.sort_by_key(|&j| self.children[j].slot);
        v
    }
}

/// A host-visible output as the controller must see it: before any `busy` gating.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Event {
    /// The output itself (a register or a combinational `always` output, never gated).
    Signal(SignalId),
    /// The right-hand side of a gated continuous assign (by index in `Module::assigns`).
    AssignRhs(usize),
}

pub struct Inserted {
    /// The spliced file holding the top module, with the controller and adapter appended.
    pub text: String,
    pub original: String,
    pub path: std::path::PathBuf,
    pub report: report::InsertReport,
    /// Clock and power-on reset the controller uses (for harnesses).
    pub clock: String,
    pub reset: String,
    pub reset_active_high: bool,
}

fn refuse(d: &Design, span: crate::ir::Span, msg: String) -> Diagnostic {
    Diagnostic::at(&d.sources, span, msg)
}

/// Refuse files that already carry idet regions, before parsing them (the appended templates would
/// otherwise be the first thing the frontend complains about).
pub fn check_sources(files: &[std::path::PathBuf]) -> Result<(), Diagnostic> {
    for f in files {
        if std::fs::read_to_string(f).is_ok_and(|t| crate::emit::splice::is_instrumented(&t)) {
            return Err(Diagnostic::plain(format!(
                "{}: already contains idet regions (`// idet:begin`): insert into the original file, not into idet's output",
                f.display()
            )));
        }
    }
    Ok(())
}

/// Names of handshake outputs of the protocols idet recognises (names are hints here: they only
/// choose which outputs a host could act on).
/// Is output port `n` a handshake output insert recognises by its name (Vitis, Polyphony,
/// start/done)? Others must be named with `--hold-output`.
pub fn recognised_handshake(m: &Module, n: &str) -> bool {
    let is_input = |x: &str| {
        m.ports
            .iter()
            .any(|p| m.name_of(*p) == x && m.signal(*p).direction == Some(Direction::Input))
    };
    matches!(
        n,
        "ap_done" | "ap_ready" | "ap_idle" | "done" | "done_port" | "finish"
    ) || n
        .strip_suffix("_valid")
        .is_some_and(|f| is_input(&format!("{f}_ready")))
        // The consuming side of a ready/valid input (Polyphony `Port`, AXI-Stream style).
        || n
            .strip_suffix("_ready")
            .is_some_and(|f| is_input(&format!("{f}_valid")))
}

/// Handshake outputs, but those of streams: their sequence counters make a rollback safe.
fn handshake_outputs(
    m: &Module,
    extra: &[String],
    streams: &[streams::Stream],
) -> Result<Vec<SignalId>, Diagnostic> {
    let mut out = vec![];
    for &p in &m.ports {
        let s = m.signal(p);
        if s.direction != Some(Direction::Output) {
            continue;
        }
        let n = s.name.as_str();
        let recognised = recognised_handshake(m, n) && !streams::is_handshake(streams, n);
        if recognised || extra.iter().any(|e| e == n) {
            out.push(p);
        }
    }
    for e in extra {
        if !m.ports.iter().any(|p| m.name_of(*p) == e) {
            return Err(Diagnostic::plain(format!(
                "--hold-output `{e}` is not a port of `{}`",
                m.name
            )));
        }
    }
    Ok(out)
}

/// Memory write enables of the host's memories (Vitis ap_memory `x_we0`, LegUp
/// `memory_controller_write_enable_a`): a write changes what the host sees.
fn memory_write_enables(m: &Module) -> Vec<SignalId> {
    m.ports
        .iter()
        .copied()
        .filter(|p| {
            let s = m.signal(*p);
            let n = s.name.as_str();
            let we = n
                .rsplit_once("_we")
                .is_some_and(|(_, k)| k.chars().all(|c| c.is_ascii_digit()));
            s.direction == Some(Direction::Output)
                && s.width() == 1
                && (we || n.contains("write_enable"))
        })
        .collect()
}

/// The span a clocked process's freeze wrapper encloses: its body, or the else part after an
/// asynchronous reset branch (which must stay outermost). It must lie in `file`, in one piece.
fn wrap_span(
    d: &Design,
    m: &Module,
    pi: usize,
    file: crate::ir::FileId,
) -> Result<crate::ir::Span, Diagnostic> {
    let p = &m.processes[pi];
    let ProcessKind::Clocked { events } = &p.kind else {
        return Err(refuse(d, p.span, "not a clocked process".to_string()));
    };
    let asynchronous = events.len() > 1;
    let span = if asynchronous {
        let body_ok = match &p.body {
            Stmt::Block(v) => v.len() == 1,
            _ => true,
        };
        match crate::passes::facts::first_stmt(&p.body) {
            Stmt::If {
                else_span: Some(es),
                ..
            } if body_ok => *es,
            _ => {
                return Err(refuse(
                    d,
                    p.span,
                    "asynchronous-reset process is not `if (reset) ... else ...`: insert cannot freeze it".to_string(),
                ))
            }
        }
    } else {
        p.body_span
    };
    if span == crate::ir::Span::default() || span.file != file {
        return Err(refuse(
            d,
            p.span,
            "process body does not map to one place in the module's file (macro?): cannot splice"
                .to_string(),
        ));
    }
    Ok(span)
}

/// The FSM whose states are checkpoints (named, or the plan's first with checkpoints, one of the
/// top first), checked: its state registers sit in the top or in one instance of it each.
fn choose_fsm<'p>(
    a: &Analysis,
    plan: &'p PlanInput,
    o: &InsertOptions,
    notes: &mut Vec<String>,
) -> Result<(usize, &'p PlanFsm), Diagnostic> {
    let m = a.module;
    // The FSM: named, or the plan's first with checkpoints.
    let pf = match &o.fsm {
        Some(n) => plan
            .fsms
            .iter()
            .find(|f| &f.state_reg == n)
            .ok_or_else(|| {
                Diagnostic::plain(format!("the plan has no FSM with state register `{n}`"))
            })?,
        // An FSM of the top first: one inside an instance is saved as the instance's data.
        None => plan
            .fsms
            .iter()
            .filter(|f| !f.checkpoints.is_empty())
            .min_by_key(|f| m.find(&f.state_reg).and_then(|s| m.inlined_of(s)).is_some())
            .ok_or_else(|| Diagnostic::plain("the plan has no checkpoints".to_string()))?,
    };
    if plan
        .fsms
        .iter()
        .filter(|f| !f.checkpoints.is_empty())
        .count()
        > 1
        && o.fsm.is_none()
    {
        notes.push(format!(
            "the plan places checkpoints on several FSMs; using `{}` (choose with --fsm); the other FSMs' registers are saved as data when live",
            pf.state_reg
        ));
    }
    let fi = a
        .fsms
        .iter()
        .position(|f| m.name_of(f.reg) == pf.state_reg)
        .ok_or_else(|| {
            Diagnostic::plain(format!(
                "the plan's FSM `{}` is not an FSM of `{}` (stale plan?)",
                pf.state_reg, m.name
            ))
        })?;
    Ok((fi, pf))
}

/// A checkpoint state: name, code, live registers.
type CkptState = (String, crate::ir::Tv, BTreeSet<SignalId>);

/// Where the design checkpoints and what it captures there.
struct FsmStates {
    states: Vec<CkptState>,
    /// Periodic/hybrid: states added because a host-visible output can change there.
    event_states: Vec<String>,
    /// Host memories whose read data can be in flight when the design freezes.
    capture_mems: BTreeSet<String>,
}

/// The plan's checkpoint states of FSM `fi`, checked against the analysis, then (periodic and
/// hybrid modes) the states where a host-visible output can change (returned by name too).
fn fsm_states(
    a: &Analysis,
    fi: usize,
    pf: &PlanFsm,
    state_regs: &[SignalId],
    nv: &BTreeSet<SignalId>,
    events: &[Event],
    commit_before_reveal: bool,
) -> Result<FsmStates, Diagnostic> {
    let m = a.module;
    let fsm = &a.fsms[fi];
    let graph = &a.graphs[fi].graph;
    let in_flight = &a.in_flight[fi];
    let mut states = vec![];
    for pc in &pf.checkpoints {
        let node = graph
            .node_indices()
            .find(|n| graph[*n].to_string() == pc.code)
            .ok_or_else(|| {
                Diagnostic::plain(format!(
                    "the plan's checkpoint state `{}` ({}) is not a reachable state of `{}` (stale plan?)",
                    pc.state, pc.code, pf.state_reg
                ))
            })?;
        let names: BTreeSet<&str> = a.live[fi][node.index()]
            .iter()
            .filter(|s| !state_regs.contains(*s) && !nv.contains(*s))
            .map(|s| m.name_of(*s))
            .collect();
        let plan_names: BTreeSet<&str> = pc.live.iter().map(String::as_str).collect();
        if names != plan_names {
            return Err(Diagnostic::plain(format!(
                "the plan's live registers at `{}` ({:?}) differ from this design's ({:?}): the plan is stale, run `idet plan` again",
                pc.state, plan_names, names
            )));
        }
        states.push((pc.state.clone(), node));
    }
    // Periodic/hybrid: the controller commits the current state before revealing an output
    // change, so every state where one can happen must be a checkpoint state too.
    let mut event_states = vec![];
    // Host read data to capture: that of the memories in flight where the design may be
    // frozen (checkpoint states, and states where an output can change: JIT freezes there to
    // erase older checkpoints, periodic/hybrid to commit).
    let ev_nodes = events::event_states(a, fi, events);
    let mut capture: BTreeSet<String> = BTreeSet::new();
    for n in states
        .iter()
        .map(|(_, n)| *n)
        .chain(ev_nodes.iter().copied())
    {
        capture.extend(in_flight[n.index()].iter().cloned());
    }
    if commit_before_reveal {
        for n in ev_nodes {
            if !states.iter().any(|(_, k)| *k == n) {
                let name = fsm
                    .state_name(&graph[n])
                    .unwrap_or_else(|| graph[n].to_string());
                event_states.push(name.clone());
                states.push((name, n));
            }
        }
    }
    Ok(FsmStates {
        states: states
            .into_iter()
            .map(|(name, n)| (name, graph[n].clone(), a.live[fi][n.index()].clone()))
            .collect(),
        event_states,
        capture_mems: capture,
    })
}

/// Decide and check. `plan` names the checkpoint states.
pub fn decide(a: &Analysis, plan: &PlanInput, o: &InsertOptions) -> Result<Decisions, Diagnostic> {
    let d = a.design;
    let m = a.module;
    let facts = a.facts();
    let mut notes = vec![];
    if plan.top != m.name {
        return Err(Diagnostic::plain(format!(
            "the plan is for `{}`, the design's top is `{}`",
            plan.top, m.name
        )));
    }
    if let Some(s) = m.signals.iter().find(|s| s.name.starts_with(&o.prefix)) {
        return Err(refuse(
            d,
            s.span,
            format!(
                "signal `{}` already uses the prefix `{}` of added signals; choose another with --prefix",
                s.name, o.prefix
            ),
        ));
    }
    // The checkpointed FSM and its state registers; none in a design without an FSM (a
    // function pipeline): then every cycle is a checkpoint state and every register is saved.
    let chosen = if a.fsms.is_empty() {
        notes.push(format!(
            "`{}` has no control FSM: every cycle is a checkpoint state and every register is saved (full backup)",
            m.name
        ));
        None
    } else {
        Some(choose_fsm(a, plan, o, &mut notes)?)
    };
    let state_regs: Vec<SignalId> = chosen
        .map(|(fi, _)| a.fsms[fi].regs().collect())
        .unwrap_or_default();
    // Clock and resets: one clock, rising edge, shared by every clocked process (an instance's
    // clock port is the top's clock through its connection).
    let reset_sigs: BTreeSet<SignalId> =
        facts.resets.iter().map(|r| facts.root(r.signal)).collect();
    let top_procs = m.own_processes();
    let mut clock: Option<SignalId> = None;
    let mut wrap = vec![];
    for (pi, p) in m.processes.iter().enumerate() {
        let ProcessKind::Clocked { events } = &p.kind else {
            continue;
        };
        let clocks: Vec<(Edge, SignalId)> = events
            .iter()
            .map(|(e, s)| (*e, facts.root(*s)))
            .filter(|(_, s)| !reset_sigs.contains(s))
            .collect();
        let [(edge, clk)] = clocks.as_slice() else {
            return Err(refuse(
                d,
                p.span,
                "clocked process with several clock events: idet needs one clock".to_string(),
            ));
        };
        if *edge != Edge::Pos {
            return Err(refuse(
                d,
                p.span,
                "process clocked on a falling edge: not supported by insert".to_string(),
            ));
        }
        match clock {
            None => clock = Some(*clk),
            Some(c) if c != *clk => {
                return Err(refuse(
                    d,
                    p.span,
                    format!(
                        "second clock `{}` (the first is `{}`): multi-clock designs are not supported by insert",
                        m.name_of(*clk),
                        m.name_of(c)
                    ),
                ))
            }
            _ => {}
        }
        if pi < top_procs {
            wrap.push((pi, wrap_span(d, m, pi, m.span.file)?));
        }
    }
    let children = children::stateful_children(d, m, facts, &|pi, file| wrap_span(d, m, pi, file))?;
    let clock = clock.ok_or_else(|| refuse(d, m.span, "no clocked process".to_string()))?;
    if facts.resets.is_empty() {
        return Err(refuse(
            d,
            m.span,
            format!(
                "`{}` has no recognised reset input: the controller boots on the design's power-on reset",
                m.name
            ),
        ));
    }
    for r in &facts.registers {
        // A memory may have a write port per process (nngen's dual-port RAMs): frozen, none of
        // them writes, and its words are restored in the first one. A register with several
        // writers (Vitis' AXI4-Lite `int_isr[0]` / `int_isr[1]`, LegUp's `finish`) is restored
        // by each writer in the bits it writes (`children::written_bits`), which needs each
        // writer's own text: processes of one generate loop share theirs.
        if m.signal(*r).is_memory() {
            continue;
        }
        let Some(ws) = facts.clocked_writers.get(r).filter(|w| w.len() > 1) else {
            continue;
        };
        // Processes of one generate loop share their text; the wrapper tells them apart by
        // their genvar values, which must then differ.
        let keys: Vec<_> = ws
            .iter()
            .map(|&pi| (m.processes[pi].span, &m.processes[pi].genvars))
            .collect();
        let clash = keys.iter().enumerate().any(|(i, a)| {
            keys[..i]
                .iter()
                .any(|b| b.0 == a.0 && (b.1 == a.1 || a.1.is_empty()))
        });
        if clash {
            return Err(refuse(
                d,
                m.signal(*r).span,
                format!(
                    "register `{}` is written by several processes with one text and no genvar to tell them apart",
                    m.name_of(*r)
                ),
            ));
        }
    }

    let streams = streams::find(m, &o.streams)?;
    let seq_ports: Vec<String> = streams
        .iter()
        .map(|s| format!("{}seq_{}", o.prefix, s.name))
        .collect();
    if let Some(n) = seq_ports.iter().find(|n| m.find(n).is_some()) {
        return Err(Diagnostic::plain(format!(
            "`{n}` already exists in `{}`: choose another --prefix",
            m.name
        )));
    }
    // Handshake outputs.
    let mut held_regs = vec![];
    let mut held_assigns = vec![];
    let mut events = vec![];
    for s in handshake_outputs(m, &o.hold_outputs, &streams)? {
        let sig = m.signal(s);
        if sig.width() == 1 && !sig.is_memory() {
            events.push(Event::Signal(s));
        }
        if facts.registers.contains(&s) {
            if sig.width() == 1 && !sig.is_memory() {
                held_regs.push(s);
            } else {
                notes.push(format!(
                    "handshake output `{}` is {} bits wide: not held during boot",
                    sig.name,
                    sig.width()
                ));
            }
        } else if let Some(i) = m.assigns[..m.own_assigns()]
            .iter()
            .position(|c| c.lhs == LValue::Whole(s) && c.rhs_span.file == m.span.file)
        {
            held_assigns.push(i);
            if let Some(e) = events.last_mut().filter(|e| **e == Event::Signal(s)) {
                *e = Event::AssignRhs(i);
            }
        } else {
            notes.push(format!(
                "handshake output `{}` is not a register or a continuous assign: not held while busy",
                sig.name
            ));
        }
    }

    let write_enables = memory_write_enables(m);
    events.extend(write_enables.iter().copied().map(Event::Signal));
    if events.is_empty() && streams.is_empty() {
        notes.push("no host-visible output recognised (handshake outputs, memory write enables): a torn save may roll back past what the host saw; name outputs with --hold-output".to_string());
    }

    // Non-volatile memories: never saved; the plan's checkpoint states cut every read-to-write
    // path, so they must commit on every entry (periodic/hybrid controllers only).
    let mut nv = BTreeSet::new();
    for name in &plan.nv_mems {
        let s = m
            .find(name)
            .filter(|s| m.signal(*s).is_memory())
            .ok_or_else(|| {
                Diagnostic::plain(format!(
                    "non-volatile memory `{name}` is not a memory of `{}`",
                    m.name
                ))
            })?;
        nv.insert(s);
    }
    if !nv.is_empty() && o.mode == Mode::Jit {
        return Err(Diagnostic::plain(
            "non-volatile memories (--nv-mem) need a controller that commits on entry to the plan's checkpoint states: insert with --mode periodic or --mode hybrid".to_string(),
        ));
    }
    // JIT and state carried across jobs: erase at the first output change where proven that
    // nothing crosses jobs, else commit before revealing each output change (`jobs`).
    let (crossing, crossing_unproven) = match (o.mode, chosen) {
        (Mode::Jit, Some((fi, _))) => {
            match jobs::crossing(a, fi, &state_regs, &events, &write_enables) {
                jobs::Crossing::None => (vec![], None),
                jobs::Crossing::Registers(r) => (r, None),
                jobs::Crossing::Unproven(why) => (vec![], Some(why)),
            }
        }
        (Mode::Jit, None) => (vec![], Some("no FSM, so no job boundary".to_string())),
        _ => (vec![], None),
    };
    let controller_mode = if o.mode == Mode::Jit && !crossing.is_empty() {
        3
    } else {
        o.mode.param()
    };
    // Checkpoints: (name, code, live registers), from the plan's states and the analysis, or the
    // one state of a design without an FSM.
    let FsmStates {
        states,
        event_states,
        capture_mems,
    } = match chosen {
        Some((fi, pf)) => fsm_states(a, fi, pf, &state_regs, &nv, &events, controller_mode != 0)?,
        None => {
            let all: BTreeSet<SignalId> = facts.registers.iter().copied().collect();
            // Frozen in any cycle: every host read may be in flight.
            let mems = crate::passes::host_reads::ports(m)
                .into_iter()
                .map(|p| p.name)
                .collect();
            FsmStates {
                states: vec![(
                    "every cycle".to_string(),
                    crate::ir::Tv::from_u64(1, 0),
                    all,
                )],
                event_states: vec![],
                capture_mems: mems,
            }
        }
    };
    let captures =
        crate::passes::host_reads::data_ports(m, capture_mems.iter().map(String::as_str));
    let capture_words: u32 = captures
        .iter()
        .map(|c| m.signal(*c).width().div_ceil(32))
        .sum();
    let plan_states = chosen.map_or(1, |(_, pf)| pf.checkpoints.len());
    let forced: Vec<bool> = (0..states.len())
        .map(|k| !nv.is_empty() && k < plan_states)
        .collect();
    let state_reg = chosen.map(|(fi, _)| a.fsms[fi].reg);
    let mut specs = vec![];
    for (k, (state, code, live_all)) in states.into_iter().enumerate() {
        let live: Vec<SignalId> = live_all
            .iter()
            .copied()
            .filter(|s| !state_regs.contains(s) && !nv.contains(s))
            .collect();
        // An FSM inside an instance is restored through its access port like its data: its
        // register travels in the payload (a top FSM's code is restored from the header), and
        // so do the registers of inlined FSMs and flags (composite states).
        let mut saved = vec![];
        if let Some(r) = state_reg.filter(|r| m.inlined_of(*r).is_some()) {
            saved.push(r);
        }
        saved.extend(state_regs.iter().skip(1).copied());
        for s in live {
            if !facts.registers.contains(&s) {
                continue;
            }
            if !facts.clocked_writers.contains_key(&s) {
                notes.push(format!(
                    "`{}` is live but never written by a clocked process (a ROM): not saved",
                    m.name_of(s)
                ));
                continue;
            }
            if !held_regs.contains(&s) {
                saved.push(s);
            }
        }
        let held: Vec<SignalId> = held_regs
            .iter()
            .copied()
            .filter(|h| live_all.contains(h))
            .collect();
        let id = u16::try_from(k)
            .map_err(|_| Diagnostic::plain("more than 65536 checkpoints".to_string()))?;
        specs.push(layout::CkptSpec {
            id,
            state,
            code,
            saved,
            held,
        });
    }
    let layout = Layout::pack(m, specs, streams.len() as u32 + capture_words, &|s| {
        children::route(m, &children, s).map(|r| r.0)
    });
    let max_words = layout.ckpts.iter().map(|c| c.words).max().unwrap_or(0);
    if max_words > 0xFFFF - 2 {
        return Err(Diagnostic::plain(format!(
            "a checkpoint needs {max_words} words: more than the 16-bit length field allows"
        )));
    }
    if layout.words > 0xFFFF {
        return Err(Diagnostic::plain(format!(
            "the checkpoints save {} distinct words in all: more than 16-bit word numbers reach",
            layout.words
        )));
    }
    notes.sort();
    notes.dedup();
    // The controller's reset: the top's reset inputs (an instance's reset port is one of them).
    // A synchronised reset also brings its input, first: the synchroniser's flip-flops start
    // with random values and are frozen with the design, so its output alone might never rise.
    let mut resets: Vec<Reset> = vec![];
    for r in &facts.resets {
        let signal = facts.root(r.signal);
        if let Some((input, active_high)) = r.source {
            if !resets.iter().any(|x| x.signal == input) {
                resets.insert(
                    0,
                    Reset {
                        signal: input,
                        active_high,
                        source: None,
                        ..*r
                    },
                );
            }
        }
        if m.inlined_of(signal).is_none() && !resets.iter().any(|x| x.signal == signal) {
            resets.push(Reset { signal, ..*r });
        }
    }
    Ok(Decisions {
        fsm: chosen.map(|(fi, _)| fi),
        state_reg,
        state_regs,
        clock,
        resets,
        children,
        layout,
        held_regs,
        held_assigns,
        events,
        wrap,
        // A slot: the largest payload, its length word and its tag (hdl-templates/idet_ctrl.v).
        slot_words: 2 + max_words,
        event_states,
        forced,
        nv_mems: plan.nv_mems.clone(),
        streams,
        captures,
        controller_mode,
        crossing,
        crossing_unproven,
        notes,
    })
}

/// Plan, decide and splice: the whole of `idet insert` after reading the design.
pub fn insert(a: &Analysis, plan: &PlanInput, o: &InsertOptions) -> Result<Inserted, Diagnostic> {
    let dec = decide(a, plan, o)?;
    let spliced = crate::emit::insert::emit(a, &dec, o)?;
    let file = a
        .design
        .sources
        .file(a.module.span.file)
        .ok_or_else(|| Diagnostic::plain("top module has no source file".to_string()))?;
    let report = report::build(a, &dec, o, &spliced.ports);
    let m = a.module;
    Ok(Inserted {
        text: spliced.text,
        original: file.text.clone(),
        path: file.path.clone(),
        report,
        clock: m.name_of(dec.clock).to_string(),
        reset: m.name_of(dec.resets[0].signal).to_string(),
        reset_active_high: dec.resets[0].active_high,
    })
}

/// Where the checkpoint states come from: a plan file, or a plan made now.
pub enum PlanSource<'a> {
    File(&'a std::path::Path),
    Now(&'a crate::plan::run::PlanOptions),
}

/// `idet insert` after reading the design: plan (unless given), decide, splice.
pub fn plan_and_insert(
    a: &Analysis,
    reason: &str,
    plan: PlanSource,
    o: &InsertOptions,
) -> Result<Inserted, Diagnostic> {
    let plan = match plan {
        PlanSource::File(p) => {
            let text = std::fs::read_to_string(p)
                .map_err(|e| Diagnostic::plain(format!("cannot read {}: {e}", p.display())))?;
            serde_json::from_str(&text)
                .map_err(|e| Diagnostic::plain(format!("{}: {e}", p.display())))?
        }
        PlanSource::Now(popts) => {
            let r = crate::report::analyze::build(a, reason);
            if r.fsms.is_empty() {
                // Nothing to place: `decide` makes every cycle the checkpoint state.
                return insert(
                    a,
                    &PlanInput {
                        top: r.top.clone(),
                        fsms: vec![],
                        nv_mems: vec![],
                    },
                    o,
                );
            }
            plan_input(&crate::plan::run::plan(&r, popts)?)
        }
    };
    insert(a, &plan, o)
}

/// The plan report of `idet plan`, seen as insert's input.
pub fn plan_input(p: &crate::plan::run::PlanReport) -> PlanInput {
    PlanInput {
        top: p.top.clone(),
        fsms: p
            .fsms
            .iter()
            .map(|f| PlanFsm {
                state_reg: f.state_reg.clone(),
                checkpoints: f
                    .checkpoints
                    .iter()
                    .map(|c| PlanCheckpoint {
                        state: c.state.clone(),
                        code: c.code.clone(),
                        live: c.live.clone(),
                    })
                    .collect(),
            })
            .collect(),
        nv_mems: p.nv_mems.clone(),
    }
}
