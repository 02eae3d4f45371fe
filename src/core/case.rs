//! The user's case: what has happened so far, with dates. This is also the
//! versioned file format users export and import, and what `navigator assess`
//! reads.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::core::calendar::{FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE};
use crate::core::councils;
use crate::core::dates::{day_month_year, long_date, month_name};

pub const CASE_FORMAT: &str = "complaint-navigator.case";
pub const CASE_VERSION: u32 = 1;

/// A yes/no/unknown answer the user may leave blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    #[default]
    NotSure,
    Yes,
    No,
}

/// Every event the engine understands. Dates absent or null mean "has not happened".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Events {
    /// When the thing complained about happened (the grounds arose, reg 9).
    pub problem_happened: Option<NaiveDate>,
    /// When the family first knew of it (notice, for the Ombudsman, s26B).
    pub problem_noticed: Option<NaiveDate>,
    pub complaint_received: Option<NaiveDate>,
    pub acknowledgement_received: Option<NaiveDate>,
    pub stage1_extended: bool,
    pub stage1_response_received: Option<NaiveDate>,
    pub stage2_requested: Option<NaiveDate>,
    /// The council refused to start stage 2 (date of the refusal).
    pub stage2_refused: Option<NaiveDate>,
    pub adr_before_stage2_offered: bool,
    pub adr_before_stage2_declined: Option<NaiveDate>,
    pub stage2_statement_agreed: Option<NaiveDate>,
    pub stage2_extended: bool,
    pub stage2_response_received: Option<NaiveDate>,
    pub stage3_requested: Option<NaiveDate>,
    /// The council refused to set up a review panel (date of the refusal).
    pub stage3_refused: Option<NaiveDate>,
    pub adr_before_stage3_offered: bool,
    pub adr_before_stage3_declined: Option<NaiveDate>,
    pub panel_met: Option<NaiveDate>,
    pub panel_report_received: Option<NaiveDate>,
    pub final_response_received: Option<NaiveDate>,
    /// Events this version does not know (written by a newer version, or
    /// added by hand): kept exactly as read and written back on every save
    /// and export, so nothing is dropped. The engine ignores them.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl Events {
    /// When stage 2 started: the day you asked for it or, if that is not
    /// entered, the day you said no to informal resolution (ADR) offered
    /// before stage 2, because declining ADR moves the complaint on
    /// (docs/rules.md, "Declining ADR").
    pub fn stage2_start(&self) -> Option<(Event, NaiveDate)> {
        match (self.stage2_requested, self.adr_before_stage2_declined) {
            (Some(asked), _) => Some((Event::Stage2Requested, asked)),
            (None, Some(declined)) => Some((Event::AdrBeforeStage2Declined, declined)),
            (None, None) => None,
        }
    }

    /// When stage 3 started: the day you asked for a review panel or, if that
    /// is not entered, the day you said no to ADR offered before stage 3.
    pub fn stage3_start(&self) -> Option<(Event, NaiveDate)> {
        match (self.stage3_requested, self.adr_before_stage3_declined) {
            (Some(asked), _) => Some((Event::Stage3Requested, asked)),
            (None, Some(declined)) => Some((Event::AdrBeforeStage3Declined, declined)),
            (None, None) => None,
        }
    }

    /// The event that stands for `event` and its date: asking for stage 2
    /// or 3 is stood in for by declining ADR when no request is entered
    /// (see [`Events::stage2_start`]); any other event stands for itself.
    pub fn start_of(&self, event: Event) -> Option<(Event, NaiveDate)> {
        match event {
            Event::Stage2Requested => self.stage2_start(),
            Event::Stage3Requested => self.stage3_start(),
            other => other.date(self).map(|date| (other, date)),
        }
    }
}

/// A case as validated by [`Case::from_json`] or built by the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    pub format: String,
    pub version: u32,
    /// Council id or GSS code; `None` means "I don't know my council" (statutory procedure).
    pub council: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default)]
    pub events: Events,
    /// Top-level fields this version does not know, kept like
    /// [`Events::unknown`].
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

