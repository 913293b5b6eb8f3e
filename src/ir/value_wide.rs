//! The any-width form of `Tv` (`super::value`): values kept as `BigUint`s. `Tv` uses it for
//! vectors wider than 64 bits (one-hot state registers of Vitis designs have hundreds) and it
//! is the reference the 64-bit fast path is tested against (`value::tests`).

use super::value::{ArithOp, ShiftKind};
use num_bigint::BigUint;
use num_traits::{One, ToPrimitive, Zero};

pub(super) fn ones(width: u32) -> BigUint {
    (BigUint::one() << width as usize) - BigUint::one()
}

/// A bit vector of `width` bits; bits set in `xmask` are unknown (their `val` bit is 0).
#[derive(Clone, PartialEq, Eq, Debug)]
pub(super) struct Wide {
    pub(super) width: u32,
    pub(super) val: BigUint,
    pub(super) xmask: BigUint,
    /// Signedness only matters for extension and comparison.
    pub(super) signed: bool,
}

impl Wide {
    /// Widths are capped to keep a malicious `'d99999999` literal from eating memory.
    pub(super) const MAX_WIDTH: u32 = 1 << 16;

    pub(super) fn known(width: u32, val: BigUint) -> Wide {
        let width = width.clamp(1, Self::MAX_WIDTH);
        Wide {
            width,
            val: val & ones(width),
            xmask: BigUint::zero(),
            signed: false,
        }
    }

    pub(super) fn from_u64(width: u32, v: u64) -> Wide {
        Wide::known(width, BigUint::from(v))
    }

    pub(super) fn unknown(width: u32) -> Wide {
        let width = width.clamp(1, Self::MAX_WIDTH);
        Wide {
            width,
            val: BigUint::zero(),
            xmask: ones(width),
            signed: false,
        }
    }

    /// Build from value and unknown-mask (bits in `xmask` become X).
    pub(super) fn with_mask(width: u32, val: BigUint, xmask: BigUint) -> Wide {
        let width = width.clamp(1, Self::MAX_WIDTH);
        let m = ones(width);
        let xmask = xmask & &m;
        let val = (val & m) & xmask.not_w(width);
        Wide {
            width,
            val,
            xmask,
            signed: false,
        }
    }

    pub(super) fn bit(b: Option<bool>) -> Wide {
        match b {
            Some(v) => Wide::from_u64(1, v as u64),
            None => Wide::unknown(1),
        }
    }

    pub(super) fn signed(mut self, s: bool) -> Wide {
        self.signed = s;
        self
    }

    pub(super) fn is_known(&self) -> bool {
        self.xmask.is_zero()
    }
    #[cfg(test)]
    pub(super) fn is_fully_unknown(&self) -> bool {
        self.xmask == ones(self.width)
    }
    /// The value when every bit is known.
    pub(super) fn value(&self) -> Option<&BigUint> {
        self.is_known().then_some(&self.val)
    }
    pub(super) fn to_u64(&self) -> Option<u64> {
        self.value().and_then(|v| v.to_u64())
    }

    /// Truthiness as Verilog `if` sees it: known-true if any bit is 1, known-false if all bits are 0.
    pub(super) fn truth(&self) -> Option<bool> {
        if !self.val.is_zero() {
            Some(true)
        } else if self.xmask.is_zero() {
            Some(false)
        } else {
            None
        }
    }

    pub(super) fn get_bit(&self, i: u32) -> Option<bool> {
        if i >= self.width {
            return None; // out of range reads give x
        }
        if self.xmask.bit(i as u64) {
            None
        } else {
            Some(self.val.bit(i as u64))
        }
    }

    /// Zero- or sign-extend (by `self.signed`), or truncate, to `width`.
    pub(super) fn resize(&self, width: u32) -> Wide {
        let width = width.clamp(1, Self::MAX_WIDTH);
        if width <= self.width {
            let m = ones(width);
            return Wide {
                width,
                val: &self.val & &m,
                xmask: &self.xmask & &m,
                signed: self.signed,
            };
        }
        let mut val = self.val.clone();
        let mut xmask = self.xmask.clone();
        if self.signed {
            let top = self.width - 1;
            let ext = ones(width) ^ ones(self.width);
            if self.xmask.bit(top as u64) {
                xmask |= &ext;
            } else if self.val.bit(top as u64) {
                val |= &ext;
            }
        }
        Wide {
            width,
            val,
            xmask,
            signed: self.signed,
        }
    }

