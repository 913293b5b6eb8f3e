//! Checkpoint payload layout: which registers and memory words each checkpoint saves, and where
//! each of their bits sits in the 32-bit NVM words of the payload.
//!
//! Items of at most 32 bits never straddle a word (a word boundary costs a few padding bits but
//! keeps every save and restore a whole-register move); wider items start on a word boundary.
//! Held handshake outputs come last, in their own word, so that they are restored on the final
//! restore cycle (see `emit::insert`).

use crate::ir::{Module, SignalId, Tv};
use serde::Serialize;

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
/// payload word `word`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Piece {
    pub item: usize,
    pub item_lo: u32,
    pub word: u32,
    pub word_lo: u32,
    pub width: u32,
}

#[derive(Clone, Debug)]
pub struct CkptLayout {
    pub id: u16,
    pub state: String,
    pub code: Tv,
    /// Saved registers and memories (whole signals), in payload order.
    pub saved: Vec<SignalId>,
    pub items: Vec<Item>,
    pub pieces: Vec<Piece>,
    /// Leading payload words that hold idet's own registers (stream sequence counters), not
    /// items.
    pub reserved: u32,
    pub words: u32,
}

impl CkptLayout {
    /// `saved` registers first (declaration order), `held_last` ones after them in a fresh word.
    pub fn pack(
        m: &Module,
        id: u16,
        state: String,
        code: Tv,
        saved: &[SignalId],
        held_last: &[SignalId],
    ) -> CkptLayout {
        Self::pack_owned(m, id, state, code, saved, held_last, 0, &|_| None)
    }

    /// `pack`, where items owned by one submodule instance (`owner`) never share a word: an
    /// instance moves one 32-bit part of its state per access (see `emit::insert`). The first
    /// `reserved` words are left to idet's own registers.
    #[allow(clippy::too_many_arguments)]
    pub fn pack_owned(
        m: &Module,
        id: u16,
        state: String,
        code: Tv,
        saved: &[SignalId],
        held_last: &[SignalId],
        reserved: u32,
        owner: &dyn Fn(SignalId) -> Option<usize>,
    ) -> CkptLayout {
        let mut items = vec![];
        let mut order: Vec<SignalId> = saved.to_vec();
        order.extend_from_slice(held_last);
        let first_held = saved.len();
        let mut held_from_item = usize::MAX;
        for (n, &s) in order.iter().enumerate() {
            if n == first_held {
                held_from_item = items.len();
            }
            let sig = m.signal(s);
            match sig.array {
                None => items.push(Item {
                    sig: s,
                    index: None,
                    width: sig.width(),
                }),
                Some((a, b)) => {
                    for i in a.min(b)..=a.max(b) {
                        items.push(Item {
                            sig: s,
                            index: Some(i),
                            width: sig.width(),
                        });
                    }
                }
            }
        }
        let (mut word, mut used) = (reserved, 0u32);
        let mut owners_in_word: Vec<usize> = vec![];
        let mut pieces = vec![];
        for (n, it) in items.iter().enumerate() {
            if n == held_from_item && used > 0 {
                word += 1;
                used = 0;
            }
            let own = owner(it.sig);
            if it.width <= WORD_BITS {
                let shared = own.is_some_and(|o| owners_in_word.contains(&o));
                if used + it.width > WORD_BITS || (shared && used > 0) {
                    word += 1;
                    used = 0;
                }
                if used == 0 {
                    owners_in_word.clear();
                }
                owners_in_word.extend(own);
                pieces.push(Piece {
                    item: n,
                    item_lo: 0,
                    word,
                    word_lo: used,
                    width: it.width,
                });
                used += it.width;
            } else {
                if used > 0 {
                    word += 1;
                }
                let mut lo = 0;
                while lo < it.width {
                    let w = (it.width - lo).min(WORD_BITS);
                    pieces.push(Piece {
                        item: n,
                        item_lo: lo,
                        word,
                        word_lo: 0,
                        width: w,
                    });
                    lo += w;
                    word += 1;
                }
                used = 0;
            }
        }
        let words = if used > 0 { word + 1 } else { word };
        CkptLayout {
            id,
            state,
            code,
            saved: order,
            items,
            pieces,
            reserved,
            words,
        }
    }

    pub fn bits(&self) -> u64 {
        self.items.iter().map(|i| i.width as u64).sum()
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
        let ids: Vec<SignalId> = (0..5).map(SignalId).collect();
        let l = CkptLayout::pack(&m, 0, "S".into(), Tv::from_u64(0, 2), &ids, &[SignalId(5)]);
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
        assert_eq!(l.words, 8);
        assert_eq!(l.bits(), 20 + 20 + 8 + 70 + 40 + 1);
    }
}
