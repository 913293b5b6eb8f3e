//! Output qualifiers: which output port says when another one carries a value.
//!
//! Every HLS interface protocol qualifies its data outputs with a valid: an AXI4-Stream `TDATA`
//! means something only while `TVALID` is high, `ap_return` while `ap_done` is, an `ap_memory`
//! address or write data while the port's `ce` is. A host that follows the protocol never looks
//! at a data output while its valid is low, so a register that reaches that output only then is
//! not observed (issue 18, "protocol-aware outputs"): `defuse` reads such an output's cone only
//! in states where one of its valids may be high. The valids themselves stay observed in every
//! state. This is a host contract, stated in the analyze report (`describe`), and the one thing
//! here that goes by port names: the names are the protocols' own. `idet verify`'s harness
//! applies the same table (`sim/verify.cpp` compares a qualified output only as a host following
//! the protocol would see it), so the loss campaigns and the liveness check prove it per design.
//! `--observe-outputs always` turns it off (today's rule before: every output read every cycle).

use crate::ir::{Direction, Module, SignalId};

/// One qualified output: `port` carries a value only while one of `valids` is high.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qualified {
    pub port: SignalId,
    pub valids: Vec<SignalId>,
    pub protocol: &'static str,
}

/// Whether outputs are observed only while their valid is high (`Protocol`, the default) or in
/// every cycle (`Always`: for a host that samples outputs outside their protocol).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OutputRule {
    #[default]
    Protocol,
    Always,
}

/// AXI channels: a field's suffix and its channel's valid.
const AXI_FIELDS: &[(&str, &[&str])] = &[
    (
        "AWVALID",
        &[
            "AWADDR", "AWLEN", "AWSIZE", "AWBURST", "AWLOCK", "AWCACHE", "AWPROT", "AWQOS",
            "AWREGION", "AWUSER", "AWID",
        ],
    ),
    ("WVALID", &["WDATA", "WSTRB", "WLAST", "WUSER", "WID"]),
    (
        "ARVALID",
        &[
            "ARADDR", "ARLEN", "ARSIZE", "ARBURST", "ARLOCK", "ARCACHE", "ARPROT", "ARQOS",
            "ARREGION", "ARUSER", "ARID",
        ],
    ),
    ("RVALID", &["RDATA", "RRESP", "RLAST", "RUSER", "RID"]),
    ("BVALID", &["BRESP", "BUSER", "BID"]),
    (
        "TVALID",
        &["TDATA", "TKEEP", "TSTRB", "TLAST", "TUSER", "TID", "TDEST"],
    ),
];

/// Fixed pairs of whole names: (data, valids, protocol).
const NAMED: &[(&str, &[&str], &str)] = &[
    (
        "ap_return",
        &["ap_done"],
        "ap_ctrl_hs: ap_return with ap_done",
    ),
    ("return_val", &["finish"], "LegUp: return_val with finish"),
    (
        "return_port",
        &["done_port"],
        "Bambu: return_port with done_port",
    ),
];

/// The qualified outputs of `m` (its ports only; each valid is a 1-bit output of `m`).
pub fn output_qualifiers(m: &Module) -> Vec<Qualified> {
    let outputs: Vec<(SignalId, &str, u32)> = m
        .ports
        .iter()
        .filter(|p| matches!(m.signal(**p).direction, Some(Direction::Output)))
        .map(|p| (*p, m.signal(*p).name.as_str(), m.signal(*p).width()))
        .collect();
    let valid = |name: &str| -> Option<SignalId> {
        outputs
            .iter()
            .find(|(_, n, w)| *n == name && *w == 1)
            .map(|(s, _, _)| *s)
    };
    let mut out = vec![];
    for &(port, name, _) in &outputs {
        if let Some(q) = qualify(name, &valid) {
            if !q.0.contains(&port) {
                out.push(Qualified {
                    port,
                    valids: q.0,
                    protocol: q.1,
                });
            }
        }
    }
    out
}

