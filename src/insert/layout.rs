//! Checkpoint payload layout: which registers and memory words each checkpoint saves, and where
//! each of their bits sits in the 32-bit NVM words.
//!
//! **One layout is shared by every checkpoint** (the *global* word space): each saved item has
//! one place, and a checkpoint's payload is the sequence of the global words it needs, in global
//! order (a few *runs*). The save multiplexer, the restore decode and the instance access decode
//! are then one case over global words each, whatever the number of checkpoints: per-checkpoint
//! layouts made them checkpoints x words (Vitis hash_table: 332 checkpoints of ~2,550 words,
//! an 8 MB augmented file that Verilator could not lint in 7 GB). Only the map from (checkpoint,
//! payload word) to global word is per checkpoint: one comparison and one addition per run.
//!
//! Items are grouped by the set of checkpoints that save them (their *signature*), groups one
//! after the other; a word shared by two groups is saved by the checkpoints of both (they need
//! it anyway), so a checkpoint's payload is no longer than its own items packed alone plus one
//! word per run boundary, and may hold a few bits of registers it need not save (restoring a
//! register with the value it had is harmless). Items of at most 32 bits never straddle a word (a word boundary costs a few
//! padding bits but keeps every save and restore a whole-register move); wider items start on a
//! word boundary; items owned by one submodule instance never share a word (an instance moves
//! one 32-bit part of its state per access, see `emit::insert`).
//! The first `reserved` words are idet's own registers (stream sequence counters), saved by
//! every checkpoint. Held handshake outputs are one group, last, in words of their own, so that
//! they are restored on the final restore cycle: a checkpoint where any of them is live saves
//! them all (restoring a dead register with the value it had is harmless).

use crate::ir::{Module, SignalId, Tv};
use serde::Serialize;
use std::collections::BTreeMap;

pub const WORD_BITS: u32 = 32;

/// One register, or one word of a memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub sig: SignalId,
    /// Declared index of a memory word; `None` for a register.
    pub index: Option<i64>,
    pub width: u32,
}

/// Bits `[item_lo, item_lo + width)` of an item travel in bits `[word_lo, word_lo + width)` of
/// global word `word`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Piece {
    pub item: usize,
    pub item_lo: u32,
    pub word: u32,
    pub word_lo: u32,
    pub width: u32,
}

/// Payload words `[at, at + len)` of a checkpoint are global words `[global, global + len)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    pub at: u32,
    pub global: u32,
    pub len: u32,
}

/// What one checkpoint saves, before layout.
#[derive(Clone, Debug)]
pub struct CkptSpec {
    pub id: u16,
    pub state: String,
    pub code: Tv,
    /// Registers and memories to save (whole signals).
    pub saved: Vec<SignalId>,
    /// Held handshake outputs live here.
    pub held: Vec<SignalId>,
}

#[derive(Clone, Debug)]
pub struct CkptLayout {
    pub id: u16,
    pub state: String,
    pub code: Tv,
    /// Saved registers and memories (whole signals), in payload order.
    pub saved: Vec<SignalId>,
    /// Indices in `Layout::items` of what this checkpoint saves, in payload order.
    pub items: Vec<usize>,
    /// Payload words as global words, in payload order; the reserved words come first.
    pub runs: Vec<Run>,
    pub words: u32,
    bits: u64,
}

impl CkptLayout {
    pub fn bits(&self) -> u64 {
        self.bits
    }

    /// The payload word of this checkpoint that holds global word `g`, if it saves it.
    pub fn payload_word(&self, g: u32) -> Option<u32> {
        self.runs
            .iter()
            .find(|r| (r.global..r.global + r.len).contains(&g))
            .map(|r| r.at + (g - r.global))
    }
}

/// The global word space and every checkpoint's place in it.
#[derive(Clone, Debug)]
pub struct Layout {
    pub items: Vec<Item>,
    pub pieces: Vec<Piece>,
    /// Leading global words that hold idet's own registers (stream sequence counters), not
    /// items; they are the first payload words of every checkpoint.
    pub reserved: u32,
    /// Global words in all.
    pub words: u32,
    pub ckpts: Vec<CkptLayout>,
    /// The pieces of each signal: one range of `pieces` (a signal's items are laid out
    /// together, in one group).
    by_sig: BTreeMap<SignalId, std::ops::Range<usize>>,
}

