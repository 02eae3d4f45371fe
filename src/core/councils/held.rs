//! Whether this program holds the councils' published procedures and contacts.
//!
//! The command line, the tests and the unsplit web build hold them from the
//! start (embedded). The split web build holds none at first: build.rs writes
//! them all into one file (`councils-<version>.json`), the page fetches it
//! alongside the engine's chunk, and hands its text to [`hold`]. The core
//! never fetches anything. It is one file for every council, not one per
//! council, so the request says nothing about which council a family chose.
//! Only a page whose address already named its council (a widget set to
//! one) fetches that council's part alone, and hands it to [`hold_part`].
//!
//! A council whose data has not been held yet is not the same as a council
//! with no published procedure: [`waiting_for`] says so, and `assess` refuses
//! to count such a case rather than silently counting the law's dates alone.

use serde::Deserialize;

use super::{CouncilContacts, Procedure};

// COUNCIL_DATA_VERSION, and for the tests COUNCIL_IDS and
// COUNCILS_FILE_BUILT (build.rs).
include!(concat!(env!("OUT_DIR"), "/council_files.rs"));

/// One council's part of the councils file, as build.rs writes it (read
/// with `file_reading`; serde's reader is for the native tests' comparison).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CouncilFile {
    pub council: String,
    /// Every version of the council's page we hold, in file-name order.
    pub procedures: Vec<Procedure>,
    pub contacts: Option<CouncilContacts>,
}

/// Reads the councils file's text: every council's part, checked.
pub fn read_councils_file(text: &str) -> Result<Vec<CouncilFile>, String> {
    let files = read_parts(text)?;
    if files.len() != COUNCIL_IDS.len() {
        return Err(format!(
            "{} councils, where this version of the app has {}",
            files.len(),
            COUNCIL_IDS.len()
        ));
    }
    Ok(files)
}

/// Reads one council's part alone (a list of one, as build.rs writes it
/// beside the councils file), checked to be that council's.
pub fn read_council_part(council_id: &str, text: &str) -> Result<CouncilFile, String> {
    let mut files = read_parts(text)?;
    match files.pop() {
        Some(file) if files.is_empty() && file.council == council_id => Ok(file),
        _ => Err(format!(
            "the part for {council_id} holds another council's data"
        )),
    }
}

/// Councils' parts, each checked to hold only its own council's data.
fn read_parts(text: &str) -> Result<Vec<CouncilFile>, String> {
    let mut files = super::file_reading::read_parts(text)?;
    for file in &mut files {
        crate::core::order::sort_by_key(&mut file.procedures, |p| p.valid_from);
        if file.procedures.iter().any(|p| p.council != file.council)
            || file
                .contacts
                .as_ref()
                .is_some_and(|c| c.council != file.council)
            || !COUNCIL_IDS.contains(&file.council.as_str())
        {
            return Err(format!(
                "the part for {} holds another council's data",
                file.council
            ));
        }
    }
    Ok(files)
}

/// The site path of the councils file this build fetches.
pub fn councils_file_path() -> String {
    format!("/councils-{COUNCIL_DATA_VERSION}.json")
}

/// The site path of one council's part alone: only for a page whose address
/// named that council already (a widget set to it), since asking for it
/// tells the host which council it is.
pub fn council_part_path(council_id: &str) -> String {
    format!("/councils-{COUNCIL_DATA_VERSION}/{council_id}.json")
}

/// True while this program still needs the councils file before it can
/// count a case for this council (only ever in the split web build).
pub fn waiting_for(council_id: &str) -> bool {
    !store::holds(council_id)
}

pub(super) use store::{contacts_for, procedures_for_id};
pub use store::{hold, hold_part};

#[cfg(not(council_files_fetched))]
mod store {
    use super::*;

    pub fn holds(_council_id: &str) -> bool {
        true
    }

    /// Embedded builds hold every council's data already; a fetched copy is only read.
    pub fn hold(text: &str) -> Result<(), String> {
        read_councils_file(text).map(|_| ())
    }

    pub fn hold_part(council_id: &str, text: &str) -> Result<(), String> {
        read_council_part(council_id, text).map(|_| ())
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
    use std::sync::OnceLock;

    use super::*;

    // Held for the page's life, so borrows are `'static` as with the
    // embedded data.
    static HELD: OnceLock<Vec<CouncilFile>> = OnceLock::new();
    // The one council whose part alone is fetched (a widget's own), before
    // or instead of the whole file.
    static PART: OnceLock<CouncilFile> = OnceLock::new();

    fn held(council_id: &str) -> Option<&'static CouncilFile> {
        match HELD.get() {
            Some(all) => all.iter().find(|f| f.council == council_id),
            None => PART.get().filter(|f| f.council == council_id),
        }
    }

