//! Stable text form of the IR, for `--dump-after lower` and snapshot tests.

use super::*;
use std::fmt::Write;

/// Verilog-like rendering of an expression, with signal and parameter names.
pub fn expr_to_string(m: &Module, e: &Expr) -> String {
    let mut s = String::new();
    write_expr(m, e, &mut s);
    s
}

fn write_expr(m: &Module, e: &Expr, out: &mut String) {
    match e {
        Expr::Const { name: Some(n), .. } => out.push_str(n),
        Expr::Const { value, .. } => {
            let _ = write!(out, "{value}");
        }
        Expr::Sig(s) => out.push_str(m.name_of(*s)),
        Expr::Word { mem, addr } => {
            let _ = write!(out, "{}[", m.name_of(*mem));
            write_expr(m, addr, out);
            out.push(']');
        }
        Expr::Bit { base, index } => {
            write_expr(m, base, out);
            out.push('[');
            write_expr(m, index, out);
            out.push(']');
        }
        Expr::Part { base, msb, lsb } => {
            write_expr(m, base, out);
            let _ = write!(out, "[{msb}:{lsb}]");
        }
        Expr::IndexedPart {
            base,
            start,
            width,
            up,
        } => {
            write_expr(m, base, out);
            out.push('[');
            write_expr(m, start, out);
            let _ = write!(out, " {}: {width}]", if *up { '+' } else { '-' });
        }
        Expr::Unary(op, a) => {
            out.push_str(op.symbol());
            write_operand(m, a, out);
        }
        Expr::Binary(op, a, b) => {
            write_operand(m, a, out);
            let _ = write!(out, " {} ", op.symbol());
            write_operand(m, b, out);
        }
        Expr::Cond(c, a, b) => {
            write_operand(m, c, out);
            out.push_str(" ? ");
            write_operand(m, a, out);
            out.push_str(" : ");
            write_operand(m, b, out);
        }
        Expr::Concat(v) => {
            out.push('{');
            for (i, x) in v.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expr(m, x, out);
            }
            out.push('}');
        }
        Expr::Repeat(n, a) => {
            let _ = write!(out, "{{{n}{{");
            write_expr(m, a, out);
            out.push_str("}}");
        }
        Expr::Cast { signed, arg } => {
            out.push_str(if *signed { "$signed(" } else { "$unsigned(" });
            write_expr(m, arg, out);
            out.push(')');
        }
        Expr::Call { func, args } => {
            let name = m.functions.get(*func).map_or("?", |f| f.name.as_str());
            let _ = write!(out, "{name}(");
            for (i, x) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expr(m, x, out);
            }
            out.push(')');
        }
    }
}

fn write_operand(m: &Module, e: &Expr, out: &mut String) {
    let atomic = !matches!(e, Expr::Binary(..) | Expr::Cond(..));
    if !atomic {
        out.push('(');
    }
    write_expr(m, e, out);
    if !atomic {
        out.push(')');
    }
}

