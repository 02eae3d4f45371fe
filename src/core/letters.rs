//! Letters the family can copy or print, filled in from the case and its
//! assessment: chasing a late reply, asking for stage 2 or 3, asking why
//! stage 2 was refused, and a summary for the Ombudsman.
//!
//! The wording is ours: plain, polite and firm. Dates are written out in
//! full and rules are quoted by reference (the regulation, or the council's
//! own page where it promises something). Names the family has not typed
//! appear as placeholders in square brackets, e.g. "[your name]", so the
//! printed letter shows what is still to fill in.

use chrono::NaiveDate;
use serde::Serialize;

use crate::core::assessment::{
    Assessment, Basis, ContactKind, Deadline, DeadlineStatus, OmbudsmanPosition, Party, Stage,
};
use crate::core::case::{Case, Event, Flag};
use crate::core::dates::{capitalise, day_month_year, long_date, working_days};

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
        match self {
            LetterKind::ChaseResponse => "Chase a late reply",
            LetterKind::AskStage2 => "Ask for stage 2",
            LetterKind::AskStage3 => "Ask for a review panel",
            LetterKind::WhyStage2Refused => "Ask why stage 2 was refused",
            LetterKind::OmbudsmanSummary => "Summary for the Ombudsman",
        }
    }

    /// What the letter is for, as a link or button text.
    pub fn title(self) -> &'static str {
        match self {
            LetterKind::ChaseResponse => "Letter chasing the council's late reply",
            LetterKind::AskStage2 => "Letter asking for stage 2",
            LetterKind::AskStage3 => "Letter asking for a review panel (stage 3)",
            LetterKind::WhyStage2Refused => "Letter asking why stage 2 was refused",
            LetterKind::OmbudsmanSummary => "Summary for the Ombudsman",
        }
    }
}

