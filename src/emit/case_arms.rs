//! Case statements over checkpoint ids with one arm per distinct body.
//!
//! The save and restore decoders have an arm per checkpoint, and a plan on a composite FSM can
//! have thousands of checkpoints (Vitis dataflow: 3,812 checkpoints, 94 distinct payload
//! layouts): one arm each made an augmented file of 650 MB that Verilator needed 19 minutes to
//! read. Arms with identical text are merged into one arm with several labels.

use std::fmt::Write;

/// Collects `(label, body)` arms; `body` is the text after `label: ` (it ends with a newline).
#[derive(Default)]
pub struct MergedArms {
    order: Vec<String>,
    labels: std::collections::HashMap<String, Vec<String>>,
}

impl MergedArms {
    pub fn push(&mut self, label: String, body: String) {
        match self.labels.get_mut(&body) {
            Some(v) => v.push(label),
            None => {
                self.labels.insert(body.clone(), vec![label]);
                self.order.push(body);
            }
        }
    }

    /// The arms in first-seen order, each as `indent` + labels (eight a line) + `: ` + body.
    pub fn write(&self, s: &mut String, indent: &str) {
        for body in &self.order {
            let labels = &self.labels[body];
            let lines: Vec<String> = labels.chunks(8).map(|c| c.join(", ")).collect();
            let _ = write!(s, "{indent}{}: {body}", lines.join(&format!(",\n{indent}")));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_bodies_share_one_arm_in_first_seen_order() {
        let mut a = MergedArms::default();
        a.push("16'd1".into(), "x = 1;\n".into());
        a.push("16'd2".into(), "x = 2;\n".into());
        a.push("16'd3".into(), "x = 1;\n".into());
        let mut s = String::new();
        a.write(&mut s, "  ");
        assert_eq!(s, "  16'd1, 16'd3: x = 1;\n  16'd2: x = 2;\n");
    }

    #[test]
    fn many_labels_are_wrapped() {
        let mut a = MergedArms::default();
        for i in 0..10 {
            a.push(format!("{i}"), "y;\n".into());
        }
        let mut s = String::new();
        a.write(&mut s, " ");
        assert_eq!(s, " 0, 1, 2, 3, 4, 5, 6, 7,\n 8, 9: y;\n");
    }
}
