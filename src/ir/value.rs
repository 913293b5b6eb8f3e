//! Three-valued (0/1/X) bit vectors of any width.
//!
//! Partial evaluation with the state register fixed needs exact constant folding on arbitrary widths
//! (one-hot state registers of Vitis designs have hundreds of bits) and an honest "unknown".
//! `z` is folded into `x`: idet never reasons about tri-state buses.
//!
//! Nearly every value is at most 64 bits wide, so those are two machine words and every
//! operator on them is a few instructions; wider vectors use `value_wide::Wide` (`BigUint`s),
//! which is also the reference the fast path is property-tested against (`tests` below). Why:
//! with `BigUint`s for everything, analyze spent ~60 % of its time allocating them (perf on the
//! hls4ml upsample2d design, 1,996 composite states).

use super::value_wide::{ones, Wide};
use num_bigint::BigUint;
use num_traits::Zero;
use std::fmt;

/// The bits of a `Tv`. Canonical per width, so the derived `Eq`/`Hash` compare values.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
enum Bits {
    /// Width ≤ 64: bits above the width are 0 and `val & xm == 0`.
    Small { val: u64, xm: u64 },
    /// Width > 64, with `Wide`'s invariants.
    Big { val: BigUint, xm: BigUint },
}

/// A bit vector of `width` bits; unknown bits are X (their value bit is 0).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Tv {
    width: u32,
    bits: Bits,
    /// Signedness only matters for extension and comparison.
    pub signed: bool,
}

/// The low `w` bits set (`w` ≤ 64).
fn mask(w: u32) -> u64 {
    if w >= 64 {
        u64::MAX
    } else {
        (1u64 << w) - 1
    }
}

fn low64(b: &BigUint) -> u64 {
    b.iter_u64_digits().next().unwrap_or(0)
}

/// The value of known bits `v` of a `w`-bit vector as an integer, two's complement if `signed`.
fn as_i128(v: u64, w: u32, signed: bool) -> i128 {
    if signed && (v >> (w - 1)) & 1 == 1 {
        v as i128 - (1i128 << w)
    } else {
        v as i128
    }
}

impl Tv {
    /// Widths are capped to keep a malicious `'d99999999` literal from eating memory.
    pub const MAX_WIDTH: u32 = Wide::MAX_WIDTH;

    /// A vector of `width` (1..=64) bits, normalised.
    fn small(width: u32, val: u64, xm: u64, signed: bool) -> Tv {
        let m = mask(width);
        let xm = xm & m;
        Tv {
            width,
            bits: Bits::Small {
                val: val & m & !xm,
                xm,
            },
            signed,
        }
    }

    /// Both words, when at most 64 bits wide.
    fn words(&self) -> Option<(u64, u64)> {
        match self.bits {
            Bits::Small { val, xm } => Some((val, xm)),
            Bits::Big { .. } => None,
        }
    }

    fn wide(&self) -> Wide {
        let (val, xmask) = match &self.bits {
            Bits::Small { val, xm } => (BigUint::from(*val), BigUint::from(*xm)),
            Bits::Big { val, xm } => (val.clone(), xm.clone()),
        };
        Wide {
            width: self.width,
            val,
            xmask,
            signed: self.signed,
        }
    }

    fn from_wide(w: Wide) -> Tv {
        if w.width <= 64 {
            return Tv::small(w.width, low64(&w.val), low64(&w.xmask), w.signed);
        }
        Tv {
            width: w.width,
            bits: Bits::Big {
                val: w.val,
                xm: w.xmask,
            },
            signed: w.signed,
        }
    }

    pub fn known(width: u32, val: BigUint) -> Tv {
        let width = width.clamp(1, Self::MAX_WIDTH);
        if width <= 64 {
            return Tv::small(width, low64(&val), 0, false);
        }
        Tv::from_wide(Wide::known(width, val))
    }

    pub fn from_u64(width: u32, v: u64) -> Tv {
        let width = width.clamp(1, Self::MAX_WIDTH);
        if width <= 64 {
            return Tv::small(width, v, 0, false);
        }
        Tv::from_wide(Wide::from_u64(width, v))
    }

    pub fn unknown(width: u32) -> Tv {
        let width = width.clamp(1, Self::MAX_WIDTH);
        if width <= 64 {
            return Tv::small(width, 0, u64::MAX, false);
        }
        Tv::from_wide(Wide::unknown(width))
    }

