//! Stand-ins for vendor simulation-library cells that published HLS output calls from its
//! simulation-only code (`synthesis translate_off`), so that Verilator builds the design the way
//! the tool's own simulation runs it. The analysis never sees that code (it skips
//! `translate_off` regions); the harness must, or the design does not build. One entry per
//! cell, each saying what and why; a design that defines the cell itself keeps its own.
//!
//! - Altera `ALTERA_MF_MEMORY_INITIALIZATION` (Quartus `altera_mf.v`): LegUp's RAM models
//!   (`ram_dual_port`, `rom_dual_port`) initialise their contents in simulation with
//!   `mem.convert_to_ver_file(init_file, width_a, ram_ver_file); $readmemh(ram_ver_file, ram);`,
//!   the task turning a Quartus Memory Initialization File (`.mif`) into a hex file. Here every
//!   `.mif` beside the design's sources is converted by [`mif_to_hex`] into the scratch
//!   directory, and the stand-in's task maps the name the design passes to that file.

use crate::diag::Diagnostic;
use std::fmt::Write;
use std::path::{Path, PathBuf};

const ALTERA_MF_INIT: &str = "ALTERA_MF_MEMORY_INITIALIZATION";

/// Writes the stand-ins `files` need into `dir`; returns the Verilog files to add to every
/// model's sources (none when no source uses a vendor cell it does not define).
pub fn stand_ins(files: &[PathBuf], dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let mut uses = false;
    let mut defines = false;
    let mut dirs: Vec<PathBuf> = vec![];
    for f in files {
        let text = std::fs::read_to_string(f)
            .map_err(|e| Diagnostic::plain(format!("cannot read {}: {e}", f.display())))?;
        uses |= text.contains(ALTERA_MF_INIT);
        defines |= text.contains(&format!("module {ALTERA_MF_INIT}"));
        let f = std::fs::canonicalize(f).unwrap_or_else(|_| f.clone());
        if let Some(d) = f.parent() {
            if !dirs.iter().any(|x| x == d) {
                dirs.push(d.to_path_buf());
            }
        }
    }
    if !uses || defines {
        return Ok(vec![]);
    }
    let out = dir.join("vendor-sim");
    std::fs::create_dir_all(&out)
        .map_err(|e| Diagnostic::plain(format!("cannot create {}: {e}", out.display())))?;
    // (name the design may pass, converted file)
    let mut map: Vec<(String, PathBuf)> = vec![];
    for d in &dirs {
        let Ok(entries) = std::fs::read_dir(d) else {
            continue;
        };
        let mut mifs: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("mif")))
            .collect();
        mifs.sort();
        for mif in mifs {
            let text = std::fs::read_to_string(&mif)
                .map_err(|e| Diagnostic::plain(format!("cannot read {}: {e}", mif.display())))?;
            let hex = mif_to_hex(&text).map_err(|e| {
                Diagnostic::plain(format!(
                    "{}: not a Memory Initialization File: {e}",
                    mif.display()
                ))
            })?;
            let name = mif
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let ver = std::path::absolute(out.join(format!("{name}.ver"))).unwrap_or_default();
            std::fs::write(&ver, hex)
                .map_err(|e| Diagnostic::plain(format!("cannot write {}: {e}", ver.display())))?;
            map.push((name, ver.clone()));
            map.push((mif.display().to_string(), ver));
        }
    }
    let mut v = String::new();
    let _ = writeln!(
        v,
        "// Written by `idet verify`: a stand-in for Altera's {ALTERA_MF_INIT} (Quartus altera_mf.v)."
    );
    let _ = writeln!(
        v,
        "// Its task maps a .mif the design names to the hex file idet converted it to."
    );
    let _ = writeln!(v, "module {ALTERA_MF_INIT};");
    let _ = writeln!(v, "  task convert_to_ver_file;");
    let _ = writeln!(v, "    input [8*256:1] in_file;");
    let _ = writeln!(v, "    input integer width;");
    let _ = writeln!(v, "    output [8*256:1] out_file;");
    let _ = writeln!(v, "    begin");
    let _ = writeln!(v, "      out_file = in_file;");
    for (name, ver) in &map {
        let _ = writeln!(
            v,
            "      if (in_file == \"{}\") out_file = \"{}\";",
            name.replace('\\', "\\\\").replace('"', "\\\""),
            ver.display()
                .to_string()
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
        );
    }
    let _ = writeln!(v, "    end");
    let _ = writeln!(v, "  endtask");
    let _ = writeln!(v, "endmodule");
    let file = out.join("altera_mf_memory_initialization.v");
    std::fs::write(&file, v)
        .map_err(|e| Diagnostic::plain(format!("cannot write {}: {e}", file.display())))?;
    Ok(vec![file])
}

