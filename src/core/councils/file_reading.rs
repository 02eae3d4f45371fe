//! The councils file's parts as the app's types, read with our own JSON
//! reader (`json.rs`) instead of serde's derived readers, which were the
//! largest single piece of the engine's download. The rules are serde's as
//! the types declare them: every field known (no others), optional ones may
//! be missing or null, dates strictly `YYYY-MM-DD` (spaces trimmed, "" for
//! none where a date is optional). A native test reads the whole built file
//! this way and compares every council with serde's reading of the data.

use chrono::NaiveDate;

use super::held::CouncilFile;
use super::json::{self, Json};
use super::procedure::{
    Comparison, Contact, Difference, Duration, ExtraStep, HoldTo, Procedure, Step, Unit,
    COMPARISON_NAMES, HOLD_TO_NAMES, UNIT_NAMES,
};
use super::wording::ProcedureWording;
use super::{CouncilContacts, SourcedFact, StatedTimescale};

/// Reads a list of councils' parts (the councils file, or one part alone).
/// The wording a page says beside its numbers may be missing: the councils
/// file goes without it, and [`read_wording`] reads it apart.
pub fn read_parts(text: &str) -> Result<Vec<CouncilFile>, String> {
    list(json::parse(text)?, "the councils file", council_file)
}

/// Reads the councils' wording file: each procedure's wording, by its id.
pub fn read_wording(text: &str) -> Result<Vec<ProcedureWording>, String> {
    list(
        json::parse(text)?,
        "the councils' wording",
        procedure_wording,
    )
}

fn procedure_wording(value: Json) -> Result<ProcedureWording, String> {
    let mut f = object(value, "a procedure's wording");
    let read = |v| text(v, "a step's wording");
    let wording = ProcedureWording {
        id: f.text("id"),
        page_title: f.optional_text("page_title").unwrap_or_default(),
        notes: f.optional_list("notes", |v| text(v, "a note")),
        steps: f.list("steps", read),
        extra_steps: f.list("extra_steps", read),
        differences: f.optional_list("differences", difference),
    };
    f.finish(wording)
}

/// An object's fields, taken one by one. A field that is missing or of the
/// wrong kind reads as empty and is remembered: [`Fields::finish`] then
/// returns the first such problem, or refuses a field left over. (Going on
/// with empty values, rather than returning at each field, keeps this code
/// small in the download.)
struct Fields {
    what: &'static str,
    fields: Vec<(String, Json)>,
    problem: Option<String>,
}

fn object(value: Json, what: &'static str) -> Fields {
    match value {
        Json::Object(fields) => Fields {
            what,
            fields,
            problem: None,
        },
        _ => Fields {
            what,
            fields: Vec::new(),
            problem: Some(format!("{what} is not an object")),
        },
    }
}

fn list<T>(
    value: Json,
    what: &'static str,
    read: fn(Json) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    match value {
        Json::List(items) => items.into_iter().map(read).collect(),
        _ => Err(format!("{what} is not a list")),
    }
}

fn text(value: Json, what: &str) -> Result<String, String> {
    match value {
        Json::Text(text) => Ok(text),
        _ => Err(format!("{what} is not text")),
    }
}

impl Fields {
    fn note<T: Default>(&mut self, read: Result<T, String>) -> T {
        read.unwrap_or_else(|problem| {
            self.problem.get_or_insert(problem);
            T::default()
        })
    }

    /// The field, if present and not null.
    fn take(&mut self, name: &str) -> Option<Json> {
        let at = self.fields.iter().position(|(n, _)| n == name)?;
        match self.fields.remove(at).1 {
            Json::Null => None,
            value => Some(value),
        }
    }

    fn required(&mut self, name: &str) -> Option<Json> {
        let value = self.take(name);
        if value.is_none() {
            let problem = format!("{} has no {name}", self.what);
            self.problem.get_or_insert(problem);
        }
        value
    }

    fn text(&mut self, name: &str) -> String {
        let read = self.required(name).map(|v| text(v, name));
        self.note(read.transpose()).unwrap_or_default()
    }

    fn optional_text(&mut self, name: &str) -> Option<String> {
        let read = self.take(name).map(|v| text(v, name));
        self.note(read.transpose())
    }