    /// Build from value and unknown-mask (bits in `xmask` become X).
    pub fn with_mask(width: u32, val: BigUint, xmask: BigUint) -> Tv {
        let width = width.clamp(1, Self::MAX_WIDTH);
        if width <= 64 {
            return Tv::small(width, low64(&val), low64(&xmask), false);
        }
        Tv::from_wide(Wide::with_mask(width, val, xmask))
    }

    pub fn bit(b: Option<bool>) -> Tv {
        match b {
            Some(v) => Tv::small(1, v as u64, 0, false),
            None => Tv::small(1, 0, 1, false),
        }
    }

    pub fn signed(mut self, s: bool) -> Tv {
        self.signed = s;
        self
    }

    pub fn width(&self) -> u32 {
        self.width
    }
    pub fn is_known(&self) -> bool {
        match &self.bits {
            Bits::Small { xm, .. } => *xm == 0,
            Bits::Big { xm, .. } => xm.is_zero(),
        }
    }
    pub fn is_fully_unknown(&self) -> bool {
        match &self.bits {
            Bits::Small { xm, .. } => *xm == mask(self.width),
            Bits::Big { xm, .. } => *xm == ones(self.width),
        }
    }
    /// The value when every bit is known.
    pub fn value(&self) -> Option<BigUint> {
        self.is_known().then(|| self.raw_val())
    }
    pub fn to_u64(&self) -> Option<u64> {
        match &self.bits {
            Bits::Small { val, xm } => (*xm == 0).then_some(*val),
            Bits::Big { .. } => self.wide().to_u64(),
        }
    }
    /// The known-one bits (X bits read 0).
    pub fn raw_val(&self) -> BigUint {
        match &self.bits {
            Bits::Small { val, .. } => BigUint::from(*val),
            Bits::Big { val, .. } => val.clone(),
        }
    }
    /// The unknown bits.
    pub fn raw_xmask(&self) -> BigUint {
        match &self.bits {
            Bits::Small { xm, .. } => BigUint::from(*xm),
            Bits::Big { xm, .. } => xm.clone(),
        }
    }

    /// Truthiness as Verilog `if` sees it: known-true if any bit is 1, known-false if all bits are 0.
    pub fn truth(&self) -> Option<bool> {
        match &self.bits {
            Bits::Small { val, xm } => match (*val != 0, *xm == 0) {
                (true, _) => Some(true),
                (false, true) => Some(false),
                _ => None,
            },
            Bits::Big { .. } => self.wide().truth(),
        }
    }

    pub fn get_bit(&self, i: u32) -> Option<bool> {
        if i >= self.width {
            return None; // out of range reads give x
        }
        match &self.bits {
            Bits::Small { val, xm } => ((xm >> i) & 1 == 0).then_some((val >> i) & 1 == 1),
            Bits::Big { val, xm } => (!xm.bit(i as u64)).then(|| val.bit(i as u64)),
        }
    }

    /// Zero- or sign-extend (by `self.signed`), or truncate, to `width`.
    pub fn resize(&self, width: u32) -> Tv {
        let width = width.clamp(1, Self::MAX_WIDTH);
        if width == self.width {
            return self.clone();
        }
        let Some((mut val, mut xm)) = self.words().filter(|_| width <= 64) else {
            return Tv::from_wide(self.wide().resize(width));
        };
        if width > self.width && self.signed {
            let ext = mask(width) ^ mask(self.width);
            let top = self.width - 1;
            if (xm >> top) & 1 == 1 {
                xm |= ext;
            } else if (val >> top) & 1 == 1 {
                val |= ext;
            }
        }
        Tv::small(width, val, xm, self.signed)
    }

    /// Bits [lsb, lsb+width) as a new vector; bits outside self are X.
    pub fn slice(&self, lsb: i64, width: u32) -> Tv {
        let width = width.clamp(1, Self::MAX_WIDTH);
        if let Some((val, xm)) = self.words() {
            if width <= 64 && lsb >= 0 && lsb + width as i64 <= self.width as i64 {
                return Tv::small(width, val >> lsb, xm >> lsb, false);
            }
        }
        // Out of range, or from a wide vector: the general form.
        Tv::from_wide(self.wide().slice(lsb, width))
    }

