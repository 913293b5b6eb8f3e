//! Ready/valid streams of the top module, and the sequence counters that make them survive a
//! rollback.
//!
//! A stream transfers one item at each clock edge where `valid` (and `ready`, when the stream has
//! one) are high. Rolled back to a checkpoint, a design consumes and produces again the items it
//! transferred since; a host cannot tell which without help. So insert adds, per stream, a 32-bit
//! counter of the items the design transferred (`<prefix>seq_<name>`, an output), saved in every
//! checkpoint and restored with it. The host contract: an input stream's producer offers item
//! number `seq` (it can rewind), an output stream's consumer stores item `seq` at that position
//! (a re-sent item overwrites the same position with the same value). A cold start resets the
//! counters to 0, with the design.
//!
//! Streams are recognised by port names or named by the user:
//! - `x`, `x_valid`, `x_ready` (Polyphony `Port`): data `x`;
//! - `p_valid`, `p_ready` and data ports `p_*` (e.g. `in_valid`, `in_ready`, `in_data`), unless an
//!   input `p_accept` makes it a Polyphony function handshake;
//! - AXI channels `<c>valid`, `<c>ready` and data `<c>*` (`maxi_arvalid`, `maxi_arready`,
//!   `maxi_araddr`, `maxi_arlen`, ...);
//! - Vitis / Vivado HLS AXI4-Stream (`<s>_TVALID`, `<s>_TREADY`, `<s>_T*`) and ap_fifo
//!   (`<y>_din`/`_write`/`_full_n`, `<x>_dout`/`_empty_n`/`_read`), see `recognised_hls`;
//! - `--stream VALID[/READY][=DATA,...]` (insert) or `[[streams]]` (verify's interface file).

use crate::diag::Diagnostic;
use crate::ir::{Direction, Module};
use nom::bytes::complete::{tag, take_while1};
use nom::combinator::{all_consuming, opt};
use nom::multi::separated_list1;
use nom::sequence::preceded;
use nom::{IResult, Parser};
use serde::{Deserialize, Serialize};

/// A stream as the user names it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StreamSpec {
    pub valid: String,
    pub ready: Option<String>,
    #[serde(default)]
    pub data: Vec<String>,
}

/// A stream of the top module, resolved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Stream {
    /// Names the counter port: `x` for `x_valid`, the valid port's name otherwise.
    pub name: String,
    /// The design consumes it (valid is an input).
    pub input: bool,
    pub valid: String,
    pub ready: Option<String>,
    /// Data ports, in the valid's direction.
    pub data: Vec<String>,
}

fn ident(i: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$')(i)
}

fn spec(i: &str) -> IResult<&str, StreamSpec> {
    let (i, valid) = ident(i)?;
    let (i, ready) = opt(preceded(tag("/"), ident)).parse(i)?;
    let (i, data) = opt(preceded(tag("="), separated_list1(tag(","), ident))).parse(i)?;
    Ok((
        i,
        StreamSpec {
            valid: valid.into(),
            ready: ready.map(str::to_string),
            data: data
                .unwrap_or_default()
                .into_iter()
                .map(str::to_string)
                .collect(),
        },
    ))
}

/// `VALID[/READY][=DATA,DATA...]`, as `--stream` takes it.
pub fn parse_spec(s: &str) -> Result<StreamSpec, String> {
    all_consuming(spec)
        .parse(s)
        .map(|(_, v)| v)
        .map_err(|_| format!("`{s}` is not VALID[/READY][=DATA,DATA...]"))
}

fn dir(m: &Module, name: &str) -> Option<Direction> {
    m.ports
        .iter()
        .map(|p| m.signal(*p))
        .find(|s| s.name == name)
        .and_then(|s| s.direction)
}

fn opposite(d: Direction) -> Direction {
    match d {
        Direction::Input => Direction::Output,
        _ => Direction::Input,
    }
}

/// Streams recognised by name (see the module comment): a port `<f>valid` with `<f>ready` in
/// the opposite direction, `f` ending in `_` (`x_valid`) or not (AXI: `maxi_arvalid`).
fn recognised(m: &Module) -> Vec<Stream> {
    let mut v = vec![];
    for p in &m.ports {
        let s = m.signal(*p);
        let Some(f) = s.name.strip_suffix("valid").filter(|f| !f.is_empty()) else {
            continue;
        };
        let Some(d @ (Direction::Input | Direction::Output)) = s.direction else {
            continue;
        };
        let ready = format!("{f}ready");
        if dir(m, &ready) != Some(opposite(d)) {
            continue;
        }
        let name = f.trim_end_matches('_');
        if name.is_empty() {
            continue;
        }
        let data: Vec<String> = if f.ends_with('_') && dir(m, name) == Some(d) {
            vec![name.to_string()]
        } else {
            if dir(m, &format!("{f}accept")) == Some(Direction::Input) {
                continue; // Polyphony function handshake: <fn>_ready / _valid / _accept
            }
            m.ports
                .iter()
                .map(|q| m.signal(*q))
                .filter(|q| q.direction == Some(d) && q.name.starts_with(f))
                .filter(|q| q.name != s.name)
                .map(|q| q.name.clone())
                .collect()
        };
        if data.is_empty() {
            continue;
        }
        v.push(Stream {
            name: name.to_string(),
            input: d == Direction::Input,
            valid: s.name.clone(),
            ready: Some(ready),
            data,
        });
    }
    v.extend(recognised_hls(m));
    v
}

