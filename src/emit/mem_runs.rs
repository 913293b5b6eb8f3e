//! A memory of the top saved one element per global word, as one access port each way.
//!
//! Saved element by element, a memory got one constant-address read in the save multiplexer
//! and one constant-address restore write per element. Yosys maps every such access to a port
//! of its own: polyphony/fir's 8-word delay line took ~1,800 cells of read-port multiplexers
//! in the save path alone. Where consecutive global words hold consecutive elements, whole and
//! at bit 0, one read `mem[g - first + index0]` and one write under a range test do the same.

use super::ranges::{within, MIN_RUN};
use crate::insert::Decisions;
use crate::ir::{Module, SignalId};
use std::fmt::Write;

/// Global words `first..=last` hold elements `index0..` of memory `sig`, `width` bits each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemRun {
    pub sig: SignalId,
    pub first: u32,
    pub last: u32,
    pub index0: i64,
    pub width: u32,
}

impl MemRun {
    pub fn contains(&self, word: u32) -> bool {
        self.first <= word && word <= self.last
    }
    /// Bits of an index of the memory (Verilator checks them against its depth).
    fn index_bits(&self, m: &Module) -> u32 {
        let d = m.signal(self.sig).depth().max(2) - 1;
        64 - d.leading_zeros()
    }
    /// The element word `g` holds, as an index expression (`g` a 16-bit global word).
    fn index(&self, m: &Module, p: &str, side: &str, k: usize) -> String {
        format!("{p}{side}o_{k}[{}:0]", self.index_bits(m) - 1)
    }
}

/// The runs of the top's own memories (not those reached through an instance's access port),
/// `MIN_RUN` elements at least; declared from index 0 (`[0:N-1]` or `[N-1:0]`).
pub fn find(m: &Module, dec: &Decisions) -> Vec<MemRun> {
    let l = &dec.layout;
    let shared = |k: usize| {
        let w = l.pieces[k].word;
        (k > 0 && l.pieces[k - 1].word == w) || l.pieces.get(k + 1).is_some_and(|n| n.word == w)
    };
    // One element, whole, alone in its word.
    let element = |k: usize| {
        let pc = &l.pieces[k];
        let it = &l.items[pc.item];
        let s = m.signal(it.sig);
        it.index.is_some()
            && pc.item_lo == 0
            && pc.word_lo == 0
            && pc.width == it.width
            && it.width <= 32
            && s.array.is_some_and(|(a, b)| a.min(b) == 0)
            && !shared(k)
            && super::children::port_of(m, dec, it.sig).is_none()
    };
    let mut out = vec![];
    let mut k = 0;
    while k < l.pieces.len() {
        if !element(k) {
            k += 1;
            continue;
        }
        let first = &l.pieces[k];
        let it0 = &l.items[first.item];
        let mut e = k + 1;
        while e < l.pieces.len() && element(e) {
            let (a, b) = (&l.pieces[e - 1], &l.pieces[e]);
            let (ia, ib) = (&l.items[a.item], &l.items[b.item]);
            if ib.sig != it0.sig || b.word != a.word + 1 || ib.index != ia.index.map(|i| i + 1) {
                break;
            }
            e += 1;
        }
        if e - k >= MIN_RUN {
            out.push(MemRun {
                sig: it0.sig,
                first: first.word,
                last: l.pieces[e - 1].word,
                index0: it0.index.unwrap_or(0),
                width: it0.width,
            });
        }
        k = e;
    }
    out
}

/// Declarations: per run, the element index on the save and the restore side, and the
/// restore's range test.
pub fn decls(runs: &[MemRun], p: &str) -> String {
    let mut s = String::new();
    if runs.is_empty() {
        return s;
    }
    // The indices are 16-bit differences of which the memory's index bits are used.
    let _ = writeln!(s, "  /* verilator lint_off UNUSEDSIGNAL */");
    for (k, r) in runs.iter().enumerate() {
        for side in ["sv", "ld"] {
            let g = if side == "sv" { "save_g" } else { "ld_g" };
            let _ = writeln!(
                s,
                "  wire [15:0] {p}{side}o_{k} = {p}{g} - 16'd{} + 16'd{};",
                r.first, r.index0
            );
        }
        let _ = writeln!(
            s,
            "  wire {p}ldr_{k} = {p}ld_valid & ({});",
            within(&format!("{p}ld_g"), r.first, r.last)
        );
    }
    let _ = writeln!(s, "  /* verilator lint_on UNUSEDSIGNAL */");
    s
}

/// The restore write of run `k` (`op`: `<=`, or `=` where the process writes it so).
pub fn load(m: &Module, r: &MemRun, k: usize, p: &str, op: &str) -> String {
    format!(
        "    if ({p}ldr_{k}) {}[{}] {op} {p}ld_word[{}:0];\n",
        m.signal(r.sig).name,
        r.index(m, p, "ld", k),
        r.width - 1
    )
}

/// The save read of run `k`, after the save multiplexer's case.
pub fn save(m: &Module, r: &MemRun, k: usize, p: &str) -> String {
    format!(
        "    if ({}) {p}save_word[{}:0] = {}[{}];\n",
        within(&format!("{p}save_g"), r.first, r.last),
        r.width - 1,
        m.signal(r.sig).name,
        r.index(m, p, "sv", k)
    )
}