/// The valids of output `name` and the protocol's description, if a rule applies.
fn qualify(
    name: &str,
    valid: &dyn Fn(&str) -> Option<SignalId>,
) -> Option<(Vec<SignalId>, &'static str)> {
    let all = |names: &[String]| -> Option<Vec<SignalId>> {
        names.iter().map(|n| valid(n)).collect::<Option<Vec<_>>>()
    };
    for (data, valids, protocol) in NAMED {
        if name == *data {
            let v: Vec<String> = valids.iter().map(|s| s.to_string()).collect();
            if let Some(v) = all(&v) {
                return Some((v, protocol));
            }
        }
    }
    // AXI4 / AXI4-Lite / AXI4-Stream: `<bundle>_<FIELD>` with `<bundle>_<CH>VALID`, in the
    // port's own case (Vitis writes `m_axi_gmem_AWADDR`, nngen `maxi_awaddr`).
    for (chan_valid, fields) in AXI_FIELDS {
        for f in *fields {
            for (field, vname) in [
                (f.to_string(), chan_valid.to_string()),
                (f.to_lowercase(), chan_valid.to_lowercase()),
            ] {
                if let Some(stem) = name.strip_suffix(field.as_str()) {
                    if let Some(v) = valid(&format!("{stem}{vname}")) {
                        let protocol = if *chan_valid == "TVALID" {
                            "AXI4-Stream: T* fields with TVALID"
                        } else {
                            "AXI4 / AXI4-Lite: channel fields with the channel's VALID"
                        };
                        return Some((vec![v], protocol));
                    }
                }
            }
        }
    }
    // ap_vld: `<x>` with `<x>_ap_vld`.
    if let Some(v) = valid(&format!("{name}_ap_vld")) {
        return Some((vec![v], "ap_vld: <x> with <x>_ap_vld"));
    }
    // ap_memory: `<a>_address<k>`, `<a>_d<k>`, `<a>_we<k>` with `<a>_ce<k>`.
    for suffix in ["_address", "_d", "_we"] {
        if let Some((stem, k)) = split_port_index(name, suffix) {
            if let Some(v) = valid(&format!("{stem}_ce{k}")) {
                return Some((vec![v], "ap_memory: address, d, we with ce"));
            }
        }
    }
    // ap_fifo: `<x>_din` with `<x>_write`.
    if let Some(stem) = name.strip_suffix("_din") {
        if let Some(v) = valid(&format!("{stem}_write")) {
            return Some((vec![v], "ap_fifo: <x>_din with <x>_write"));
        }
    }
    // Polyphony: `<fn>_out_<k>` with `<fn>_valid`.
    if let Some((stem, _)) = split_port_index(name, "_out_") {
        if let Some(v) = valid(&format!("{stem}_valid")) {
            return Some((vec![v], "Polyphony: <fn>_out_<k> with <fn>_valid"));
        }
    }
    // Bambu's top-level memory bus: address, write data and size with oe or we.
    for data in ["Mout_addr_ram", "Mout_Wdata_ram", "Mout_data_ram_size"] {
        if name == data {
            let v = ["Mout_oe_ram", "Mout_we_ram"].map(String::from);
            if let Some(v) = all(&v) {
                return Some((
                    v,
                    "Bambu memory bus: Mout_* with Mout_oe_ram or Mout_we_ram",
                ));
            }
        }
    }
    None
}

/// `<stem><suffix><digits>` → (stem, digits); the digits may be empty only for `_d`-like
/// suffixes that need none (never: an index is required, so `x_d` alone is not a port of a
/// memory).
fn split_port_index<'n>(name: &'n str, suffix: &str) -> Option<(&'n str, &'n str)> {
    let at = name.rfind(suffix)?;
    let (stem, rest) = (&name[..at], &name[at + suffix.len()..]);
    (!stem.is_empty() && !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
        .then_some((stem, rest))
}

/// One line per protocol for the analyze report: which outputs are read only with their valid.
pub fn describe(m: &Module, q: &[Qualified]) -> Vec<String> {
    let mut by: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    for x in q {
        let valids: Vec<&str> = x.valids.iter().map(|v| m.name_of(*v)).collect();
        by.entry(x.protocol).or_default().push(format!(
            "{} ({})",
            m.name_of(x.port),
            valids.join(" | ")
        ));
    }
    by.into_iter()
        .map(|(p, ports)| {
            format!(
                "outputs observed only while their valid is high (host contract, {p}; \
                 --observe-outputs always to drop it): {}",
                ports.join(", ")
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names<'a>(ports: &'a [&'a str]) -> impl Fn(&str) -> Option<SignalId> + 'a {
        move |n| {
            ports
                .iter()
                .position(|p| *p == n)
                .map(|i| SignalId(i as u32))
        }
    }

    #[test]
    fn each_protocol_finds_its_valid_and_nothing_else() {
        let ports = [
            "ap_done",
            "out_r_TVALID",
            "m_axi_gmem_AWVALID",
            "maxi_wvalid",
            "y_ap_vld",
            "buf_ce0",
            "q_write",
            "gcd_valid",
            "Mout_oe_ram",
            "Mout_we_ram",
        ];
        let v = names(&ports);
        let got = |n: &str| qualify(n, &v).map(|(s, _)| s);
        let id = |n: &str| v(n).unwrap();
        assert_eq!(got("ap_return"), Some(vec![id("ap_done")]));
        assert_eq!(got("out_r_TDATA"), Some(vec![id("out_r_TVALID")]));
        assert_eq!(got("out_r_TLAST"), Some(vec![id("out_r_TVALID")]));
        assert_eq!(
            got("m_axi_gmem_AWADDR"),
            Some(vec![id("m_axi_gmem_AWVALID")])
        );
        assert_eq!(got("maxi_wdata"), Some(vec![id("maxi_wvalid")]));
        assert_eq!(got("y"), Some(vec![id("y_ap_vld")]));
        assert_eq!(got("buf_address0"), Some(vec![id("buf_ce0")]));
        assert_eq!(got("buf_d0"), Some(vec![id("buf_ce0")]));
        assert_eq!(got("q_din"), Some(vec![id("q_write")]));
        assert_eq!(got("gcd_out_0"), Some(vec![id("gcd_valid")]));
        assert_eq!(
            got("Mout_addr_ram"),
            Some(vec![id("Mout_oe_ram"), id("Mout_we_ram")])
        );
        // No valid of that name: not qualified.
        assert_eq!(got("in_r_TDATA"), None);
        assert_eq!(got("buf_address1"), None);
        assert_eq!(got("m_axi_gmem_ARADDR"), None);
        assert_eq!(got("z"), None);
        assert_eq!(got("buf_d"), None);
    }
}
