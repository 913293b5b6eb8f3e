//! Quality-of-results tables of one analysed and planned design: one row per FSM (Markdown and
//! HTML), and per state its live bits, whether it is a checkpoint, and the live registers.

use super::analyze::AnalyzeReport;
use crate::plan::run::PlanReport;
use std::collections::BTreeSet;
use std::fmt::Write;

pub const FSM_COLUMNS: [&str; 13] = [
    "FSM",
    "states",
    "transitions",
    "total FF bits",
    "full backup bits",
    "all-states worst bits",
    "checkpoints",
    "worst backup bits",
    "worst / full",
    "reserve pJ",
    "max cycles to checkpoint",
    "algorithm",
    "optimal",
];

/// Checkpoint state names of the FSM with state register `reg`.
pub fn checkpoint_names(plan: &PlanReport, reg: &str) -> BTreeSet<String> {
    plan.fsms
        .iter()
        .filter(|f| f.state_reg == reg)
        .flat_map(|f| f.checkpoints.iter().map(|c| c.state.clone()))
        .collect()
}

/// One row of cells per FSM, in `FSM_COLUMNS` order.
pub fn fsm_rows(a: &AnalyzeReport, p: &PlanReport) -> Vec<Vec<String>> {
    a.fsms
        .iter()
        .filter_map(|f| {
            let fp = p.fsms.iter().find(|x| x.state_reg == f.state_reg)?;
            Some(vec![
                f.state_reg.clone(),
                f.states.len().to_string(),
                f.transitions.len().to_string(),
                a.total_state_bits.to_string(),
                fp.baselines.full_backup_bits.to_string(),
                fp.baselines.all_states_worst_bits.to_string(),
                fp.checkpoints.len().to_string(),
                fp.worst_backup_bits.to_string(),
                format!(
                    "{:.3}",
                    fp.worst_backup_bits as f64 / fp.baselines.full_backup_bits.max(1) as f64
                ),
                format!("{:.1}", fp.reserve_energy_pj),
                fp.max_reach_cycles.to_string(),
                fp.algo.clone(),
                fp.optimal.to_string(),
            ])
        })
        .collect()
}

fn md_row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

/// The Markdown QoR report: the FSM table, then one state table per FSM.
pub fn markdown(a: &AnalyzeReport, p: &PlanReport) -> String {
    let mut s = format!(
        "# idet report: `{}`\n\nPlan: objective {}, at most {} cycles from any state to a checkpoint, NVM {}. \
         Backup bits include the state register.\n\n",
        a.top,
        serde_json::to_value(p.objective).map(|v| v.as_str().unwrap_or("").to_string()).unwrap_or_default(),
        p.max_cycles,
        p.nvm.name
    );
    s += &md_row(&FSM_COLUMNS.map(String::from));
    s += &md_row(&vec!["---".to_string(); FSM_COLUMNS.len()]);
    for r in fsm_rows(a, p) {
        s += &md_row(&r);
    }
    for f in &a.fsms {
        let cps = checkpoint_names(p, &f.state_reg);
        let _ = write!(
            s,
            "\n## FSM `{}` ({}-bit state register)\n\n| state | code | live bits | checkpoint | live registers |\n|---|---|---:|---|---|\n",
            f.state_reg, f.width
        );
        for st in &f.states {
            let _ = writeln!(
                s,
                "| {} | `{}` | {} | {} | {} |",
                st.name,
                st.code,
                st.live_bits,
                if cps.contains(&st.name) { "yes" } else { "" },
                st.live.join(", ")
            );
        }
    }
    s
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A self-contained HTML page: the FSM table and, per FSM, its pictures (`images` = file names
/// relative to the page, per FSM) and state table.
pub fn html(a: &AnalyzeReport, p: &PlanReport, images: &[(String, Vec<String>)]) -> String {
    let mut s = format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>idet report: {0}</title>\n\
         <style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}\
         td,th{{border:1px solid #bbb;padding:2px 8px;text-align:right}}td:first-child{{text-align:left}}\
         img{{max-width:100%;border:1px solid #ddd;margin:8px 0}}</style></head><body>\n\
         <h1>idet report: <code>{0}</code></h1>\n<p>At most {1} cycles from any state to a checkpoint; NVM {2}. \
         Backup bits include the state register.</p>\n<table><tr>",
        html_escape(&a.top),
        p.max_cycles,
        html_escape(&p.nvm.name)
    );
    for c in FSM_COLUMNS {
        let _ = write!(s, "<th>{}</th>", html_escape(c));
    }
    s += "</tr>\n";
    for r in fsm_rows(a, p) {
        s += "<tr>";
        for c in r {
            let _ = write!(s, "<td>{}</td>", html_escape(&c));
        }
        s += "</tr>\n";
    }
    s += "</table>\n";
    for f in &a.fsms {
        let cps = checkpoint_names(p, &f.state_reg);
        let _ = writeln!(s, "<h2>FSM <code>{}</code></h2>", html_escape(&f.state_reg));
        if let Some((_, files)) = images.iter().find(|(reg, _)| *reg == f.state_reg) {
            for img in files {
                let _ = writeln!(
                    s,
                    "<div><img src=\"{0}\" alt=\"{0}\"></div>",
                    html_escape(img)
                );
            }
        }
        s += "<table><tr><th>state</th><th>code</th><th>live bits</th><th>checkpoint</th><th>live registers</th></tr>\n";
        for st in &f.states {
            let _ = writeln!(
                s,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td style=\"text-align:left\">{}</td></tr>",
                html_escape(&st.name),
                html_escape(&st.code),
                st.live_bits,
                if cps.contains(&st.name) { "yes" } else { "" },
                html_escape(&st.live.join(", "))
            );
        }
        s += "</table>\n";
    }
    s += "</body></html>\n";
    s
}