/// Why a case cannot be assessed; the message names the field and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseError {
    /// The field at fault, e.g. "events.stage1_response_received"; "" for the whole file.
    pub field: String,
    /// Plain English, e.g. "The reply to your complaint (2 January 2026) is before the complaint itself (5 January 2026)."
    pub message: String,
}

impl std::fmt::Display for CaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for CaseError {}

impl CaseError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        CaseError {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// A dated event in [`Events`], in the order a complaint goes through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Event {
    ProblemHappened,
    ProblemNoticed,
    ComplaintReceived,
    AcknowledgementReceived,
    Stage1ResponseReceived,
    Stage2Requested,
    Stage2Refused,
    AdrBeforeStage2Declined,
    Stage2StatementAgreed,
    Stage2ResponseReceived,
    Stage3Requested,
    Stage3Refused,
    AdrBeforeStage3Declined,
    PanelMet,
    PanelReportReceived,
    FinalResponseReceived,
}

impl Event {
    pub const ALL: [Event; 16] = [
        Event::ProblemHappened,
        Event::ProblemNoticed,
        Event::ComplaintReceived,
        Event::AcknowledgementReceived,
        Event::Stage1ResponseReceived,
        Event::Stage2Requested,
        Event::Stage2Refused,
        Event::AdrBeforeStage2Declined,
        Event::Stage2StatementAgreed,
        Event::Stage2ResponseReceived,
        Event::Stage3Requested,
        Event::Stage3Refused,
        Event::AdrBeforeStage3Declined,
        Event::PanelMet,
        Event::PanelReportReceived,
        Event::FinalResponseReceived,
    ];

