//! Letters the family can copy or print, filled in from the case and its
//! assessment: chasing a late reply, asking for stage 2 or 3, asking why
//! stage 2 was refused, and a summary for the Ombudsman.
//!
//! This decides which letters fit the case and which paragraphs each one
//! needs; the words are in `text::en::letters`. Names the family has not
//! typed appear as placeholders in square brackets, e.g. "[your name]", so
//! the printed letter shows what is still to fill in.

use chrono::NaiveDate;
use serde::Serialize;

use crate::core::assessment::{
    Assessment, Basis, ContactKind, Deadline, DeadlineId, DeadlineStatus, OmbudsmanPosition, Party,
    Stage,
};
use crate::core::case::{Case, Event, Flag};
use crate::text::en::letters::{self as words, Heading};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LetterKind {
    /// A reply (or panel step) the council owes is overdue.
    ChaseResponse,
    /// Ask for stage 2: after the stage 1 reply, or when none came in time.
    AskStage2,
    /// Ask for a review panel after the stage 2 reply.
    AskStage3,
    /// The council refused stage 2: ask why, and ask it to think again.
    WhyStage2Refused,
    /// A dated summary to send with a complaint to the Ombudsman.
    OmbudsmanSummary,
}

impl LetterKind {
    pub const ALL: [LetterKind; 5] = [
        LetterKind::ChaseResponse,
        LetterKind::AskStage2,
        LetterKind::AskStage3,
        LetterKind::WhyStage2Refused,
        LetterKind::OmbudsmanSummary,
    ];

    /// A stable id for links and file names, e.g. "chase_response".
    pub fn id(self) -> &'static str {
        match self {
            LetterKind::ChaseResponse => "chase_response",
            LetterKind::AskStage2 => "ask_stage2",
            LetterKind::AskStage3 => "ask_stage3",
            LetterKind::WhyStage2Refused => "why_stage2_refused",
            LetterKind::OmbudsmanSummary => "ombudsman_summary",
        }
    }

    pub fn from_id(id: &str) -> Option<LetterKind> {
        LetterKind::ALL.into_iter().find(|kind| kind.id() == id)
    }

    /// A short name for choosing the letter on a small screen.
    pub fn short_label(self) -> &'static str {
        words::short_label(self)
    }

    /// What the letter is for, as a link or button text.
    pub fn title(self) -> &'static str {
        words::title(self)
    }
}

/// Where a backup file keeps a saved case's [`LetterNames`]: a field of its
/// own in the case, which the engine leaves alone and older versions keep
/// as a part they do not know.
pub const LETTER_NAMES_FIELD: &str = "letter_names";

/// What the family types in; blank fields become placeholders. Kept with a
/// saved case only when the family saves it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(default)]
pub struct LetterNames {
    pub your_name: String,
    /// Optional: may be left blank.
    pub child_name: String,
    pub council_reference: String,
    /// Fields this version does not know (a newer version's, or added by
    /// hand): kept and written back unchanged.
    #[serde(flatten)]
    pub unknown: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Letter {
    pub title: String,
    /// Plain text with blank lines between paragraphs and "- " list items.
    pub body: String,
}

impl LetterNames {
    /// The same names, spaces around them aside (they are trimmed where used).
    pub fn same_as(&self, other: &LetterNames) -> bool {
        self.your_name.trim() == other.your_name.trim()
            && self.child_name.trim() == other.child_name.trim()
            && self.council_reference.trim() == other.council_reference.trim()
            && self.unknown == other.unknown
    }

