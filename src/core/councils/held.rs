//! Which councils' published procedures and contacts this program holds.
//!
//! The command line, the tests and the unsplit web build hold every
//! council's files from the start (embedded). The split web build holds none
//! at first: build.rs writes one file per council (`council-<id>-<version>.json`),
//! the page fetches the file of the council a family chooses, and hands its
//! text to [`hold`]. The core never fetches anything.
//!
//! A council whose file has not been held yet is not the same as a council
//! with no published procedure: [`waiting_for`] says so, and `assess` refuses
//! to count such a case rather than silently counting the law's dates alone.

use serde::Deserialize;

use super::{CouncilContacts, Procedure};

// COUNCIL_DATA_VERSION, and for the tests COUNCILS_WITH_FILES and
// COUNCIL_FILES_DIR (build.rs).
include!(concat!(env!("OUT_DIR"), "/council_files.rs"));

/// One council's file, as build.rs writes it.
#[derive(Debug, Clone, Deserialize)]
pub struct CouncilFile {
    pub council: String,
    /// Every version of the council's page we hold, in file-name order.
    pub procedures: Vec<Procedure>,
    pub contacts: Option<CouncilContacts>,
}

/// Reads a council file's text.
pub fn read_council_file(text: &str) -> Result<CouncilFile, String> {
    let mut file: CouncilFile = serde_json::from_str(text).map_err(|e| e.to_string())?;
    crate::core::order::sort_by_key(&mut file.procedures, |p| p.valid_from);
    if file.procedures.iter().any(|p| p.council != file.council)
        || file
            .contacts
            .as_ref()
            .is_some_and(|c| c.council != file.council)
    {
        return Err(format!(
            "a file for {} holds another council's data",
            file.council
        ));
    }
    Ok(file)
}

/// The site path of a council's file (every council has one; `council_id`
/// as [`super::find`] gives it).
pub fn council_file_path(council_id: &str) -> String {
    format!("/council-{council_id}-{COUNCIL_DATA_VERSION}.json")
}

/// True while this program still needs the council's file before it can
/// count a case for it (only ever in the split web build).
pub fn waiting_for(council_id: &str) -> bool {
    !store::holds(council_id)
}

pub use store::hold;
pub(super) use store::{contacts_for, procedures_for_id};

#[cfg(not(council_files_fetched))]
mod store {
    use super::*;

    pub fn holds(_council_id: &str) -> bool {
        true
    }

    /// Embedded builds hold every file already; a fetched copy is only read.
    pub fn hold(text: &str) -> Result<(), String> {
        read_council_file(text).map(|_| ())
    }

    pub fn procedures_for_id(council_id: &str) -> Vec<&'static Procedure> {
        super::super::procedures()
            .iter()
            .filter(|p| p.council == council_id)
            .collect()
    }

    pub fn contacts_for(council_id: &str) -> Option<&'static CouncilContacts> {
        super::super::all_contacts()
            .iter()
            .find(|c| c.council == council_id)
    }
}

#[cfg(council_files_fetched)]
mod store {
    use std::sync::RwLock;

    use super::*;

    // Files are held for the page's life (at most one per council), so
    // leaking them gives the same `'static` borrows as the embedded data.
    static HELD: RwLock<Vec<&'static CouncilFile>> = RwLock::new(Vec::new());

    fn held(council_id: &str) -> Option<&'static CouncilFile> {
        let held = HELD.read().unwrap_or_else(|e| e.into_inner());
        held.iter().copied().find(|f| f.council == council_id)
    }

    pub fn holds(council_id: &str) -> bool {
        held(council_id).is_some()
    }

    /// Holds a fetched council file, checked; a second copy is ignored.
    pub fn hold(text: &str) -> Result<(), String> {
        let file = read_council_file(text)?;
        if holds(&file.council) {
            return Ok(());
        }
        let file: &'static CouncilFile = Box::leak(Box::new(file));
        HELD.write().unwrap_or_else(|e| e.into_inner()).push(file);
        Ok(())
    }

    pub fn procedures_for_id(council_id: &str) -> Vec<&'static Procedure> {
        held(council_id).map_or_else(Vec::new, |f| f.procedures.iter().collect())
    }

    pub fn contacts_for(council_id: &str) -> Option<&'static CouncilContacts> {
        held(council_id)?.contacts.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the split web build fetches says what the embedded data says,
    /// and every council has a file, named by its id.
    #[test]
    fn every_council_file_holds_that_councils_procedures_and_contacts() {
        let ids: Vec<&str> = crate::core::councils::all()
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(COUNCILS_WITH_FILES, sorted.as_slice());
        assert_eq!(ids.len(), 153);
        assert_eq!(COUNCIL_DATA_VERSION.len(), 16);
        let mut with_procedures = 0;
        for id in COUNCILS_WITH_FILES {
            let path = council_file_path(id);
            assert_eq!(path, format!("/council-{id}-{COUNCIL_DATA_VERSION}.json"));
            let text = std::fs::read_to_string(format!("{COUNCIL_FILES_DIR}{path}")).unwrap();
            let file = read_council_file(&text).unwrap();
            assert_eq!(file.council, *id);
            let embedded: Vec<Procedure> = procedures_for_id(id).into_iter().cloned().collect();
            assert_eq!(file.procedures, embedded, "{id}");
            assert_eq!(file.contacts.as_ref(), contacts_for(id), "{id}");
            with_procedures += usize::from(!file.procedures.is_empty());
        }
        assert_eq!(with_procedures, 50);
        // Thurrock has two versions of its page; both travel in its file.
        let thurrock = std::fs::read_to_string(format!(
            "{COUNCIL_FILES_DIR}{}",
            council_file_path("thurrock")
        ))
        .unwrap();
        let versions: Vec<String> = read_council_file(&thurrock)
            .unwrap()
            .procedures
            .into_iter()
            .map(|p| p.id)
            .collect();
        assert_eq!(versions, ["thurrock-2018", "thurrock-current"]);
    }

    #[test]
    fn embedded_builds_never_wait_for_a_file() {
        assert!(!waiting_for("kent"));
        assert!(!waiting_for("leeds"));
    }

    #[test]
    fn a_file_with_another_councils_data_is_refused() {
        let kent =
            std::fs::read_to_string(format!("{COUNCIL_FILES_DIR}{}", council_file_path("kent")))
                .unwrap();
        let relabelled = kent.replacen("\"council\":\"kent\"", "\"council\":\"essex\"", 1);
        assert_ne!(relabelled, kent);
        let error = read_council_file(&relabelled).unwrap_err();
        assert!(error.contains("another council"), "{error}");
        assert!(read_council_file("{\"council\":").is_err());
    }
}
