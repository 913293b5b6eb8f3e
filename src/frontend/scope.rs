//! Name scopes of the module being lowered: generate blocks and bound constants.
//!
//! A signal declared inside a generate block is a signal of the module named by its
//! hierarchical path, `blk.x` or `g[3].x` (what Verilog itself calls it from outside), so the
//! IR stays flat. A name is looked up from the innermost block outwards, as Verilog resolves it.
//! Generate-loop genvars and the variables of unrolled procedural loops are constants bound
//! for one iteration; they shadow signals of the same name.

use crate::ir::Tv;

#[derive(Clone, Debug, Default)]
pub struct Scope {
    /// Full prefixes of the enclosing generate blocks, outermost first (`g[3].`, `g[3].inner.`).
    pub blocks: Vec<String>,
    /// Constants bound by the enclosing loops, innermost last.
    pub consts: Vec<(String, Tv)>,
    /// Unnamed generate constructs met so far in each block (Verilog's `genblk<N>` numbering).
    pub unnamed: Vec<usize>,
}

impl Scope {
    /// The prefix a declaration in the current block gets.
    pub fn prefix(&self) -> &str {
        self.blocks.last().map_or("", String::as_str)
    }

    /// Candidate full names of `name`, innermost block first, the module scope last.
    pub fn candidates<'a>(&'a self, name: &'a str) -> impl Iterator<Item = String> + 'a {
        self.blocks
            .iter()
            .rev()
            .map(move |p| format!("{p}{name}"))
            .chain(std::iter::once(name.to_string()))
    }

    /// The value of a bound constant (innermost binding wins).
    pub fn constant(&self, name: &str) -> Option<&Tv> {
        self.consts
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|x| &x.1)
    }

    /// A scope one block deeper.
    pub fn enter(&self, block: &str) -> Scope {
        let mut s = self.clone();
        s.blocks.push(format!("{}{block}.", self.prefix()));
        s.unnamed.push(0);
        s
    }

    /// The name of the next unnamed generate block in this scope (`genblk1`, `genblk2`, ...).
    pub fn next_unnamed(&mut self) -> String {
        if self.unnamed.is_empty() {
            self.unnamed.push(0);
        }
        let n = self.unnamed.last_mut().expect("pushed above");
        *n += 1;
        format!("genblk{n}")
    }

    pub fn bind(&mut self, name: &str, value: Tv) {
        self.consts.push((name.to_string(), value));
    }
}