    pub fn is_blank(&self) -> bool {
        self.your_name.trim().is_empty()
            && self.child_name.trim().is_empty()
            && self.council_reference.trim().is_empty()
            && self.unknown.is_empty()
    }
}

pub use crate::text::en::letters::{
    CHILD_NAME_PLACEHOLDER, REFERENCE_PLACEHOLDER, YOUR_NAME_PLACEHOLDER,
};

/// The letters that make sense for the case as it stands, in the order to offer them.
pub fn available_letters(assessment: &Assessment) -> Vec<LetterKind> {
    let mut out = Vec::new();
    if !overdue_owed_to_you(assessment).is_empty() {
        out.push(LetterKind::ChaseResponse);
    }
    if assessment.stage == Stage::Stage1
        && (find(assessment, DeadlineId::Stage2Request).is_some()
            || stage1_longest_passed(assessment)
            || corporate_stage1_over(assessment).is_some())
    {
        out.push(LetterKind::AskStage2);
    }
    if assessment.stage == Stage::Stage2 && find(assessment, DeadlineId::Stage3Request).is_some() {
        out.push(LetterKind::AskStage3);
    }
    if stage2_refusal_stands(assessment) {
        out.push(LetterKind::WhyStage2Refused);
    }
    if assessment.ombudsman.position != OmbudsmanPosition::NotYet {
        out.push(LetterKind::OmbudsmanSummary);
    }
    out
}

/// Writes one letter. Works for any kind, even one not offered now: missing
/// facts become placeholders rather than errors.
pub fn letter(
    kind: LetterKind,
    case: &Case,
    assessment: &Assessment,
    names: &LetterNames,
) -> Letter {
    let writer = Writer::new(case, assessment, names);
    let body = match kind {
        LetterKind::ChaseResponse => writer.chase(),
        LetterKind::AskStage2 => writer.ask_stage2(),
        LetterKind::AskStage3 => writer.ask_stage3(),
        LetterKind::WhyStage2Refused => writer.why_stage2_refused(),
        LetterKind::OmbudsmanSummary => writer.ombudsman_summary(),
    };
    Letter {
        title: kind.title().to_string(),
        body,
    }
}

fn find(assessment: &Assessment, id: DeadlineId) -> Option<&Deadline> {
    assessment.deadlines.iter().find(|d| d.id == id)
}

/// Overdue deadlines the council or the panel owes, in the assessment's order.
fn overdue_owed_to_you(assessment: &Assessment) -> Vec<&Deadline> {
    assessment
        .deadlines
        .iter()
        .filter(|d| d.owed_by != Party::You && d.status == DeadlineStatus::Overdue)
        .collect()
}

fn is_corporate(assessment: &Assessment) -> bool {
    assessment.route.route == crate::core::route::Route::Corporate
}

/// On the corporate route, stage 1 is over for asking stage 2 once its reply
/// came or its date passed: the reply's deadline, if so.
fn corporate_stage1_over(assessment: &Assessment) -> Option<&Deadline> {
    if !is_corporate(assessment) {
        return None;
    }
    assessment.deadlines.iter().find(|d| {
        d.id.reply() == Some(crate::core::assessment::Reply::Stage1)
            && matches!(
                d.status,
                DeadlineStatus::Met | DeadlineStatus::Late | DeadlineStatus::Overdue
            )
    })
}

fn stage1_longest_passed(assessment: &Assessment) -> bool {
    find(assessment, DeadlineId::Stage1ResponseExtended)
        .is_some_and(|d| d.status == DeadlineStatus::Overdue)
}

/// The procedure ended with a refusal of stage 2: the Ombudsman's 12 months
/// then count from that refusal.
///
/// The letter quotes the statutory regulations, so the corporate procedure,
/// which has none, is not offered it.
fn stage2_refusal_stands(assessment: &Assessment) -> bool {
    procedure_ended_by(assessment) == Some(Event::Stage2Refused) && !is_corporate(assessment)
}

/// The event that ended the council's procedure, as the Ombudsman's 12
/// months count from it: the final response or a refusal that stands.
fn procedure_ended_by(assessment: &Assessment) -> Option<Event> {
    find(assessment, DeadlineId::OmbudsmanTimeLimit)
        .and_then(|d| Event::from_field(&d.counting.start_event))
}

fn or_placeholder(text: &str, placeholder: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        placeholder.to_string()
    } else {
        text.to_string()
    }
}

/// "regulation 14 of the Children Act 1989 ... Regulations 2006" for the
/// regulations' citations; other citations as they are.
pub fn cite(citation: &str) -> String {
    words::cite(citation)
}

struct Writer<'a> {
    case: &'a Case,
    assessment: &'a Assessment,
    your_name: String,
    child_name: String,
    reference: String,
    council: String,
}

impl<'a> Writer<'a> {
    fn new(case: &'a Case, assessment: &'a Assessment, names: &LetterNames) -> Self {
        let council = if assessment.council.id.is_some() {
            assessment.council.name.clone()
        } else {
            words::COUNCIL_PLACEHOLDER.to_string()
        };
        Writer {
            case,
            assessment,
            your_name: or_placeholder(&names.your_name, YOUR_NAME_PLACEHOLDER),
            child_name: or_placeholder(&names.child_name, CHILD_NAME_PLACEHOLDER),
            reference: or_placeholder(&names.council_reference, REFERENCE_PLACEHOLDER),
            council,
        }
    }

