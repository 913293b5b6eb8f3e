//! Three-valued evaluation of expressions with Verilog's width and signedness rules
//! (context-determined operands are extended to the context width before the operator).

use super::expr::{BinaryOp, Expr, UnaryOp};
use super::value::{ArithOp, ShiftKind, Tv};
use super::{Module, SignalId};

/// Where signal values come from. Unknown signals answer all-X.
pub trait Env {
    fn signal(&self, id: SignalId) -> Tv;
    fn word(&self, mem: SignalId, _addr: &Tv) -> Tv {
        let _ = mem;
        Tv::unknown(1)
    }
}

/// Every signal unknown: for folding constants.
pub struct NoSignals;
impl Env for NoSignals {
    fn signal(&self, _id: SignalId) -> Tv {
        Tv::unknown(1)
    }
}

pub struct Evaluator<'m, E: Env + ?Sized> {
    pub module: &'m Module,
    pub env: &'m E,
}

impl<'m, E: Env + ?Sized> Evaluator<'m, E> {
    pub fn new(module: &'m Module, env: &'m E) -> Self {
        Evaluator { module, env }
    }

    /// Evaluate in its own (self-determined) width.
    pub fn eval(&self, e: &Expr) -> Tv {
        let w = self_width(self.module, e);
        self.eval_in(e, w)
    }

    /// Does a case arm match? `Some(true)` if one label surely matches, `Some(false)` if none can,
    /// `None` if it depends on unknown bits. `casez`/`casex` labels treat their X bits as wildcards.
    pub fn arm_matches(&self, kind: super::CaseKind, sel: &Tv, labels: &[Expr]) -> Option<bool> {
        let mut verdict = Some(false);
        for l in labels {
            let lv = self.eval(l);
            let m = match kind {
                super::CaseKind::Case => sel.eq3(&lv).truth(),
                _ => sel.wildcard_match(&lv).truth(),
            };
            verdict = match (verdict, m) {
                (Some(true), _) | (_, Some(true)) => Some(true),
                (Some(false), Some(false)) => Some(false),
                _ => None,
            };
        }
        verdict
    }

    /// Truth of a condition (`if`, `?:`, `&&`).
    pub fn truth(&self, e: &Expr) -> Option<bool> {
        self.eval(e).truth()
    }

    pub fn eval_in(&self, e: &Expr, w: u32) -> Tv {
        let m = self.module;
        // Only leaves carry signedness; `is_signed` of an operator node would walk its subtree
        // again at every level (quadratic on the long operator chains HLS tools write).
        match e {
            Expr::Const { name: Some(n), .. } if n == super::expr::FILL_ONES => {
                Tv::known(w, (num_bigint::BigUint::from(1u8) << w) - 1u8)
            }
            Expr::Const { value, .. } => value.resize(w),
            Expr::Sig(s) => {
                let sig = m.signal(*s);
                let signed = sig.signed;
                let v = self.env.signal(*s);
                let v = if v.width() == sig.width() {
                    v
                } else {
                    v.resize(sig.width())
                };
                v.signed(signed).resize(w)
            }
            Expr::Word { mem, addr } => {
                let a = self.eval(addr);
                let sig = m.signal(*mem);
                let signed = sig.signed;
                let v = self.env.word(*mem, &a);
                let v = if v.width() == sig.width() {
                    v
                } else {
                    Tv::unknown(sig.width())
                };
                v.signed(signed).resize(w)
            }
            Expr::Bit { base, index } => {
                let b = self.eval(base);
                let i = self.eval(index);
                let bit = match i.to_u64().and_then(|i| i64::try_from(i).ok()) {
                    Some(i) => {
                        let off = base_signal(m, base).map_or(i, |s| s.bit_offset(i));
                        if off >= 0 {
                            b.get_bit(off as u32)
                        } else {
                            None
                        }
                    }
                    None => None,
                };
                Tv::bit(bit).resize(w)
            }
            Expr::Part { base, msb, lsb } => {
                let b = self.eval(base);
                let (lo, hi) = match base_signal(m, base) {
                    Some(s) => {
                        let (a, c) = (s.bit_offset(*msb), s.bit_offset(*lsb));
                        (a.min(c), a.max(c))
                    }
                    None => ((*msb).min(*lsb), (*msb).max(*lsb)),
                };
                b.slice(lo, (hi - lo + 1).clamp(1, Tv::MAX_WIDTH as i64) as u32)
                    .resize(w)
            }
            Expr::IndexedPart {
                base,
                start,
                width,
                up,
            } => {
                let b = self.eval(base);
                match self
                    .eval(start)
                    .to_u64()
                    .and_then(|i| i64::try_from(i).ok())
                {
                    Some(i) => {
                        let lo_index = if *up { i } else { i - *width as i64 + 1 };
                        let hi_index = lo_index + *width as i64 - 1;
                        let (lo, _) = match base_signal(m, base) {
                            Some(s) => {
                                let (a, c) = (s.bit_offset(lo_index), s.bit_offset(hi_index));
                                (a.min(c), a.max(c))
                            }
                            None => (lo_index, hi_index),
                        };
                        b.slice(lo, *width).resize(w)
                    }
                    None => Tv::unknown(*width).resize(w),
                }
            }
            Expr::Unary(op, a) => self.unary(*op, a, w),
            Expr::Binary(op, a, b) => self.binary(*op, a, b, w),
            Expr::Cond(c, a, b) => match self.truth(c) {
                Some(true) => self.eval_in(a, w),
                Some(false) => self.eval_in(b, w),
                None => self.eval_in(a, w).merge(&self.eval_in(b, w)),
            },
            Expr::Concat(parts) => {
                let vals: Vec<Tv> = parts.iter().map(|p| self.eval(p)).collect();
                Tv::concat(&vals).resize(w)
            }
            Expr::Repeat(n, a) => {
                let v = self.eval(a);
                let vals = vec![v; (*n).max(1) as usize];
                Tv::concat(&vals).resize(w)
            }
            Expr::Cast { signed, arg } => {
                let v = self.eval(arg).signed(*signed);
                v.resize(w)
            }
            Expr::Call { .. } => Tv::unknown(w),
        }
    }

