//! The RTL IR: a small, typed view of a Verilog design that keeps original byte spans.
//!
//! The IR never refers to sv-parser types (see ARCHITECTURE.md). Parameters are evaluated during
//! lowering; expressions refer to signals by `SignalId` (an index into `Module::signals`).

pub mod dump;
pub mod eval;
pub mod expr;
pub mod flatten;
pub mod span;
pub mod stmt;
pub mod value;
mod value_wide;

pub use expr::{BinaryOp, Expr, LValue, UnaryOp};
pub use span::{FileId, SourceMap, Span};
pub use stmt::{CaseArm, CaseKind, Stmt};
pub use value::Tv;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SignalId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Input,
    Output,
    Inout,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignalKind {
    /// `wire`/net: driven by continuous assigns or instance outputs.
    Net,
    /// `reg`/`logic`/`integer`: driven by procedural code.
    Var,
}

#[derive(Clone, Debug)]
pub struct Signal {
    pub name: String,
    pub kind: SignalKind,
    /// Declared packed range `[msb:lsb]` (`[0:0]` for scalars).
    pub msb: i64,
    pub lsb: i64,
    pub signed: bool,
    /// Unpacked range for memories (`reg [7:0] m [0:15]` gives `Some((0, 15))`).
    pub array: Option<(i64, i64)>,
    pub direction: Option<Direction>,
    /// Initial value on the declaration (`reg [2:0] s = S_0;`), as Bambu writes it.
    pub init: Option<Expr>,
    pub attributes: Vec<(String, Option<String>)>,
    pub span: Span,
}