    fn flag(&mut self, name: &str) -> Option<bool> {
        match self.take(name) {
            None => None,
            Some(Json::Bool(flag)) => Some(flag),
            Some(_) => {
                self.problem
                    .get_or_insert(format!("{name} is not true or false"));
                None
            }
        }
    }

    fn date(&mut self, name: &str) -> NaiveDate {
        let text = self.text(name);
        let read = crate::core::case::parse_iso_date(text.trim());
        self.note(read)
    }

    /// Missing, null or "" for no date.
    fn optional_date(&mut self, name: &str) -> Option<NaiveDate> {
        let read = match self.optional_text(name) {
            Some(text) if !text.trim().is_empty() => {
                crate::core::case::parse_iso_date(text.trim()).map(Some)
            }
            _ => Ok(None),
        };
        self.note(read)
    }

    /// A list that must be there.
    fn list<T>(&mut self, name: &'static str, read: fn(Json) -> Result<T, String>) -> Vec<T> {
        let read = self.required(name).map(|value| list(value, name, read));
        self.note(read.transpose()).unwrap_or_default()
    }

    /// A list that may be missing (empty then).
    fn optional_list<T>(
        &mut self,
        name: &'static str,
        read: fn(Json) -> Result<T, String>,
    ) -> Vec<T> {
        let read = self.take(name).map(|value| list(value, name, read));
        self.note(read.transpose()).unwrap_or_default()
    }

    fn optional<T>(&mut self, name: &str, read: fn(Json) -> Result<T, String>) -> Option<T> {
        let read = self.take(name).map(read);
        self.note(read.transpose())
    }

    /// What was read, unless a field was missing or wrong, or one is left
    /// that this version does not know (the file is damaged, or from
    /// another version).
    fn finish<T>(self, read: T) -> Result<T, String> {
        if let Some(problem) = self.problem {
            return Err(problem);
        }
        match self.fields.first() {
            None => Ok(read),
            Some((name, _)) => Err(format!("{} has an unknown field {name}", self.what)),
        }
    }
}

fn council_file(value: Json) -> Result<CouncilFile, String> {
    let mut f = object(value, "a council's part");
    let mut file = CouncilFile {
        council: f.text("council"),
        procedures: f.list("procedures", procedure),
        contacts: f.optional("contacts", contacts),
    };
    // The councils file gives a fact's source, and a procedure's page, only
    // when it is not the complaints page, and names each council once, for
    // its part.
    let page = file
        .contacts
        .as_ref()
        .and_then(|c| c.complaints_page.as_ref())
        .map_or_else(String::new, |p| p.value.clone());
    for procedure in &mut file.procedures {
        if procedure.page_url.is_empty() {
            procedure.page_url.clone_from(&page);
        }
        if procedure.page_url.is_empty() {
            f.problem
                .get_or_insert("a procedure has no page_url".to_string());
        }
    }
    if let Some(contacts) = &mut file.contacts {
        for fact in [
            &mut contacts.home_page,
            &mut contacts.complaints_page,
            &mut contacts.handled_by,
            &mut contacts.phone,
            &mut contacts.email,
            &mut contacts.postal_address,
            &mut contacts.online_form,
        ]
        .into_iter()
        .flatten()
        {
            if fact.source.is_empty() {
                fact.source.clone_from(&page);
            }
        }
    }
    let council = &file.council;
    for named in file
        .procedures
        .iter_mut()
        .map(|p| &mut p.council)
        .chain(file.contacts.as_mut().map(|c| &mut c.council))
    {
        if named.is_empty() {
            named.clone_from(council);
        }
    }
    f.finish(file)
}

fn procedure(value: Json) -> Result<Procedure, String> {
    let mut f = object(value, "a procedure");
    let page_url_works = f.flag("page_url_works");
    if page_url_works.is_none() {
        f.problem
            .get_or_insert("a procedure has no page_url_works".to_string());
    }
    let procedure = Procedure {
        id: f.text("id"),
        council: f.optional_text("council").unwrap_or_default(),
        valid_from: f.optional_date("valid_from"),
        valid_until: f.optional_date("valid_until"),
        validity_assumed: f.flag("validity_assumed").unwrap_or(false),
        page_title: f.optional_text("page_title").unwrap_or_default(),
        // The councils file leaves it out when it is the complaints page.
        page_url: f.optional_text("page_url").unwrap_or_default(),
        page_url_works: page_url_works.unwrap_or(false),
        link_instead: f.optional_text("link_instead"),
        page_dated: f.optional_date("page_dated"),
        checked: f.date("checked"),
        contacts: f.optional_list("contacts", contact),
        complaint_window: f.optional("complaint_window", duration),
        steps: f.list("steps", step),
        extra_steps: f.optional_list("extra_steps", extra_step),
        differences: f.optional_list("differences", difference),
        notes: f.optional_list("notes", |v| text(v, "a note")),
    };
    f.finish(procedure)
}

