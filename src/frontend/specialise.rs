//! Specialisation: every module an instance gives parameter values to is lowered again with
//! those values (widths, depths and folded constants all follow from parameters), once per
//! distinct set of values. Instances record the key of the module they elaborate to
//! (`Instance::overrides`, see `Design::instantiated`).

use super::lower_module::Overrides;
use crate::diag::Diagnostic;
use crate::ir::{Design, Instance, Module, SourceMap, Specialised, Tv};
use std::sync::Mutex;

/// A design whose instances need more specialisations than this is refused (a module that
/// instantiates itself with ever-changing parameters would never stop).
const MAX_SPECIALISATIONS: usize = 4096;

#[derive(Clone, Copy)]
enum ModRef {
    Written(usize),
    Specialised(usize),
}

fn module_mut(d: &mut Design, r: ModRef) -> &mut Module {
    match r {
        ModRef::Written(i) => &mut d.modules[i],
        ModRef::Specialised(i) => &mut d.specialised[i].module,
    }
}

pub fn specialise(
    design: &mut Design,
    sources: &Mutex<SourceMap>,
    mut lower: impl FnMut(&str, &Overrides) -> Result<Option<Module>, Diagnostic>,
) -> Result<(), Diagnostic> {
    let mut pending: Vec<ModRef> = (0..design.modules.len()).map(ModRef::Written).collect();
    while let Some(r) = pending.pop() {
        let count = module_mut(design, r).instances.len();
        for k in 0..count {
            let inst = module_mut(design, r).instances[k].clone();
            let overrides = match design.module(&inst.module) {
                Some(def) => resolve(def, &inst).map_err(|msg| {
                    let s = sources.lock().unwrap_or_else(|e| e.into_inner());
                    Diagnostic::at(&s, inst.span, msg)
                })?,
                // A module whose default parameters do not elaborate (LegUp's `ram_dual_port`
                // has `width_a = 1'd0`, so `{width_a{1'bX}}` is empty) is only ever used with
                // values: lower it with the instance's named values.
                None if design.unlowered(&inst.module).is_some()
                    && !inst.params.is_empty()
                    && inst.params.iter().all(|(n, _)| n.is_some()) =>
                {
                    let mut o: Vec<(String, Tv)> = inst
                        .params
                        .iter()
                        .map(|(n, v)| (n.clone().unwrap_or_default(), v.clone()))
                        .collect();
                    o.sort_by(|a, b| a.0.cmp(&b.0));
                    o.dedup_by(|a, b| a.0 == b.0);
                    o
                }
                None => continue, // an undefined module is reported when the top is analysed
            };
            module_mut(design, r).instances[k].overrides = overrides.clone();
            let known = design
                .specialised
                .iter()
                .any(|s| s.module.name == inst.module && s.overrides == overrides);
            if overrides.is_empty() || known {
                continue;
            }
            if design.specialised.len() >= MAX_SPECIALISATIONS {
                let s = sources.lock().unwrap_or_else(|e| e.into_inner());
                return Err(Diagnostic::at(
                    &s,
                    inst.span,
                    format!("more than {MAX_SPECIALISATIONS} parameter specialisations (a module instantiating itself?)"),
                ));
            }
            let map: Overrides = overrides.iter().cloned().collect();
            let module = lower(&inst.module, &map)?.ok_or_else(|| {
                Diagnostic::plain(format!(
                    "internal error: module `{}` not found again for specialisation",
                    inst.module
                ))
            })?;
            design.specialised.push(Specialised { overrides, module });
            pending.push(ModRef::Specialised(design.specialised.len() - 1));
        }
    }
    Ok(())
}

/// An instance's parameter values by name, without those equal to the defaults.
fn resolve(def: &Module, inst: &Instance) -> Result<Vec<(String, Tv)>, String> {
    let settable: Vec<&crate::ir::Param> = def.params.iter().filter(|p| !p.local).collect();
    let mut out: Vec<(String, Tv)> = vec![];
    for (i, (name, value)) in inst.params.iter().enumerate() {
        let param = match name {
            Some(n) => match def.params.iter().find(|p| &p.name == n) {
                Some(p) if p.local => {
                    return Err(format!(
                        "instance `{}` sets `{n}`, a localparam of `{}`",
                        inst.name, def.name
                    ))
                }
                Some(p) => p,
                None => {
                    return Err(format!(
                        "instance `{}` sets `{n}`, which `{}` does not declare",
                        inst.name, def.name
                    ))
                }
            },
            None => *settable.get(i).ok_or_else(|| {
                format!(
                    "instance `{}` gives {} parameter values; `{}` has {} parameters",
                    inst.name,
                    inst.params.len(),
                    def.name,
                    settable.len()
                )
            })?,
        };
        if param.value != *value && !out.iter().any(|(n, _)| n == &param.name) {
            out.push((param.name.clone(), value.clone()));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}
