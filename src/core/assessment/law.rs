//! The time limits set by law (and the national guidance), one constant per
//! deadline, with their sources. See docs/rules.md, "Time limits" and
//! "Decisions".

use super::counting::DeadlineSpec;
use super::{Basis, Party, Source, TimeUnit};
use crate::core::case::{Event, Events};

/// One time limit from the law or the national guidance.
#[derive(Debug, Clone, Copy)]
pub(super) struct LawRule {
    pub id: &'static str,
    pub title: &'static str,
    pub owed_by: Party,
    pub start: Event,
    /// The event that meets the deadline.
    pub done_by: Option<Event>,
    pub amount: u32,
    pub unit: TimeUnit,
    pub citation: &'static str,
    pub url: &'static str,
    pub note: &'static str,
    /// How binding the limit is, in words for the deadline's label.
    pub authority: &'static str,
}

pub(super) const SET_BY_LAW: &str = "Set by law";
pub(super) const NATIONAL_GUIDANCE: &str = "The usual limit in national guidance, not fixed by law";
pub(super) const OUR_GUIDE: &str = "Our guide, not a fixed legal date";
/// The stage 2 reply counted from the agreed complaint statement: the other
/// reading of a disputed start, shown beside the date to act on.
pub(super) const OTHER_READING: &str =
    "The other reading: if the council counts from the agreed statement";

impl LawRule {
    pub fn spec(&self, events: &Events) -> DeadlineSpec {
        DeadlineSpec {
            id: self.id.to_string(),
            title: self.title.to_string(),
            owed_by: self.owed_by,
            basis: Basis::Law,
            start: self.start,
            amount: self.amount,
            unit: self.unit,
            done_on: self.done_by.and_then(|event| event.date(events)),
            source: self.source(),
            note: (!self.note.is_empty()).then(|| self.note.to_string()),
            guidance: self.id == OMBUDSMAN_TIME_LIMIT.id,
            basis_label: self.authority.to_string(),
            begins_with_start_day: self.begins_with_start_day(),
            other_reading: self.authority == OTHER_READING,
        }
    }

    /// The Ombudsman's 12 months "beginning with" the day of notice (s26B(2)),
    /// and our guide counted the same way from the end of the procedure.
    /// Every other period counts from its start day (see `DeadlineSpec`).
    fn begins_with_start_day(&self) -> bool {
        self.id == OMBUDSMAN_TIME_LIMIT.id || self.id == OMBUDSMAN_TIME_LIMIT_FROM_PROBLEM.id
    }

    pub fn source(&self) -> Source {
        Source {
            citation: self.citation.to_string(),
            url: Some(self.url.to_string()),
        }
    }
}

const GUIDANCE_URL: &str =
    "https://www.gov.uk/government/publications/children-s-social-care-getting-the-best-from-complaints";

pub(super) const COMPLAINT_TIME_LIMIT: LawRule = LawRule {
    id: "complaint_time_limit",
    title: "Making your complaint",
    owed_by: Party::You,
    // "Within one year of the grounds to make the representations arising":
    // from when it happened, not from when the family found out.
    start: Event::ProblemHappened,
    done_by: Some(Event::ComplaintReceived),
    amount: 1,
    unit: TimeUnit::Years,
    citation: "SI 2006/1738 reg 9",
    url: "https://www.legislation.gov.uk/uksi/2006/1738/regulation/9",
    note: "The council can still accept a later complaint if it was not reasonable to complain sooner and the complaint can still be looked at fairly. The Ombudsman says councils must not apply this limit rigidly.",
    authority: SET_BY_LAW,
};

pub(super) const STAGE1_RESPONSE: LawRule = LawRule {
    id: "stage1_response",
    title: "The council's stage 1 reply",
    owed_by: Party::Council,
    start: Event::ComplaintReceived,
    done_by: Some(Event::Stage1ResponseReceived),
    amount: 10,
    unit: TimeUnit::WorkingDays,
    citation: "SI 2006/1738 reg 14",
    url: "https://www.legislation.gov.uk/uksi/2006/1738/regulation/14",
    note: "The council can take up to 20 working days if the complaint is complex or an advocate is needed, but it should tell you.",
    authority: SET_BY_LAW,
};

/// The 20 working days, shown once the usual time has passed without a
/// notice of more time: the law's longest limit, not a date the council set.
/// [`with_more_time`] words it for when the council said it needs more time.
pub(super) const STAGE1_RESPONSE_EXTENDED: LawRule = LawRule {
    id: "stage1_response_extended",
    title: "The council's stage 1 reply: the law's longest limit",
    amount: 20,
    note: "The council has not told you it needs more time, so its reply was due by the usual date (10 working days). This is the longest the law ever allows at stage 1, if the complaint is complex or an advocate is needed. If it passes without a reply, you can ask for stage 2 without waiting any longer.",
    authority: SET_BY_LAW,
    ..STAGE1_RESPONSE
};

