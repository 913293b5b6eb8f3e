//! `disable <block>` out of a named procedural block, as an early exit: Catapult's memory
//! simulation models (`concat_sim_rtl.v`) leave a loop that way,
//! `begin: blk_X for (j = 0; ...) if (addr_f[j] === 1'bX) begin ...; disable blk_X; end end`.
//!
//! While lowering, the statement becomes a marker (`marker`); the named block, once lowered
//! (loops unrolled), is rewritten so that what follows a marker runs only on the paths that do
//! not reach it (`resolve`): `if (c) begin a; disable b; end rest` becomes
//! `if (c) a; else rest`. A `disable` anywhere else than at the end of a branch (inside a case,
//! say) is refused by name.

use crate::ir::{Span, Stmt};
use std::collections::VecDeque;

/// The system-task name that marks `disable <block>` until the block is resolved (no real
/// system task name has a space).
fn marker_name(block: &str) -> String {
    format!("disable {block}")
}

pub(super) fn marker(block: &str, span: Span) -> Stmt {
    Stmt::SysTask {
        name: marker_name(block),
        span,
    }
}

fn is_marker(s: &Stmt, name: &str) -> bool {
    matches!(s, Stmt::SysTask { name: n, .. } if *n == name)
}

fn contains_marker(s: &Stmt, name: &str) -> bool {
    let mut found = false;
    s.walk(&mut |x| found |= is_marker(x, name));
    found
}

/// The named block `block` with its `disable block;` statements turned into control flow; the
/// error is the span of a `disable` that is not at the end of an `if` branch or of the block.
pub(super) fn resolve(stmts: Vec<Stmt>, block: &str) -> Result<Stmt, Span> {
    let name = marker_name(block);
    Ok(Stmt::Block(seq(stmts.into(), &name)?))
}

fn flatten(s: Stmt) -> VecDeque<Stmt> {
    match s {
        Stmt::Block(v) => v.into(),
        other => VecDeque::from([other]),
    }
}

fn seq(mut list: VecDeque<Stmt>, name: &str) -> Result<Vec<Stmt>, Span> {
    let mut out = vec![];
    while let Some(s) = list.pop_front() {
        if is_marker(&s, name) {
            // Leaves the block: the rest of it never runs on this path.
            return Ok(out);
        }
        if !contains_marker(&s, name) {
            out.push(s);
            continue;
        }
        match s {
            Stmt::Block(v) => {
                for x in v.into_iter().rev() {
                    list.push_front(x);
                }
            }
            Stmt::If {
                cond,
                then_s,
                else_s,
                else_span,
                span,
            } => {
                let rest: Vec<Stmt> = list.drain(..).collect();
                let mut then_list = flatten(*then_s);
                then_list.extend(rest.iter().cloned());
                let mut else_list = else_s.map(|e| flatten(*e)).unwrap_or_default();
                else_list.extend(rest);
                out.push(Stmt::If {
                    cond,
                    then_s: Box::new(Stmt::Block(seq(then_list, name)?)),
                    else_s: Some(Box::new(Stmt::Block(seq(else_list, name)?))),
                    else_span,
                    span,
                });
                return Ok(out);
            }
            other => {
                let mut at = None;
                other.walk(&mut |x| {
                    if let Stmt::SysTask { span, .. } = x {
                        if is_marker(x, name) && at.is_none() {
                            at = Some(*span);
                        }
                    }
                });
                return Err(at.unwrap_or_default());
            }
        }
    }
    Ok(out)
}
