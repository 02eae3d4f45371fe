//! The time limits set by law (and the national guidance), one constant per
//! deadline, with their sources. See docs/rules.md, "Time limits" and
//! "Decisions".

use super::counting::DeadlineSpec;
use super::{Basis, DeadlineId, Party, Source, TimeUnit};
use crate::core::case::{Event, Events};
use crate::text::en::law::{
    self as words, NATIONAL_GUIDANCE, OTHER_READING, OUR_GUIDE, SET_BY_LAW,
};

/// One time limit from the law or the national guidance.
#[derive(Debug, Clone, Copy)]
pub(super) struct LawRule {
    pub id: DeadlineId,
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
    /// The title and note once the council said it needs more time (the
    /// usual deadline is then replaced); only for the longest times.
    pub with_more_time: Option<(&'static str, &'static str)>,
}

impl LawRule {
    pub fn spec(&self, events: &Events) -> DeadlineSpec {
        DeadlineSpec {
            id: self.id,
            title: self.title.to_string(),
            owed_by: self.owed_by,
            basis: Basis::Law,
            start: self.start,
            amount: self.amount,
            unit: self.unit,
            done_on: self.done_by.and_then(|event| event.date(events)),
            source: self.source(),
            note: (!self.note.is_empty()).then(|| self.note.to_string()),
            guidance: self.id == DeadlineId::OmbudsmanTimeLimit,
            basis_label: self.authority.to_string(),
            begins_with_start_day: self.begins_with_start_day(),
            other_reading: self.authority == OTHER_READING,
        }
    }