    /// The field name in the case file, e.g. "complaint_received".
    pub fn field(self) -> &'static str {
        match self {
            Event::ProblemHappened => "problem_happened",
            Event::ProblemNoticed => "problem_noticed",
            Event::ComplaintReceived => "complaint_received",
            Event::AcknowledgementReceived => "acknowledgement_received",
            Event::Stage1ResponseReceived => "stage1_response_received",
            Event::Stage2Requested => "stage2_requested",
            Event::Stage2Refused => "stage2_refused",
            Event::AdrBeforeStage2Declined => "adr_before_stage2_declined",
            Event::Stage2StatementAgreed => "stage2_statement_agreed",
            Event::Stage2ResponseReceived => "stage2_response_received",
            Event::Stage3Requested => "stage3_requested",
            Event::Stage3Refused => "stage3_refused",
            Event::AdrBeforeStage3Declined => "adr_before_stage3_declined",
            Event::PanelMet => "panel_met",
            Event::PanelReportReceived => "panel_report_received",
            Event::FinalResponseReceived => "final_response_received",
        }
    }

    /// What happened, as a clause that reads after "the day": "the council received your complaint".
    pub fn clause(self) -> &'static str {
        match self {
            Event::ProblemHappened => "the thing you are complaining about happened",
            Event::ProblemNoticed => "you first noticed the problem",
            Event::ComplaintReceived => "the council received your complaint",
            Event::AcknowledgementReceived => "the council acknowledged your complaint",
            Event::Stage1ResponseReceived => "you received the council's stage 1 reply",
            Event::Stage2Requested => "you asked for stage 2",
            Event::Stage2Refused => "the council refused stage 2",
            Event::AdrBeforeStage2Declined => "you said no to informal resolution before stage 2",
            Event::Stage2StatementAgreed => "your complaint statement for stage 2 was agreed",
            Event::Stage2ResponseReceived => "you received the council's stage 2 reply",
            Event::Stage3Requested => "you asked for a review panel (stage 3)",
            Event::Stage3Refused => "the council refused a review panel",
            Event::AdrBeforeStage3Declined => "you said no to informal resolution before stage 3",
            Event::PanelMet => "the review panel met",
            Event::PanelReportReceived => "the review panel's report was received",
            Event::FinalResponseReceived => "you received the council's final response",
        }
    }

    pub fn from_field(name: &str) -> Option<Event> {
        Event::ALL.into_iter().find(|event| event.field() == name)
    }

    pub fn date(self, events: &Events) -> Option<NaiveDate> {
        match self {
            Event::ProblemHappened => events.problem_happened,
            Event::ProblemNoticed => events.problem_noticed,
            Event::ComplaintReceived => events.complaint_received,
            Event::AcknowledgementReceived => events.acknowledgement_received,
            Event::Stage1ResponseReceived => events.stage1_response_received,
            Event::Stage2Requested => events.stage2_requested,
            Event::Stage2Refused => events.stage2_refused,
            Event::AdrBeforeStage2Declined => events.adr_before_stage2_declined,
            Event::Stage2StatementAgreed => events.stage2_statement_agreed,
            Event::Stage2ResponseReceived => events.stage2_response_received,
            Event::Stage3Requested => events.stage3_requested,
            Event::Stage3Refused => events.stage3_refused,
            Event::AdrBeforeStage3Declined => events.adr_before_stage3_declined,
            Event::PanelMet => events.panel_met,
            Event::PanelReportReceived => events.panel_report_received,
            Event::FinalResponseReceived => events.final_response_received,
        }
    }

    pub fn slot(self, events: &mut Events) -> &mut Option<NaiveDate> {
        match self {
            Event::ProblemHappened => &mut events.problem_happened,
            Event::ProblemNoticed => &mut events.problem_noticed,
            Event::ComplaintReceived => &mut events.complaint_received,
            Event::AcknowledgementReceived => &mut events.acknowledgement_received,
            Event::Stage1ResponseReceived => &mut events.stage1_response_received,
            Event::Stage2Requested => &mut events.stage2_requested,
            Event::Stage2Refused => &mut events.stage2_refused,
            Event::AdrBeforeStage2Declined => &mut events.adr_before_stage2_declined,
            Event::Stage2StatementAgreed => &mut events.stage2_statement_agreed,
            Event::Stage2ResponseReceived => &mut events.stage2_response_received,
            Event::Stage3Requested => &mut events.stage3_requested,
            Event::Stage3Refused => &mut events.stage3_refused,
            Event::AdrBeforeStage3Declined => &mut events.adr_before_stage3_declined,
            Event::PanelMet => &mut events.panel_met,
            Event::PanelReportReceived => &mut events.panel_report_received,
            Event::FinalResponseReceived => &mut events.final_response_received,
        }
    }

    /// The event that must be recorded before this one can be. Asking for
    /// stage 2 or 3 is also satisfied by declining ADR (see
    /// [`Events::start_of`]), as is the order in [`Event::not_before`].
    fn prerequisite(self) -> Option<Event> {
        match self {
            Event::ProblemHappened | Event::ProblemNoticed | Event::ComplaintReceived => None,
            Event::AcknowledgementReceived
            | Event::Stage1ResponseReceived
            | Event::Stage2Requested
            | Event::AdrBeforeStage2Declined => Some(Event::ComplaintReceived),
            Event::Stage2Refused | Event::Stage2StatementAgreed | Event::Stage2ResponseReceived => {
                Some(Event::Stage2Requested)
            }
            Event::Stage3Requested | Event::AdrBeforeStage3Declined => {
                Some(Event::Stage2ResponseReceived)
            }
            Event::Stage3Refused | Event::PanelMet => Some(Event::Stage3Requested),
            Event::PanelReportReceived => Some(Event::PanelMet),
            Event::FinalResponseReceived => Some(Event::PanelReportReceived),
        }
    }

    /// Events this one cannot come before (same day is fine).
    fn not_before(self) -> &'static [Event] {
        match self {
            // Families complain about things still to come, and learn of
            // things long after: no order is impossible for these two.
            Event::ProblemHappened | Event::ProblemNoticed => &[],
            Event::ComplaintReceived => &[Event::ProblemNoticed],
            Event::AcknowledgementReceived
            | Event::Stage1ResponseReceived
            | Event::AdrBeforeStage2Declined => &[Event::ComplaintReceived],
            // Families do ask early, before the stage 1 reply or its longest
            // time: that is recorded and counted, with a warning.
            Event::Stage2Requested => &[Event::ComplaintReceived],
            Event::Stage2Refused | Event::Stage2StatementAgreed => &[Event::Stage2Requested],
            // Only what cannot happen is refused: a reply before the request
            // it answers. A stage 2 reply before a late stage 1 reply, or
            // before a statement was agreed, is unusual, not impossible.
            Event::Stage2ResponseReceived => {
                &[Event::Stage2Requested, Event::AdrBeforeStage2Declined]
            }
            Event::Stage3Requested | Event::AdrBeforeStage3Declined => {
                &[Event::Stage2ResponseReceived]
            }
            Event::Stage3Refused => &[Event::Stage3Requested],
            Event::PanelMet => &[Event::Stage3Requested, Event::AdrBeforeStage3Declined],
            Event::PanelReportReceived => &[Event::PanelMet],
            Event::FinalResponseReceived => &[Event::PanelReportReceived],
        }
    }
}

