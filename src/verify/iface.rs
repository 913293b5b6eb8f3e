//! The host interface `idet verify` drives: clock, reset, start/done handshake, data inputs with
//! their value ranges, outputs, host memories. Recognised from port names (Vitis `ap_ctrl_hs` with
//! `ap_memory` arrays, Polyphony `<fn>_ready/_accept/_valid`, `start`/`done`), and completed or
//! overridden by an interface file (TOML):
//!
//! ```toml
//! clock = "clk"
//! reset = "rst"
//! reset_active = 1            # level that resets
//! start = "gcd_ready"         # host raises it with the inputs of a transaction
//! done = "gcd_valid"          # the design raises it with the outputs
//! accept = "gcd_accept"       # optional: host raises it after done, until done falls
//! ready = "ap_ready"          # optional: start may fall once this is high (default: done)
//! idle = "ap_idle"            # optional (ap_ctrl_hs: found): high while waiting for done after
//!                             # start fell = the design cold-booted: the host re-issues the job
//! outputs = ["gcd_out_0"]     # default: every other output
//! transactions = 4            # per run
//! max_cycles = 100000         # per transaction of the golden run
//! [inputs]                    # default: every other input, uniform over its width
//! gcd_in_a = [1, 500]         # inclusive range, or one value
//! [[memories]]                # ap_memory ports are found by name; add others here
//! name = "x"                  # pins x_address0, x_ce0, x_we0, x_d0, x_q0
//! words = 32
//! [[streams]]                 # instead of start/done: ready/valid streams (`insert::streams`
//! valid = "rvalid"            # recognises x/x_valid/x_ready and p_valid/p_ready/p_* by name)
//! ready = "rready"            # optional
//! data = ["rdata"]
//! ```
//!
//! Streams: the host offers input stream items from a seeded sequence (item `n` is the same in
//! every run), keeps output streams ready, and records every output stream item with all compared
//! outputs; a transaction is one item of the first output stream. Against the augmented design it
//! follows the contract of `insert::streams`: it offers item `idet_seq_<in>` and stores output
//! item `idet_seq_<out>` at that position.

