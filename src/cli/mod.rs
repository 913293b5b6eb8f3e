//! The command line's pieces (part of the `idet` binary, not of the library): argument groups,
//! and one function per subcommand.

pub mod args;
pub mod commands;

/// How chatty standard error is: `-q` keeps only errors and notes, `-v` adds timings.
#[derive(Clone, Copy, Debug, Default)]
pub struct Ui {
    pub quiet: bool,
    pub verbose: bool,
}

impl Ui {
    /// `-v`: how long a stage took since `t0`.
    pub fn timing(&self, stage: &str, t0: std::time::Instant) {
        if self.verbose {
            eprintln!("timing: {stage:<16} {:.3} s", t0.elapsed().as_secs_f64());
        }
    }
}
