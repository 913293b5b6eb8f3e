//! Per-state live bits as a horizontal bar chart (SVG, plotters): one bar per state in state
//! order, the same heat colour as the graph, checkpoint states outlined in blue, and the full
//! backup (every flip-flop bit) as a dashed reference line.

use super::analyze::FsmReport;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::collections::BTreeSet;

const ROW_PX: u32 = 22;
const BLUE: RGBColor = RGBColor(0x1f, 0x4f, 0xd8);

fn hsv_to_rgb((h, s, v): (f64, f64, f64)) -> RGBColor {
    let i = (h * 6.0).floor();
    let f = h * 6.0 - i;
    let (p, q, t) = (v * (1.0 - s), v * (1.0 - f * s), v * (1.0 - (1.0 - f) * s));
    let (r, g, b) = match i as i64 % 6 {
        0 => (v, t, p),
        1 => (q, v, p),
        2 => (p, v, t),
        3 => (p, q, v),
        4 => (t, p, v),
        _ => (v, p, q),
    };
    let c = |x: f64| (x * 255.0).round() as u8;
    RGBColor(c(r), c(g), c(b))
}

/// SVG text of the live-bits chart of `fsm`; `full_backup_bits` draws the reference line.
pub fn live_bits_svg(
    fsm: &FsmReport,
    checkpoints: &BTreeSet<String>,
    full_backup_bits: u64,
) -> Result<String, String> {
    let mut svg = String::new();
    let n = fsm.states.len().max(1);
    let height = 90 + ROW_PX * n as u32;
    {
        let root = SVGBackend::with_string(&mut svg, (900, height)).into_drawing_area();
        draw(&root, fsm, checkpoints, full_backup_bits).map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

fn draw(
    root: &DrawingArea<SVGBackend, Shift>,
    fsm: &FsmReport,
    checkpoints: &BTreeSet<String>,
    full_backup_bits: u64,
) -> Result<(), Box<dyn std::error::Error>> {
    root.fill(&WHITE)?;
    let n = fsm.states.len();
    let max = fsm.states.iter().map(|s| s.live_bits).max().unwrap_or(0);
    let x_max = (max.max(full_backup_bits) as f64 * 1.08).max(1.0);
    let label_chars = fsm.states.iter().map(|s| s.name.len()).max().unwrap_or(4);
    let mut chart = ChartBuilder::on(root)
        .caption(
            format!(
                "FSM {}: live bits per state (blue outline = checkpoint; dashed = full backup {} bits)",
                fsm.state_reg, full_backup_bits
            ),
            ("sans-serif", 15),
        )
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size((label_chars as u32 * 7 + 16).clamp(60, 320))
        .build_cartesian_2d(0.0..x_max, (0..n.saturating_sub(1)).into_segmented())?;
    // Row 0 is at the bottom; the first state goes on top.
    let row_of = |i: usize| n - 1 - i;
    let names: Vec<&str> = fsm.states.iter().map(|s| s.name.as_str()).collect();
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(RGBColor(0xee, 0xee, 0xee))
        .y_labels(n.max(1))
        .y_label_formatter(&|v| match v {
            SegmentValue::CenterOf(r) if *r < n => names[row_of(*r)].to_string(),
            _ => String::new(),
        })
        .x_label_formatter(&|x| format!("{x:.0}"))
        .x_desc("live bits (without the state register)")
        .draw()?;
    for (i, s) in fsm.states.iter().enumerate() {
        let r = row_of(i);
        let corners = [
            (0.0, SegmentValue::Exact(r)),
            (s.live_bits as f64, SegmentValue::Exact(r + 1)),
        ];
        let cp = checkpoints.contains(&s.name);
        let fill = hsv_to_rgb(super::dot::heat(s.live_bits, max));
        let outline = if cp {
            BLUE.stroke_width(3)
        } else {
            RGBColor(0x55, 0x55, 0x55).stroke_width(1)
        };
        for style in [fill.filled(), outline] {
            let mut bar = Rectangle::new(corners.clone(), style);
            bar.set_margin(3, 3, 0, 0);
            chart.draw_series(std::iter::once(bar))?;
        }
        chart.draw_series(std::iter::once(Text::new(
            format!("{}{}", s.live_bits, if cp { "  checkpoint" } else { "" }),
            (
                s.live_bits as f64 + x_max * 0.006,
                SegmentValue::CenterOf(r),
            ),
            ("sans-serif", 11)
                .into_font()
                .color(&BLACK)
                .pos(Pos::new(HPos::Left, VPos::Center)),
        )))?;
    }
    chart.draw_series(DashedLineSeries::new(
        [
            (full_backup_bits as f64, SegmentValue::Exact(0)),
            (full_backup_bits as f64, SegmentValue::Last),
        ],
        6,
        4,
        RGBColor(0x80, 0x00, 0x00).stroke_width(2),
    ))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heat_colours_convert_to_rgb() {
        assert_eq!(hsv_to_rgb((0.0, 1.0, 1.0)), RGBColor(255, 0, 0));
        assert_eq!(hsv_to_rgb((1.0 / 3.0, 1.0, 1.0)), RGBColor(0, 255, 0));
        assert_eq!(hsv_to_rgb((0.0, 0.0, 1.0)), RGBColor(255, 255, 255));
    }
}
