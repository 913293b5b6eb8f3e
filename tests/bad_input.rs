//! Bad input gives one-line errors with file:line and exit code 2, never a panic.
//! Each directory under tests/bad-input/ has `design.v` and optionally `args`; the expected
//! stderr is an insta snapshot (`INSTA_UPDATE=always cargo test --test bad_input`, then review).

use std::path::PathBuf;
use std::process::Command;

#[test]
fn every_bad_input_is_refused_with_a_location() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root.join("tests/bad-input"))
        .expect("bad-input dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 8);
    for dir in dirs {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let args = std::fs::read_to_string(dir.join("args")).unwrap_or_default();
        let out = Command::new(env!("CARGO_BIN_EXE_idet"))
            .current_dir(&root)
            .arg("analyze")
            .arg(dir.join("design.v").strip_prefix(&root).unwrap())
            .args(args.split_whitespace())
            .output()
            .expect("idet runs");
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{name}: exit code, stderr: {stderr}"
        );
        let first = stderr.lines().next().unwrap_or("");
        assert!(!stderr.contains("panicked"), "{name}: panic: {stderr}");
        if !["unknown_top", "missing_include"].contains(&name.as_str()) {
            assert!(
                first.starts_with("tests/bad-input/"),
                "{name}: no file:line in `{first}`"
            );
        } else {
            assert!(
                first.contains(&name) || first.contains("nosuch"),
                "{name}: `{first}` names neither file nor module"
            );
        }
        insta::assert_snapshot!(name, stderr);
    }
}
