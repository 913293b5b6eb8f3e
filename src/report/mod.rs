//! Reports: the `analyze` result as data (serde) and as text.

pub mod analyze;
pub mod bundle;
pub mod chart;
pub mod dot;
pub mod qor;
