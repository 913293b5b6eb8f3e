//! Host conventions `idet verify` recognises from the ports of real HLS output, each checked on
//! the hand-written fixture that imitates it: what the host holds, and that the workload runs.

mod common;

/// `idet verify --json --losses 0` of a fixture: its interface's inputs as (name, min, max).
fn inputs(case: &str) -> Vec<(String, u64, u64)> {
    let dir = common::repo().join("tests/fixtures").join(case);
    let out = common::verify_command(&dir, &["--json", "--losses", "0"])
        .output()
        .unwrap();
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
        panic!(
            "{case}: no report (exit {:?}):\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert_eq!(r["passed"], true, "{case}: {r}");
    r["interface"]["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["name"].as_str().unwrap().to_string(),
                i["min"].as_u64().unwrap(),
                i["max"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// Bambu's slave memory bus (another master's way into the design's memories) is held idle.
#[test]
fn bambu_slave_bus_is_held_idle() {
    if !common::tool_present("verilator", "--version") {
        return;
    }
    let ins = inputs("bambu_slave_bus");
    for bus in [
        "S_oe_ram",
        "S_we_ram",
        "S_addr_ram",
        "S_Wdata_ram",
        "S_data_ram_size",
    ] {
        assert!(
            ins.contains(&(bus.to_string(), 0, 0)),
            "{bus} not held at 0: {ins:?}"
        );
    }
    assert!(
        ins.contains(&("a".to_string(), 0, u32::MAX as u64)),
        "{ins:?}"
    );
}

/// LegUp's Avalon `waitrequest` is held low (held high, the design waits forever), and the RAM
/// initialised from a `.mif` through Altera's simulation task builds and runs (stand-in; the
/// conversion itself is `vendor_sim`'s unit test).
#[test]
fn legup_waitrequest_is_held_low_and_the_mif_initialised_design_runs() {
    if !common::tool_present("verilator", "--version") {
        return;
    }
    let ins = inputs("legup_mif_init");
    assert_eq!(ins, vec![("waitrequest".to_string(), 0, 0)]);
}