/// A Quartus Memory Initialization File as a `$readmemh` file (`@address` then one word per
/// line). Reads `WIDTH`, `ADDRESS_RADIX`, `DATA_RADIX` (HEX, DEC, UNS, BIN, OCT) and the
/// `CONTENT BEGIN ... END;` entries `a : d;`, `a : d0 d1 ...;` (consecutive words) and
/// `[a..b] : d;` (a range), with `--` and `%...%` comments.
pub fn mif_to_hex(text: &str) -> Result<String, String> {
    let mut no_comments = String::new();
    let mut in_block = false;
    for line in text.lines() {
        let mut l = String::new();
        for c in line.chars() {
            if c == '%' {
                in_block = !in_block;
                continue;
            }
            if !in_block {
                l.push(c);
            }
        }
        let l = l.split("--").next().unwrap_or("");
        no_comments.push_str(l);
        no_comments.push('\n');
    }
    let upper = no_comments.to_ascii_uppercase();
    let body_at = upper
        .find("CONTENT")
        .and_then(|c| upper[c..].find("BEGIN").map(|b| c + b + "BEGIN".len()))
        .ok_or("no CONTENT BEGIN")?;
    let header = &upper[..body_at];
    let setting = |key: &str| -> Option<String> {
        header.split(';').find_map(|item| {
            let (k, v) = item.split_once('=')?;
            (k.trim() == key).then(|| v.trim().to_string())
        })
    };
    let radix = |key: &str| -> Result<u32, String> {
        match setting(key).as_deref() {
            None | Some("HEX") => Ok(16),
            Some("DEC") | Some("UNS") => Ok(10),
            Some("BIN") => Ok(2),
            Some("OCT") => Ok(8),
            Some(r) => Err(format!("{key} = {r} is not supported")),
        }
    };
    let (ar, dr) = (radix("ADDRESS_RADIX")?, radix("DATA_RADIX")?);
    let width: u32 = setting("WIDTH")
        .ok_or("no WIDTH")?
        .parse()
        .map_err(|_| "WIDTH is not a number")?;
    let num = |s: &str, r: u32| -> Result<u128, String> {
        let s = s.trim();
        u128::from_str_radix(s, r).map_err(|_| format!("`{s}` is not a base-{r} number"))
    };
    let digits = width.div_ceil(4) as usize;
    let mut out = String::new();
    let body = &no_comments[body_at..];
    let end = body.to_ascii_uppercase().rfind("END").unwrap_or(body.len());
    for entry in body[..end].split(';') {
        let entry = entry.trim();
        if entry.is_empty() {
            continue;
        }
        let (addr, data) = entry
            .split_once(':')
            .ok_or_else(|| format!("entry `{entry}` has no `:`"))?;
        let addr = addr.trim();
        let words: Vec<u128> = data
            .split_whitespace()
            .map(|d| num(d, dr))
            .collect::<Result<_, _>>()?;
        let (first, last) = match addr.strip_prefix('[').and_then(|a| a.strip_suffix(']')) {
            Some(range) => {
                let (a, b) = range
                    .split_once("..")
                    .ok_or_else(|| format!("range `{addr}` is not [a..b]"))?;
                (num(a, ar)?, Some(num(b, ar)?))
            }
            None => (num(addr, ar)?, None),
        };
        let _ = writeln!(out, "@{first:x}");
        match last {
            // A range repeats its word(s) over every address.
            Some(last) => {
                for k in 0..=(last.saturating_sub(first)) {
                    let w = words[(k as usize) % words.len().max(1)];
                    let _ = writeln!(out, "{w:0digits$x}");
                }
            }
            None => {
                for w in &words {
                    let _ = writeln!(out, "{w:0digits$x}");
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::mif_to_hex;

    #[test]
    fn mif_entries_ranges_and_radices_become_readmemh_lines() {
        let mif = "-- a comment\nDEPTH = 8;\nWIDTH = 12;\nADDRESS_RADIX = DEC;\nDATA_RADIX = HEX;\n\
                   CONTENT\nBEGIN\n0 : 00A;\t-- a[0]\n1 : 0B 0C;\n[4..6] : FFF;\n%block\ncomment%\nEND;\n";
        assert_eq!(
            mif_to_hex(mif).unwrap(),
            "@0\n00a\n@1\n00b\n00c\n@4\nfff\nfff\nfff\n"
        );
        let bin = "WIDTH=4;ADDRESS_RADIX=HEX;DATA_RADIX=BIN;CONTENT BEGIN\n a : 1010;\nEND;";
        assert_eq!(mif_to_hex(bin).unwrap(), "@a\na\n");
        assert!(mif_to_hex("WIDTH=8;\n").is_err());
        assert!(mif_to_hex("WIDTH=8;CONTENT BEGIN 0 : zz; END;").is_err());
    }
}