/// A yes/no fact in [`Events`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flag {
    Stage1Extended,
    AdrBeforeStage2Offered,
    Stage2Extended,
    AdrBeforeStage3Offered,
}

impl Flag {
    pub const ALL: [Flag; 4] = [
        Flag::Stage1Extended,
        Flag::AdrBeforeStage2Offered,
        Flag::Stage2Extended,
        Flag::AdrBeforeStage3Offered,
    ];

    pub fn field(self) -> &'static str {
        match self {
            Flag::Stage1Extended => "stage1_extended",
            Flag::AdrBeforeStage2Offered => "adr_before_stage2_offered",
            Flag::Stage2Extended => "stage2_extended",
            Flag::AdrBeforeStage3Offered => "adr_before_stage3_offered",
        }
    }

    /// What the flag says, after "you said": "the council needs more time at stage 1".
    pub fn clause(self) -> &'static str {
        match self {
            Flag::Stage1Extended => "the council needs more time at stage 1",
            Flag::AdrBeforeStage2Offered => {
                "the council offered informal resolution before stage 2"
            }
            Flag::Stage2Extended => "the council needs more time at stage 2",
            Flag::AdrBeforeStage3Offered => {
                "the council offered informal resolution before stage 3"
            }
        }
    }

    pub fn from_field(name: &str) -> Option<Flag> {
        Flag::ALL.into_iter().find(|flag| flag.field() == name)
    }

    pub fn get(self, events: &Events) -> bool {
        match self {
            Flag::Stage1Extended => events.stage1_extended,
            Flag::AdrBeforeStage2Offered => events.adr_before_stage2_offered,
            Flag::Stage2Extended => events.stage2_extended,
            Flag::AdrBeforeStage3Offered => events.adr_before_stage3_offered,
        }
    }

    pub fn slot(self, events: &mut Events) -> &mut bool {
        match self {
            Flag::Stage1Extended => &mut events.stage1_extended,
            Flag::AdrBeforeStage2Offered => &mut events.adr_before_stage2_offered,
            Flag::Stage2Extended => &mut events.stage2_extended,
            Flag::AdrBeforeStage3Offered => &mut events.adr_before_stage3_offered,
        }
    }

    fn prerequisite(self) -> Event {
        match self {
            Flag::Stage1Extended | Flag::AdrBeforeStage2Offered => Event::ComplaintReceived,
            Flag::Stage2Extended => Event::Stage2Requested,
            Flag::AdrBeforeStage3Offered => Event::Stage2ResponseReceived,
        }
    }
}

/// Working days without a stage 1 reply after which the family may ask for
/// stage 2 anyway: the law's longest stage 1 time (docs/rules.md, "Stage 1
/// without a reply").
pub const STAGE1_LONGEST_WORKING_DAYS: u32 = 20;