impl Signal {
    pub fn width(&self) -> u32 {
        ((self.msb - self.lsb).unsigned_abs() + 1).min(Tv::MAX_WIDTH as u64) as u32
    }
    /// Number of words (1 for a plain register).
    pub fn depth(&self) -> u64 {
        self.array.map_or(1, |(a, b)| (a - b).unsigned_abs() + 1)
    }
    pub fn bits(&self) -> u64 {
        self.width() as u64 * self.depth()
    }
    pub fn is_memory(&self) -> bool {
        self.array.is_some()
    }
    /// Bit position (0 = LSB) of declared index `i`.
    pub fn bit_offset(&self, i: i64) -> i64 {
        if self.msb >= self.lsb {
            i - self.lsb
        } else {
            self.lsb - i
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    Pos,
    Neg,
    Any,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProcessKind {
    /// `always @(*)`, `always_comb`, or a sensitivity list without edges.
    Comb,
    /// `always @(posedge clk ...)` / `always_ff`: every edge event, clock first.
    Clocked { events: Vec<(Edge, SignalId)> },
    /// `initial`: recorded, never executed by the analyses.
    Initial,
}

/// `$readmemh("file", mem)` / `$readmemb` in an initial block: where a memory's power-on
/// content comes from (Vitis ROMs' `.dat` files, Bambu's `.mem` files).
#[derive(Clone, Debug)]
pub struct MemInit {
    pub mem: SignalId,
    pub file: String,
    pub hex: bool,
    /// Whether the file was found (relative names are looked up beside the source file).
    pub found: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Process {
    pub kind: ProcessKind,
    pub body: Stmt,
    pub span: Span,
    /// The statement after the event control (where `insert` wraps the body).
    pub body_span: Span,
    /// Genvar values of the generate loops around it (outermost first): processes of one
    /// generate loop share `span`, and insert tells them apart in the text by these.
    pub genvars: Vec<(String, i64)>,
}

#[derive(Clone, Debug)]
pub struct ContAssign {
    pub lhs: LValue,
    pub rhs: Expr,
    pub span: Span,
    /// The right-hand side alone (where `insert` gates handshake outputs).
    pub rhs_span: Span,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: String,
    pub value: Tv,
    pub local: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Connection {
    /// Port name for `.name(expr)`; `None` for ordered connections.
    pub port: Option<String>,
    pub expr: Option<Expr>,
    /// Direction in the instantiated module, resolved when its definition is known.
    pub direction: Option<Direction>,
}

#[derive(Clone, Debug)]
pub struct Instance {
    pub module: String,
    pub name: String,
    /// `#(...)` values as written (by name, or in order), evaluated in the instantiating module.
    pub params: Vec<(Option<String>, Tv)>,
    /// The same by parameter name, keeping only values that differ from the module's defaults
    /// (filled in once every module is read): the key of the specialisation it instantiates.
    pub overrides: Vec<(String, Tv)>,
    pub connections: Vec<Connection>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub width: u32,
    pub signed: bool,
    /// Module signals read by the body (functions may read module scope).
    pub reads: Vec<SignalId>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Module {
    pub name: String,
    pub span: Span,
    /// `module name ... ;`: module items start where it ends.
    pub header_span: Span,
    /// The parenthesised port list, when there is one.
    pub ports_span: Option<Span>,
    /// Ports declared in the header (ANSI) rather than in the body.
    pub ansi: bool,
    pub params: Vec<Param>,
    pub ports: Vec<SignalId>,
    pub signals: Vec<Signal>,
    pub processes: Vec<Process>,
    pub assigns: Vec<ContAssign>,
    pub instances: Vec<Instance>,
    pub functions: Vec<Function>,
    /// Byte ranges between `translate_off` and `translate_on`: kept verbatim, never analysed.
    pub sim_only: Vec<Span>,
    /// Generate loops (elaborated): their items share source text between iterations.
    pub generate_loops: Vec<Span>,
    /// Memories given their power-on content by `$readmemh` / `$readmemb`.
    pub mem_inits: Vec<MemInit>,
    /// In a flattened module (see `flatten`): where each inlined instance landed.
    pub inlined: Vec<flatten::Inlined>,
}

impl Module {
    /// A module with no items yet (ANSI until a body port declaration says otherwise).
    pub fn empty(name: &str) -> Module {
        Module {
            name: name.to_string(),
            span: Span::default(),
            header_span: Span::default(),
            ports_span: None,
            ansi: true,
            params: vec![],
            ports: vec![],
            signals: vec![],
            processes: vec![],
            assigns: vec![],
            instances: vec![],
            functions: vec![],
            sim_only: vec![],
            generate_loops: vec![],
            mem_inits: vec![],
            inlined: vec![],
        }
    }
    pub fn signal(&self, id: SignalId) -> &Signal {
        &self.signals[id.0 as usize]
    }
    pub fn find(&self, name: &str) -> Option<SignalId> {
        self.signals
            .iter()
            .position(|s| s.name == name)
            .map(|i| SignalId(i as u32))
    }
    pub fn name_of(&self, id: SignalId) -> &str {
        &self.signal(id).name
    }
    pub fn signal_ids(&self) -> impl Iterator<Item = SignalId> {
        (0..self.signals.len() as u32).map(SignalId)
    }
}

/// A flattened module, or why elaboration failed (where, what).
pub type Elaborated = Result<Module, (Span, String)>;

/// A module lowered again with an instance's parameter values.
#[derive(Clone, Debug)]
pub struct Specialised {
    pub overrides: Vec<(String, Tv)>,
    pub module: Module,
}

#[derive(Clone, Debug, Default)]
pub struct Design {
    /// Every module as written (parameters at their defaults).
    pub modules: Vec<Module>,
    /// Modules specialised for the parameter values their instances give.
    pub specialised: Vec<Specialised>,
    /// Modules that could not be lowered, with the reason: an error only once they are used.
    pub unlowered: Vec<(String, crate::diag::Diagnostic)>,
    /// Flattened views (`flatten`) of the written modules that instantiate modules of the
    /// design, by name; each is made on first use (only the analysed top needs one), and an
    /// elaboration error is kept until that module is analysed.
    pub flat: Vec<(String, std::sync::OnceLock<Elaborated>)>,
    pub sources: SourceMap,
}

impl Design {
    pub fn module(&self, name: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.name == name)
    }
    /// Why module `name` could not be lowered, if it was read but refused.
    pub fn unlowered(&self, name: &str) -> Option<&crate::diag::Diagnostic> {
        self.unlowered
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, d)| d)
    }
    /// The module the analyses see for `name`: its flattened view when it has one.
    pub fn elaborated<'a>(&'a self, m: &'a Module) -> Result<&'a Module, (Span, String)> {
        let Some((_, cell)) = self.flat.iter().find(|(n, _)| *n == m.name) else {
            return Ok(m);
        };
        let flat = cell.get_or_init(|| flatten::flatten(self, m));
        flat.as_ref().map_err(Clone::clone)
    }
    /// Note which written modules have a flattened view (`elaborated` makes it on first use).
    pub fn index_hierarchy(&mut self) {
        self.flat = self
            .modules
            .iter()
            .filter(|m| m.instances.iter().any(|i| self.instantiated(i).is_some()))
            .map(|m| (m.name.clone(), std::sync::OnceLock::new()))
            .collect();
    }
    /// The module an instance elaborates to: its specialisation when it overrides parameters.
    pub fn instantiated(&self, inst: &Instance) -> Option<&Module> {
        if inst.overrides.is_empty() {
            return self.module(&inst.module);
        }
        self.specialised
            .iter()
            .find(|s| s.module.name == inst.module && s.overrides == inst.overrides)
            .map(|s| &s.module)
    }
}