pub(super) const STAGE2_REQUEST: LawRule = LawRule {
    id: "stage2_request",
    title: "Asking for stage 2",
    owed_by: Party::You,
    start: Event::Stage1ResponseReceived,
    done_by: Some(Event::Stage2Requested),
    amount: 20,
    unit: TimeUnit::WorkingDays,
    citation: "Getting the Best from Complaints (2006) and councils' procedures",
    url: GUIDANCE_URL,
    note: "This is the usual time limit in the national guidance and councils' procedures, not a fixed rule in the regulations. The council can still accept a later request, especially if you explain why it is late.",
    authority: NATIONAL_GUIDANCE,
};

pub(super) const STAGE2_RESPONSE: LawRule = LawRule {
    id: "stage2_response",
    title: "The council's stage 2 reply",
    owed_by: Party::Council,
    start: Event::Stage2Requested,
    done_by: Some(Event::Stage2ResponseReceived),
    amount: 25,
    unit: TimeUnit::WorkingDays,
    citation: "SI 2006/1738 reg 17",
    url: "https://www.legislation.gov.uk/uksi/2006/1738/regulation/17",
    note: "We count from the day you asked for stage 2. Many councils count from the day your complaint statement was agreed instead.",
    authority: SET_BY_LAW,
};

/// The 65 working days, shown once the usual time has passed without a
/// notice of more time: the law's longest limit, not a date the council set.
pub(super) const STAGE2_RESPONSE_EXTENDED: LawRule = LawRule {
    id: "stage2_response_extended",
    title: "The council's stage 2 reply: the law's longest limit",
    amount: 65,
    note: "The council has not written to say it needs more time, so its reply was due by the usual date (25 working days). This is the longest the law ever allows, and the council can take it only if it writes to you explaining why and giving a new date.",
    authority: SET_BY_LAW,
    ..STAGE2_RESPONSE
};

/// The other reading of when the stage 2 clock starts. The date to act on
/// counts from the request (our decision: the law's wording runs from the
/// representations, and it gives the earlier date); this one is shown beside
/// it, labelled, never as a second date "set by law".
pub(super) const STAGE2_RESPONSE_FROM_STATEMENT: LawRule = LawRule {
    id: "stage2_response_from_statement",
    title: "The council's stage 2 reply, if counted from the agreed statement",
    start: Event::Stage2StatementAgreed,
    note: "Many councils count the 25 working days from the day your complaint statement was agreed, which gives a later date. We ask you to act on the date counted from your request, which is earlier; this is the date the council may give you instead.",
    authority: OTHER_READING,
    ..STAGE2_RESPONSE
};

pub(super) const STAGE2_RESPONSE_EXTENDED_FROM_STATEMENT: LawRule = LawRule {
    id: "stage2_response_extended_from_statement",
    title: "The council's stage 2 reply at the latest, if counted from the agreed statement",
    start: Event::Stage2StatementAgreed,
    amount: 65,
    note: "The longest time the law allows, counted from the day your complaint statement was agreed, as many councils do. We ask you to act on the date counted from your request, which is earlier.",
    authority: OTHER_READING,
    ..STAGE2_RESPONSE
};

/// The "at the latest" rule as it applies once the council said it needs
/// more time: the usual deadline is replaced, so the title and note say so.
pub(super) fn with_more_time(longest: &LawRule) -> LawRule {
    let (title, note) = match longest.id {
        "stage1_response_extended" => (
            "The council's stage 1 reply, with the extra time",
            "The council said it needs more time, so the longer limit applies instead of the usual 10 working days: up to 20 working days, the longest the law allows at stage 1. If it passes without a reply, you can ask for stage 2 without waiting any longer.",
        ),
        "stage2_response_extended" => (
            "The council's stage 2 reply, with the extra time",
            "The council said it needs more time, so the longer limit applies instead of the usual 25 working days: up to 65 working days, the longest the law allows. It should have written to you explaining why and giving a new date: if that date is earlier, hold the council to it.",
        ),
        "stage2_response_extended_from_statement" => (
            "The council's stage 2 reply with the extra time, if counted from the agreed statement",
            "The council said it needs more time, so up to 65 working days apply instead of the usual 25. Counted from the day your complaint statement was agreed, as many councils do, this is the later date the council may give you; act on the date counted from your request.",
        ),
        _ => (longest.title, longest.note),
    };
    LawRule {
        title,
        note,
        ..*longest
    }
}