/// Items of one signal: the register, or each word of the memory.
fn items_of(m: &Module, s: SignalId) -> Vec<Item> {
    let sig = m.signal(s);
    match sig.array {
        None => vec![Item {
            sig: s,
            index: None,
            width: sig.width(),
        }],
        Some((a, b)) => (a.min(b)..=a.max(b))
            .map(|i| Item {
                sig: s,
                index: Some(i),
                width: sig.width(),
            })
            .collect(),
    }
}

/// Places items in the global word space, one after the other.
struct Packer {
    word: u32,
    used: u32,
    owners_in_word: Vec<usize>,
}

impl Packer {
    /// Places `items` (numbered from `first_item`) from the current position on, appending
    /// their pieces.
    fn place(
        &mut self,
        items: &[Item],
        first_item: usize,
        owner: &dyn Fn(SignalId) -> Option<usize>,
        pieces: &mut Vec<Piece>,
    ) {
        for (k, it) in items.iter().enumerate() {
            let n = first_item + k;
            let own = owner(it.sig);
            if it.width <= WORD_BITS {
                let shared = own.is_some_and(|o| self.owners_in_word.contains(&o));
                if self.used + it.width > WORD_BITS || (shared && self.used > 0) {
                    self.close();
                }
                self.owners_in_word.extend(own);
                pieces.push(Piece {
                    item: n,
                    item_lo: 0,
                    word: self.word,
                    word_lo: self.used,
                    width: it.width,
                });
                self.used += it.width;
            } else {
                self.close();
                let mut lo = 0;
                while lo < it.width {
                    let w = (it.width - lo).min(WORD_BITS);
                    pieces.push(Piece {
                        item: n,
                        item_lo: lo,
                        word: self.word,
                        word_lo: 0,
                        width: w,
                    });
                    lo += w;
                    self.word += 1;
                }
            }
        }
    }

    /// Ends the partly filled word, if any.
    fn close(&mut self) {
        if self.used > 0 {
            self.word += 1;
        }
        self.used = 0;
        self.owners_in_word.clear();
    }
}

impl Layout {
    /// Lays out `specs` (see the module comment); `owner` names the submodule instance a
    /// signal's state lives in.
    pub fn pack(
        m: &Module,
        specs: Vec<CkptSpec>,
        reserved: u32,
        owner: &dyn Fn(SignalId) -> Option<usize>,
    ) -> Layout {
        let n = specs.len();
        // Signature of every saved signal, and the order signals are first met in.
        let mut sig_of: BTreeMap<SignalId, Vec<bool>> = BTreeMap::new();
        let mut first_met: Vec<SignalId> = vec![];
        for (k, c) in specs.iter().enumerate() {
            for &s in &c.saved {
                let e = sig_of.entry(s).or_insert_with(|| {
                    first_met.push(s);
                    vec![false; n]
                });
                e[k] = true;
            }
        }
        // Groups in the order of their signatures, members first at the first checkpoint that
        // differs: groups saved together tend to sit side by side (few runs per checkpoint).
        let mut groups: BTreeMap<Vec<bool>, Vec<SignalId>> = BTreeMap::new();
        for s in first_met {
            let key: Vec<bool> = sig_of[&s].iter().map(|b| !b).collect();
            groups.entry(key).or_default().push(s);
        }
        let mut ordered: Vec<(Vec<bool>, Vec<SignalId>)> = groups
            .into_iter()
            .map(|(k, v)| (k.into_iter().map(|b| !b).collect(), v))
            .collect();
        // Held outputs: one group, last (it must be the final payload word).
        let mut held: Vec<SignalId> = vec![];
        for c in &specs {
            for &h in &c.held {
                if !held.contains(&h) && !sig_of.contains_key(&h) {
                    held.push(h);
                }
            }
        }
        let has_held = !held.is_empty();
        if has_held {
            ordered.push((specs.iter().map(|c| !c.held.is_empty()).collect(), held));
        }
        let mut items = vec![];
        let mut pieces: Vec<Piece> = vec![];
        let mut packer = Packer {
            word: reserved,
            used: 0,
            owners_in_word: vec![],
        };
        // Per group: its global words `[w0, w1)` and its items. Consecutive groups may share
        // a word: it is saved by the checkpoints of both, which needed it for their own part
        // anyway, so no checkpoint's payload grows (it holds a few bits it need not save).
        let mut spans: Vec<(u32, u32, std::ops::Range<usize>)> = vec![];
        for (g, (_, sigs)) in ordered.iter().enumerate() {
            if g + 1 == ordered.len() && has_held {
                packer.close();
            }
            let group: Vec<Item> = sigs.iter().flat_map(|&s| items_of(m, s)).collect();
            let (p0, i0) = (pieces.len(), items.len());
            packer.place(&group, i0, owner, &mut pieces);
            items.extend(group);
            let placed = &pieces[p0..];
            let w0 = placed.first().map_or(packer.word, |pc| pc.word);
            let w1 = placed.last().map_or(w0, |pc| pc.word + 1);
            spans.push((w0, w1, i0..items.len()));
        }
        packer.close();
        let word = packer.word;
        let ckpts = specs
            .into_iter()
            .enumerate()
            .map(|(k, c)| {
                let mut runs: Vec<Run> = vec![];
                if reserved > 0 {
                    runs.push(Run {
                        at: 0,
                        global: 0,
                        len: reserved,
                    });
                }
                let (mut saved, mut its, mut at) = (vec![], vec![], reserved);
                for ((member, sigs), (w0, w1, range)) in ordered.iter().zip(&spans) {
                    if !member[k] {
                        continue;
                    }
                    saved.extend(sigs.iter().copied());
                    its.extend(range.clone());
                    match runs.last_mut() {
                        Some(r) if r.global + r.len >= *w0 => {
                            let end = (r.global + r.len).max(*w1);
                            at += end - (r.global + r.len);
                            r.len = end - r.global;
                        }
                        _ => {
                            runs.push(Run {
                                at,
                                global: *w0,
                                len: w1 - w0,
                            });
                            at += w1 - w0;
                        }
                    }
                }
                let bits = its.iter().map(|&i| items[i].width as u64).sum();
                CkptLayout {
                    id: c.id,
                    state: c.state,
                    code: c.code,
                    saved,
                    items: its,
                    runs,
                    words: at,
                    bits,
                }
            })
            .collect();
        let mut by_sig: BTreeMap<SignalId, std::ops::Range<usize>> = BTreeMap::new();
        for (k, pc) in pieces.iter().enumerate() {
            by_sig
                .entry(items[pc.item].sig)
                .and_modify(|r| r.end = k + 1)
                .or_insert(k..k + 1);
        }
        Layout {
            items,
            pieces,
            reserved,
            words: word,
            ckpts,
            by_sig,
        }
    }

