//! A council's page's wording, apart from its numbers.
//!
//! What a family reads beside the dates (each step as the page describes
//! it, our notes on the page, and where it differs from the law) is most of
//! the councils file, and none of it changes a date. So the split web build
//! fetches the councils file without it, counts the dates as soon as that
//! is read, and fills the wording in when its own file
//! (`council-words-<version>.json`, made by build.rs from the same data)
//! follows. A widget's own council's part holds its wording already.

use super::held::CouncilFile;

/// One procedure's wording: its notes, each step's and extra step's in
/// their order, and its differences from the law (only words, so whole).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProcedureWording {
    pub id: String,
    pub page_title: String,
    pub notes: Vec<String>,
    pub steps: Vec<String>,
    pub extra_steps: Vec<String>,
    pub differences: Vec<super::Difference>,
}

/// Puts each procedure's wording back, found by the procedure's id. Refused
/// whole if any procedure's wording is missing or does not fit it (another
/// release's file): then nothing is filled in.
pub fn fill_in(
    files: &mut [CouncilFile],
    mut wording: Vec<ProcedureWording>,
) -> Result<(), String> {
    for procedure in files.iter_mut().flat_map(|f| f.procedures.iter_mut()) {
        let fits = |w: &ProcedureWording| {
            w.id == procedure.id
                && w.steps.len() == procedure.steps.len()
                && w.extra_steps.len() == procedure.extra_steps.len()
        };
        let Some(at) = wording.iter().position(fits) else {
            return Err(format!("the wording for {} does not fit it", procedure.id));
        };
        let words = wording.swap_remove(at);
        procedure.page_title = words.page_title;
        procedure.notes = words.notes;
        for (step, said) in procedure.steps.iter_mut().zip(words.steps) {
            step.description = said;
        }
        for (step, said) in procedure.extra_steps.iter_mut().zip(words.extra_steps) {
            step.explanation = said;
        }
        procedure.differences = words.differences;
    }
    match wording.first() {
        None => Ok(()),
        Some(left) => Err(format!("the wording for {} has no procedure", left.id)),
    }
}