    /// Concatenate, `parts[0]` most significant.
    pub fn concat(parts: &[Tv]) -> Tv {
        let total: u64 = parts.iter().map(|p| p.width as u64).sum();
        if total <= 64 && parts.iter().all(|p| p.words().is_some()) {
            let (mut val, mut xm) = (0u64, 0u64);
            for p in parts {
                let (v, x) = p.words().unwrap_or_default();
                val = val.checked_shl(p.width).unwrap_or(0) | v;
                xm = xm.checked_shl(p.width).unwrap_or(0) | x;
            }
            return Tv::small((total as u32).max(1), val, xm, false);
        }
        let wides: Vec<Wide> = parts.iter().map(Tv::wide).collect();
        Tv::from_wide(Wide::concat(&wides))
    }

    pub fn not(&self) -> Tv {
        match self.words() {
            Some((val, xm)) => Tv::small(self.width, !val, xm, self.signed),
            None => Tv::from_wide(self.wide().not()),
        }
    }

    /// Both operands at their common width, as words when that is at most 64 bits.
    fn pair(&self, o: &Tv) -> Option<(u32, u64, u64, u64, u64)> {
        let w = self.width.max(o.width);
        if w > 64 {
            return None;
        }
        let (av, ax) = self.resize(w).words()?;
        let (bv, bx) = o.resize(w).words()?;
        Some((w, av, ax, bv, bx))
    }

    /// Bitwise and with the usual 0-dominates rule (operands already resized).
    pub fn and(&self, o: &Tv) -> Tv {
        let Some((w, av, ax, bv, bx)) = self.pair(o) else {
            return Tv::from_wide(self.wide().and(&o.wide()));
        };
        let known_zero = !(av | ax) | !(bv | bx);
        Tv::small(w, av & bv, (ax | bx) & !known_zero, false)
    }

    pub fn or(&self, o: &Tv) -> Tv {
        let Some((w, av, ax, bv, bx)) = self.pair(o) else {
            return Tv::from_wide(self.wide().or(&o.wide()));
        };
        let known_one = av | bv;
        Tv::small(w, known_one, (ax | bx) & !known_one, false)
    }

    pub fn xor(&self, o: &Tv) -> Tv {
        let Some((w, av, ax, bv, bx)) = self.pair(o) else {
            return Tv::from_wide(self.wide().xor(&o.wide()));
        };
        Tv::small(w, av ^ bv, ax | bx, false)
    }

    pub fn reduce_and(&self) -> Tv {
        let Some((val, xm)) = self.words() else {
            return Tv::from_wide(self.wide().reduce_and());
        };
        if (val | xm) != mask(self.width) {
            Tv::bit(Some(false))
        } else if xm == 0 {
            Tv::bit(Some(true))
        } else {
            Tv::bit(None)
        }
    }
    pub fn reduce_or(&self) -> Tv {
        Tv::bit(self.truth())
    }
    pub fn reduce_xor(&self) -> Tv {
        if self.is_known() {
            Tv::bit(Some(self.count_ones() % 2 == 1))
        } else {
            Tv::bit(None)
        }
    }

    /// Equality, three-valued: known-false as soon as one known bit differs.
    pub fn eq3(&self, o: &Tv) -> Tv {
        let Some((_, av, ax, bv, bx)) = self.pair(o) else {
            return Tv::from_wide(self.wide().eq3(&o.wide()));
        };
        if (av ^ bv) & !(ax | bx) != 0 {
            Tv::bit(Some(false))
        } else if ax == 0 && bx == 0 {
            Tv::bit(Some(true))
        } else {
            Tv::bit(None)
        }
    }

    /// `casez`/`casex` style match: `pattern` bits that are X are wildcards.
    pub fn wildcard_match(&self, pattern: &Tv) -> Tv {
        let Some((w, av, ax, pv, px)) = self.pair(pattern) else {
            return Tv::from_wide(self.wide().wildcard_match(&pattern.wide()));
        };
        let care = !px & mask(w);
        if (av ^ pv) & care & !ax != 0 {
            Tv::bit(Some(false))
        } else if care & ax == 0 {
            Tv::bit(Some(true))
        } else {
            Tv::bit(None)
        }
    }