    /// Bits [lsb, lsb+width) as a new vector; bits outside self are X.
    pub(super) fn slice(&self, lsb: i64, width: u32) -> Wide {
        let width = width.clamp(1, Self::MAX_WIDTH);
        let mut val = BigUint::zero();
        let mut xm = BigUint::zero();
        for k in 0..width {
            let src = lsb + k as i64;
            let b = if src < 0 || src >= self.width as i64 {
                None
            } else {
                self.get_bit(src as u32)
            };
            match b {
                Some(true) => val.set_bit(k as u64, true),
                Some(false) => {}
                None => xm.set_bit(k as u64, true),
            }
        }
        Wide {
            width,
            val,
            xmask: xm,
            signed: false,
        }
    }

    /// Concatenate, `parts[0]` most significant.
    pub(super) fn concat(parts: &[Wide]) -> Wide {
        let mut val = BigUint::zero();
        let mut xm = BigUint::zero();
        let mut width = 0u32;
        for p in parts {
            val = (val << p.width as usize) | &p.val;
            xm = (xm << p.width as usize) | &p.xmask;
            width = width.saturating_add(p.width);
        }
        Wide::with_mask(width.max(1), val, xm)
    }

    pub(super) fn not(&self) -> Wide {
        let m = ones(self.width);
        let val = (&self.val ^ &m) & self.xmask.not_w(self.width);
        Wide {
            width: self.width,
            val,
            xmask: self.xmask.clone(),
            signed: self.signed,
        }
    }

    /// Bitwise and with the usual 0-dominates rule (operands already resized).
    pub(super) fn and(&self, o: &Wide) -> Wide {
        let w = self.width.max(o.width);
        let (a, b) = (self.resize(w), o.resize(w));
        let a_zero = a.val_or_x().not_w(w); // bits known 0 in a
        let b_zero = b.val_or_x().not_w(w);
        let known_zero = &a_zero | &b_zero;
        let val = &a.val & &b.val;
        let xmask = (&a.xmask | &b.xmask) & known_zero.not_w(w);
        Wide::with_mask(w, val, xmask)
    }

    pub(super) fn or(&self, o: &Wide) -> Wide {
        let w = self.width.max(o.width);
        let (a, b) = (self.resize(w), o.resize(w));
        let known_one = &a.val | &b.val;
        let xmask = (&a.xmask | &b.xmask) & known_one.not_w(w);
        Wide::with_mask(w, known_one, xmask)
    }

    pub(super) fn xor(&self, o: &Wide) -> Wide {
        let w = self.width.max(o.width);
        let (a, b) = (self.resize(w), o.resize(w));
        let xmask = &a.xmask | &b.xmask;
        Wide::with_mask(w, &a.val ^ &b.val, xmask)
    }

    /// Bits that are 1 or X.
    fn val_or_x(&self) -> BigUint {
        &self.val | &self.xmask
    }

    pub(super) fn reduce_and(&self) -> Wide {
        if !self.val_or_x().not_w(self.width).is_zero() {
            Wide::bit(Some(false))
        } else if self.is_known() {
            Wide::bit(Some(true))
        } else {
            Wide::bit(None)
        }
    }
    #[cfg(test)]
    pub(super) fn reduce_or(&self) -> Wide {
        Wide::bit(self.truth())
    }
    #[cfg(test)]
    pub(super) fn reduce_xor(&self) -> Wide {
        if self.is_known() {
            Wide::bit(Some(self.val.count_ones() % 2 == 1))
        } else {
            Wide::bit(None)
        }
    }

    /// Value as a signed integer if `signed` and the top bit is set.
    fn as_signed_big(&self) -> Option<num_bigint::BigInt> {
        let v = self.value()?;
        let mut i = num_bigint::BigInt::from(v.clone());
        if self.signed && self.width > 0 && v.bit((self.width - 1) as u64) {
            i -= num_bigint::BigInt::from(BigUint::one() << self.width as usize);
        }
        Some(i)
    }

    /// Equality, three-valued: known-false as soon as one known bit differs.
    pub(super) fn eq3(&self, o: &Wide) -> Wide {
        let w = self.width.max(o.width);
        let (a, b) = (self.resize(w), o.resize(w));
        let both_known = (&a.xmask | &b.xmask).not_w(w);
        if !(((&a.val ^ &b.val) & &both_known).is_zero()) {
            return Wide::bit(Some(false));
        }
        if a.is_known() && b.is_known() {
            Wide::bit(Some(true))
        } else {
            Wide::bit(None)
        }
    }