const TOP_LEVEL_FIELDS: [&str; 5] = ["format", "version", "council", "label", "events"];

impl Case {
    pub fn new(council: Option<String>, events: Events) -> Self {
        Case {
            format: CASE_FORMAT.to_string(),
            version: CASE_VERSION,
            council,
            label: None,
            events,
            unknown: Map::new(),
        }
    }

    /// Reads a case file and validates it as of `today`. Never panics: every
    /// problem comes back as a [`CaseError`] naming the field. Fields and
    /// events this version does not know are refused (this is the engine's
    /// and the command line's reader: a hand-written file with a misspelt
    /// field must not be assessed as if that date were missing).
    pub fn from_json(text: &str, today: NaiveDate) -> Result<Case, CaseError> {
        read_case(text, today, UnknownParts::Refuse)
    }

    /// Reads a case kept by the app or brought back from a backup file.
    /// Fields and events this version does not know (from a newer version,
    /// or added by hand) are kept in [`Case::unknown`] and
    /// [`Events::unknown`] and written back unchanged; [`Case::unknown_parts`]
    /// names them so the page can say so. A name one or two letters away
    /// from a known one is still refused as a likely misspelling.
    pub fn from_json_keeping_unknown(text: &str, today: NaiveDate) -> Result<Case, CaseError> {
        read_case(text, today, UnknownParts::Keep)
    }

    /// The fields and events this version does not know, as paths
    /// ("events.stage4_requested"), each at most [`QUOTE_CHARS`] long.
    pub fn unknown_parts(&self) -> Vec<String> {
        self.unknown
            .keys()
            .map(|key| quote_part(key))
            .chain(
                self.events
                    .unknown
                    .keys()
                    .map(|key| quote_part(&event_path(key))),
            )
            .collect()
    }

    /// Takes over the unknown parts of `earlier` (the same case as saved
    /// before) where this one has none: the questions on the page know only
    /// the known fields, and saving their answers must not drop the rest.
    pub fn keep_unknown_from(&mut self, earlier: &Case) {
        if self.unknown.is_empty() {
            self.unknown = earlier.unknown.clone();
        }
        if self.events.unknown.is_empty() {
            self.events.unknown = earlier.events.unknown.clone();
        }
    }

    /// The same council and the same known answers (labels and unknown parts aside).
    pub fn same_answers(&self, other: &Case) -> bool {
        let known = |case: &Case| {
            let mut events = case.events.clone();
            events.unknown = Map::new();
            (case.council.clone(), events)
        };
        known(self) == known(other)
    }

