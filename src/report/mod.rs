//! Reports: the `analyze` result as data (serde) and as text.

pub mod analyze;
