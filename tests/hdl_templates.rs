//! Unit tests of the NVM adapters in hdl-templates/ against the C++ NVM models of sim/: each
//! configuration is Verilated with its parameters and run by hdl-templates/tests/tb_adapters.cpp.

mod common;

use std::process::Command;

fn run_adapter(module: &str, params: &[(&str, u32)], define: &str) {
    let repo = common::repo();
    let dir = tempfile::tempdir().expect("tempdir");
    let obj = dir.path().join("obj");
    let mut cmd = Command::new("verilator");
    cmd.args([
        "--cc", "--exe", "--build", "-j", "2", "-Wall", "--prefix", "Vdut",
    ])
    .args(["--top-module", module, "-Mdir"])
    .arg(&obj)
    .arg(repo.join(format!("hdl-templates/{module}.v")))
    .arg(repo.join("hdl-templates/tests/tb_adapters.cpp"))
    .args(["-o", "tb", "-CFLAGS"])
    .arg(format!("-I{} -D{define}", repo.join("sim").display()));
    for (name, value) in params {
        cmd.arg(format!("-G{name}={value}"));
        cmd.args(["-CFLAGS", &format!("-D{name}={value}")]);
    }
    let out = cmd
        .output()
        .expect("verilator runs (make test installs it)");
    assert!(
        out.status.success(),
        "verilator build of {module} {params:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = Command::new(obj.join("tb")).output().expect("tb runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    println!("{module} {params:?}: {stdout}");
    assert!(
        run.status.success() && stdout.contains("PASS"),
        "{module} {params:?}:\n{stdout}"
    );
}

fn verilator_present() -> bool {
    common::tool_present("verilator", "--version")
}

#[test]
fn parallel_adapter_32_bit_with_acknowledge() {
    if verilator_present() {
        run_adapter(
            "idet_nvm_parallel",
            &[("NW", 32), ("LATENCY", 0)],
            "ADAPTER_PARALLEL",
        );
    }
}

#[test]
fn parallel_adapter_8_bit_with_acknowledge() {
    if verilator_present() {
        run_adapter(
            "idet_nvm_parallel",
            &[("NW", 8), ("LATENCY", 0)],
            "ADAPTER_PARALLEL",
        );
    }
}

#[test]
fn parallel_adapter_16_bit_fixed_latency() {
    if verilator_present() {
        run_adapter(
            "idet_nvm_parallel",
            &[("NW", 16), ("LATENCY", 3)],
            "ADAPTER_PARALLEL",
        );
    }
}

#[test]
fn spi_fram_adapter_2_byte_addresses() {
    if verilator_present() {
        run_adapter("idet_nvm_spi_fram", &[("ADDR_BYTES", 2)], "ADAPTER_SPI");
    }
}

#[test]
fn spi_fram_adapter_3_byte_addresses() {
    if verilator_present() {
        run_adapter(
            "idet_nvm_spi_fram",
            &[("ADDR_BYTES", 3), ("AW", 20)],
            "ADAPTER_SPI",
        );
    }
}