pub fn lvalue_to_string(m: &Module, l: &LValue) -> String {
    match l {
        LValue::Whole(s) => m.name_of(*s).to_string(),
        LValue::Bit(s, e) => format!("{}[{}]", m.name_of(*s), expr_to_string(m, e)),
        LValue::Part(s, a, b) => format!("{}[{a}:{b}]", m.name_of(*s)),
        LValue::IndexedPart {
            sig,
            start,
            width,
            up,
        } => format!(
            "{}[{} {}: {width}]",
            m.name_of(*sig),
            expr_to_string(m, start),
            if *up { '+' } else { '-' }
        ),
        LValue::Word(s, e) => format!("{}[{}]", m.name_of(*s), expr_to_string(m, e)),
        LValue::Concat(v) => format!(
            "{{{}}}",
            v.iter()
                .map(|x| lvalue_to_string(m, x))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn write_stmt(m: &Module, s: &Stmt, depth: usize, out: &mut String) {
    let pad = "  ".repeat(depth);
    match s {
        Stmt::Block(v) => {
            for x in v {
                write_stmt(m, x, depth, out);
            }
        }
        Stmt::Assign {
            lhs, rhs, blocking, ..
        } => {
            let op = if *blocking { "=" } else { "<=" };
            let _ = writeln!(
                out,
                "{pad}{} {op} {}",
                lvalue_to_string(m, lhs),
                expr_to_string(m, rhs)
            );
        }
        Stmt::If {
            cond,
            then_s,
            else_s,
            ..
        } => {
            let _ = writeln!(out, "{pad}if {}", expr_to_string(m, cond));
            write_stmt(m, then_s, depth + 1, out);
            if let Some(e) = else_s {
                let _ = writeln!(out, "{pad}else");
                write_stmt(m, e, depth + 1, out);
            }
        }
        Stmt::Case {
            kind,
            sel,
            arms,
            default,
            ..
        } => {
            let _ = writeln!(out, "{pad}{kind:?} {}", expr_to_string(m, sel));
            for a in arms {
                let labels: Vec<_> = a.labels.iter().map(|l| expr_to_string(m, l)).collect();
                let _ = writeln!(out, "{pad}  {}:", labels.join(", "));
                write_stmt(m, &a.body, depth + 2, out);
            }
            if let Some(d) = default {
                let _ = writeln!(out, "{pad}  default:");
                write_stmt(m, d, depth + 2, out);
            }
        }
        Stmt::SysTask { name, .. } => {
            let _ = writeln!(out, "{pad}{name}(...)");
        }
        Stmt::Nop => {}
    }
}

/// The whole module as stable text.
pub fn module_to_string(m: &Module, sources: &SourceMap) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "module {} ({})", m.name, sources.loc(m.span));
    for p in &m.params {
        let kind = if p.local { "localparam" } else { "parameter" };
        let _ = writeln!(out, "  {kind} {} = {}", p.name, p.value);
    }
    for s in &m.signals {
        let dir = match s.direction {
            Some(Direction::Input) => "input ",
            Some(Direction::Output) => "output ",
            Some(Direction::Inout) => "inout ",
            None => "",
        };
        let kind = match s.kind {
            SignalKind::Net => "wire",
            SignalKind::Var => "reg",
        };
        let sign = if s.signed { " signed" } else { "" };
        let arr = s
            .array
            .map(|(a, b)| format!(" [{a}:{b}]"))
            .unwrap_or_default();
        let init = s
            .init
            .as_ref()
            .map(|e| format!(" = {}", expr_to_string(m, e)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {dir}{kind}{sign} [{}:{}] {}{arr}{init}",
            s.msb, s.lsb, s.name
        );
    }
    for a in &m.assigns {
        let _ = writeln!(
            out,
            "  assign {} = {}",
            lvalue_to_string(m, &a.lhs),
            expr_to_string(m, &a.rhs)
        );
    }
    for f in &m.functions {
        let _ = writeln!(out, "  function {} [{} bits]", f.name, f.width);
    }
    for p in &m.processes {
        let head = match &p.kind {
            ProcessKind::Comb => "always @(*)".to_string(),
            ProcessKind::Initial => "initial".to_string(),
            ProcessKind::Clocked { events } => {
                let ev: Vec<_> = events
                    .iter()
                    .map(|(e, s)| {
                        let e = match e {
                            Edge::Pos => "posedge ",
                            Edge::Neg => "negedge ",
                            Edge::Any => "",
                        };
                        format!("{e}{}", m.name_of(*s))
                    })
                    .collect();
                format!("always @({})", ev.join(" or "))
            }
        };
        let _ = writeln!(out, "  {head}  // {}", sources.loc(p.span));
        write_stmt(m, &p.body, 2, &mut out);
    }
    for i in &m.instances {
        let _ = writeln!(out, "  instance {} {}", i.module, i.name);
    }
    for r in &m.sim_only {
        let _ = writeln!(out, "  simulation-only region ({})", sources.loc(*r));
    }
    out
}
