//! Global-word decoders as ranges where the layout is regular.
//!
//! The save multiplexer and the instance access decode are cases over global words (see
//! `insert::layout`). A memory saves one word per element, so an arm per word made them as long
//! as the memory: Catapult `apply_conv` (a 30,000-word input buffer and others: 59,358 decode
//! arms and as many save arms) and Vitis `hbm_kernel` (URAM buffers, 15,386 decode arms) took
//! Yosys more than an hour. Where consecutive words have the same body (the save side of an
//! instance's words) or a body affine in the word (a memory's element and part), one range
//! comparison covers them all.

/// The shortest run worth a range comparison (words, or elements of a memory).
pub const MIN_RUN: usize = 4;

/// `arms` in word order, each `(word, body)`: maximal runs of consecutive words with identical
/// bodies, as `(first, last, body)`; a run shorter than `MIN_RUN` stays one entry per word.
pub fn same_body_runs(arms: &[(u32, String)]) -> Vec<(u32, u32, &str)> {
    let mut out = vec![];
    let mut k = 0;
    while k < arms.len() {
        let mut e = k + 1;
        while e < arms.len() && arms[e].0 == arms[e - 1].0 + 1 && arms[e].1 == arms[k].1 {
            e += 1;
        }
        if e - k >= MIN_RUN {
            out.push((arms[k].0, arms[e - 1].0, arms[k].1.as_str()));
        } else {
            out.extend(arms[k..e].iter().map(|(w, b)| (*w, *w, b.as_str())));
        }
        k = e;
    }
    out
}

/// `first <= x && x <= last` for a 16-bit unsigned `x`, without the test Verilator flags as
/// always true (`x >= 16'd0`, lint `UNSIGNED`).
pub fn within(x: &str, first: u32, last: u32) -> String {
    if first == 0 {
        format!("{x} <= 16'd{last}")
    } else {
        format!("{x} >= 16'd{first} && {x} <= 16'd{last}")
    }
}

/// One decoded global word: where an instance's state is (`owner`: the register and the path
/// to it), which element of a memory (`index`), which 32-bit part, at which bit of the word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Access {
    pub word: u32,
    pub owner: (u64, u32),
    pub index: Option<i64>,
    pub part: u32,
    pub lo: u32,
}

/// A run of `len` accesses starting at `first` (an index into the slice given to `strided`):
/// word `g0 + j` holds part `j % parts` of element `index0 + j / parts` of one memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Strided {
    pub first: usize,
    pub len: usize,
    pub parts: u32,
}

/// The strided runs of `acc` (in word order) covering at least `MIN_RUN` elements each; the
/// accesses outside them keep one arm each.
pub fn strided(acc: &[Access]) -> Vec<Strided> {
    let mut out = vec![];
    let mut k = 0;
    while k < acc.len() {
        let a = &acc[k];
        let (Some(i0), 0, 0) = (a.index, a.part, a.lo) else {
            k += 1;
            continue;
        };
        // Parts per element: how many words the first element takes.
        let mut parts = 1u32;
        while let Some(b) = acc.get(k + parts as usize) {
            if b.owner == a.owner && b.index == a.index && b.part == parts {
                parts += 1;
            } else {
                break;
            }
        }
        let fits = |j: usize| {
            acc.get(k + j).is_some_and(|b| {
                b.owner == a.owner
                    && b.lo == 0
                    && b.word == a.word + j as u32
                    && b.index == Some(i0 + (j as u32 / parts) as i64)
                    && b.part == j as u32 % parts
            })
        };
        let mut len = 1;
        while fits(len) {
            len += 1;
        }
        // Whole elements only.
        len -= len % parts as usize;
        if len / parts as usize >= MIN_RUN {
            out.push(Strided {
                first: k,
                len,
                parts,
            });
            k += len;
        } else {
            k += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acc(word: u32, index: i64, part: u32) -> Access {
        Access {
            word,
            owner: (0, 9),
            index: Some(index),
            part,
            lo: 0,
        }
    }

    #[test]
    fn identical_consecutive_bodies_become_one_range() {
        let b = |s: &str| s.to_string();
        let arms = vec![
            (0, b("x")),
            (1, b("q")),
            (2, b("q")),
            (3, b("q")),
            (4, b("q")),
            (6, b("q")),
            (7, b("y")),
            (8, b("y")),
        ];
        assert_eq!(
            same_body_runs(&arms),
            vec![
                (0, 0, "x"),
                (1, 4, "q"),
                (6, 6, "q"),
                (7, 7, "y"),
                (8, 8, "y")
            ]
        );
    }

    #[test]
    fn a_memory_of_three_part_elements_is_one_run_and_its_neighbours_stay_arms() {
        // A register (no index), then a 72-bit memory of 5 elements from index 2, then a
        // 2-element memory (too short for a run).
        let mut v = vec![Access {
            word: 10,
            owner: (0, 1),
            index: None,
            part: 0,
            lo: 0,
        }];
        for i in 0..5 {
            for p in 0..3 {
                v.push(acc(11 + 3 * i + p, 2 + i as i64, p));
            }
        }
        for i in 0..2 {
            v.push(Access {
                owner: (0, 4),
                ..acc(26 + i, i as i64, 0)
            });
        }
        assert_eq!(
            strided(&v),
            vec![Strided {
                first: 1,
                len: 15,
                parts: 3
            }]
        );
    }

    #[test]
    fn a_gap_or_another_owner_ends_a_run() {
        let mut v: Vec<Access> = (0..6).map(|i| acc(i, i as i64, 0)).collect();
        v.push(acc(7, 6, 0)); // word gap
        v.extend((0..4).map(|i| Access {
            owner: (1, 9),
            ..acc(8 + i, 7 + i as i64, 0)
        }));
        assert_eq!(
            strided(&v),
            vec![
                Strided {
                    first: 0,
                    len: 6,
                    parts: 1
                },
                Strided {
                    first: 7,
                    len: 4,
                    parts: 1
                }
            ]
        );
    }
}
