//! Placement solvers against each other on random instances:
//! ILP == brute force (every objective) on graphs of <= 12 states, DP == ILP on chains, and every
//! ILP answer satisfies reach <= D by the independent longest-path check. Half of the instances
//! carry a non-volatile memory (random read and write states): the write-after-read constraint.

use idet::plan::cost::{key, Energy, Objective};
use idet::plan::energy::EnergyModel;
use idet::plan::model::{PlanGraph, PlanState, WarMem};
use idet::plan::{brute, dp, ilp, reach};
use proptest::prelude::*;
use std::collections::BTreeMap;

const OBJECTIVES: [Objective; 3] = [
    Objective::MinBits,
    Objective::MinReserve,
    Objective::MinRecompute,
];

fn energy() -> Energy {
    Energy {
        cycle_pj: 7.0,
        model: EnergyModel::preset("fram").unwrap(),
        // Frequent failures, so that re-execution and checkpoint costs compete.
        failure_rate: 0.05,
    }
}

/// A random graph: `n` states, each with 1..=3 successors (self-loops allowed), durations 1..=3,
/// live sets drawn from 6 registers of random widths.
fn graph(
    n: usize,
    edges: Vec<Vec<usize>>,
    durs: Vec<u64>,
    lives: Vec<u8>,
    widths: Vec<u64>,
) -> PlanGraph {
    let regs: Vec<String> = (0..6).map(|i| format!("r{i}")).collect();
    let reg_bits: BTreeMap<String, u64> = regs.iter().cloned().zip(widths).collect();
    let states = (0..n)
        .map(|s| {
            let live: Vec<String> = (0..6)
                .filter(|i| lives[s] >> i & 1 == 1)
                .map(|i| regs[i].clone())
                .collect();
            let bits = live.iter().map(|r| reg_bits[r]).sum::<u64>() + 3;
            PlanState {
                name: format!("S{s}"),
                code: s.to_string(),
                bits,
                live,
                duration: durs[s],
                forbidden: false,
                // Non-uniform shares derived from the live mask, to exercise the weights.
                cycle_share: (1 + lives[s] % 7) as f64 / (7 * n) as f64,
                entry_rate: (1 + lives[s] % 3) as f64 / (5 * n) as f64,
            }
        })
        .collect();
    let succ = edges
        .into_iter()
        .take(n)
        .map(|v| {
            let mut v: Vec<usize> = v.into_iter().map(|x| x % n).collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    PlanGraph {
        states,
        succ,
        reg_bits,
        war: vec![],
    }
}

/// Forbid checkpoints in the states whose bit is set in `mask` (about one state in five).
fn forbid(mut g: PlanGraph, mask: u32) -> PlanGraph {
    for (i, s) in g.states.iter_mut().enumerate() {
        s.forbidden = mask >> (2 * i) & 3 == 0 && mask >> 30 & 1 == 1;
    }
    g
}

/// With `on`, a non-volatile memory read where `reads` has a bit and written where `writes` has
/// one (never both in one state: insert refuses that).
fn with_war(mut g: PlanGraph, on: bool, reads: u32, writes: u32) -> PlanGraph {
    if on {
        let n = g.len();
        g.war.push(WarMem {
            name: "m".into(),
            reads: (0..n).map(|s| reads >> s & 1 == 1).collect(),
            writes: (0..n)
                .map(|s| writes >> s & 1 == 1 && reads >> s & 1 == 0)
                .collect(),
        });
    }
    g
}

fn arb_graph() -> impl Strategy<Value = PlanGraph> {
    (2usize..=12).prop_flat_map(|n| {
        (
            Just(n),
            prop::collection::vec(prop::collection::vec(0usize..64, 1..=3), n),
            prop::collection::vec(1u64..=3, n),
            prop::collection::vec(any::<u8>(), n),
            prop::collection::vec(1u64..=40, 6),
            any::<u32>(),
            (any::<bool>(), any::<u32>(), any::<u32>()),
        )
            .prop_map(|(n, e, d, l, w, f, (on, r, wr))| {
                with_war(forbid(graph(n, e, d, l, w), f), on, r, wr)
            })
    })
}

fn arb_chain() -> impl Strategy<Value = PlanGraph> {
    (2usize..=12).prop_flat_map(|n| {
        (
            Just(n),
            prop::collection::vec(1u64..=3, n),
            prop::collection::vec(any::<u8>(), n),
            prop::collection::vec(1u64..=40, 6),
            (any::<bool>(), any::<u32>(), any::<u32>()),
        )
            .prop_map(|(n, d, l, w, (on, r, wr))| {
                let edges = (0..n)
                    .map(|s| if s + 1 < n { vec![s + 1] } else { vec![] })
                    .collect();
                let mut g = graph(n, edges, d, l, w);
                g.succ[n - 1].clear();
                with_war(g, on, r, wr)
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), .. ProptestConfig::default() })]

    #[test]
    fn ilp_equals_brute_force(g in arb_graph(), d in 1u64..=8, which in 0usize..3) {
        let obj = OBJECTIVES[which];
        let e = energy();
        let b = brute::solve(&g, obj, d, &e);
        prop_assert_eq!(b.is_none(), reach::explain_infeasible(&g, d).is_some(), "infeasibility explanation");
        let i = ilp::solve(&g, obj, d, &e, None);
        match (b, i) {
            (None, Err(ilp::IlpError::Infeasible)) => {}
            (Some((_, bc)), Ok(ir)) => {
                prop_assert!(ir.optimal);
                // The exhaustive fallback would hide a wrong MIP model: the MIP must answer.
                prop_assert!(!ir.backend.starts_with("exhaustive"), "MIP gave no valid answer");
                prop_assert!(reach::feasible(&g, &ir.chosen, d), "ILP set violates reach <= {d}");
                prop_assert!(reach::war_violation(&g, &ir.chosen).is_none(), "ILP set violates write-after-read");
                let (kb, ki) = (key(obj, &bc), key(obj, &ir.costs));
                prop_assert!((kb.0 - ki.0).abs() <= 1e-6 * kb.0.max(1.0), "primary {kb:?} vs {ki:?}");
                if obj == Objective::MinBits {
                    prop_assert_eq!(kb.1, ki.1, "union tie-break");
                }
            }
            (b, i) => prop_assert!(false, "brute {:?} vs ilp {:?}", b.map(|x| x.1), i.map(|x| x.costs)),
        }
    }

    #[test]
    fn dp_is_feasible_and_never_beats_the_ilp(g in arb_graph(), d in 1u64..=8, which in 0usize..3) {
        let obj = OBJECTIVES[which];
        let e = energy();
        match (dp::solve(&g, obj, d, &e), ilp::solve(&g, obj, d, &e, None)) {
            (None, Err(ilp::IlpError::Infeasible)) => {}
            (Some(r), Ok(ir)) => {
                prop_assert!(reach::feasible(&g, &r.chosen, d), "DP set violates reach <= {d}");
                prop_assert!(reach::war_violation(&g, &r.chosen).is_none(), "DP set violates write-after-read");
                let ki = key(obj, &ir.costs).0;
                prop_assert!(r.value >= ki - 1e-6 * ki.max(1.0), "dp {} below the optimum {ki}", r.value);
                if r.exact {
                    prop_assert!((r.value - ki).abs() <= 1e-6 * ki.max(1.0));
                }
            }
            (a, b) => prop_assert!(false, "dp {:?} vs ilp {:?}", a.map(|x| x.value), b.map(|x| x.costs)),
        }
    }

    #[test]
    fn dp_equals_ilp_on_chains(g in arb_chain(), d in 1u64..=8, which in 0usize..3) {
        let obj = OBJECTIVES[which];
        let e = energy();
        let dpr = dp::solve_chain(&g, obj, d, &e);
        let i = ilp::solve(&g, obj, d, &e, None);
        match (dpr, i) {
            (None, Err(ilp::IlpError::Infeasible)) => {}
            (Some((chosen, v)), Ok(ir)) => {
                prop_assert!(reach::feasible(&g, &chosen, d), "DP set violates reach <= {d}");
                prop_assert!(reach::war_violation(&g, &chosen).is_none(), "DP set violates write-after-read");
                let ki = key(obj, &ir.costs).0;
                prop_assert!((v - ki).abs() <= 1e-6 * v.max(1.0), "dp {v} vs ilp {ki}");
            }
            (a, b) => prop_assert!(false, "dp {:?} vs ilp {:?}", a.map(|x| x.1), b.map(|x| x.costs)),
        }
    }
}

#[test]
fn reach_checker_names_a_cycle_without_checkpoint() {
    let g = graph(
        3,
        vec![vec![1], vec![2], vec![1]],
        vec![1, 1, 1],
        vec![1, 2, 3],
        vec![8; 6],
    );
    match reach::reach(&g, &[true, false, false]) {
        reach::Reach::Unbounded { cycle } => {
            let mut c = cycle.clone();
            c.sort();
            assert_eq!(c, vec![1, 2]);
        }
        other => panic!("expected a cycle, got {other:?}"),
    }
    assert!(reach::feasible(&g, &[true, true, false], 1));
    assert!(!reach::feasible(&g, &[true, false, true], 0));
}

/// Regression: every state waits on a self-loop, so every decision is forced; CBC once answered
/// such a model with status `Unlaunched` and all-zero values (under concurrent use). idet now
/// decides forced models without the solver and serialises all CBC use.
#[test]
fn regression_cbc_presolve_fixes_everything() {
    let g = graph(
        3,
        vec![vec![0, 1, 2], vec![1, 2], vec![0, 2]],
        vec![1, 2, 3],
        vec![0b101, 0b111010, 0b11],
        vec![13, 37, 26, 36, 26, 12],
    );
    for obj in [Objective::MinBits, Objective::MinReserve] {
        let r =
            ilp::solve(&g, obj, 5, &energy(), None).expect("feasible: all states are checkpoints");
        assert_eq!(r.chosen, vec![true, true, true]);
        assert!(r.optimal);
    }
}

/// 64 cases in the regular suite; `PROPTEST_CASES=2000` for a longer campaign.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

/// Regression: chain S0 (65 bits, 2 cycles) -> S1 (104 bits, 3 cycles, no exit), D = 2,
/// min-reserve: taking both states (R = 216 pJ) beats S1 alone (R = 230 pJ).
#[test]
fn regression_reserve_chain_two_states() {
    let mut g = graph(
        2,
        vec![vec![1], vec![]],
        vec![2, 3],
        vec![0b11, 0b101100],
        vec![33, 29, 31, 30, 35, 40],
    );
    g.succ[1].clear();
    assert_eq!((g.bits(0), g.bits(1)), (65, 104));
    let e = energy();
    let r = ilp::solve(&g, Objective::MinReserve, 2, &e, None).expect("feasible");
    eprintln!(
        "chosen {:?} backend {} costs {:?}",
        r.chosen, r.backend, r.costs
    );
    let (_, v) = dp::solve_chain(&g, Objective::MinReserve, 2, &e).expect("dp");
    assert!(
        (r.costs.reserve_pj - v).abs() < 1e-6,
        "ilp {} dp {v}",
        r.costs.reserve_pj
    );
}

/// Regression: CLP aborted (assertion in OsiClpSolverInterface::crunch) on this min-recompute chain.
#[test]
fn regression_clp_crunch_abort_recompute_chain() {
    let g = PlanGraph {
        states: vec![
            PlanState {
                name: "S0".into(),
                code: "0".into(),
                bits: 60,
                live: vec!["r0".into(), "r1".into(), "r2".into(), "r4".into()],
                duration: 2,
                forbidden: false,
                cycle_share: 0.07936507936507936,
                entry_rate: 0.044444444444444446,
            },
            PlanState {
                name: "S1".into(),
                code: "1".into(),
                bits: 58,
                live: vec!["r1".into(), "r2".into(), "r4".into()],
                duration: 2,
                forbidden: false,
                cycle_share: 0.06349206349206349,
                entry_rate: 0.022222222222222223,
            },
            PlanState {
                name: "S2".into(),
                code: "2".into(),
                bits: 43,
                live: vec!["r0".into(), "r4".into(), "r5".into()],
                duration: 1,
                forbidden: false,
                cycle_share: 0.031746031746031744,
                entry_rate: 0.06666666666666667,
            },
            PlanState {
                name: "S3".into(),
                code: "3".into(),
                bits: 131,
                live: vec![
                    "r0".into(),
                    "r1".into(),
                    "r2".into(),
                    "r3".into(),
                    "r4".into(),
                    "r5".into(),
                ],
                duration: 1,
                forbidden: false,
                cycle_share: 0.015873015873015872,
                entry_rate: 0.022222222222222223,
            },
            PlanState {
                name: "S4".into(),
                code: "4".into(),
                bits: 80,
                live: vec!["r0".into(), "r1".into(), "r3".into(), "r4".into()],
                duration: 2,
                forbidden: false,
                cycle_share: 0.047619047619047616,
                entry_rate: 0.022222222222222223,
            },
            PlanState {
                name: "S5".into(),
                code: "5".into(),
                bits: 94,
                live: vec!["r1".into(), "r2".into(), "r4".into(), "r5".into()],
                duration: 3,
                forbidden: false,
                cycle_share: 0.1111111111111111,
                entry_rate: 0.044444444444444446,
            },
            PlanState {
                name: "S6".into(),
                code: "6".into(),
                bits: 91,
                live: vec!["r0".into(), "r2".into(), "r3".into(), "r5".into()],
                duration: 1,
                forbidden: false,
                cycle_share: 0.1111111111111111,
                entry_rate: 0.022222222222222223,
            },
            PlanState {
                name: "S7".into(),
                code: "7".into(),
                bits: 43,
                live: vec!["r0".into(), "r1".into()],
                duration: 1,
                forbidden: false,
                cycle_share: 0.06349206349206349,
                entry_rate: 0.022222222222222223,
            },
            PlanState {
                name: "S8".into(),
                code: "8".into(),
                bits: 41,
                live: vec!["r0".into(), "r5".into()],
                duration: 3,
                forbidden: false,
                cycle_share: 0.031746031746031744,
                entry_rate: 0.022222222222222223,
            },
        ],
        succ: vec![
            vec![1],
            vec![2],
            vec![3],
            vec![4],
            vec![5],
            vec![6],
            vec![7],
            vec![8],
            vec![],
        ],
        reg_bits: [
            ("r0".to_string(), 2),
            ("r1".to_string(), 38),
            ("r2".to_string(), 15),
            ("r3".to_string(), 35),
            ("r4".to_string(), 2),
            ("r5".to_string(), 36),
        ]
        .into_iter()
        .collect(),
        war: vec![],
    };
    for _ in 0..20 {
        let r = ilp::solve(&g, Objective::MinRecompute, 7, &energy(), None).expect("solves");
        assert!(reach::feasible(&g, &r.chosen, 7));
    }
}