    fn today(&self) -> NaiveDate {
        self.assessment.today
    }

    fn date_of(&self, event: Event) -> Option<NaiveDate> {
        event.date(&self.case.events)
    }

    fn heading(&self) -> Heading<'_> {
        Heading {
            your_name: &self.your_name,
            today: self.today(),
            council: &self.council,
            send_to: self.send_to(),
            reference: &self.reference,
            child_name: &self.child_name,
            corporate: is_corporate(self.assessment),
        }
    }

    /// Where the council's page says to send it (email first, then post), as
    /// published, or nothing when we do not know.
    fn send_to(&self) -> Option<&str> {
        let contacts = &self.assessment.council.contacts;
        let first = |kind: ContactKind| contacts.iter().find(|c| c.kind == kind);
        match (first(ContactKind::Email), first(ContactKind::Address)) {
            (Some(email), _) => Some(&email.value),
            (None, Some(address)) if self.assessment.council.statutory_only => Some(&address.value),
            _ => None,
        }
    }

    /// Heading and first paragraph of a letter to the council.
    fn opening(&self, kind: LetterKind) -> String {
        let mut text = words::heading(kind, &self.heading());
        text.push_str(&words::complaint_received(
            self.date_of(Event::ComplaintReceived),
        ));
        text
    }

    fn sign_off(&self) -> String {
        words::sign_off(&self.your_name)
    }

    fn chase(&self) -> String {
        let overdue = overdue_owed_to_you(self.assessment);
        let mut text = self.opening(LetterKind::ChaseResponse);
        // The most generous time that has still passed is the firmest to rely on.
        let Some(main) = overdue
            .iter()
            .max_by_key(|d| (d.due, d.basis == Basis::Law))
            .copied()
        else {
            text.push_str(words::chase_unknown());
            text.push_str(&self.sign_off());
            return text;
        };
        // When even the law's longest limit has passed, lead with the usual
        // limit, so the letter states the whole delay, not the shortest part.
        let usual = [DeadlineId::Stage1Response, DeadlineId::Stage2Response]
            .into_iter()
            .find(|usual| usual.extended() == Some(main.id))
            .filter(|_| main.basis == Basis::Law)
            .and_then(|id| overdue.iter().find(|d| d.id == id && d.basis == Basis::Law))
            .copied();
        let lead = usual.unwrap_or(main);
        text.push_str(&words::chase_lead(lead, self.today()));
        // The Code's times are only a guide for a complaint that came
        // before councils say it applied, as the page says (found in a
        // walkthrough: the letter stated them as firm).
        let before_code = crate::core::assessment::corporate_code_not_yet_applied(
            self.case.events.complaint_received,
        );
        if let Some(code_from) =
            before_code.filter(|_| self.case.route == Some(crate::core::route::Route::Corporate))
        {
            text.push_str(&words::chase_before_code(code_from));
        }
        if usual.is_some() {
            text.push_str(&words::chase_longest_passed_too(main));
        } else if main.basis == Basis::Law && main.id.is_extended() {
            text.push_str(words::chase_is_longest());
        } else if let Some(longest) = main
            .id
            .law_version()
            .extended()
            .filter(|_| main.basis == Basis::Law)
            .and_then(|id| find(self.assessment, id))
            .filter(|d| d.status != DeadlineStatus::Overdue)
        {
            text.push_str(&words::chase_more_time(longest));
        }
        let others: Vec<&Deadline> = overdue
            .iter()
            .filter(|d| d.id != main.id && d.id != lead.id)
            .copied()
            .collect();
        if !others.is_empty() {
            text.push_str(&words::chase_others(&others));
        }
        text.push_str(&words::chase_send(main));
        if stage1_longest_passed(self.assessment) && self.assessment.stage == Stage::Stage1 {
            text.push_str(words::chase_may_ask_stage2());
        }
        text.push_str(&words::chase_may_ask_ombudsman());
        text.push_str(&self.sign_off());
        text
    }

    fn ask_stage2(&self) -> String {
        if is_corporate(self.assessment) {
            return self.ask_corporate_stage2();
        }
        let mut text = self.opening(LetterKind::AskStage2);
        match self.date_of(Event::Stage1ResponseReceived) {
            Some(reply) => {
                text.push_str(&words::stage2_after_reply(reply));
                if let Some(limit) = find(self.assessment, DeadlineId::Stage2Request) {
                    text.push_str(&words::request_timing(LetterKind::AskStage2, limit));
                }
                text.push_str(words::stage2_not_satisfied());
            }
            None => {
                match find(self.assessment, DeadlineId::Stage1ResponseExtended) {
                    Some(longest) if longest.status == DeadlineStatus::Overdue => {
                        text.push_str(&words::stage2_no_reply_longest_passed(longest.due));
                    }
                    longest => {
                        text.push_str(&words::stage2_no_reply_check(longest.map(|d| d.due)));
                    }
                }
                text.push_str(words::stage2_complaint_about());
            }
        }
        text.push_str(&words::stage2_time_and_confirm());
        text.push_str(&self.sign_off());
        text
    }

    /// The corporate procedure has no regulations to quote: the request,
    /// the Code's stage 1 date when no reply came, and a request to say by
    /// when stage 2 will reply (the Code's stage 2 times are not checked).
    fn ask_corporate_stage2(&self) -> String {
        let mut text = self.opening(LetterKind::AskStage2);
        match (
            self.date_of(Event::Stage1ResponseReceived),
            corporate_stage1_over(self.assessment),
        ) {
            (Some(reply), _) => {
                text.push_str(&words::corporate_stage2_after_reply(reply));
                text.push_str(words::stage2_not_satisfied());
            }
            (None, expected) => {
                text.push_str(&words::corporate_stage2_no_reply(expected.map(|d| d.due)));
                text.push_str(words::stage2_complaint_about());
            }
        }
        text.push_str(words::CORPORATE_STAGE2_CONFIRM);
        text.push_str(&self.sign_off());
        text
    }

    fn ask_stage3(&self) -> String {
        let mut text = self.opening(LetterKind::AskStage3);
        text.push_str(&words::stage3_request(
            self.date_of(Event::Stage2ResponseReceived),
        ));
        if let Some(limit) = find(self.assessment, DeadlineId::Stage3Request) {
            text.push_str(&words::request_timing(LetterKind::AskStage3, limit));
        }
        text.push_str(&words::stage3_rest());
        text.push_str(&self.sign_off());
        text
    }

    fn why_stage2_refused(&self) -> String {
        let mut text = self.opening(LetterKind::WhyStage2Refused);
        text.push_str(&words::why_stage2_refused(
            self.date_of(Event::Stage2Requested),
            self.date_of(Event::Stage2Refused),
        ));
        text.push_str(&self.sign_off());
        text
    }

    fn ombudsman_summary(&self) -> String {
        let a = self.assessment;
        let mut text = words::summary_heading(&self.heading());
        let ended_by = procedure_ended_by(a);
        text.push_str(&words::summary_stands(ended_by, a.stage));

        let mut dated: Vec<(NaiveDate, usize, Event)> = Event::ALL
            .iter()
            .enumerate()
            .filter_map(|(order, event)| self.date_of(*event).map(|date| (date, order, *event)))
            .collect();
        crate::core::order::sort_by_key(&mut dated, |(date, order, _)| (*date, *order));
        let dated: Vec<(NaiveDate, Event)> = dated
            .into_iter()
            .map(|(date, _, event)| (date, event))
            .collect();
        let flags: Vec<Flag> = Flag::ALL
            .into_iter()
            .filter(|flag| flag.get(&self.case.events))
            .collect();
        text.push_str(&words::summary_events(&dated, &flags));

        let missed: Vec<&Deadline> = a
            .deadlines
            .iter()
            .filter(|d| d.owed_by != Party::You)
            .filter(|d| {
                matches!(
                    d.status,
                    DeadlineStatus::Late | DeadlineStatus::Overdue | DeadlineStatus::NotDone
                )
            })
            .collect();
        text.push_str(&words::summary_missed(&missed, self.today()));

        let refused = matches!(ended_by, Some(Event::Stage2Refused | Event::Stage3Refused));
        let limit = crate::core::assessment::ombudsman_date_to_act_on(&a.deadlines);
        text.push_str(&words::summary_why(a.ombudsman.position, refused, limit));
        text.push_str(&words::summary_end());
        text
    }
}