/// What the family types in; blank fields become placeholders. Kept with a
/// saved case only when the family saves it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(default)]
pub struct LetterNames {
    pub your_name: String,
    /// Optional: may be left blank.
    pub child_name: String,
    pub council_reference: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Letter {
    pub title: String,
    /// Plain text with blank lines between paragraphs and "- " list items.
    pub body: String,
}

impl LetterNames {
    pub fn is_blank(&self) -> bool {
        self.your_name.trim().is_empty()
            && self.child_name.trim().is_empty()
            && self.council_reference.trim().is_empty()
    }
}

pub const YOUR_NAME_PLACEHOLDER: &str = "[your name]";
pub const CHILD_NAME_PLACEHOLDER: &str = "[your child's name]";
pub const REFERENCE_PLACEHOLDER: &str = "[the council's reference, if you have one]";

const REGULATIONS: &str =
    "the Children Act 1989 Representations Procedure (England) Regulations 2006";
const OMBUDSMAN: &str = "the Local Government and Social Care Ombudsman";
const OMBUDSMAN_PHONE: &str = "0300 061 0614";
const OMBUDSMAN_WEBSITE: &str = "www.lgo.org.uk";

/// The letters that make sense for the case as it stands, in the order to offer them.
pub fn available_letters(assessment: &Assessment) -> Vec<LetterKind> {
    let mut out = Vec::new();
    if !overdue_owed_to_you(assessment).is_empty() {
        out.push(LetterKind::ChaseResponse);
    }
    if assessment.stage == Stage::Stage1
        && (find(assessment, "stage2_request").is_some() || stage1_longest_passed(assessment))
    {
        out.push(LetterKind::AskStage2);
    }
    if assessment.stage == Stage::Stage2 && find(assessment, "stage3_request").is_some() {
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

fn find<'a>(assessment: &'a Assessment, id: &str) -> Option<&'a Deadline> {
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

fn stage1_longest_passed(assessment: &Assessment) -> bool {
    find(assessment, "stage1_response_extended")
        .is_some_and(|d| d.status == DeadlineStatus::Overdue)
}

/// The procedure ended with a refusal of stage 2: the Ombudsman's 12 months
/// then count from that refusal.
fn stage2_refusal_stands(assessment: &Assessment) -> bool {
    procedure_ended_by(assessment) == Some(Event::Stage2Refused)
}

/// The event that ended the council's procedure, as the Ombudsman's 12
/// months count from it: the final response or a refusal that stands.
fn procedure_ended_by(assessment: &Assessment) -> Option<Event> {
    find(assessment, "ombudsman_time_limit")
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
    match citation.strip_prefix("SI 2006/1738 reg ") {
        Some(number) => format!("regulation {number} of {REGULATIONS}"),
        None => citation.to_string(),
    }
}

/// Where a deadline comes from, as a phrase after "This is".
fn rule_phrase(deadline: &Deadline) -> String {
    match deadline.basis {
        Basis::Law => format!("the time limit in {}", cite(&deadline.source.citation)),
        Basis::CouncilPromise => format!(
            "the time the council promises in its own complaints procedure: {}",
            deadline.source.citation
        ),
    }
}

/// The source in a list item: the regulation, or the council's own procedure.
fn short_rule(deadline: &Deadline) -> String {
    match deadline.basis {
        Basis::Law => cite(&deadline.source.citation),
        Basis::CouncilPromise => "the council's own complaints procedure".to_string(),
    }
}

/// A deadline's title as the family would write it: "my complaint".
fn first_person(title: &str) -> String {
    title.replace("your ", "my ").replace("Your ", "My ")
}

fn late_by(days: Option<i32>) -> String {
    match days {
        Some(n) if n > 0 => format!("{} late", working_days(i64::from(n))),
        _ => "late".to_string(),
    }
}

/// What should have happened by the due date, in the first person.
fn what_was_due(deadline: &Deadline) -> String {
    let base = deadline.id.trim_end_matches("_council");
    match base {
        "acknowledgement" => "the council should have acknowledged my complaint".to_string(),
        "stage1_response" | "stage1_response_extended" => {
            "the council should have sent me its stage 1 reply to my complaint".to_string()
        }
        "stage2_response"
        | "stage2_response_extended"
        | "stage2_response_from_statement"
        | "stage2_response_extended_from_statement" => {
            "the council should have sent me its stage 2 response".to_string()
        }
        "panel_appointed" => "the council should have chosen the review panel".to_string(),
        "panel_meeting" => "the review panel should have met".to_string(),
        "panel_report" => "the review panel should have sent its report".to_string(),
        "final_response" => {
            "the council should have sent me its final response to the review panel's recommendations"
                .to_string()
        }
        _ => format!("\"{}\" was due", deadline.title),
    }
}

/// The law's "at the latest" version of a usual time limit.
fn longest_version(id: &str) -> Option<&'static str> {
    match id.trim_end_matches("_council") {
        "stage1_response" => Some("stage1_response_extended"),
        "stage2_response" => Some("stage2_response_extended"),
        "stage2_response_from_statement" => Some("stage2_response_extended_from_statement"),
        _ => None,
    }
}

/// What to send, after "Please send me".
fn what_to_send(deadline: &Deadline) -> &'static str {
    match deadline.id.trim_end_matches("_council") {
        "acknowledgement" => "an acknowledgement of my complaint",
        "stage1_response" | "stage1_response_extended" => "your stage 1 reply",
        "panel_appointed" | "panel_meeting" => "the date of the review panel meeting",
        "panel_report" => "the review panel's report",
        "final_response" => "the council's final response",
        base if base.starts_with("stage2_response") => "your stage 2 response",
        _ => "a reply",
    }
}

/// The first-person line for an event in the Ombudsman summary.
fn event_line(event: Event) -> &'static str {
    match event {
        Event::ProblemHappened => "What I am complaining about happened",
        Event::ProblemNoticed => "I first noticed the problem",
        Event::ComplaintReceived => "The council received my complaint",
        Event::AcknowledgementReceived => "The council acknowledged my complaint",
        Event::Stage1ResponseReceived => "I received the council's stage 1 reply",
        Event::Stage2Requested => "I asked for stage 2",
        Event::Stage2Refused => "The council refused to consider my complaint at stage 2",
        Event::AdrBeforeStage2Declined => "I declined informal resolution before stage 2",
        Event::Stage2StatementAgreed => "The statement of my complaint for stage 2 was agreed",
        Event::Stage2AcknowledgementReceived => "The council acknowledged my stage 2 request",
        Event::Stage2ResponseReceived => "I received the council's stage 2 response",
        Event::Stage3Requested => "I asked for a review panel (stage 3)",
        Event::Stage3Refused => "The council refused to set up a review panel",
        Event::AdrBeforeStage3Declined => "I declined informal resolution before stage 3",
        Event::PanelMet => "The review panel met",
        Event::PanelReportReceived => "The review panel's report was received",
        Event::FinalResponseReceived => "I received the council's final response",
    }
}