    pub fn holds(council_id: &str) -> bool {
        held(council_id).is_some()
    }

    /// Holds one council's part, checked; a second part is refused (only a
    /// widget's own council is ever fetched alone).
    pub fn hold_part(council_id: &str, text: &str) -> Result<(), String> {
        if holds(council_id) {
            return Ok(());
        }
        let file = read_council_part(council_id, text)?;
        PART.set(file)
            .map_err(|_| "a council's part is held already".to_string())
    }

    /// Holds the fetched councils file, checked; a second copy is ignored.
    pub fn hold(text: &str) -> Result<(), String> {
        if HELD.get().is_some() {
            return Ok(());
        }
        let files = read_councils_file(text)?;
        let _ = HELD.set(files);
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

    fn built() -> String {
        std::fs::read_to_string(COUNCILS_FILE_BUILT).unwrap()
    }

    /// What the split web build fetches says what the embedded data says,
    /// for every council.
    #[test]
    fn the_councils_file_holds_every_councils_procedures_and_contacts() {
        let ids: Vec<&str> = crate::core::councils::all()
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(COUNCIL_IDS, sorted.as_slice());
        assert_eq!(ids.len(), 153);
        assert_eq!(COUNCIL_DATA_VERSION.len(), 16);
        assert_eq!(
            councils_file_path(),
            format!("/councils-{COUNCIL_DATA_VERSION}.json")
        );
        let files = read_councils_file(&built()).unwrap();
        let read: Vec<&str> = files.iter().map(|f| f.council.as_str()).collect();
        assert_eq!(read, COUNCIL_IDS);
        let mut with_procedures = 0;
        for file in &files {
            let id = file.council.as_str();
            let embedded: Vec<Procedure> = procedures_for_id(id).into_iter().cloned().collect();
            assert_eq!(file.procedures, embedded, "{id}");
            assert_eq!(file.contacts.as_ref(), contacts_for(id), "{id}");
            with_procedures += usize::from(!file.procedures.is_empty());
        }
        assert_eq!(with_procedures, 50);
        // Thurrock has two versions of its page; both travel.
        let thurrock = files.iter().find(|f| f.council == "thurrock").unwrap();
        let versions: Vec<&str> = thurrock.procedures.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(versions, ["thurrock-2018", "thurrock-current"]);
    }

    /// Each council's part alone says what its share of the councils file
    /// says, and is refused under another council's name.
    #[test]
    fn each_councils_part_holds_what_the_councils_file_holds_for_it() {
        let files = read_councils_file(&built()).unwrap();
        for file in &files {
            let id = file.council.as_str();
            let text = std::fs::read_to_string(format!("{COUNCIL_PARTS_BUILT}/{id}.json")).unwrap();
            let part = read_council_part(id, &text).unwrap();
            assert_eq!(part.procedures, file.procedures, "{id}");
            assert_eq!(part.contacts, file.contacts, "{id}");
        }
        assert_eq!(
            council_part_path("leeds"),
            format!("/councils-{COUNCIL_DATA_VERSION}/leeds.json")
        );
        let kent = std::fs::read_to_string(format!("{COUNCIL_PARTS_BUILT}/kent.json")).unwrap();
        let error = read_council_part("essex", &kent).unwrap_err();
        assert_eq!(error, "the part for essex holds another council's data");
        assert!(read_council_part("kent", &kent[..kent.len() / 2]).is_err());
        assert!(hold_part("kent", &kent).is_ok());
        assert!(hold_part("nowhere", &kent).is_err());
    }

    #[test]
    fn embedded_builds_never_wait() {
        assert!(!waiting_for("kent"));
        assert!(!waiting_for("leeds"));
    }

    #[test]
    fn a_damaged_or_mixed_up_councils_file_is_refused() {
        let text = built();
        let relabelled = text.replacen("\"council\":\"kent\"", "\"council\":\"essex\"", 1);
        assert_ne!(relabelled, text);
        let error = read_councils_file(&relabelled).unwrap_err();
        assert!(error.contains("another council"), "{error}");
        assert!(read_councils_file(&text[..text.len() / 2]).is_err());
        let first_council_only =
            format!("[{}]", &text[1..text.find("},{\"contacts\"").unwrap() + 1]);
        let error = read_councils_file(&first_council_only).unwrap_err();
        assert_eq!(error, "1 councils, where this version of the app has 153");
    }
}