    /// The pieces of signal `sig`.
    pub fn pieces_of(&self, sig: SignalId) -> impl Iterator<Item = &Piece> {
        let r = self.by_sig.get(&sig).cloned().unwrap_or_default();
        self.pieces[r].iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Signal, SignalKind, Span};

    fn sig(name: &str, width: i64, array: Option<(i64, i64)>) -> Signal {
        Signal {
            name: name.into(),
            kind: SignalKind::Var,
            msb: width - 1,
            lsb: 0,
            signed: false,
            array,
            direction: None,
            init: None,
            attributes: vec![],
            span: Span::default(),
        }
    }

    fn module(sigs: Vec<Signal>) -> Module {
        Module {
            signals: sigs,
            ..Module::empty("m")
        }
    }

    fn spec(id: u16, saved: &[u32], held: &[u32]) -> CkptSpec {
        CkptSpec {
            id,
            state: format!("S{id}"),
            code: Tv::from_u64(2, id as u64),
            saved: saved.iter().map(|&i| SignalId(i)).collect(),
            held: held.iter().map(|&i| SignalId(i)).collect(),
        }
    }

    #[test]
    fn small_items_share_words_without_straddling_and_wide_ones_are_aligned() {
        let m = module(vec![
            sig("a", 20, None),
            sig("b", 20, None),
            sig("c", 8, None),
            sig("wide", 70, None),
            sig("mem", 8, Some((0, 4))),
            sig("valid", 1, None),
        ]);
        let l = Layout::pack(&m, vec![spec(0, &[0, 1, 2, 3, 4], &[5])], 0, &|_| None);
        let at = |item: usize| -> Vec<(u32, u32, u32, u32)> {
            l.pieces
                .iter()
                .filter(|p| p.item == item)
                .map(|p| (p.item_lo, p.word, p.word_lo, p.width))
                .collect()
        };
        assert_eq!(at(0), vec![(0, 0, 0, 20)]);
        assert_eq!(
            at(1),
            vec![(0, 1, 0, 20)],
            "b does not fit beside a: next word"
        );
        assert_eq!(at(2), vec![(0, 1, 20, 8)], "c fits beside b");
        assert_eq!(at(3), vec![(0, 2, 0, 32), (32, 3, 0, 32), (64, 4, 0, 6)]);
        // Five 8-bit memory words: four in word 5, one in word 6.
        assert_eq!(at(4), vec![(0, 5, 0, 8)]);
        assert_eq!(at(8), vec![(0, 6, 0, 8)]);
        assert_eq!(
            at(9),
            vec![(0, 7, 0, 1)],
            "held output in its own last word"
        );
        let c = &l.ckpts[0];
        assert_eq!((c.words, l.words), (8, 8));
        assert_eq!(
            c.runs,
            vec![Run {
                at: 0,
                global: 0,
                len: 8
            }]
        );
        assert_eq!(c.bits(), 20 + 20 + 8 + 70 + 40 + 1);
    }