    /// The Ombudsman's 12 months "beginning with" the day of notice (s26B(2)),
    /// and our guide counted the same way from the end of the procedure.
    /// Every other period counts from its start day (see `DeadlineSpec`).
    fn begins_with_start_day(&self) -> bool {
        self.id.is_ombudsman_time_limit()
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
    id: DeadlineId::ComplaintTimeLimit,
    title: words::COMPLAINT_TIME_LIMIT_TITLE,
    owed_by: Party::You,
    // "Within one year of the grounds to make the representations arising":
    // from when it happened, not from when the family found out.
    start: Event::ProblemHappened,
    done_by: Some(Event::ComplaintReceived),
    amount: 1,
    unit: TimeUnit::Years,
    citation: "SI 2006/1738 reg 9",
    url: "https://www.legislation.gov.uk/uksi/2006/1738/regulation/9",
    note: words::COMPLAINT_TIME_LIMIT_NOTE,
    authority: SET_BY_LAW,
    with_more_time: None,
};

pub(super) const STAGE1_RESPONSE: LawRule = LawRule {
    id: DeadlineId::Stage1Response,
    title: words::STAGE1_RESPONSE_TITLE,
    owed_by: Party::Council,
    start: Event::ComplaintReceived,
    done_by: Some(Event::Stage1ResponseReceived),
    amount: 10,
    unit: TimeUnit::WorkingDays,
    citation: "SI 2006/1738 reg 14",
    url: "https://www.legislation.gov.uk/uksi/2006/1738/regulation/14",
    note: words::STAGE1_RESPONSE_NOTE,
    authority: SET_BY_LAW,
    with_more_time: None,
};

/// The 20 working days, shown once the usual time has passed without a
/// notice of more time: the law's longest limit, not a date the council set.
/// [`with_more_time`] words it for when the council said it needs more time.
pub(super) const STAGE1_RESPONSE_EXTENDED: LawRule = LawRule {
    id: DeadlineId::Stage1ResponseExtended,
    title: words::STAGE1_RESPONSE_EXTENDED_TITLE,
    amount: 20,
    note: words::STAGE1_RESPONSE_EXTENDED_NOTE,
    authority: SET_BY_LAW,
    with_more_time: Some((
        words::STAGE1_RESPONSE_WITH_MORE_TIME_TITLE,
        words::STAGE1_RESPONSE_WITH_MORE_TIME_NOTE,
    )),
    ..STAGE1_RESPONSE
};

pub(super) const STAGE2_REQUEST: LawRule = LawRule {
    id: DeadlineId::Stage2Request,
    title: words::STAGE2_REQUEST_TITLE,
    owed_by: Party::You,
    start: Event::Stage1ResponseReceived,
    done_by: Some(Event::Stage2Requested),
    amount: 20,
    unit: TimeUnit::WorkingDays,
    citation: "Getting the Best from Complaints (2006) and councils' procedures",
    url: GUIDANCE_URL,
    note: words::STAGE2_REQUEST_NOTE,
    authority: NATIONAL_GUIDANCE,
    with_more_time: None,
};

pub(super) const STAGE2_RESPONSE: LawRule = LawRule {
    id: DeadlineId::Stage2Response,
    title: words::STAGE2_RESPONSE_TITLE,
    owed_by: Party::Council,
    start: Event::Stage2Requested,
    done_by: Some(Event::Stage2ResponseReceived),
    amount: 25,
    unit: TimeUnit::WorkingDays,
    citation: "SI 2006/1738 reg 17",
    url: "https://www.legislation.gov.uk/uksi/2006/1738/regulation/17",
    note: words::STAGE2_RESPONSE_NOTE,
    authority: SET_BY_LAW,
    with_more_time: None,
};

/// The 65 working days, shown once the usual time has passed without a
/// notice of more time: the law's longest limit, not a date the council set.
pub(super) const STAGE2_RESPONSE_EXTENDED: LawRule = LawRule {
    id: DeadlineId::Stage2ResponseExtended,
    title: words::STAGE2_RESPONSE_EXTENDED_TITLE,
    amount: 65,
    note: words::STAGE2_RESPONSE_EXTENDED_NOTE,
    authority: SET_BY_LAW,
    with_more_time: Some((
        words::STAGE2_RESPONSE_WITH_MORE_TIME_TITLE,
        words::STAGE2_RESPONSE_WITH_MORE_TIME_NOTE,
    )),
    ..STAGE2_RESPONSE
};

/// The other reading of when the stage 2 clock starts. The date to act on
/// counts from the request (our decision: the law's wording runs from the
/// representations, and it gives the earlier date); this one is shown beside
/// it, labelled, never as a second date "set by law".
pub(super) const STAGE2_RESPONSE_FROM_STATEMENT: LawRule = LawRule {
    id: DeadlineId::Stage2ResponseFromStatement,
    title: words::STAGE2_RESPONSE_FROM_STATEMENT_TITLE,
    start: Event::Stage2StatementAgreed,
    note: words::STAGE2_RESPONSE_FROM_STATEMENT_NOTE,
    authority: OTHER_READING,
    with_more_time: None,
    ..STAGE2_RESPONSE
};

pub(super) const STAGE2_RESPONSE_EXTENDED_FROM_STATEMENT: LawRule = LawRule {
    id: DeadlineId::Stage2ResponseExtendedFromStatement,
    title: words::STAGE2_RESPONSE_EXTENDED_FROM_STATEMENT_TITLE,
    start: Event::Stage2StatementAgreed,
    amount: 65,
    note: words::STAGE2_RESPONSE_EXTENDED_FROM_STATEMENT_NOTE,
    authority: OTHER_READING,
    with_more_time: Some((
        words::STAGE2_RESPONSE_FROM_STATEMENT_WITH_MORE_TIME_TITLE,
        words::STAGE2_RESPONSE_FROM_STATEMENT_WITH_MORE_TIME_NOTE,
    )),
    ..STAGE2_RESPONSE
};

/// The law's (or national guidance's) rule for a deadline, if it has one.
/// Exhaustive, so a new deadline id is placed here or said not to be the law's.
pub(super) fn rule(id: DeadlineId) -> Option<LawRule> {
    use DeadlineId::*;
    Some(match id {
        ComplaintTimeLimit => COMPLAINT_TIME_LIMIT,
        Stage1Response => STAGE1_RESPONSE,
        Stage1ResponseExtended => STAGE1_RESPONSE_EXTENDED,
        Stage2Request => STAGE2_REQUEST,
        Stage2Response => STAGE2_RESPONSE,
        Stage2ResponseExtended => STAGE2_RESPONSE_EXTENDED,
        Stage2ResponseFromStatement => STAGE2_RESPONSE_FROM_STATEMENT,
        Stage2ResponseExtendedFromStatement => STAGE2_RESPONSE_EXTENDED_FROM_STATEMENT,
        Stage3Request => STAGE3_REQUEST,
        PanelMeeting => PANEL_MEETING,
        PanelReport => PANEL_REPORT,
        FinalResponse => FINAL_RESPONSE,
        OmbudsmanTimeLimit => OMBUDSMAN_TIME_LIMIT,
        OmbudsmanTimeLimitFromProblem => OMBUDSMAN_TIME_LIMIT_FROM_PROBLEM,
        // A council's promise, or the corporate procedure's (the Code's).
        ComplaintTimeLimitCouncil
        | Acknowledgement
        | Stage1ResponseCouncil
        | Stage1ResponseExtendedCouncil
        | Stage2RequestCouncil
        | Stage2Acknowledgement
        | Stage2ResponseCouncil
        | Stage2ResponseExtendedCouncil
        | Stage2ResponseFromStatementCouncil
        | Stage2ResponseExtendedFromStatementCouncil
        | Stage3RequestCouncil
        | PanelAppointed
        | PanelMeetingCouncil
        | PanelReportCouncil
        | FinalResponseCouncil => return None,
    })
}

/// The "at the latest" rule as it applies once the council said it needs
/// more time: the usual deadline is replaced, so the title and note say so.
pub(super) fn with_more_time(longest: &LawRule) -> LawRule {
    let (title, note) = longest
        .with_more_time
        .unwrap_or((longest.title, longest.note));
    LawRule {
        title,
        note,
        ..*longest
    }
}

pub(super) const STAGE3_REQUEST: LawRule = LawRule {
    id: DeadlineId::Stage3Request,
    title: words::STAGE3_REQUEST_TITLE,
    owed_by: Party::You,
    start: Event::Stage2ResponseReceived,
    done_by: Some(Event::Stage3Requested),
    amount: 20,
    unit: TimeUnit::WorkingDays,
    citation: "SI 2006/1738 reg 18",
    url: "https://www.legislation.gov.uk/uksi/2006/1738/regulation/18",
    note: "",
    authority: SET_BY_LAW,
    with_more_time: None,
};

pub(super) const PANEL_MEETING: LawRule = LawRule {
    id: DeadlineId::PanelMeeting,
    title: words::PANEL_MEETING_TITLE,
    owed_by: Party::Council,
    start: Event::Stage3Requested,
    done_by: Some(Event::PanelMet),
    amount: 30,
    unit: TimeUnit::WorkingDays,
    citation: "SI 2006/1738 reg 19(4)",
    url: "https://www.legislation.gov.uk/uksi/2006/1738/regulation/19",
    note: words::PANEL_MEETING_NOTE,
    authority: SET_BY_LAW,
    with_more_time: None,
};

pub(super) const PANEL_REPORT: LawRule = LawRule {
    id: DeadlineId::PanelReport,
    title: words::PANEL_REPORT_TITLE,
    owed_by: Party::Panel,
    start: Event::PanelMet,
    done_by: Some(Event::PanelReportReceived),
    amount: 5,
    unit: TimeUnit::WorkingDays,
    citation: "SI 2006/1738 reg 20",
    url: "https://www.legislation.gov.uk/uksi/2006/1738/regulation/20",
    note: words::PANEL_REPORT_NOTE,
    authority: SET_BY_LAW,
    with_more_time: None,
};

pub(super) const FINAL_RESPONSE: LawRule = LawRule {
    id: DeadlineId::FinalResponse,
    title: words::FINAL_RESPONSE_TITLE,
    owed_by: Party::Council,
    start: Event::PanelReportReceived,
    done_by: Some(Event::FinalResponseReceived),
    amount: 15,
    unit: TimeUnit::WorkingDays,
    citation: "SI 2006/1738 reg 20(3)",
    url: "https://www.legislation.gov.uk/uksi/2006/1738/regulation/20",
    note: words::FINAL_RESPONSE_NOTE,
    authority: SET_BY_LAW,
    with_more_time: None,
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
    id: DeadlineId::OmbudsmanTimeLimit,
    title: words::OMBUDSMAN_TIME_LIMIT_TITLE,
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
    with_more_time: None,
};

/// The law's own count for the Ombudsman: 12 months beginning with the day
/// the family first knew about the problem (s26B(2)).
pub(super) const OMBUDSMAN_TIME_LIMIT_FROM_PROBLEM: LawRule = LawRule {
    id: DeadlineId::OmbudsmanTimeLimitFromProblem,
    title: words::OMBUDSMAN_TIME_LIMIT_FROM_PROBLEM_TITLE,
    start: Event::ProblemNoticed,
    citation: "Local Government Act 1974 s26B(2)",
    note: words::OMBUDSMAN_TIME_LIMIT_FROM_PROBLEM_NOTE,
    authority: SET_BY_LAW,
    with_more_time: None,
    ..OMBUDSMAN_TIME_LIMIT
};

/// The law's count when the family has not said when they first knew: they
/// knew by the day the council received the complaint, so the 12 months
/// end on this day at the latest (found in a walkthrough: our guide alone,
/// counted from the end of the procedure, could be months after it).
pub(super) const OMBUDSMAN_TIME_LIMIT_AT_THE_LATEST: LawRule = LawRule {
    start: Event::ComplaintReceived,
    title: words::OMBUDSMAN_TIME_LIMIT_AT_THE_LATEST_TITLE,
    note: words::OMBUDSMAN_TIME_LIMIT_AT_THE_LATEST_NOTE,
    ..OMBUDSMAN_TIME_LIMIT_FROM_PROBLEM
};

pub(super) const CHILDREN_ACT_S26A: &str =
    "https://www.legislation.gov.uk/ukpga/1989/41/section/26A";
pub(super) const GUIDANCE: (&str, &str) = ("Getting the Best from Complaints (2006)", GUIDANCE_URL);
pub(super) const OMBUDSMAN_ACT: (&str, &str) = (
    "Local Government Act 1974 Part 3",
    "https://www.legislation.gov.uk/ukpga/1974/7/part/III",
);