    fn unary(&self, op: UnaryOp, a: &Expr, w: u32) -> Tv {
        let sw = self_width(self.module, a);
        match op {
            UnaryOp::Plus => self.eval_in(a, w),
            UnaryOp::Neg => {
                let v = self.eval_in(a, w);
                Tv::from_u64(w, 0)
                    .signed(v.signed)
                    .arith(&v, w, ArithOp::Sub)
            }
            UnaryOp::BitNot => self.eval_in(a, w).not(),
            UnaryOp::LogNot => Tv::bit(self.eval_in(a, sw).truth().map(|t| !t)).resize(w),
            UnaryOp::RedAnd => self.eval_in(a, sw).reduce_and().resize(w),
            UnaryOp::RedNand => self.eval_in(a, sw).reduce_and().not().resize(w),
            UnaryOp::RedOr => self.eval_in(a, sw).reduce_or().resize(w),
            UnaryOp::RedNor => self.eval_in(a, sw).reduce_or().not().resize(w),
            UnaryOp::RedXor => self.eval_in(a, sw).reduce_xor().resize(w),
            UnaryOp::RedXnor => self.eval_in(a, sw).reduce_xor().not().resize(w),
        }
    }

    fn binary(&self, op: BinaryOp, a: &Expr, b: &Expr, w: u32) -> Tv {
        use BinaryOp::*;
        let m = self.module;
        match op {
            Add | Sub | Mul | Div | Mod => {
                let (x, y) = (self.eval_in(a, w), self.eval_in(b, w));
                let aop = match op {
                    Add => ArithOp::Add,
                    Sub => ArithOp::Sub,
                    Mul => ArithOp::Mul,
                    Div => ArithOp::Div,
                    _ => ArithOp::Mod,
                };
                x.arith(&y, w, aop)
            }
            Pow => {
                let x = self.eval_in(a, w);
                let y = self.eval(b);
                x.arith(&y.signed(false), w, ArithOp::Pow)
            }
            BitAnd => self.eval_in(a, w).and(&self.eval_in(b, w)),
            BitOr => self.eval_in(a, w).or(&self.eval_in(b, w)),
            BitXor => self.eval_in(a, w).xor(&self.eval_in(b, w)),
            BitXnor => self.eval_in(a, w).xor(&self.eval_in(b, w)).not(),
            LogAnd => {
                let (x, y) = (self.truth(a), self.truth(b));
                let r = match (x, y) {
                    (Some(false), _) | (_, Some(false)) => Some(false),
                    (Some(true), Some(true)) => Some(true),
                    _ => None,
                };
                Tv::bit(r).resize(w)
            }
            LogOr => {
                let (x, y) = (self.truth(a), self.truth(b));
                let r = match (x, y) {
                    (Some(true), _) | (_, Some(true)) => Some(true),
                    (Some(false), Some(false)) => Some(false),
                    _ => None,
                };
                Tv::bit(r).resize(w)
            }
            Eq | Ne | CaseEq | CaseNe | Lt | Le | Gt | Ge => {
                let cw = self_width(m, a).max(self_width(m, b));
                let signed = is_signed(m, a) && is_signed(m, b);
                let x = self.eval_in(a, cw).signed(signed);
                let y = self.eval_in(b, cw).signed(signed);
                let r = match op {
                    // `===` on X bits is a simulation-only notion: treated like `==` (unknown stays unknown).
                    Eq | CaseEq => x.eq3(&y).truth(),
                    Ne | CaseNe => x.eq3(&y).truth().map(|t| !t),
                    Lt => x.lt(&y),
                    Ge => x.lt(&y).map(|t| !t),
                    Gt => y.lt(&x),
                    Le => y.lt(&x).map(|t| !t),
                    _ => None,
                };
                Tv::bit(r).resize(w)
            }
            Shl | AShl => self.eval_in(a, w).shift(&self.eval(b), w, ShiftKind::Left),
            Shr => self.eval_in(a, w).shift(&self.eval(b), w, ShiftKind::Right),
            AShr => self
                .eval_in(a, w)
                .shift(&self.eval(b), w, ShiftKind::ArithRight),
        }
    }
}