    #[test]
    fn checkpoints_share_one_place_per_item_and_save_only_their_groups() {
        // a: saved by both; b: only by 0; c: only by 1; h: held, live in 1 only.
        let m = module(vec![
            sig("a", 8, None),
            sig("b", 40, None),
            sig("c", 8, None),
            sig("h", 1, None),
        ]);
        let l = Layout::pack(
            &m,
            vec![spec(0, &[0, 1], &[]), spec(1, &[0, 2], &[3])],
            1,
            &|_| None,
        );
        // Reserved word 0; a (both) in word 1; b (0 only) in words 2-3; c (1 only) in word 4;
        // h in word 5.
        let word_of = |s: u32| -> Vec<u32> { l.pieces_of(SignalId(s)).map(|p| p.word).collect() };
        assert_eq!(word_of(0), vec![1]);
        assert_eq!(word_of(1), vec![2, 3]);
        assert_eq!(word_of(2), vec![4]);
        assert_eq!(word_of(3), vec![5]);
        assert_eq!(l.words, 6);
        let (c0, c1) = (&l.ckpts[0], &l.ckpts[1]);
        assert_eq!(
            c0.runs,
            vec![Run {
                at: 0,
                global: 0,
                len: 4
            }]
        );
        assert_eq!(
            c1.runs,
            vec![
                Run {
                    at: 0,
                    global: 0,
                    len: 2
                },
                Run {
                    at: 2,
                    global: 4,
                    len: 2
                }
            ]
        );
        assert_eq!((c0.words, c1.words), (4, 4));
        assert_eq!(c1.saved, vec![SignalId(0), SignalId(2), SignalId(3)]);
        assert_eq!((c0.bits(), c1.bits()), (48, 17));
        assert_eq!(
            c1.payload_word(5),
            Some(3),
            "held word is the last payload word"
        );
        assert_eq!(c1.payload_word(2), None);
    }

    #[test]
    fn groups_share_a_partly_filled_word_without_lengthening_any_payload() {
        let m = module(vec![
            sig("a", 8, None),
            sig("b", 8, None),
            sig("w", 40, None),
        ]);
        let l = Layout::pack(
            &m,
            vec![spec(0, &[0], &[]), spec(1, &[1, 2], &[])],
            0,
            &|_| None,
        );
        // a (checkpoint 0) first, then b and w (checkpoint 1): b joins a in word 0, the wide
        // w starts a fresh word.
        let word_of = |s: u32| -> Vec<u32> { l.pieces_of(SignalId(s)).map(|p| p.word).collect() };
        assert_eq!(
            (word_of(0), word_of(1), word_of(2)),
            (vec![0], vec![0], vec![1, 2])
        );
        assert_eq!((l.ckpts[0].words, l.ckpts[1].words), (1, 3));
        assert_eq!(l.ckpts[1].payload_word(2), Some(2));
        let m = module(vec![sig("a", 8, None), sig("b", 8, None)]);
        let l = Layout::pack(&m, vec![spec(0, &[0], &[]), spec(1, &[1], &[])], 0, &|_| {
            None
        });
        assert_eq!(l.words, 1, "a and b share word 0");
        assert_eq!((l.ckpts[0].words, l.ckpts[1].words), (1, 1));
        assert_eq!((l.ckpts[0].bits(), l.ckpts[1].bits()), (8, 8));
    }

    #[test]
    fn items_of_one_instance_never_share_a_word() {
        let m = module(vec![
            sig("x", 4, None),
            sig("y", 4, None),
            sig("z", 4, None),
        ]);
        let owner = |s: SignalId| (s.0 < 2).then_some(7);
        let l = Layout::pack(&m, vec![spec(0, &[0, 1, 2], &[])], 0, &owner);
        let words: Vec<u32> = l.pieces.iter().map(|p| p.word).collect();
        assert_eq!(words, vec![0, 1, 1], "y may not join x; z (top) may join y");
    }
}
