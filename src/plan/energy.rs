//! NVM and design energy model (serde: TOML or JSON files, or a named preset).
//!
//! Preset figures are representative orders of magnitude for each technology, not vendor data;
//! pass a file with your part's numbers for real decisions.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnergyModel {
    pub name: String,
    /// NVM word width in bits.
    pub word_bits: u32,
    pub write_pj_per_bit: f64,
    pub read_pj_per_bit: f64,
    pub write_cycles_per_word: u32,
    pub read_cycles_per_word: u32,
    /// Fixed cost of one checkpoint in NVM bits written besides the payload: the slot's
    /// invalidation, length and tag words (hdl-templates/README.md), 3 x 32.
    pub header_bits: u32,
    /// Design energy per cycle in pJ; `None`: estimated from flip-flop count (see `cycle_energy`).
    pub cycle_pj: Option<f64>,
}

/// Estimated dynamic energy per flip-flop bit per cycle when the user gives none (pJ), plus a
/// fixed 5 pJ for clock tree and control: E_cycle = 5 + 0.05 * total_state_bits.
pub const EST_PJ_PER_FF: f64 = 0.05;
pub const EST_BASE_PJ: f64 = 5.0;

/// Flip-flop bits of the controller (hdl-templates/idet_ctrl.v: state, counters sized from
/// the slot, the checkpoint id, the newest slot and sequence number, `ev` and its copy) and of
/// the adapter (parallel: part counter and read buffer; SPI: frame shift register, receive
/// register, bit counter): what idet adds per cycle, in the energy estimates.
pub fn controller_bits(slot_words: u32, ev_bits: u32, spi: bool) -> u64 {
    let lw = (32 - slot_words.max(3).saturating_sub(1).leading_zeros()) as u64;
    let ctrl = 4 + 1 + 2 * lw + 1 + 2 + 2 + 16 + ev_bits as u64 + 3;
    let adapter = if spi { 3 + 64 + 7 + 2 + 32 } else { 2 + 32 };
    ctrl + adapter
}

impl EnergyModel {
    pub fn preset(name: &str) -> Option<EnergyModel> {
        let (w, wr, rd, wc, rc) = match name {
            "fram" => (16, 0.9, 0.6, 2, 2),
            "stt-mram" => (32, 2.5, 0.4, 4, 1),
            "pcm" => (32, 20.0, 0.5, 20, 2),
            "flash" => (32, 150.0, 0.4, 400, 2),
            _ => return None,
        };
        Some(EnergyModel {
            name: name.to_string(),
            word_bits: w,
            write_pj_per_bit: wr,
            read_pj_per_bit: rd,
            write_cycles_per_word: wc,
            read_cycles_per_word: rc,
            header_bits: 96,
            cycle_pj: None,
        })
    }

    pub const PRESETS: [&'static str; 4] = ["fram", "stt-mram", "pcm", "flash"];

    /// A preset name, or a TOML/JSON file.
    pub fn load(spec: &str) -> Result<EnergyModel, String> {
        if let Some(p) = Self::preset(spec) {
            return Ok(p);
        }
        let text = std::fs::read_to_string(spec).map_err(|e| {
            format!(
                "`{spec}` is neither a preset ({}) nor a readable file: {e}",
                Self::PRESETS.join(", ")
            )
        })?;
        if spec.ends_with(".json") {
            serde_json::from_str(&text).map_err(|e| format!("{spec}: {e}"))
        } else {
            toml::from_str(&text).map_err(|e| format!("{spec}: {e}"))
        }
    }

    /// Energy to save `bits` of state plus the header (pJ), whole words written.
    pub fn save_pj(&self, bits: u64) -> f64 {
        let words = (bits + self.header_bits as u64).div_ceil(self.word_bits as u64);
        words as f64 * self.word_bits as f64 * self.write_pj_per_bit
    }

    /// Energy to restore `bits` of state: the boot reads both tags, the length and the payload
    /// (whole words).
    pub fn restore_pj(&self, bits: u64) -> f64 {
        let words = (bits + self.header_bits as u64).div_ceil(self.word_bits as u64);
        words as f64 * self.word_bits as f64 * self.read_pj_per_bit
    }

    pub fn cycle_energy(&self, total_state_bits: u64) -> f64 {
        self.cycle_pj
            .unwrap_or(EST_BASE_PJ + EST_PJ_PER_FF * total_state_bits as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_and_files_load() {
        for p in EnergyModel::PRESETS {
            assert_eq!(EnergyModel::load(p).unwrap().name, p);
        }
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("m.toml");
        let mut m = EnergyModel::preset("fram").unwrap();
        m.cycle_pj = Some(3.0);
        std::fs::write(&f, toml::to_string(&m).unwrap()).unwrap();
        assert_eq!(EnergyModel::load(f.to_str().unwrap()).unwrap(), m);
        assert!(EnergyModel::load("nonesuch").is_err());
    }

    #[test]
    fn restore_energy_reads_as_many_words_as_a_save_writes() {
        let m = EnergyModel::preset("fram").unwrap();
        assert!((m.restore_pj(1) - 7.0 * 16.0 * 0.6).abs() < 1e-9);
    }

    #[test]
    fn save_energy_counts_whole_words_and_header() {
        let m = EnergyModel::preset("fram").unwrap();
        // 96 header + 1 bit = 97 bits -> 7 words of 16 bits.
        assert!((m.save_pj(1) - 7.0 * 16.0 * 0.9).abs() < 1e-9);
    }
}