    /// Ordering comparison; signed when both operands are signed.
    pub fn lt(&self, o: &Tv) -> Option<bool> {
        let w = self.width.max(o.width);
        let signed = self.signed && o.signed;
        let (a, b) = (
            self.clone().signed(signed).resize(w),
            o.clone().signed(signed).resize(w),
        );
        match (a.words(), b.words()) {
            (Some((av, 0)), Some((bv, 0))) => Some(as_i128(av, w, signed) < as_i128(bv, w, signed)),
            (Some(_), Some(_)) => None,
            _ => a.wide().lt(&b.wide()),
        }
    }

    /// Arithmetic on known values in `width` bits; any X operand gives all-X.
    pub fn arith(&self, o: &Tv, width: u32, op: ArithOp) -> Tv {
        let width = width.clamp(1, Self::MAX_WIDTH);
        if width > 64 || op == ArithOp::Pow {
            return Tv::from_wide(self.wide().arith(&o.wide(), width, op));
        }
        let signed = self.signed && o.signed;
        let a = self.clone().signed(signed).resize(width).to_u64();
        let b = o.clone().signed(signed).resize(width).to_u64();
        let (Some(a), Some(b)) = (a, b) else {
            return Tv::unknown(width);
        };
        let (a, b) = (as_i128(a, width, signed), as_i128(b, width, signed));
        let r = match op {
            ArithOp::Add => Some(a.wrapping_add(b)),
            ArithOp::Sub => Some(a.wrapping_sub(b)),
            ArithOp::Mul => Some(a.wrapping_mul(b)),
            ArithOp::Div => (b != 0).then(|| a / b),
            ArithOp::Mod => (b != 0).then(|| a % b),
            ArithOp::Pow => None,
        };
        match r {
            // Two's complement: the low `width` bits are the result modulo 2^width.
            Some(r) => Tv::small(width, r as u64, 0, signed),
            None => Tv::unknown(width),
        }
    }

    pub fn shift(&self, amount: &Tv, width: u32, kind: ShiftKind) -> Tv {
        let width = width.clamp(1, Self::MAX_WIDTH);
        if width > 64 {
            return Tv::from_wide(self.wide().shift(&amount.wide(), width, kind));
        }
        let Some(n) = amount.to_u64() else {
            return Tv::unknown(width);
        };
        let (val, xm) = self.resize(width).words().unwrap_or((0, u64::MAX));
        let n = n.min(width as u64) as u32;
        let shl = |v: u64| v.checked_shl(n).unwrap_or(0);
        let shr = |v: u64| v.checked_shr(n).unwrap_or(0);
        match kind {
            ShiftKind::Left => Tv::small(width, shl(val), shl(xm), false),
            ShiftKind::Right => Tv::small(width, shr(val), shr(xm), false),
            ShiftKind::ArithRight if !self.signed => Tv::small(width, shr(val), shr(xm), false),
            ShiftKind::ArithRight => {
                let m = mask(width);
                let fill = m ^ shr(m);
                let (mut v, mut x) = (shr(val), shr(xm));
                let top = width - 1;
                if (xm >> top) & 1 == 1 {
                    x |= fill;
                } else if (val >> top) & 1 == 1 {
                    v |= fill;
                }
                Tv::small(width, v, x, true)
            }
        }
    }

    /// Merge of two possible values: bits that differ become X.
    pub fn merge(&self, o: &Tv) -> Tv {
        let Some((w, av, ax, bv, bx)) = self.pair(o) else {
            return Tv::from_wide(self.wide().merge(&o.wide()));
        };
        Tv::small(w, av, ax | bx | (av ^ bv), false)
    }