/// The declared signal an index applies to (so `x[7:4]` of `reg [15:8] x` maps correctly).
fn base_signal<'m>(m: &'m Module, base: &Expr) -> Option<&'m super::Signal> {
    match base {
        Expr::Sig(s) => Some(m.signal(*s)),
        Expr::Word { mem, .. } => Some(m.signal(*mem)),
        _ => None,
    }
}

/// Self-determined width (IEEE 1800 table 11-21).
pub fn self_width(m: &Module, e: &Expr) -> u32 {
    use BinaryOp::*;
    match e {
        Expr::Const { value, .. } => value.width(),
        Expr::Sig(s) | Expr::Word { mem: s, .. } => m.signal(*s).width(),
        Expr::Bit { .. } => 1,
        Expr::Part { msb, lsb, .. } => {
            ((msb - lsb).unsigned_abs() + 1).min(Tv::MAX_WIDTH as u64) as u32
        }
        Expr::IndexedPart { width, .. } => *width,
        Expr::Unary(op, a) => match op {
            UnaryOp::Plus | UnaryOp::Neg | UnaryOp::BitNot => self_width(m, a),
            _ => 1,
        },
        Expr::Binary(op, a, b) => match op {
            Add | Sub | Mul | Div | Mod | BitAnd | BitOr | BitXor | BitXnor => {
                self_width(m, a).max(self_width(m, b))
            }
            Pow | Shl | Shr | AShl | AShr => self_width(m, a),
            _ => 1,
        },
        Expr::Cond(_, a, b) => self_width(m, a).max(self_width(m, b)),
        Expr::Concat(v) => v
            .iter()
            .map(|x| self_width(m, x))
            .fold(0u32, |acc, x| acc.saturating_add(x))
            .clamp(1, Tv::MAX_WIDTH),
        Expr::Repeat(n, a) => n.saturating_mul(self_width(m, a)).clamp(1, Tv::MAX_WIDTH),
        Expr::Cast { arg, .. } => self_width(m, arg),
        Expr::Call { func, .. } => m.functions.get(*func).map_or(1, |f| f.width),
    }
}

pub fn is_signed(m: &Module, e: &Expr) -> bool {
    use BinaryOp::*;
    match e {
        Expr::Const { value, .. } => value.signed,
        Expr::Sig(s) | Expr::Word { mem: s, .. } => m.signal(*s).signed,
        Expr::Unary(UnaryOp::Plus | UnaryOp::Neg | UnaryOp::BitNot, a) => is_signed(m, a),
        Expr::Binary(op, a, b) => match op {
            Add | Sub | Mul | Div | Mod | BitAnd | BitOr | BitXor | BitXnor => {
                is_signed(m, a) && is_signed(m, b)
            }
            Pow | Shl | Shr | AShl | AShr => is_signed(m, a),
            _ => false,
        },
        Expr::Cond(_, a, b) => is_signed(m, a) && is_signed(m, b),
        Expr::Cast { signed, .. } => *signed,
        Expr::Call { func, .. } => m.functions.get(*func).is_some_and(|f| f.signed),
        _ => false,
    }
}