    /// Checks a case however it was made (file or UI): format and version,
    /// council, every date possible and not after `today`, and the events in
    /// an order that can happen.
    pub fn validate(&self, today: NaiveDate) -> Result<(), CaseError> {
        check_in_supported_range("today", today)?;
        if self.format != CASE_FORMAT {
            return Err(wrong_format(&self.format));
        }
        if self.version != CASE_VERSION {
            return Err(wrong_version(u64::from(self.version)));
        }
        if let Some(council) = &self.council {
            if councils::find(council).is_none() {
                return Err(unknown_council(council));
            }
        }
        for event in Event::ALL {
            if let Some(date) = event.date(&self.events) {
                check_event_date(event, date, today)?;
            }
        }
        for event in Event::ALL {
            if let Some(date) = event.date(&self.events) {
                check_prerequisite(&self.events, event)?;
                check_order(&self.events, event, date)?;
            }
        }
        for flag in Flag::ALL {
            let needed = flag.prerequisite();
            if flag.get(&self.events) && self.events.start_of(needed).is_none() {
                return Err(CaseError::new(
                    event_path(flag.field()),
                    format!(
                        "You said {}, but did not enter the day {} ({}).",
                        flag.clause(),
                        needed.clause(),
                        event_path(needed.field())
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The case file users export: pretty JSON, every event listed (null when
    /// it has not happened) so the file can be filled in by hand.
    pub fn to_json_pretty(&self) -> String {
        // Serialising plain strings, numbers and dates cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum UnknownParts {
    Refuse,
    Keep,
}

/// The longest piece of outside text a message quotes, in characters.
pub const QUOTE_CHARS: usize = 80;

/// Outside text as a message quotes it: at most [`QUOTE_CHARS`] characters,
/// so a huge bad value never makes a huge message.
pub fn quote_part(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(QUOTE_CHARS).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

fn read_case(text: &str, today: NaiveDate, unknown_parts: UnknownParts) -> Result<Case, CaseError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|error| CaseError::new("", format!("The file is not valid JSON ({error}).")))?;
    let Value::Object(fields) = value else {
        return Err(CaseError::new(
            "",
            "This is not a case file: it should be a JSON object, starting with {.",
        ));
    };
    let mut unknown = Map::new();
    for (key, value) in &fields {
        if TOP_LEVEL_FIELDS.contains(&key.as_str()) {
            continue;
        }
        let suggestion = did_you_mean(key, &TOP_LEVEL_FIELDS);
        if unknown_parts == UnknownParts::Refuse || likely_misspelt(key, &TOP_LEVEL_FIELDS) {
            return Err(CaseError::new(
                quote_part(key),
                format!(
                    "This is not a field of a case file{suggestion}. The fields are format, version, council, label and events."
                ),
            ));
        }
        unknown.insert(key.clone(), value.clone());
    }
    let case = Case {
        format: read_format(fields.get("format"))?,
        version: read_version(fields.get("version"))?,
        council: read_optional_string(fields.get("council"), "council")?,
        label: read_optional_string(fields.get("label"), "label")?,
        events: read_events(fields.get("events"), unknown_parts)?,
        unknown,
    };
    case.validate(today)?;
    Ok(case)
}

fn event_path(field: &str) -> String {
    format!("events.{field}")
}

fn describe_json(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

fn read_format(value: Option<&Value>) -> Result<String, CaseError> {
    match value {
        Some(Value::String(format)) if format == CASE_FORMAT => Ok(format.clone()),
        Some(Value::String(format)) => Err(wrong_format(format)),
        Some(other) => Err(wrong_format(&describe_json(other))),
        None => Err(CaseError::new(
            "format",
            format!("This file has no format. A Complaint Navigator case file has \"format\": \"{CASE_FORMAT}\"."),
        )),
    }
}

fn wrong_format(found: &str) -> CaseError {
    CaseError::new(
        "format",
        format!(
            "\"{}\" is not a Complaint Navigator case file: the format should be \"{CASE_FORMAT}\".",
            quote_part(found)
        ),
    )
}

fn read_version(value: Option<&Value>) -> Result<u32, CaseError> {
    match value {
        Some(Value::Number(number)) => match number.as_u64() {
            Some(version) if version == u64::from(CASE_VERSION) => Ok(CASE_VERSION),
            Some(version) => Err(wrong_version(version)),
            None => Err(CaseError::new(
                "version",
                format!("{number} is not a version number: this app reads version {CASE_VERSION}."),
            )),
        },
        Some(other) => Err(CaseError::new(
            "version",
            format!(
                "{} is not a version number: it should be a whole number, like {CASE_VERSION}.",
                describe_json(other)
            ),
        )),
        None => Err(CaseError::new(
            "version",
            format!("This file has no version number: this app reads version {CASE_VERSION}."),
        )),
    }
}

fn wrong_version(version: u64) -> CaseError {
    let why = if version > u64::from(CASE_VERSION) {
        "it was made by a newer version of Complaint Navigator"
    } else {
        "there is no such version"
    };
    CaseError::new(
        "version",
        format!("This case file is version {version}, which this app cannot read ({why}); it reads version {CASE_VERSION}."),
    )
}

fn read_optional_string(value: Option<&Value>, field: &str) -> Result<Option<String>, CaseError> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(other) => Err(CaseError::new(
            field,
            format!(
                "{} should be text in quotes, or null.",
                describe_json(other)
            ),
        )),
    }
}

fn unknown_council(council: &str) -> CaseError {
    CaseError::new(
        "council",
        format!(
            "\"{}\" is not a council we know. Use a council id like \"leeds\", a GSS code like \"E08000035\", or null if you don't know your council.",
            quote_part(council)
        ),
    )
}

fn read_events(value: Option<&Value>, unknown_parts: UnknownParts) -> Result<Events, CaseError> {
    let fields: &Map<String, Value> = match value {
        None | Some(Value::Null) => return Ok(Events::default()),
        Some(Value::Object(fields)) => fields,
        Some(other) => {
            return Err(CaseError::new(
                "events",
                format!(
                    "{} should be a list of events in braces, like {{\"complaint_received\": \"2026-01-05\"}}.",
                    describe_json(other)
                ),
            ))
        }
    };
    let mut events = Events::default();
    for (name, value) in fields {
        let path = event_path(name);
        if let Some(event) = Event::from_field(name) {
            *event.slot(&mut events) = read_date(&path, value)?;
        } else if let Some(flag) = Flag::from_field(name) {
            *flag.slot(&mut events) = match value {
                Value::Bool(yes) => *yes,
                Value::Null => false,
                other => {
                    return Err(CaseError::new(
                        path,
                        format!("{} should be true or false.", describe_json(other)),
                    ))
                }
            };
        } else {
            let known: Vec<&str> = Event::ALL
                .iter()
                .map(|e| e.field())
                .chain(Flag::ALL.iter().map(|f| f.field()))
                .collect();
            let suggestion = did_you_mean(name, &known);
            if unknown_parts == UnknownParts::Keep && !likely_misspelt(name, &known) {
                events.unknown.insert(name.clone(), value.clone());
                continue;
            }
            return Err(CaseError::new(
                quote_part(&path),
                format!(
                    "This is not an event we know{suggestion}. Check the spelling: unknown events are not ignored, so nothing is lost by mistake."
                ),
            ));
        }
    }
    Ok(events)
}

/// Reads a date written as text first, so a date that does not exist gets a
/// message saying why (chrono's own parser only says "invalid").
fn read_date(path: &str, value: &Value) -> Result<Option<NaiveDate>, CaseError> {
    let text = match value {
        Value::Null => return Ok(None),
        Value::String(text) => text.trim(),
        other => {
            return Err(CaseError::new(
                path,
                format!(
                    "{} should be a date in quotes, like \"2026-01-07\", or null.",
                    describe_json(other)
                ),
            ))
        }
    };
    if text.is_empty() {
        return Ok(None);
    }
    parse_iso_date(text)
        .map(Some)
        .map_err(|message| CaseError::new(path, message))
}

/// Parses YYYY-MM-DD strictly, explaining impossible dates.
pub fn parse_iso_date(text: &str) -> Result<NaiveDate, String> {
    let Some((year, month, day)) = crate::core::dates::iso_parts(text) else {
        return Err(format!(
            "\"{}\" is not a date in the form YYYY-MM-DD, like 2026-01-07.",
            quote_part(text)
        ));
    };
    if !(1..=12).contains(&month) {
        return Err(format!(
            "{text} is not a real date (there is no month {month})."
        ));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        format!(
            "{text} is not a real date ({} {year} has {} days).",
            month_name(month),
            days_in_month(year, month)
        )
    })
}

fn days_in_month(year: i32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|day| NaiveDate::from_ymd_opt(year, month, *day).is_some())
        .unwrap_or(28)
}

fn check_in_supported_range(field: &str, date: NaiveDate) -> Result<(), CaseError> {
    let written = day_month_year(date);
    if date < FIRST_SUPPORTED_DATE {
        return Err(CaseError::new(
            field,
            format!(
                "{written} is before {}, when the rules for these complaints (SI 2006/1738) started, so we cannot work out deadlines for it.",
                day_month_year(FIRST_SUPPORTED_DATE)
            ),
        ));
    }
    if date > LAST_SUPPORTED_DATE {
        return Err(CaseError::new(
            field,
            format!(
                "{written} is after {}, the last date we can count working days to.",
                day_month_year(LAST_SUPPORTED_DATE)
            ),
        ));
    }
    Ok(())
}

fn check_event_date(event: Event, date: NaiveDate, today: NaiveDate) -> Result<(), CaseError> {
    let path = event_path(event.field());
    if date > today {
        return Err(CaseError::new(
            path,
            format!(
                "{} is after today ({}): only enter things that have happened.",
                day_month_year(date),
                long_date(today)
            ),
        ));
    }
    check_in_supported_range(&path, date)
}

fn check_prerequisite(events: &Events, event: Event) -> Result<(), CaseError> {
    match event.prerequisite() {
        Some(needed) if events.start_of(needed).is_none() => Err(CaseError::new(
            event_path(event.field()),
            format!(
                "You entered the day {}, but not the day {} ({}).",
                event.clause(),
                needed.clause(),
                event_path(needed.field())
            ),
        )),
        _ => Ok(()),
    }
}

fn check_order(events: &Events, event: Event, date: NaiveDate) -> Result<(), CaseError> {
    for &earlier in event.not_before() {
        if let Some((earlier, earlier_date)) = events.start_of(earlier) {
            if date < earlier_date {
                return Err(out_of_order(event, date, earlier, earlier_date));
            }
        }
    }
    Ok(())
}

fn out_of_order(
    event: Event,
    date: NaiveDate,
    earlier: Event,
    earlier_date: NaiveDate,
) -> CaseError {
    CaseError::new(
        event_path(event.field()),
        format!(
            "The day {} ({}) is before the day {} ({}).",
            event.clause(),
            day_month_year(date),
            earlier.clause(),
            day_month_year(earlier_date)
        ),
    )
}

/// A name one or two letters away from a known one, with the same digits:
/// a slip of the keyboard, not a part of a newer version ("stage4_requested"
/// is a new event, "complaint_recieved" a misspelling).
fn likely_misspelt(name: &str, known: &[&str]) -> bool {
    let digits = |text: &str| {
        text.chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
    };
    let length = name.chars().take(64).count();
    known.iter().any(|candidate| {
        length <= candidate.len() + 2
            && edit_distance(name, candidate) <= 2
            && digits(name) == digits(candidate)
    })
}

/// " (did you mean complaint_received?)" when a known name is one or two edits away.
fn did_you_mean(name: &str, known: &[&str]) -> String {
    // Two edits cannot bridge a bigger difference in length: skipping those
    // keeps a huge unknown name from costing seconds.
    let length = name.chars().take(64).count();
    if known.iter().all(|candidate| length > candidate.len() + 2) {
        return String::new();
    }
    known
        .iter()
        .map(|candidate| (edit_distance(name, candidate), candidate))
        .filter(|(distance, _)| *distance <= 2)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| format!(" (did you mean {candidate}?)"))
        .unwrap_or_default()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explains_impossible_dates() {
        assert_eq!(
            parse_iso_date("2026-02-30"),
            Err("2026-02-30 is not a real date (February 2026 has 28 days).".to_string())
        );
        assert_eq!(
            parse_iso_date("2024-02-30"),
            Err("2024-02-30 is not a real date (February 2024 has 29 days).".to_string())
        );
        assert_eq!(
            parse_iso_date("2026-13-01"),
            Err("2026-13-01 is not a real date (there is no month 13).".to_string())
        );
        assert!(parse_iso_date("7/1/2026").is_err());
        assert!(parse_iso_date("2026-1-07").is_err());
        assert!(parse_iso_date("２０２６-01-07").is_err());
        assert_eq!(
            parse_iso_date("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
    }

    #[test]
    fn suggests_the_nearest_field_name() {
        assert_eq!(
            did_you_mean("complaint_recieved", &["complaint_received", "panel_met"]),
            " (did you mean complaint_received?)"
        );
        assert_eq!(did_you_mean("colour", &["complaint_received"]), "");
    }
}