fn flag_line(flag: Flag) -> &'static str {
    match flag {
        Flag::Stage1Extended => "The council told me it needed more time at stage 1.",
        Flag::AdrBeforeStage2Offered => "The council offered informal resolution before stage 2.",
        Flag::Stage2Extended => "The council told me it needed more time at stage 2.",
        Flag::AdrBeforeStage3Offered => "The council offered informal resolution before stage 3.",
    }
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
            "[your council]".to_string()
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

    /// "Wednesday 7 January 2026", or a placeholder naming the date to fill in.
    fn written_date(&self, event: Event, what: &str) -> String {
        self.date_of(event)
            .map(long_date)
            .unwrap_or_else(|| format!("[the date {what}]"))
    }

    /// Sender, date, addressee, reference and subject line.
    fn heading(&self, subject: &str) -> String {
        format!(
            "{}\n{}\n\nTo: the Complaints Manager, children's social care, {}\n{}Your reference: {}\n\nDear Complaints Manager,\n\n{subject}: complaint about children's social care services for {}\n\n",
            self.your_name,
            day_month_year(self.today()),
            self.council,
            self.send_to(),
            self.reference,
            self.child_name
        )
    }

    /// Where the council's page says to send it (email first, then post), as
    /// published: a line of the letter, or nothing when we do not know.
    fn send_to(&self) -> String {
        let contacts = &self.assessment.council.contacts;
        let first = |kind: ContactKind| contacts.iter().find(|c| c.kind == kind);
        match (first(ContactKind::Email), first(ContactKind::Address)) {
            (Some(email), _) => format!(
                "Send to: {} (check the council's page first)\n",
                email.value
            ),
            (None, Some(address)) if self.assessment.council.statutory_only => {
                format!(
                    "Send to: {} (check the council's page first)\n",
                    address.value
                )
            }
            _ => String::new(),
        }
    }

    fn sign_off(&self) -> String {
        format!("Yours faithfully,\n\n{}\n", self.your_name)
    }

    fn complaint_sentence(&self) -> String {
        format!(
            "I am writing about my complaint, which the council received on {}.",
            self.written_date(
                Event::ComplaintReceived,
                "the council received your complaint"
            )
        )
    }

    fn chase(&self) -> String {
        let overdue = overdue_owed_to_you(self.assessment);
        let mut text = self.heading("Late reply");
        text.push_str(&self.complaint_sentence());
        text.push_str("\n\n");
        // The most generous time that has still passed is the firmest to rely on.
        let Some(main) = overdue
            .iter()
            .max_by_key(|d| (d.due, d.basis == Basis::Law))
            .copied()
        else {
            text.push_str("I have not yet received [what you are waiting for], which was due on [the date it was due]. Please send it to me without further delay.\n\n");
            text.push_str(&self.sign_off());
            return text;
        };
        // When even the law's longest limit has passed, lead with the usual
        // limit, so the letter states the whole delay, not the shortest part.
        let usual = main
            .id
            .strip_suffix("_extended")
            .filter(|_| main.basis == Basis::Law)
            .and_then(|id| overdue.iter().find(|d| d.id == id && d.basis == Basis::Law))
            .copied();
        let lead = usual.unwrap_or(main);
        text.push_str(&format!(
            "By {}, {}. This is {}. I have not received it, and today, {}, it is {}.\n\n",
            long_date(lead.due),
            what_was_due(lead),
            rule_phrase(lead),
            long_date(self.today()),
            late_by(lead.working_days_late)
        ));
        if usual.is_some() {
            text.push_str(&format!(
                "Even the longest time the law allows when a council needs more time, {}, ended on {}.\n\n",
                working_days(i64::from(main.counting.amount)),
                long_date(main.due)
            ));
        } else if main.basis == Basis::Law && main.id.contains("_extended") {
            text.push_str(
                "This is the longest time the law allows, even when a council needs more time.\n\n",
            );
        } else if let Some(longest) = longest_version(&main.id)
            .filter(|_| main.basis == Basis::Law)
            .and_then(|id| find(self.assessment, id))
            .filter(|d| d.status != DeadlineStatus::Overdue)
        {
            text.push_str(&format!(
                "If the council needs more time, please write to me to explain why and to give me a new date. The law allows {} at the most, which ends on {}.\n\n",
                working_days(i64::from(longest.counting.amount)),
                long_date(longest.due)
            ));
        }
        let others: Vec<&&Deadline> = overdue
            .iter()
            .filter(|d| d.id != main.id && d.id != lead.id)
            .collect();
        if !others.is_empty() {
            text.push_str("These other time limits have also passed:\n");
            for other in others {
                text.push_str(&format!(
                    "- {}: due by {} under {}, now {}.\n",
                    first_person(&other.title),
                    long_date(other.due),
                    short_rule(other),
                    late_by(other.working_days_late)
                ));
            }
            text.push('\n');
        }
        text.push_str(&format!(
            "Please send me {} without further delay. If you cannot, please tell me in writing within 5 working days when I will receive it, and why it is late.\n\n",
            what_to_send(main)
        ));
        if stage1_longest_passed(self.assessment) && self.assessment.stage == Stage::Stage1 {
            text.push_str("As the longest time allowed for a stage 1 reply has passed, I may also ask for my complaint to go to stage 2 without waiting any longer.\n\n");
        }
        text.push_str(&format!(
            "If the delay goes on, I may ask {OMBUDSMAN} to look at it.\n\n"
        ));
        text.push_str(&self.sign_off());
        text
    }

    fn ask_stage2(&self) -> String {
        let mut text = self.heading("Request for stage 2");
        text.push_str(&self.complaint_sentence());
        text.push_str("\n\n");
        let complaint_about = match self.date_of(Event::Stage1ResponseReceived) {
            Some(reply) => {
                text.push_str(&format!(
                    "I received the council's stage 1 reply on {}. I am not satisfied with it, and I ask for my complaint to be considered at stage 2 of the children's social care complaints procedure.\n\n",
                    long_date(reply)
                ));
                if let Some(limit) = find(self.assessment, "stage2_request") {
                    if limit.status == DeadlineStatus::Overdue {
                        text.push_str(&format!(
                            "I know this request comes after the usual 20 working days, which ended on {}. It is late because [say why you could not ask sooner]. The council can still accept a late request, and I ask it to do so.\n\n",
                            long_date(limit.due)
                        ));
                    } else {
                        text.push_str(&format!(
                            "I am asking within the usual 20 working days, which end on {}.\n\n",
                            long_date(limit.due)
                        ));
                    }
                }
                "I am not satisfied because: [say briefly what the stage 1 reply got wrong or left out, and what you would like to happen]."
            }
            None => {
                let rule = cite("SI 2006/1738 reg 14");
                match find(self.assessment, "stage1_response_extended") {
                    Some(longest) if longest.status == DeadlineStatus::Overdue => {
                        text.push_str(&format!(
                            "I have not received a stage 1 reply. The longest time allowed for one, 20 working days under {rule}, ended on {}. I therefore ask for my complaint to be considered at stage 2 now, without waiting any longer.\n\n",
                            long_date(longest.due)
                        ));
                    }
                    longest => {
                        let ends = longest.map_or_else(
                            || "[the date 20 working days after the council received your complaint]".to_string(),
                            |d| long_date(d.due),
                        );
                        text.push_str(&format!(
                            "I have not received a stage 1 reply. [Check before sending: the longest time allowed for one, 20 working days under {rule}, ends on {ends}. You can ask for stage 2 without a reply once that day has passed.]\n\n"
                        ));
                    }
                }
                "My complaint is about: [say briefly what your complaint is about, and what you would like to happen]."
            }
        };
        text.push_str(complaint_about);
        text.push_str("\n\n");
        text.push_str(&format!(
            "Under {}, the council should investigate my complaint and send me its response within 25 working days, or at most 65 working days if it writes to me to explain why it needs longer and gives me a new date.\n\n",
            cite("SI 2006/1738 reg 17")
        ));
        text.push_str("Please confirm that you have received this request, and contact me to agree the statement of my complaint for the investigation.\n\n");
        text.push_str(&self.sign_off());
        text
    }

    fn ask_stage3(&self) -> String {
        let mut text = self.heading("Request for a review panel (stage 3)");
        text.push_str(&self.complaint_sentence());
        text.push_str("\n\n");
        text.push_str(&format!(
            "I received the council's stage 2 response on {}. I am not satisfied with it, and under {} I ask for my complaint to be considered by a review panel (stage 3).\n\n",
            self.written_date(Event::Stage2ResponseReceived, "you received the stage 2 response"),
            cite("SI 2006/1738 reg 18")
        ));
        if let Some(limit) = find(self.assessment, "stage3_request") {
            if limit.status == DeadlineStatus::Overdue {
                text.push_str(&format!(
                    "I know this request comes after the usual 20 working days, which ended on {}. It is late because [say why you could not ask sooner]. I ask the council to accept it.\n\n",
                    long_date(limit.due)
                ));
            } else {
                text.push_str(&format!(
                    "I am asking within 20 working days of the stage 2 response: that time ends on {}.\n\n",
                    long_date(limit.due)
                ));
            }
        }
        text.push_str("I am not satisfied because: [say which findings or outcomes of the stage 2 response you disagree with, and what you would like the panel to recommend].\n\n");
        text.push_str(&format!(
            "Under {}, the panel should meet within 30 working days of the council receiving this request. I would like to attend, and to bring [the name of your advocate or supporter, if you have one].\n\n",
            cite("SI 2006/1738 reg 19(4)")
        ));
        text.push_str("Please confirm that you have received this request, and tell me the date of the panel meeting as soon as it is set.\n\n");
        text.push_str(&self.sign_off());
        text
    }

    fn why_stage2_refused(&self) -> String {
        let mut text = self.heading("Refusal of stage 2");
        text.push_str(&self.complaint_sentence());
        text.push_str("\n\n");
        text.push_str(&format!(
            "On {}, I asked for my complaint to be considered at stage 2. On {}, the council told me it would not do so.\n\n",
            self.written_date(Event::Stage2Requested, "you asked for stage 2"),
            self.written_date(Event::Stage2Refused, "the council refused stage 2")
        ));
        text.push_str(&format!(
            "Under {}, a person who is not satisfied with the outcome of stage 1 may ask for the complaint to be considered at stage 2. {} has repeatedly found councils at fault for refusing to move a complaint on to the next stage.\n\n",
            cite("SI 2006/1738 reg 17"),
            capitalise(OMBUDSMAN)
        ));
        text.push_str("Please tell me in writing:\n- the reasons for the decision;\n- the rule or the part of the council's complaints procedure the decision relies on;\n- who made the decision, and how I can ask for it to be looked at again.\n\n");
        text.push_str("I ask the council to reconsider and to start stage 2 now. Please reply within 10 working days.\n\n");
        text.push_str(&format!(
            "If the council does not start stage 2, I will ask {OMBUDSMAN} to look at my complaint without waiting.\n\n"
        ));
        text.push_str(&self.sign_off());
        text
    }

    fn ombudsman_summary(&self) -> String {
        let a = self.assessment;
        let mut text = format!(
            "Summary of my complaint, for {OMBUDSMAN}\n\nName: {}\nChild: {}\nCouncil: {}\nThe council's complaint reference: {}\nPrepared on: {}\n\n",
            self.your_name,
            self.child_name,
            self.council,
            self.reference,
            long_date(self.today())
        );
        let ended_by = procedure_ended_by(a);
        let stands = match ended_by {
            Some(Event::Stage2Refused) => {
                "the council refused to consider my complaint at stage 2."
            }
            Some(Event::Stage3Refused) => "the council refused to set up a review panel (stage 3).",
            _ => stage_words(a.stage),
        };
        text.push_str(&format!("Where the complaint stands: {stands}\n\n"));

        text.push_str("What happened, with dates:\n");
        let mut dated: Vec<(NaiveDate, usize, Event)> = Event::ALL
            .iter()
            .enumerate()
            .filter_map(|(order, event)| self.date_of(*event).map(|date| (date, order, *event)))
            .collect();
        crate::core::order::sort_by_key(&mut dated, |(date, order, _)| (*date, *order));
        if dated.is_empty() {
            text.push_str("- [add the dates of your complaint and the council's replies]\n");
        }
        for (date, _, event) in dated {
            text.push_str(&format!(
                "- {}: {}.\n",
                day_month_year(date),
                event_line(event)
            ));
        }
        for flag in Flag::ALL {
            if flag.get(&self.case.events) {
                text.push_str(&format!("- {}\n", flag_line(flag)));
            }
        }
        text.push('\n');

        let missed: Vec<&Deadline> = a
            .deadlines
            .iter()
            .filter(|d| d.owed_by != Party::You)
            .filter(|d| matches!(d.status, DeadlineStatus::Late | DeadlineStatus::Overdue))
            .collect();
        text.push_str("Time limits the council or the review panel missed:\n");
        if missed.is_empty() {
            text.push_str("- None of the time limits we checked was missed.\n");
        }
        for deadline in missed {
            let what = match (deadline.status, deadline.done_on) {
                (DeadlineStatus::Late, Some(done)) => format!(
                    "it happened on {}, {}",
                    day_month_year(done),
                    late_by(deadline.working_days_late)
                ),
                _ => format!(
                    "still not done on {}, {}",
                    day_month_year(self.today()),
                    late_by(deadline.working_days_late)
                ),
            };
            let source = match deadline.basis {
                Basis::Law => deadline.source.citation.clone(),
                Basis::CouncilPromise => {
                    format!("the council's own promise: {}", deadline.source.citation)
                }
            };
            text.push_str(&format!(
                "- {}: due by {} ({source}); {what}.\n",
                first_person(&deadline.title),
                day_month_year(deadline.due),
            ));
        }
        text.push('\n');

        let why = match a.ombudsman.position {
            OmbudsmanPosition::CanGoNow => {
                "The council's complaints procedure is finished and I am still not satisfied."
            }
            OmbudsmanPosition::CanGoEarly
                if matches!(ended_by, Some(Event::Stage2Refused | Event::Stage3Refused)) =>
            {
                "The council has refused to move my complaint on to the next stage, so I am asking the Ombudsman to look at it now."
            }
            OmbudsmanPosition::CanGoEarly => {
                "The council has seriously delayed my complaint, so I am asking the Ombudsman to look at it before the council's procedure is finished."
            }
            OmbudsmanPosition::NotYet => {
                "[Say why you are going to the Ombudsman now: the Ombudsman normally expects the council's three stages to be finished first.]"
            }
        };
        text.push_str(&format!("Why I am going to the Ombudsman now: {why}\n"));
        if let Some(limit) = a.ombudsman.time_limit {
            text.push_str(&format!(
                "Counted from the end of the council's procedure, the Ombudsman's usual 12 months run to {}.\n",
                long_date(limit)
            ));
        }
        text.push_str("\nWhat I am unhappy about: [in a few sentences, what went wrong for your child and your family]\n\n");
        text.push_str("What I would like to happen: [for example an apology, the missing stage carried out, a service put right, or a payment for the time and trouble]\n\n");
        text.push_str(&format!(
            "Contact: {OMBUDSMAN}, phone {OMBUDSMAN_PHONE}, website {OMBUDSMAN_WEBSITE}.\n"
        ));
        text
    }
}

fn stage_words(stage: Stage) -> &'static str {
    match stage {
        Stage::NotStarted => "the complaint has not been made yet.",
        Stage::Stage1 => "stage 1 (the council's first reply).",
        Stage::Stage2 => "stage 2 (the council's investigation).",
        Stage::Stage3 => "stage 3 (the review panel).",
        Stage::Finished => "the council's procedure is finished.",
    }
}