use crate::diag::Diagnostic;
use crate::insert::streams::Stream;
use crate::ir::{Direction, Module};
use crate::passes::qualifiers::{self, OutputRule};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(untagged)]
pub enum Range {
    Value(u64),
    Span([u64; 2]),
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct InterfaceFile {
    pub clock: Option<String>,
    pub reset: Option<String>,
    pub reset_active: Option<u8>,
    pub start: Option<String>,
    pub done: Option<String>,
    pub accept: Option<String>,
    pub ready: Option<String>,
    pub idle: Option<String>,
    pub outputs: Option<Vec<String>>,
    pub transactions: Option<u32>,
    pub max_cycles: Option<u64>,
    #[serde(default)]
    pub inputs: BTreeMap<String, Range>,
    #[serde(default)]
    pub memories: Vec<MemoryFile>,
    #[serde(default)]
    pub streams: Vec<crate::insert::streams::StreamSpec>,
    pub axi: Option<AxiFile>,
}

/// An AXI design (nngen): the host is the memory of its AXI4 master and drives its AXI4-Lite
/// slave: the register writes in order, then reads `poll` until it reads 0 (bit 0) after having
/// read 1. The transaction's result is the whole host memory.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AxiFile {
    /// Port prefix of the AXI4 master (`maxi` for `maxi_arvalid`, ...).
    pub master: String,
    /// Port prefix of the AXI4-Lite slave (`saxi`).
    pub slave: String,
    /// Host memory at address 0, random contents (seeded, the same for both designs).
    pub memory_bytes: u64,
    /// Register writes `[byte address, value]`, in order.
    pub writes: Vec<[u64; 2]>,
    /// Register (byte address) polled once the writes are acknowledged.
    pub poll: u64,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MemoryFile {
    pub name: String,
    pub words: Option<u64>,
}

/// One memory port of the host (one-cycle read latency, write on `we`). The ports of one
/// memory (`x_address0`, `x_address1`, ...) are consecutive entries with the same name and
/// share its contents.
#[derive(Clone, Debug, Serialize)]
pub struct Memory {
    pub name: String,
    /// `k` of the `<x>_address<k>` pins.
    pub port: u32,
    pub words: u64,
    pub bits: u32,
    pub address: String,
    pub ce: String,
    pub we: Option<String>,
    pub d: Option<String>,
    pub q: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Input {
    pub name: String,
    pub min: u64,
    pub max: u64,
}

/// The resolved interface.
#[derive(Clone, Debug, Serialize)]
pub struct Interface {
    pub protocol: &'static str,
    pub clock: String,
    pub reset: String,
    pub reset_active: u8,
    pub start: String,
    pub done: String,
    pub accept: Option<String>,
    pub ready: Option<String>,
    /// ap_ctrl_hs: high when the design holds no job (`ap_idle`). A host that sees it while
    /// waiting for done after start was taken re-issues the job: the design cold-booted.
    pub idle: Option<String>,
    pub inputs: Vec<Input>,
    pub outputs: Vec<String>,
    /// Per compared output, the valids its protocol qualifies it with (`passes::qualifiers`;
    /// empty: looked at whenever the host samples): the harness sees a qualified output as a
    /// host following the protocol does, from the last cycle one of its valids was high.
    pub output_valids: Vec<Vec<String>>,
    pub memories: Vec<Memory>,
    /// Stream protocol: the streams (start and done are then empty).
    pub streams: Vec<Stream>,
    /// Per stream, the indices in `inputs` of an input stream's data ports.
    pub stream_inputs: Vec<Vec<usize>>,
    /// AXI protocol (streams are its channels).
    pub axi: Option<AxiFile>,
    pub transactions: u32,
    pub max_cycles: u64,
}

pub fn load(path: &std::path::Path) -> Result<InterfaceFile, Diagnostic> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Diagnostic::plain(format!("cannot read {}: {e}", path.display())))?;
    toml::from_str(&text).map_err(|e| Diagnostic::plain(format!("{}: {e}", path.display())))
}

struct Ports<'a> {
    m: &'a Module,
}

impl Ports<'_> {
    fn dir(&self, name: &str) -> Option<(Direction, u32)> {
        self.m.ports.iter().find_map(|p| {
            let s = self.m.signal(*p);
            (s.name == name).then(|| (s.direction.unwrap_or(Direction::Inout), s.width()))
        })
    }
    fn input(&self, name: &str) -> bool {
        matches!(self.dir(name), Some((Direction::Input, _)))
    }
    fn output(&self, name: &str) -> bool {
        matches!(self.dir(name), Some((Direction::Output, _)))
    }
    fn named(&self, d: Direction) -> Vec<(String, u32)> {
        self.m
            .ports
            .iter()
            .map(|p| self.m.signal(*p))
            .filter(|s| s.direction == Some(d))
            .map(|s| (s.name.clone(), s.width()))
            .collect()
    }
}

