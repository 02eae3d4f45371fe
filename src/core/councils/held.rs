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
//! The councils file comes without the councils' own wording, which follows
//! in its own file and is filled in with [`hold_wording`]
//! (`core::councils::wording`); [`waiting_for_wording`] says when a
//! council's data is held without it. A council's part holds its wording.
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
    // Each council once, as this version lists them: the file names each
    // council once, so a part under another's name shows here.
    if !files
        .iter()
        .map(|f| f.council.as_str())
        .eq(COUNCIL_IDS.iter().copied())
    {
        return Err("the councils file does not list this version's councils".to_string());
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

/// The site path of the councils' wording (`core::councils::wording`),
/// fetched once the councils file is read.
pub fn councils_wording_path() -> String {
    format!("/council-words-{COUNCIL_DATA_VERSION}.json")
}

/// True while this program still needs the councils file before it can
/// count a case for this council (only ever in the split web build).
pub fn waiting_for(council_id: &str) -> bool {
    !store::holds(council_id)
}

pub(super) use store::{contacts_for, procedures_for_id};
pub use store::{hold, hold_part, hold_wording, waiting_for_wording};

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

    /// Embedded builds hold every council's wording already; a fetched copy is only read.
    pub fn hold_wording(text: &str) -> Result<(), String> {
        super::super::file_reading::read_wording(text).map(|_| ())
    }

    pub fn waiting_for_wording(_council_id: &str) -> bool {
        false
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
    static HELD_TEXT: OnceLock<String> = OnceLock::new();
    // The councils file with its wording filled in, once that has come.
    static WHOLE: OnceLock<Vec<CouncilFile>> = OnceLock::new();

    fn find(all: Option<&'static Vec<CouncilFile>>, id: &str) -> Option<&'static CouncilFile> {
        all?.iter().find(|f| f.council == id)
    }

    /// A council's data, with its wording where that has come (a part holds
    /// its own).
    fn held(council_id: &str) -> Option<&'static CouncilFile> {
        find(WHOLE.get(), council_id)
            .or_else(|| PART.get().filter(|f| f.council == council_id))
            .or_else(|| find(HELD.get(), council_id))
    }

    /// True while a council's data is held without its page's wording.
    pub fn waiting_for_wording(council_id: &str) -> bool {
        held(council_id).is_some_and(|f| !f.procedures.is_empty())
            && find(WHOLE.get(), council_id).is_none()
            && PART.get().is_none_or(|f| f.council != council_id)
    }

    /// Fills the councils file's wording in from its own file, checked to
    /// fit every procedure; a second copy is ignored.
    pub fn hold_wording(text: &str) -> Result<(), String> {
        if WHOLE.get().is_some() {
            return Ok(());
        }
        // Read again from its text rather than copied: a copy's code is
        // larger in the download than the reading it repeats.
        let mut whole =
            read_councils_file(HELD_TEXT.get().ok_or("the councils file is not read yet")?)?;
        super::super::fill_in(&mut whole, super::super::file_reading::read_wording(text)?)?;
        let _ = WHOLE.set(whole);
        Ok(())
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
        let _ = HELD_TEXT.set(text.to_string());
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

    fn built_wording() -> String {
        std::fs::read_to_string(COUNCIL_WORDS_BUILT).unwrap()
    }

    /// The councils file read, with its wording filled in from its own file.
    fn read_whole() -> Vec<CouncilFile> {
        let mut files = read_councils_file(&built()).unwrap();
        let wording = crate::core::councils::file_reading::read_wording(&built_wording()).unwrap();
        crate::core::councils::fill_in(&mut files, wording).unwrap();
        files
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
        let files = read_whole();
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
        let files = read_whole();
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

    /// The councils file carries no wording: every step's description, note
    /// and difference from the law is in the wording file, and only there.
    #[test]
    fn the_councils_file_goes_without_the_wording_its_own_file_holds() {
        let text = built();
        for field in [
            "\"description\"",
            "\"notes\"",
            "\"council_says\"",
            "\"law_says\"",
            "\"hold_them_to\"",
            "\"differences\"",
            "\"explanation\"",
        ] {
            assert!(!text.contains(field), "{field}");
        }
        let bare = read_councils_file(&text).unwrap();
        let whole = read_whole();
        let mut emptied = 0;
        for (bare, whole) in bare.iter().zip(&whole) {
            assert_eq!(bare.contacts, whole.contacts);
            for (bare, whole) in bare.procedures.iter().zip(&whole.procedures) {
                assert!(bare.notes.is_empty());
                assert!(bare.steps.iter().all(|s| s.description.is_empty()));
                assert!(bare.differences.is_empty());
                // The numbers are the same: only the words were taken out.
                let times = |p: &Procedure| -> Vec<_> {
                    p.steps
                        .iter()
                        .map(|s| (s.id.clone(), s.time, s.extension, s.clock_starts.clone()))
                        .collect()
                };
                assert_eq!(times(bare), times(whole));
                assert!(
                    whole.steps.iter().all(|s| !s.description.is_empty()),
                    "{}",
                    whole.id
                );
                emptied += whole.differences.len();
            }
        }
        assert!(emptied > 100, "{emptied}");
        // Thurrock's 2018 page: its notes came back with it.
        let thurrock = whole.iter().find(|f| f.council == "thurrock").unwrap();
        assert!(thurrock.procedures[0].notes[0].starts_with("This is an older version of Thurrock"));
    }

    /// Wording from another release (a procedure renamed, a step more or
    /// less) is refused whole, and none of it is filled in.
    #[test]
    fn wording_that_does_not_fit_its_procedures_is_refused() {
        use crate::core::councils::{file_reading::read_wording, fill_in};
        let wording = built_wording();
        let mut files = read_councils_file(&built()).unwrap();
        let renamed = wording.replacen("\"id\":\"kent\"", "\"id\":\"kent-old\"", 1);
        assert_ne!(renamed, wording);
        let error = fill_in(&mut files, read_wording(&renamed).unwrap()).unwrap_err();
        assert_eq!(error, "the wording for kent does not fit it");
        let mut read = read_wording(&wording).unwrap();
        read.pop();
        let mut files = read_councils_file(&built()).unwrap();
        assert!(fill_in(&mut files, read).is_err());
        let mut read = read_wording(&wording).unwrap();
        read.push(read[0].clone());
        let mut files = read_councils_file(&built()).unwrap();
        let error = fill_in(&mut files, read).unwrap_err();
        assert!(error.ends_with("has no procedure"), "{error}");
        assert!(read_wording(&wording[..wording.len() / 2]).is_err());
        assert!(read_wording(
            "[{\"id\":\"kent\",\"steps\":[1],\"extra_steps\":[],\"differences\":[]}]"
        )
        .is_err());
        assert_eq!(
            councils_wording_path(),
            format!("/council-words-{COUNCIL_DATA_VERSION}.json")
        );
        assert!(hold_wording(&wording).is_ok());
        assert!(!waiting_for_wording("kent"));
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
        assert_eq!(
            error,
            "the councils file does not list this version's councils"
        );
        assert!(read_councils_file(&text[..text.len() / 2]).is_err());
        let first_council_only =
            format!("[{}]", &text[1..text.find("},{\"contacts\"").unwrap() + 1]);
        let error = read_councils_file(&first_council_only).unwrap_err();
        assert_eq!(error, "1 councils, where this version of the app has 153");
    }
}
