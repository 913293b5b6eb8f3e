//! Expressions: parameters are already folded into constants (their names kept for reports).

use super::value::Tv;
use super::SignalId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Plus,
    Neg,
    LogNot,
    BitNot,
    RedAnd,
    RedNand,
    RedOr,
    RedNor,
    RedXor,
    RedXnor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    BitAnd,
    BitOr,
    BitXor,
    BitXnor,
    LogAnd,
    LogOr,
    Eq,
    Ne,
    CaseEq,
    CaseNe,
    Lt,
    Le,
    Gt,
    Ge,
    Shl,
    Shr,
    AShl,
    AShr,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Mod => "%",
            Pow => "**",
            BitAnd => "&",
            BitOr => "|",
            BitXor => "^",
            BitXnor => "~^",
            LogAnd => "&&",
            LogOr => "||",
            Eq => "==",
            Ne => "!=",
            CaseEq => "===",
            CaseNe => "!==",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Shl => "<<",
            Shr => ">>",
            AShl => "<<<",
            AShr => ">>>",
        }
    }
    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(self, Eq | Ne | CaseEq | CaseNe | Lt | Le | Gt | Ge)
    }
}

impl UnaryOp {
    pub fn symbol(self) -> &'static str {
        use UnaryOp::*;
        match self {
            Plus => "+",
            Neg => "-",
            LogNot => "!",
            BitNot => "~",
            RedAnd => "&",
            RedNand => "~&",
            RedOr => "|",
            RedNor => "~|",
            RedXor => "^",
            RedXnor => "~^",
        }
    }
}

/// `Expr::Const::name` of SystemVerilog's `'1`: a 1-bit one that fills its context width with
/// ones when evaluated (`eval::Evaluator::eval_in`).
pub const FILL_ONES: &str = "'1";

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A literal or a folded parameter (`name` keeps the parameter's name for reports).
    Const {
        value: Tv,
        name: Option<String>,
    },
    /// A whole signal.
    Sig(SignalId),
    /// One word of a memory.
    Word {
        mem: SignalId,
        addr: Box<Expr>,
    },
    /// A single bit `e[i]`; `i` is in declared index space of the base signal (see `Signal::bit_offset`).
    Bit {
        base: Box<Expr>,
        index: Box<Expr>,
    },
    /// A constant part select `e[msb:lsb]` in declared index space.
    Part {
        base: Box<Expr>,
        msb: i64,
        lsb: i64,
    },
    /// `e[base +: width]` (up) or `e[base -: width]`.
    IndexedPart {
        base: Box<Expr>,
        start: Box<Expr>,
        width: u32,
        up: bool,
    },
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    Concat(Vec<Expr>),
    Repeat(u32, Box<Expr>),
    /// `$signed(e)` / `$unsigned(e)`.
    Cast {
        signed: bool,
        arg: Box<Expr>,
    },
    /// A call of a module-local function.
    Call {
        func: usize,
        args: Vec<Expr>,
    },
}

impl Expr {
    pub fn konst(value: Tv) -> Expr {
        Expr::Const { value, name: None }
    }

    /// Visit every direct sub-expression.
    pub fn children(&self) -> Vec<&Expr> {
        match self {
            Expr::Const { .. } | Expr::Sig(_) => vec![],
            Expr::Word { addr, .. } => vec![addr],
            Expr::Bit { base, index } => vec![base, index],
            Expr::Part { base, .. } => vec![base],
            Expr::IndexedPart { base, start, .. } => vec![base, start],
            Expr::Unary(_, a) | Expr::Cast { arg: a, .. } | Expr::Repeat(_, a) => vec![a],
            Expr::Binary(_, a, b) => vec![a, b],
            Expr::Cond(c, a, b) => vec![c, a, b],
            Expr::Concat(v) => v.iter().collect(),
            Expr::Call { args, .. } => args.iter().collect(),
        }
    }

    /// Every signal this expression mentions (memories included), ignoring any pruning.
    pub fn signals(&self, out: &mut Vec<SignalId>) {
        match self {
            Expr::Sig(s) => out.push(*s),
            Expr::Word { mem, addr } => {
                out.push(*mem);
                addr.signals(out);
            }
            _ => {
                for c in self.children() {
                    c.signals(out);
                }
            }
        }
    }
}

/// Assignment targets.
#[derive(Clone, Debug, PartialEq)]
pub enum LValue {
    Whole(SignalId),
    Bit(SignalId, Expr),
    Part(SignalId, i64, i64),
    IndexedPart {
        sig: SignalId,
        start: Expr,
        width: u32,
        up: bool,
    },
    Word(SignalId, Expr),
    Concat(Vec<LValue>),
}

impl LValue {
    /// The signals written (with whether the whole signal is overwritten).
    pub fn targets(&self, out: &mut Vec<(SignalId, bool)>) {
        match self {
            LValue::Whole(s) => out.push((*s, true)),
            LValue::Bit(s, _) | LValue::Part(s, _, _) | LValue::Word(s, _) => out.push((*s, false)),
            LValue::IndexedPart { sig, .. } => out.push((*sig, false)),
            LValue::Concat(v) => v.iter().for_each(|l| l.targets(out)),
        }
    }

    /// The signal when the whole of it is the target.
    pub fn whole(&self) -> Option<SignalId> {
        match self {
            LValue::Whole(s) => Some(*s),
            _ => None,
        }
    }

    /// Expressions read while computing the target location (indices, addresses).
    pub fn index_exprs(&self) -> Vec<&Expr> {
        match self {
            LValue::Whole(_) | LValue::Part(..) => vec![],
            LValue::Bit(_, e) | LValue::Word(_, e) | LValue::IndexedPart { start: e, .. } => {
                vec![e]
            }
            LValue::Concat(v) => v.iter().flat_map(|l| l.index_exprs()).collect(),
        }
    }
}
