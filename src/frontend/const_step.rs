//! Assignments to elaboration-time variables, shared by generate loops (genvars), unrolled
//! procedural loops and constant function calls: `x = v`, `x += v`, `x++` on known values.

use crate::ir::value::ArithOp;
use crate::ir::Tv;

/// The value `x <op> rhs` gives `x` (computed at `width` bits); `None` for an operator these
/// variables do not take.
pub fn assign_op(op: &str, cur: &Tv, rhs: Tv, width: u32) -> Option<Tv> {
    let arith = match op {
        "=" => return Some(rhs),
        "+=" => ArithOp::Add,
        "-=" => ArithOp::Sub,
        "*=" => ArithOp::Mul,
        "/=" => ArithOp::Div,
        _ => return None,
    };
    Some(cur.arith(&rhs, width, arith))
}

/// `x++` / `x--` (any other text counts as `++`), at the variable's width.
pub fn inc_dec(op: &str, cur: &Tv) -> Tv {
    let one = Tv::from_u64(cur.width(), 1);
    let arith = if op == "--" {
        ArithOp::Sub
    } else {
        ArithOp::Add
    };
    cur.arith(&one, cur.width(), arith)
}

/// Is `text` a plain identifier (no select, no hierarchy)?
pub fn is_plain_identifier(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// A known constant as a signed 64-bit integer (its own signedness respected); `None` when the
/// value is unknown or does not fit. With `as_integer`, an unsigned 32-bit value with its top
/// bit set is read as the (signed) integer it stands for: dimension bounds are integers, and
/// `[width-1:0]` with `width = 1'd0` (LegUp's RAM defaults) computes 32'hFFFFFFFF, the integer -1.
pub fn to_i64(v: &Tv, as_integer: bool) -> Option<i64> {
    use num_traits::ToPrimitive;
    let big = v.value()?;
    let w = v.width();
    let mut i = big.to_i128()?;
    if v.signed && w < 128 && w > 0 && (i >> (w - 1)) & 1 == 1 {
        i -= 1i128 << w;
    } else if as_integer && w == 32 && (i >> 31) & 1 == 1 {
        i -= 1i128 << 32;
    }
    i64::try_from(i).ok()
}