pub(super) const STAGE3_REQUEST: LawRule = LawRule {
    id: "stage3_request",
    title: "Asking for a review panel (stage 3)",
    owed_by: Party::You,
    start: Event::Stage2ResponseReceived,
    done_by: Some(Event::Stage3Requested),
    amount: 20,
    unit: TimeUnit::WorkingDays,
    citation: "SI 2006/1738 reg 18",
    url: "https://www.legislation.gov.uk/uksi/2006/1738/regulation/18",
    note: "",
    authority: SET_BY_LAW,
};

pub(super) const PANEL_MEETING: LawRule = LawRule {
    id: "panel_meeting",
    title: "The review panel meeting",
    owed_by: Party::Council,
    start: Event::Stage3Requested,
    done_by: Some(Event::PanelMet),
    amount: 30,
    unit: TimeUnit::WorkingDays,
    citation: "SI 2006/1738 reg 19(4)",
    url: "https://www.legislation.gov.uk/uksi/2006/1738/regulation/19",
    note: "The law gives the council 30 working days from getting your request to hold the panel meeting. We count from the day you asked, because we cannot know when your request arrived: that gives the same date or an earlier one.",
    authority: SET_BY_LAW,
};

pub(super) const PANEL_REPORT: LawRule = LawRule {
    id: "panel_report",
    title: "The review panel's report",
    owed_by: Party::Panel,
    start: Event::PanelMet,
    done_by: Some(Event::PanelReportReceived),
    amount: 5,
    unit: TimeUnit::WorkingDays,
    citation: "SI 2006/1738 reg 20",
    url: "https://www.legislation.gov.uk/uksi/2006/1738/regulation/20",
    note: "The law says 5 working days, or as soon as reasonably practicable.",
    authority: SET_BY_LAW,
};

pub(super) const FINAL_RESPONSE: LawRule = LawRule {
    id: "final_response",
    title: "The council's final response",
    owed_by: Party::Council,
    start: Event::PanelReportReceived,
    done_by: Some(Event::FinalResponseReceived),
    amount: 15,
    unit: TimeUnit::WorkingDays,
    citation: "SI 2006/1738 reg 20(3)",
    url: "https://www.legislation.gov.uk/uksi/2006/1738/regulation/20",
    note: "The law counts from the day the council receives the panel's report; we count from the date you entered for the report.",
    authority: SET_BY_LAW,
};

/// The Ombudsman's 12 months as our guide, counted from the end of the
/// council's procedure (the final response, or a refusal that stands):
/// `start` is set to that event, and the note is written for it by
/// `deadlines::ombudsman_guide`. The law (s26B(2)) counts from when the
/// person first had notice of the matter; the Ombudsman can accept later
/// complaints, usually accepting the time spent in the council's procedure.
/// When the family has said when they first knew, the law's date leads and
/// this one is second, called a guide.
pub(super) const OMBUDSMAN_TIME_LIMIT: LawRule = LawRule {
    id: "ombudsman_time_limit",
    title: "Going to the Ombudsman: our guide date",
    owed_by: Party::You,
    start: Event::FinalResponseReceived,
    // Going to the Ombudsman is not recorded in the case.
    done_by: None,
    amount: 12,
    unit: TimeUnit::Months,
    citation: "Our guide, based on the Local Government Act 1974 s26B and the Ombudsman's practice",
    url: "https://www.legislation.gov.uk/ukpga/1974/7/section/26B",
    note: "",
    authority: OUR_GUIDE,
};

/// The law's own count for the Ombudsman: 12 months beginning with the day
/// the family first knew about the problem (s26B(2)).
pub(super) const OMBUDSMAN_TIME_LIMIT_FROM_PROBLEM: LawRule = LawRule {
    id: "ombudsman_time_limit_from_problem",
    title: "Going to the Ombudsman: the law's time limit",
    start: Event::ProblemNoticed,
    citation: "Local Government Act 1974 s26B(2)",
    note: "This is the law's time limit: 12 months beginning with the day you first knew about the problem. The Ombudsman normally expects the council's procedure to be finished first. If this date has passed, the Ombudsman can still look at your complaint when there is a good reason, such as waiting for the council's procedure to finish: say so when you go. It decides each case itself, so go as soon as you can.",
    authority: SET_BY_LAW,
    ..OMBUDSMAN_TIME_LIMIT
};

pub(super) const CHILDREN_ACT_S26A: &str =
    "https://www.legislation.gov.uk/ukpga/1989/41/section/26A";
pub(super) const GUIDANCE: (&str, &str) = ("Getting the Best from Complaints (2006)", GUIDANCE_URL);
pub(super) const OMBUDSMAN_ACT: (&str, &str) = (
    "Local Government Act 1974 Part 3",
    "https://www.legislation.gov.uk/ukpga/1974/7/part/III",
);