    /// Number of bits set (known ones); used for one-hot checks.
    pub fn count_ones(&self) -> u64 {
        match &self.bits {
            Bits::Small { val, .. } => val.count_ones() as u64,
            Bits::Big { val, .. } => val.count_ones(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftKind {
    Left,
    Right,
    ArithRight,
}

impl fmt::Display for Tv {
    /// Verilog-style: `4'd5` when known and narrow, otherwise binary with x.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((v, 0)) = self.words() {
            return write!(f, "{}'d{}", self.width, v);
        }
        if self.is_known() {
            return write!(f, "{}'h{:x}", self.width, self.raw_val());
        }
        write!(f, "{}'b", self.width)?;
        for i in (0..self.width).rev() {
            match self.get_bit(i) {
                Some(true) => write!(f, "1")?,
                Some(false) => write!(f, "0")?,
                None => write!(f, "x")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    //! The 64-bit fast path against the `BigUint` reference (`Wide`), on widths around 64.
    use super::*;
    use proptest::prelude::*;

    fn tv() -> impl Strategy<Value = Tv> {
        (
            1u32..=80,
            any::<u128>(),
            any::<u128>(),
            any::<bool>(),
            0u8..4,
        )
            .prop_map(|(w, v, x, s, xk)| {
                // X bits: none, few or many, so known values are common.
                let x = match xk {
                    0 | 1 => 0,
                    2 => x & (x >> 7) & (x >> 13),
                    _ => x,
                };
                Tv::with_mask(w, BigUint::from(v), BigUint::from(x)).signed(s)
            })
    }

    /// The reference result of an operator, through `Wide`.
    fn reference(w: Wide) -> Tv {
        Tv::from_wide(w)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn unary_ops_match_reference(a in tv(), w in 1u32..=80, lsb in -8i64..90) {
            prop_assert_eq!(a.resize(w), reference(a.wide().resize(w)));
            prop_assert_eq!(a.slice(lsb, w), reference(a.wide().slice(lsb, w)));
            prop_assert_eq!(a.not(), reference(a.wide().not()));
            prop_assert_eq!(a.reduce_and(), reference(a.wide().reduce_and()));
            prop_assert_eq!(a.reduce_or(), reference(a.wide().reduce_or()));
            prop_assert_eq!(a.reduce_xor(), reference(a.wide().reduce_xor()));
            prop_assert_eq!(a.truth(), a.wide().truth());
            prop_assert_eq!(a.to_u64(), a.wide().to_u64());
            prop_assert_eq!(a.count_ones(), a.wide().count_ones());
            prop_assert_eq!(a.is_known(), a.wide().is_known());
            prop_assert_eq!(a.is_fully_unknown(), a.wide().is_fully_unknown());
            prop_assert_eq!(a.get_bit(w), a.wide().get_bit(w));
        }

        #[test]
        fn binary_ops_match_reference(a in tv(), b in tv(), w in 1u32..=80) {
            let (wa, wb) = (a.wide(), b.wide());
            prop_assert_eq!(a.and(&b), reference(wa.and(&wb)));
            prop_assert_eq!(a.or(&b), reference(wa.or(&wb)));
            prop_assert_eq!(a.xor(&b), reference(wa.xor(&wb)));
            prop_assert_eq!(a.eq3(&b), reference(wa.eq3(&wb)));
            prop_assert_eq!(a.wildcard_match(&b), reference(wa.wildcard_match(&wb)));
            prop_assert_eq!(a.merge(&b), reference(wa.merge(&wb)));
            prop_assert_eq!(a.lt(&b), wa.lt(&wb));
            for op in [ArithOp::Add, ArithOp::Sub, ArithOp::Mul, ArithOp::Div, ArithOp::Mod] {
                prop_assert_eq!(a.arith(&b, w, op), reference(wa.arith(&wb, w, op)), "{:?}", op);
            }
            let n = Tv::from_u64(7, b.to_u64().unwrap_or(0) % 100);
            for k in [ShiftKind::Left, ShiftKind::Right, ShiftKind::ArithRight] {
                prop_assert_eq!(a.shift(&n, w, k), reference(wa.shift(&n.wide(), w, k)), "{:?}", k);
            }
            prop_assert_eq!(Tv::concat(&[a.clone(), b.clone()]), reference(Wide::concat(&[wa, wb])));
        }

        #[test]
        fn display_matches_reference(a in tv()) {
            let w = a.wide();
            let expected = if w.is_known() && w.width <= 64 {
                format!("{}'d{}", w.width, w.val)
            } else if w.is_known() {
                format!("{}'h{:x}", w.width, w.val)
            } else {
                format!("{}'b{}", w.width, (0..w.width).rev().map(|i| match w.get_bit(i) {
                    Some(true) => '1', Some(false) => '0', None => 'x' }).collect::<String>())
            };
            prop_assert_eq!(a.to_string(), expected);
        }
    }
}