fn contact(value: Json) -> Result<Contact, String> {
    let mut f = object(value, "a contact");
    let contact = Contact {
        kind: f.text("kind"),
        value: f.text("value"),
        label: f.optional_text("label"),
    };
    f.finish(contact)
}

/// One of `names`, as its place in the list.
fn one_of(f: &mut Fields, name: &str, names: &[&str]) -> usize {
    let text = f.text(name);
    match names.iter().position(|known| *known == text) {
        Some(at) => at,
        None => {
            f.problem.get_or_insert(format!("an unknown {name} {text}"));
            0
        }
    }
}

fn duration(value: Json) -> Result<Duration, String> {
    let mut f = object(value, "a time");
    let amount = match f.required("amount") {
        Some(Json::Number(n)) => u32::try_from(n).ok(),
        _ => None,
    };
    if amount.is_none() {
        f.problem
            .get_or_insert("an amount is not a whole number".to_string());
    }
    let unit =
        [Unit::WorkingDays, Unit::CalendarDays, Unit::Months][one_of(&mut f, "unit", UNIT_NAMES)];
    f.finish(Duration {
        amount: amount.unwrap_or(0),
        unit,
    })
}

fn step(value: Json) -> Result<Step, String> {
    let mut f = object(value, "a step");
    let time = f.required("time").map(duration);
    let step = Step {
        id: f.text("id"),
        time: f
            .note(time.transpose())
            .unwrap_or(Duration::new(0, Unit::WorkingDays)),
        clock_starts: f.text("clock_starts"),
        extension: f.optional("extension", duration),
        description: f.optional_text("description").unwrap_or_default(),
    };
    f.finish(step)
}

fn extra_step(value: Json) -> Result<ExtraStep, String> {
    let mut f = object(value, "an extra step");
    let extra = ExtraStep {
        id: f.text("id"),
        explanation: f.optional_text("explanation").unwrap_or_default(),
    };
    f.finish(extra)
}

fn difference(value: Json) -> Result<Difference, String> {
    let mut f = object(value, "a difference");
    let difference = Difference {
        id: f.text("id"),
        step: f.optional_text("step"),
        council_says: f.text("council_says"),
        law_says: f.text("law_says"),
        explanation: f.text("explanation"),
        hold_them_to: f.text("hold_them_to"),
        compared_to_law: [
            Comparison::Stricter,
            Comparison::Weaker,
            Comparison::Different,
        ][one_of(&mut f, "compared_to_law", COMPARISON_NAMES)],
        hold_to: [HoldTo::Law, HoldTo::Council, HoldTo::EarlierDate]
            [one_of(&mut f, "hold_to", HOLD_TO_NAMES)],
    };
    f.finish(difference)
}

fn contacts(value: Json) -> Result<CouncilContacts, String> {
    let mut f = object(value, "a council's contacts");
    let contacts = CouncilContacts {
        council: f.optional_text("council").unwrap_or_default(),
        read_on: f.date("read_on"),
        home_page: f.optional("home_page", sourced),
        complaints_page: f.optional("complaints_page", sourced),
        handled_by: f.optional("handled_by", sourced),
        phone: f.optional("phone", sourced),
        email: f.optional("email", sourced),
        postal_address: f.optional("postal_address", sourced),
        online_form: f.optional("online_form", sourced),
        timescales_stated: f.optional_list("timescales_stated", timescale),
        notes: f.optional_text("notes"),
    };
    f.finish(contacts)
}

fn sourced(value: Json) -> Result<SourcedFact, String> {
    let mut f = object(value, "a fact");
    let fact = SourcedFact {
        value: f.text("value"),
        source: f.optional_text("source").unwrap_or_default(),
        label: f.optional_text("label"),
        page_updated: f.optional_text("page_updated"),
    };
    f.finish(fact)
}