/// Stream ports as Vitis / Vivado HLS name them (`shared/hls-styles.md`):
/// - AXI4-Stream `<s>_TVALID` / `<s>_TREADY`, data every `<s>_T*` port in the valid's direction
///   (TDATA, TKEEP, TSTRB, TUSER, TLAST, TID, TDEST);
/// - ap_fifo out: `<y>_write` / `<y>_full_n`, data `<y>_din`; in: `<x>_empty_n` / `<x>_read`,
///   data `<x>_dout` (an item moves at each edge with both high, as for any stream here).
fn recognised_hls(m: &Module) -> Vec<Stream> {
    let mut v = vec![];
    for p in &m.ports {
        let s = m.signal(*p);
        let Some(d @ (Direction::Input | Direction::Output)) = s.direction else {
            continue;
        };
        let stream = |name: &str, valid: &str, ready: String, data: Vec<String>| Stream {
            name: name.to_string(),
            input: d == Direction::Input,
            valid: valid.to_string(),
            ready: Some(ready),
            data,
        };
        if let Some(f) = s.name.strip_suffix("_TVALID").filter(|f| !f.is_empty()) {
            let ready = format!("{f}_TREADY");
            if dir(m, &ready) != Some(opposite(d)) {
                continue;
            }
            let data: Vec<String> = m
                .ports
                .iter()
                .map(|q| m.signal(*q))
                .filter(|q| q.direction == Some(d) && q.name != s.name)
                .filter(|q| q.name.strip_prefix(f).is_some_and(|t| t.starts_with("_T")))
                .map(|q| q.name.clone())
                .collect();
            if !data.is_empty() {
                v.push(stream(f, &s.name, ready, data));
            }
        } else {
            // ap_fifo: (valid suffix, its direction, ready suffix, data suffix).
            for (valid, vd, ready, data) in [
                ("_write", Direction::Output, "_full_n", "_din"),
                ("_empty_n", Direction::Input, "_read", "_dout"),
            ] {
                let Some(f) = s.name.strip_suffix(valid).filter(|f| !f.is_empty()) else {
                    continue;
                };
                let (r, x) = (format!("{f}{ready}"), format!("{f}{data}"));
                if d == vd && dir(m, &r) == Some(opposite(vd)) && dir(m, &x) == Some(vd) {
                    v.push(stream(f, &s.name, r, vec![x]));
                }
            }
        }
    }
    v
}

fn need(m: &Module, name: &str, d: Direction, what: &str) -> Result<(), Diagnostic> {
    match dir(m, name) {
        Some(got) if got == d => Ok(()),
        Some(_) => Err(Diagnostic::plain(format!(
            "stream {what} `{name}` is a port of `{}` in the wrong direction",
            m.name
        ))),
        None => Err(Diagnostic::plain(format!(
            "stream {what} `{name}` is not a port of `{}`",
            m.name
        ))),
    }
}

/// The streams of `m`: the given ones, then those recognised by name that share no port with
/// them.
pub fn find(m: &Module, given: &[StreamSpec]) -> Result<Vec<Stream>, Diagnostic> {
    let found = recognised(m);
    let mut v = vec![];
    for g in given {
        let d = match dir(m, &g.valid) {
            Some(d @ (Direction::Input | Direction::Output)) => d,
            _ => {
                return Err(Diagnostic::plain(format!(
                    "stream valid `{}` is not an input or output port of `{}`",
                    g.valid, m.name
                )))
            }
        };
        if let Some(r) = &g.ready {
            need(m, r, opposite(d), "ready")?;
        }
        let recognised = found.iter().find(|s| s.valid == g.valid);
        let data = if g.data.is_empty() {
            recognised
                .as_ref()
                .map(|s| s.data.clone())
                .unwrap_or_default()
        } else {
            g.data.clone()
        };
        if data.is_empty() {
            return Err(Diagnostic::plain(format!(
                "stream `{}`: name its data ports (VALID[/READY]=DATA,...)",
                g.valid
            )));
        }
        for x in &data {
            need(m, x, d, "data")?;
        }
        let name = g
            .valid
            .strip_suffix("_valid")
            .unwrap_or(&g.valid)
            .to_string();
        v.push(Stream {
            name,
            input: d == Direction::Input,
            valid: g.valid.clone(),
            ready: g.ready.clone().or(recognised.and_then(|s| s.ready.clone())),
            data,
        });
    }
    for r in found {
        let ports = |s: &Stream| {
            let mut p = vec![s.valid.clone()];
            p.extend(s.ready.clone());
            p.extend(s.data.clone());
            p
        };
        let taken: Vec<String> = v.iter().flat_map(ports).collect();
        if !ports(&r).iter().any(|p| taken.contains(p)) {
            v.push(r);
        }
    }
    let mut names: Vec<&str> = v.iter().map(|s| s.name.as_str()).collect();
    names.sort();
    if let Some(w) = names.windows(2).find(|w| w[0] == w[1]) {
        return Err(Diagnostic::plain(format!(
            "two streams are named `{}`",
            w[0]
        )));
    }
    Ok(v)
}

/// Is `n` the valid or ready port of one of `streams`?
pub fn is_handshake(streams: &[Stream], n: &str) -> bool {
    streams
        .iter()
        .any(|s| s.valid == n || s.ready.as_deref() == Some(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_forms() {
        assert_eq!(
            parse_spec("rvalid=rdata,carry").unwrap(),
            StreamSpec {
                valid: "rvalid".into(),
                ready: None,
                data: vec!["rdata".into(), "carry".into()]
            }
        );
        assert_eq!(
            parse_spec("cmd_valid/cmd_ready").unwrap(),
            StreamSpec {
                valid: "cmd_valid".into(),
                ready: Some("cmd_ready".into()),
                data: vec![]
            }
        );
        for bad in ["", "a/", "a=", "a=b,", "a b", "a/b/c"] {
            assert!(parse_spec(bad).is_err(), "{bad}");
        }
    }
}