    /// `casez`/`casex` style match: `pattern` bits that are X are wildcards.
    pub(super) fn wildcard_match(&self, pattern: &Wide) -> Wide {
        let w = self.width.max(pattern.width);
        let (a, p) = (self.resize(w), pattern.resize(w));
        let care = p.xmask.not_w(w);
        let known_care = &care & a.xmask.not_w(w);
        if !(((&a.val ^ &p.val) & &known_care).is_zero()) {
            return Wide::bit(Some(false));
        }
        if (&care & &a.xmask).is_zero() {
            Wide::bit(Some(true))
        } else {
            Wide::bit(None)
        }
    }

    /// Ordering comparison; signed when both operands are signed.
    pub(super) fn lt(&self, o: &Wide) -> Option<bool> {
        let w = self.width.max(o.width);
        let signed = self.signed && o.signed;
        let (a, b) = (
            self.clone().signed(signed).resize(w),
            o.clone().signed(signed).resize(w),
        );
        Some(a.as_signed_big()? < b.as_signed_big()?)
    }

    /// Arithmetic on known values in `width` bits; any X operand gives all-X.
    pub(super) fn arith(&self, o: &Wide, width: u32, op: ArithOp) -> Wide {
        let signed = self.signed && o.signed;
        let (Some(a), Some(b)) = (
            self.clone().signed(signed).resize(width).as_signed_big(),
            o.clone().signed(signed).resize(width).as_signed_big(),
        ) else {
            return Wide::unknown(width);
        };
        use num_bigint::BigInt;
        let r: Option<BigInt> = match op {
            ArithOp::Add => Some(a + b),
            ArithOp::Sub => Some(a - b),
            ArithOp::Mul => Some(a * b),
            ArithOp::Div => (!b.is_zero()).then(|| a / b),
            ArithOp::Mod => (!b.is_zero()).then(|| a % b),
            ArithOp::Pow => b
                .to_u32()
                .filter(|e| *e <= Self::MAX_WIDTH)
                .map(|e| num_traits::pow(a, e as usize)),
        };
        match r {
            Some(r) => {
                let modulus = BigInt::from(BigUint::one() << width as usize);
                let mut r = r % &modulus;
                if r < BigInt::zero() {
                    r += modulus;
                }
                Wide::known(width, r.to_biguint().unwrap_or_default()).signed(signed)
            }
            None => Wide::unknown(width),
        }
    }

    pub(super) fn shift(&self, amount: &Wide, width: u32, kind: ShiftKind) -> Wide {
        let a = self.resize(width);
        let Some(n) = amount.to_u64() else {
            return Wide::unknown(width);
        };
        let n = n.min(width as u64) as usize;
        match kind {
            ShiftKind::Left => Wide::with_mask(width, &a.val << n, &a.xmask << n),
            ShiftKind::Right => Wide::with_mask(width, &a.val >> n, &a.xmask >> n),
            ShiftKind::ArithRight => {
                if !self.signed {
                    return Wide::with_mask(width, &a.val >> n, &a.xmask >> n);
                }
                let fill = ones(width) ^ (ones(width) >> n);
                let top = a.get_bit(width - 1);
                let mut val = &a.val >> n;
                let mut xm = &a.xmask >> n;
                match top {
                    Some(true) => val |= &fill,
                    Some(false) => {}
                    None => xm |= &fill,
                }
                Wide::with_mask(width, val, xm).signed(true)
            }
        }
    }

    /// Merge of two possible values: bits that differ become X.
    pub(super) fn merge(&self, o: &Wide) -> Wide {
        let w = self.width.max(o.width);
        let (a, b) = (self.resize(w), o.resize(w));
        let xm = &a.xmask | &b.xmask | (&a.val ^ &b.val);
        Wide::with_mask(w, a.val, xm)
    }

    /// Number of bits set (known ones); used for one-hot checks.
    #[cfg(test)]
    pub(super) fn count_ones(&self) -> u64 {
        self.val.count_ones()
    }
}

/// Bitwise complement inside the width, used by the operators above.
trait WidthNot {
    fn not_w(&self, width: u32) -> BigUint;
}
impl WidthNot for BigUint {
    fn not_w(&self, width: u32) -> BigUint {
        ones(width) ^ self
    }
}