fn timescale(value: Json) -> Result<StatedTimescale, String> {
    let mut f = object(value, "a stated timescale");
    let timescale = StatedTimescale {
        fact: f.text("fact"),
        stage: f.text("stage"),
        source: f.text("source"),
    };
    f.finish(timescale)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same file read both ways: this reader and serde's derived one.
    #[test]
    fn reads_the_built_councils_file_as_serde_does() {
        let held = super::super::held::COUNCIL_PARTS_BUILT;
        let mut parts = Vec::new();
        for id in super::super::held::COUNCIL_IDS {
            parts.push(std::fs::read_to_string(format!("{held}/{id}.json")).unwrap());
        }
        // The parts whole (with their wording) make the file serde reads.
        let whole: Vec<&str> = parts.iter().map(|p| &p[1..p.len() - 1]).collect();
        let text = format!("[{}]", whole.join(","));
        let ours = read_parts(&text).unwrap();
        let serdes: Vec<CouncilFile> = serde_json::from_str(&text).unwrap();
        assert_eq!(ours.len(), 153);
        assert_eq!(ours, serdes);
    }

    /// The name tables are in the enums' order, as serde names them.
    #[test]
    fn the_name_tables_follow_the_enums() {
        let name = |value: String| value.trim_matches('"').to_string();
        for (at, unit) in [Unit::WorkingDays, Unit::CalendarDays, Unit::Months]
            .into_iter()
            .enumerate()
        {
            assert_eq!(name(serde_json::to_string(&unit).unwrap()), UNIT_NAMES[at]);
        }
        for (at, comparison) in [
            Comparison::Stricter,
            Comparison::Weaker,
            Comparison::Different,
        ]
        .into_iter()
        .enumerate()
        {
            assert_eq!(
                name(serde_json::to_string(&comparison).unwrap()),
                COMPARISON_NAMES[at]
            );
        }
        for (at, hold) in [HoldTo::Law, HoldTo::Council, HoldTo::EarlierDate]
            .into_iter()
            .enumerate()
        {
            assert_eq!(
                name(serde_json::to_string(&hold).unwrap()),
                HOLD_TO_NAMES[at]
            );
        }
    }

    #[test]
    fn refuses_unknown_fields_wrong_types_and_bad_dates() {
        let part = |procedure: &str| {
            format!("[{{\"council\":\"kent\",\"procedures\":[{procedure}],\"contacts\":null}}]")
        };
        let good = "{\"id\":\"kent\",\"council\":\"kent\",\"page_title\":\"T\",\"page_url\":\"https://x\",\"page_url_works\":true,\"checked\":\"2026-01-05\",\"steps\":[{\"id\":\"acknowledgement\",\"time\":{\"amount\":3,\"unit\":\"working_days\"},\"clock_starts\":\"complaint_received\",\"description\":\"D\"}]}";
        let read = read_parts(&part(good)).unwrap();
        assert_eq!(
            read[0].procedures[0].steps[0].time,
            Duration::new(3, Unit::WorkingDays)
        );
        assert!(read[0].procedures[0].valid_from.is_none());
        assert!(!read[0].procedures[0].validity_assumed);
        for (change, error) in [
            (
                (
                    "\"page_url_works\":true",
                    "\"page_url_works\":true,\"extra\":1",
                ),
                "a procedure has an unknown field extra",
            ),
            (
                ("\"page_url_works\":true", "\"page_url_works\":\"yes\""),
                "page_url_works is not true or false",
            ),
            (
                ("\"checked\":\"2026-01-05\"", "\"checked\":\"5/1/2026\""),
                "",
            ),
            (
                ("\"amount\":3", "\"amount\":3.5"),
                "not a whole number at byte",
            ),
            (("\"working_days\"", "\"weeks\""), "an unknown unit weeks"),
            (
                ("\"page_url\":\"https://x\",", ""),
                "a procedure has no page_url",
            ),
        ] {
            let bad = good.replacen(change.0, change.1, 1);
            assert_ne!(bad, good);
            let message = read_parts(&part(&bad)).unwrap_err();
            assert!(message.contains(error), "{change:?}: {message}");
        }
    }
}
