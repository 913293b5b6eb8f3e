//! Operator precedence for binary-operator chains.
//!
//! sv-parser 0.13 parses `a OP b OP c` as `a OP (b OP c)` whatever the operators (a right-leaning
//! spine whose left children are never binary). We flatten each spine and rebuild it with
//! IEEE 1800-2017 table 11-2 precedence, all binary operators left-associative.

use crate::ir::{BinaryOp, Expr};

pub fn precedence(op: BinaryOp) -> u8 {
    use BinaryOp::*;
    match op {
        Pow => 12,
        Mul | Div | Mod => 11,
        Add | Sub => 10,
        Shl | Shr | AShl | AShr => 9,
        Lt | Le | Gt | Ge => 8,
        Eq | Ne | CaseEq | CaseNe => 7,
        BitAnd => 6,
        BitXor | BitXnor => 5,
        BitOr => 4,
        LogAnd => 3,
        LogOr => 2,
    }
}

/// Combine `operands[0] ops[0] operands[1] ...` by precedence (left-associative).
pub fn combine(operands: Vec<Expr>, ops: Vec<BinaryOp>) -> Expr {
    debug_assert_eq!(operands.len(), ops.len() + 1);
    let mut out: Vec<Expr> = vec![];
    let mut stack: Vec<BinaryOp> = vec![];
    let reduce = |out: &mut Vec<Expr>, op: BinaryOp| {
        let b = out.pop().expect("operand");
        let a = out.pop().expect("operand");
        out.push(Expr::Binary(op, Box::new(a), Box::new(b)));
    };
    let mut it = operands.into_iter();
    out.push(it.next().expect("at least one operand"));
    for (op, rhs) in ops.into_iter().zip(it) {
        while let Some(&top) = stack.last() {
            if precedence(top) >= precedence(op) {
                stack.pop();
                reduce(&mut out, top);
            } else {
                break;
            }
        }
        stack.push(op);
        out.push(rhs);
    }
    while let Some(top) = stack.pop() {
        reduce(&mut out, top);
    }
    out.pop().expect("result")
}