/// Start/done handshake recognised from port names: (protocol, start, done, accept, ready).
type Handshake = (&'static str, String, String, Option<String>, Option<String>);

fn handshake(p: &Ports) -> Option<Handshake> {
    if p.input("ap_start") && p.output("ap_done") {
        let ready = p.output("ap_ready").then(|| "ap_ready".to_string());
        return Some((
            "ap_ctrl_hs",
            "ap_start".into(),
            "ap_done".into(),
            None,
            ready,
        ));
    }
    for (n, _) in p.named(Direction::Output) {
        if let Some(f) = n.strip_suffix("_valid") {
            let (rdy, acc) = (format!("{f}_ready"), format!("{f}_accept"));
            // An output port named `f` itself is a stream's data, not a function's handshake.
            if p.input(&rdy) && !p.output(f) {
                let accept = p.input(&acc).then_some(acc);
                return Some(("polyphony", rdy, n.clone(), accept, None));
            }
        }
    }
    for (s, d) in [
        ("start", "done"),
        ("start_port", "done_port"),
        ("start", "finish"),
    ] {
        if p.input(s) && p.output(d) {
            return Some(("start-done", s.into(), d.into(), None, None));
        }
    }
    None
}

/// ap_memory ports: `<x>_address<k>` and `<x>_ce<k>` out, `<x>_we<k>`/`<x>_d<k>` out, `<x>_q<k>`
/// in; Vivado/Vitis HLS give a dual-port array ports 0 and 1. Ports of one memory end up
/// consecutive, in port order.
fn ap_memories(p: &Ports) -> Vec<Memory> {
    let mut v = vec![];
    for (n, aw) in p.named(Direction::Output) {
        let Some((x, k)) = n.rsplit_once("_address") else {
            continue;
        };
        // Digits only (`u32::from_str` would also take `+1`).
        let Some(port) = Some(k)
            .filter(|k| !k.is_empty() && k.chars().all(|c| c.is_ascii_digit()))
            .and_then(|k| k.parse::<u32>().ok())
        else {
            continue;
        };
        let ce = format!("{x}_ce{k}");
        if !p.output(&ce) {
            continue;
        }
        let we = Some(format!("{x}_we{k}")).filter(|w| p.output(w));
        let d = Some(format!("{x}_d{k}")).filter(|w| p.output(w));
        let q = Some(format!("{x}_q{k}")).filter(|w| p.input(w));
        let bits = q
            .as_ref()
            .or(d.as_ref())
            .and_then(|w| p.dir(w))
            .map_or(32, |(_, b)| b);
        v.push(Memory {
            name: x.to_string(),
            port,
            words: 1u64 << aw.min(16),
            bits,
            address: n.clone(),
            ce,
            we,
            d,
            q,
        });
    }
    // Group the ports of each memory (first appearance of its name), port 0 first.
    let order: Vec<String> = v.iter().fold(vec![], |mut o, mm| {
        if !o.contains(&mm.name) {
            o.push(mm.name.clone());
        }
        o
    });
    v.sort_by_key(|mm| (order.iter().position(|n| *n == mm.name), mm.port));
    v
}

fn need_port(p: &Ports, name: &str, d: Direction, what: &str) -> Result<(), Diagnostic> {
    match p.dir(name) {
        Some((got, _)) if got == d => Ok(()),
        Some(_) => Err(Diagnostic::plain(format!(
            "the interface's {what} `{name}` is a port of `{}` in the wrong direction",
            p.m.name
        ))),
        None => Err(Diagnostic::plain(format!(
            "the interface's {what} `{name}` is not a port of `{}`",
            p.m.name
        ))),
    }
}

/// Clock and reset: the file's names or the analysis', checked to be inputs.
fn clock_and_reset(
    p: &Ports,
    file: &InterfaceFile,
    clock: &str,
    reset: &str,
) -> Result<(String, String), Diagnostic> {
    let clock = file.clock.clone().unwrap_or_else(|| clock.to_string());
    let reset = file.reset.clone().unwrap_or_else(|| reset.to_string());
    need_port(p, &clock, Direction::Input, "clock")?;
    need_port(p, &reset, Direction::Input, "reset")?;
    Ok((clock, reset))
}

/// Data inputs the host drives (all inputs but `skip`), with their ranges.
/// Vitis / Vivado HLS scalar argument handshakes the host holds high for the whole transaction
/// (its contract: every argument valid from start, every result taken at once): `<x>_ap_vld`
/// beside an input `<x>` (ap_vld, ap_hs) and `<y>_ap_ack` beside an output `<y>` (ap_ack,
/// ap_hs). Random values there would starve the design or drop a result the host never sees.
/// The 64-bit lanes of a port wider than 64 bits, lowest first: `x[63:0]`, `x[127:64]`, ...
/// (the harness writes and reads them as Verilator's 32-bit words), each with its width.
fn lanes(n: &str, w: u32) -> Vec<(String, u32)> {
    (0..w.div_ceil(64))
        .map(|k| {
            let lo = 64 * k;
            let hi = (lo + 63).min(w - 1);
            (format!("{n}[{hi}:{lo}]"), hi - lo + 1)
        })
        .collect()
}

/// `x` for `x` and for its lanes `x[h:l]`.
pub fn port_of_lane(name: &str) -> &str {
    name.split_once('[').map_or(name, |(p, _)| p)
}

fn scalar_handshake(p: &Ports, n: &str) -> bool {
    let is = |name: &str, d: Direction| p.named(d).iter().any(|(x, _)| x == name);
    n.strip_suffix("_ap_vld")
        .is_some_and(|x| is(x, Direction::Input))
        || n.strip_suffix("_ap_ack")
            .is_some_and(|y| is(y, Direction::Output))
}

/// LegUp's `top` (start / finish / return_val) has an Avalon `waitrequest` input: its memories
/// are on chip, LegUp's own testbench holds it low after reset, and held high the design waits
/// forever. The host holds it low (an interface file may still give it a range).
fn avalon_wait_request(p: &Ports, n: &str) -> bool {
    n == "waitrequest" && p.output("finish") && p.input("start")
}

/// Bambu's slave memory bus (`S_oe_ram`, `S_we_ram`, `S_addr_ram`, `S_Wdata_ram`,
/// `S_data_ram_size` in, `Sout_Rdata_ram`/`Sout_DataRdy` out) lets another master reach the
/// design's internal memories. The host is no such master: it keeps the bus idle (all 0), as
/// Bambu's own testbench does; random requests would rewrite the memories mid-job.
fn bambu_slave_bus(p: &Ports, n: &str) -> bool {
    matches!(
        n,
        "S_oe_ram" | "S_we_ram" | "S_addr_ram" | "S_Wdata_ram" | "S_data_ram_size"
    ) && p.output("Sout_DataRdy")
}

/// Inputs the host holds at one value by a tool's convention (an interface file may still give
/// them a range): every rule of this kind is in this list.
fn held_input(p: &Ports, n: &str) -> Option<u64> {
    if scalar_handshake(p, n) {
        return Some(1);
    }
    if avalon_wait_request(p, n) || bambu_slave_bus(p, n) {
        return Some(0);
    }
    None
}

fn data_inputs(
    p: &Ports,
    file: &InterfaceFile,
    skip: &dyn Fn(&str) -> bool,
) -> Result<Vec<Input>, Diagnostic> {
    let mut inputs = vec![];
    for (n, w) in p.named(Direction::Input) {
        if skip(&n) {
            continue;
        }
        if w > 64 {
            // Driven in 64-bit lanes `x[63:0]`, `x[127:64]`, ... (hls4ml packs a layer's
            // inputs into one port; Vitis AXI4-Stream TDATA is up to 1,024 bits), each random.
            if file.inputs.contains_key(&n) {
                return Err(Diagnostic::plain(format!(
                    "input `{n}` is {w} bits wide: the interface file can give ranges of inputs up to 64 bits"
                )));
            }
            inputs.extend(lanes(&n, w).into_iter().map(|(name, bits)| Input {
                name,
                min: 0,
                max: if bits == 64 {
                    u64::MAX
                } else {
                    (1u64 << bits) - 1
                },
            }));
            continue;
        }
        let full = if w == 64 { u64::MAX } else { (1u64 << w) - 1 };
        let (min, max) = match file.inputs.get(&n) {
            Some(Range::Value(v)) => (*v, *v),
            Some(Range::Span([a, b])) => (*a, *b),
            None => match held_input(p, &n) {
                Some(v) => (v, v),
                None => (0, full),
            },
        };
        if min > max || max > full {
            return Err(Diagnostic::plain(format!(
                "input `{n}`: range [{min}, {max}] is empty or wider than its {w} bits"
            )));
        }
        inputs.push(Input { name: n, min, max });
    }
    for n in file.inputs.keys() {
        if !inputs.iter().any(|i| &i.name == n) {
            return Err(Diagnostic::plain(format!(
                "the interface file gives a range for `{n}`, which is not a data input of `{}`",
                p.m.name
            )));
        }
    }
    Ok(inputs)
}

/// Outputs the host compares: the file's list, or all outputs but `skip`.
fn compared_outputs(
    p: &Ports,
    file: &InterfaceFile,
    skip: &dyn Fn(&str) -> bool,
) -> Result<Vec<String>, Diagnostic> {
    let outputs = match &file.outputs {
        Some(o) => {
            for n in o {
                need_port(p, n, Direction::Output, "output")?;
            }
            o.clone()
        }
        None => p
            .named(Direction::Output)
            .into_iter()
            .map(|(n, _)| n)
            .filter(|n| !skip(n))
            .collect(),
    };
    // Outputs wider than 64 bits are compared in 64-bit lanes (see `lanes`).
    Ok(outputs
        .into_iter()
        .flat_map(|n| match p.dir(&n) {
            Some((_, w)) if w > 64 => lanes(&n, w).into_iter().map(|x| x.0).collect(),
            _ => vec![n],
        })
        .collect())
}

/// The stream protocol: the host drives input streams' valid and output streams' ready.
fn resolve_streams(
    p: &Ports,
    clock: &str,
    reset: (&str, bool),
    file: &InterfaceFile,
    prefix: &str,
    streams: Vec<Stream>,
) -> Result<Interface, Diagnostic> {
    let m = p.m;
    if !streams.iter().any(|s| !s.input) {
        return Err(Diagnostic::plain(format!(
            "`{}` has input streams but no output stream: the host has nothing to compare",
            m.name
        )));
    }
    let (clock, reset_name) = clock_and_reset(p, file, clock, reset.0)?;
    if !file.memories.is_empty() || !ap_memories(p).is_empty() {
        return Err(Diagnostic::plain(format!(
            "`{}`: host memories together with streams are not modelled by the harness",
            m.name
        )));
    }
    let handshakes: Vec<&str> = streams
        .iter()
        .flat_map(|s| std::iter::once(s.valid.as_str()).chain(s.ready.as_deref()))
        .collect();
    let skip =
        |n: &str| n == clock || n == reset_name || handshakes.contains(&n) || n.starts_with(prefix);
    let mut inputs = data_inputs(p, file, &skip)?;
    // ap_ctrl_hs beside streams: the host keeps ap_start high (back-to-back jobs, as a
    // streaming host does); drawn at random it would leave the design idle for whole items.
    for i in inputs.iter_mut() {
        if i.name == "ap_start" && !file.inputs.contains_key("ap_start") {
            (i.min, i.max) = (1, 1);
        }
    }
    let outputs = compared_outputs(p, file, &skip)?;
    let stream_inputs = streams
        .iter()
        .map(|s| {
            if !s.input {
                return vec![];
            }
            s.data
                .iter()
                .flat_map(|d| {
                    inputs
                        .iter()
                        .enumerate()
                        .filter(|(_, i)| port_of_lane(&i.name) == d)
                        .map(|(k, _)| k)
                        .collect::<Vec<_>>()
                })
                .collect()
        })
        .collect();
    Ok(Interface {
        protocol: "streams",
        clock,
        reset: reset_name,
        reset_active: file.reset_active.unwrap_or(reset.1 as u8),
        start: String::new(),
        done: String::new(),
        accept: None,
        ready: None,
        idle: None,
        inputs,
        outputs,
        output_valids: vec![],
        memories: vec![],
        streams,
        stream_inputs,
        axi: None,
        transactions: file.transactions.unwrap_or(4).max(1),
        max_cycles: file.max_cycles.unwrap_or(100_000),
    })
}

/// The five channels of an AXI port, as `insert::streams` names them, and whether the design
/// drives each (master: AR, AW, W; slave: R, B).
pub const AXI_CHANNELS: [&str; 5] = ["ar", "r", "aw", "w", "b"];

/// The AXI protocol: every channel of both ports must be a recognised stream (insert adds their
/// sequence counters), the memory word-addressed in 32-bit words.
fn resolve_axi(
    p: &Ports,
    clock: &str,
    reset: (&str, bool),
    file: &InterfaceFile,
    prefix: &str,
    axi: &AxiFile,
) -> Result<Interface, Diagnostic> {
    let m = p.m;
    if file.start.is_some() || file.done.is_some() || !file.streams.is_empty() {
        return Err(Diagnostic::plain(
            "the interface file names [axi] and start/done or streams: the host drives one protocol".to_string(),
        ));
    }
    let streams = crate::insert::streams::find(m, &[])?;
    for port in [&axi.master, &axi.slave] {
        for c in AXI_CHANNELS {
            let name = format!("{port}_{c}");
            if !streams.iter().any(|s| s.name == name) {
                return Err(Diagnostic::plain(format!(
                    "AXI channel `{name}` ({name}valid / {name}ready) not found on `{}`",
                    m.name
                )));
            }
        }
        need_port(
            p,
            &format!("{port}_rdata"),
            if port == &axi.master {
                Direction::Input
            } else {
                Direction::Output
            },
            "AXI read data",
        )?;
    }
    if axi.memory_bytes == 0 || !axi.memory_bytes.is_multiple_of(4) || axi.memory_bytes > 1 << 26 {
        return Err(Diagnostic::plain(format!(
            "AXI memory of {} bytes: give a multiple of 4 up to 64 MiB",
            axi.memory_bytes
        )));
    }
    let (clock, reset_name) = clock_and_reset(p, file, clock, reset.0)?;
    let skip = |n: &str| {
        n == clock
            || n == reset_name
            || n.starts_with(&format!("{}_", axi.master))
            || n.starts_with(&format!("{}_", axi.slave))
            || n.starts_with(prefix)
    };
    let inputs = data_inputs(p, file, &skip)?;
    Ok(Interface {
        protocol: "axi",
        clock,
        reset: reset_name,
        reset_active: file.reset_active.unwrap_or(reset.1 as u8),
        start: String::new(),
        done: String::new(),
        accept: None,
        ready: None,
        idle: None,
        inputs,
        outputs: vec![],
        output_valids: vec![],
        memories: vec![],
        streams: vec![],
        stream_inputs: vec![],
        axi: Some(axi.clone()),
        transactions: 1,
        max_cycles: file.max_cycles.unwrap_or(1_000_000),
    })
}

/// Resolve the interface of `m`: recognised names, then the file's settings on top.
/// `clock` and `reset` (with its active level) come from the analysis.
pub fn resolve(
    m: &Module,
    clock: &str,
    reset: (&str, bool),
    file: &InterfaceFile,
    prefix: &str,
    rule: OutputRule,
) -> Result<Interface, Diagnostic> {
    let mut i = resolve_protocol(m, clock, reset, file, prefix)?;
    i.output_valids = match rule {
        OutputRule::Always => vec![vec![]; i.outputs.len()],
        OutputRule::Protocol => {
            let q = qualifiers::output_qualifiers(m);
            i.outputs
                .iter()
                .map(|o| {
                    let port = port_of_lane(o);
                    q.iter()
                        .find(|x| m.name_of(x.port) == port)
                        .map(|x| x.valids.iter().map(|v| m.name_of(*v).to_string()).collect())
                        .unwrap_or_default()
                })
                .collect()
        }
    };
    Ok(i)
}

fn resolve_protocol(
    m: &Module,
    clock: &str,
    reset: (&str, bool),
    file: &InterfaceFile,
    prefix: &str,
) -> Result<Interface, Diagnostic> {
    let p = Ports { m };
    if let Some(axi) = &file.axi {
        return resolve_axi(&p, clock, reset, file, prefix, axi);
    }
    if file.start.is_none() && file.done.is_none() {
        let streams = crate::insert::streams::find(m, &file.streams)?;
        if !streams.is_empty() {
            return resolve_streams(&p, clock, reset, file, prefix, streams);
        }
    } else if !file.streams.is_empty() {
        return Err(Diagnostic::plain(
            "the interface file names both start/done and streams: the host drives one protocol"
                .to_string(),
        ));
    }
    let found = handshake(&p);
    let (protocol, start, done, accept, ready) = match (&file.start, &file.done, found) {
        (Some(s), Some(d), _) => (
            "interface file",
            s.clone(),
            d.clone(),
            file.accept.clone(),
            file.ready.clone(),
        ),
        (None, None, Some((pr, s, d, a, r))) => (
            pr,
            s,
            d,
            file.accept.clone().or(a),
            file.ready.clone().or(r),
        ),
        _ => {
            return Err(Diagnostic::plain(format!(
                "no start/done handshake recognised on `{}` (ap_ctrl_hs, Polyphony <fn>_ready/_valid, start/done): name `start` and `done` in an interface file (--iface)",
                m.name
            )));
        }
    };
    let (clock, reset_name) = clock_and_reset(&p, file, clock, reset.0)?;
    let reset_active = file.reset_active.unwrap_or(reset.1 as u8);
    need_port(&p, &start, Direction::Input, "start")?;
    need_port(&p, &done, Direction::Output, "done")?;
    for a in accept.iter() {
        need_port(&p, a, Direction::Input, "accept")?;
    }
    for r in ready.iter() {
        need_port(&p, r, Direction::Output, "ready")?;
    }
    let mut memories = ap_memories(&p);
    for mf in &file.memories {
        let x = &mf.name;
        let addr = format!("{x}_address0");
        need_port(&p, &addr, Direction::Output, "memory address")?;
        if memories.iter().any(|mm| &mm.name == x) {
            if let Some(w) = mf.words {
                for mm in memories.iter_mut().filter(|mm| &mm.name == x) {
                    mm.words = w;
                }
            }
        } else {
            return Err(Diagnostic::plain(format!(
                "memory `{x}`: no ap_memory pins {x}_address0/{x}_ce0 on `{}`",
                m.name
            )));
        }
    }
    let mem_pins: Vec<&str> = memories
        .iter()
        .flat_map(|mm| {
            [
                Some(&mm.address),
                Some(&mm.ce),
                mm.we.as_ref(),
                mm.d.as_ref(),
                mm.q.as_ref(),
            ]
            .into_iter()
            .flatten()
            .map(String::as_str)
        })
        .collect();
    let control: Vec<&str> = [Some(&clock), Some(&reset_name), Some(&start), Some(&done)]
        .into_iter()
        .flatten()
        .chain(accept.iter())
        .chain(ready.iter())
        .map(String::as_str)
        .collect();
    let skip = |n: &str| control.contains(&n) || mem_pins.contains(&n) || n.starts_with(prefix);
    let inputs = data_inputs(&p, file, &skip)?;
    let idle = file
        .idle
        .clone()
        .or_else(|| (protocol == "ap_ctrl_hs" && p.output("ap_idle")).then(|| "ap_idle".into()));
    for i in idle.iter() {
        need_port(&p, i, Direction::Output, "idle")?;
    }
    let idle_like = |n: &str| matches!(n, "ap_idle" | "ap_ready") || idle.as_deref() == Some(n);
    let outputs = compared_outputs(&p, file, &|n| skip(n) || idle_like(n))?;
    Ok(Interface {
        protocol,
        clock,
        reset: reset_name,
        reset_active,
        start,
        done,
        accept,
        ready,
        idle,
        inputs,
        outputs,
        output_valids: vec![],
        memories,
        streams: vec![],
        stream_inputs: vec![],
        axi: None,
        transactions: file.transactions.unwrap_or(4).max(1),
        max_cycles: file.max_cycles.unwrap_or(100_000),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wide_port_is_lanes_of_64_bits_with_a_narrow_last_one() {
        assert_eq!(
            lanes("fc1_input_V", 150),
            vec![
                ("fc1_input_V[63:0]".to_string(), 64),
                ("fc1_input_V[127:64]".to_string(), 64),
                ("fc1_input_V[149:128]".to_string(), 22),
            ]
        );
        assert_eq!(port_of_lane("fc1_input_V[149:128]"), "fc1_input_V");
        assert_eq!(port_of_lane("ap_start"), "ap_start");
    }
}
