//! The assessment engine: from a case and today's date to the stage, every
//! deadline (with how it was counted and its source), rights, next steps,
//! the Ombudsman position and warnings. Pure: no clock, no browser.
//!
//! The UI and the `navigator` CLI render this structure; neither decides a
//! date or a stage itself.

mod corporate;
mod council;
mod counting;
mod deadline_id;
mod deadlines;
mod facts;
mod headline;
mod law;
mod left_behind;
mod next_steps;
mod ombudsman;
mod procedure;
mod promises;
mod rights;
mod route_view;
mod statutory;
mod timeline;
mod warnings;

use chrono::NaiveDate;
use serde::Serialize;

use crate::core::case::{Case, CaseError};
use crate::core::councils;
use crate::core::route::Route;
pub use deadline_id::{DeadlineId, Reply};
pub use procedure::DeclaredStep;
use procedure::Procedure;

/// For a corporate complaint received before councils say the Ombudsman
/// began applying its Complaint Handling Code, the day it began.
pub(crate) use corporate::before_code as corporate_code_not_yet_applied;

/// The Ombudsman's phone number, for the sentences that give it.
pub(crate) use ombudsman::PHONE as OMBUDSMAN_PHONE;

/// Where the complaint stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    NotStarted,
    Stage1,
    Stage2,
    Stage3,
    Finished,
}

/// Who owes a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Council,
    Panel,
    You,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineStatus {
    Upcoming,
    DueToday,
    Overdue,
    Met,
    Late,
    /// Never done, and no longer awaited: the reply came without it (an
    /// acknowledgement), or the family moved on to the next stage after
    /// every date for it had passed (see `Deadline::left_behind`).
    NotDone,
}

impl DeadlineStatus {
    /// Still to happen (or overdue): not yet met, on time or late, nor left
    /// behind when the family moved on.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            DeadlineStatus::Upcoming | DeadlineStatus::DueToday | DeadlineStatus::Overdue
        )
    }
}

/// Whether a deadline is the law's or a promise from the council's own page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    Law,
    CouncilPromise,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    WorkingDays,
    CalendarDays,
    Months,
    Years,
}

/// Where a rule comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Short citation, e.g. "SI 2006/1738 reg 14" or "Thurrock Council's complaints page".
    pub citation: String,
    /// A link to the source where we have one.
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedHoliday {
    pub date: NaiveDate,
    pub name: String,
}

/// How a due date was counted: enough to redo the sum by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Counting {
    /// Machine name of the start event, e.g. "complaint_received".
    pub start_event: String,
    /// Plain-English name of the start event, e.g. "the council received your complaint".
    pub start_label: String,
    pub start_date: NaiveDate,
    pub amount: u32,
    pub unit: TimeUnit,
    /// Bank holidays between the start and the due date that were not counted.
    pub holidays_skipped: Vec<SkippedHoliday>,
    /// One sentence on the counting convention, shown under "How we worked this out".
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// Which deadline; written "stage1_response", "acknowledgement", ... in JSON.
    pub id: DeadlineId,
    /// Plain-English title, e.g. "The council's reply to your complaint".
    pub title: String,
    pub owed_by: Party,
    pub basis: Basis,
    pub due: NaiveDate,
    pub status: DeadlineStatus,
    /// Working days from today to the due date (upcoming, due today: 0), for
    /// deadlines counted in working days. `None` for deadlines counted in
    /// calendar days, months or years: see `calendar_days_remaining`.
    pub working_days_remaining: Option<i32>,
    /// Working days the event is or was late (overdue, late).
    pub working_days_late: Option<i32>,
    /// The date the awaited event happened, if recorded.
    pub done_on: Option<NaiveDate>,
    pub counting: Counting,
    pub source: Source,
    /// True when the counting crosses a year whose bank holidays are predicted.
    pub relies_on_predicted_holidays: bool,
    /// Extra context, e.g. the difference between the council's promise and the law.
    pub note: Option<String>,
    /// True when the date is our guide rather than a limit the law or the
    /// council fixes (the Ombudsman's 12 months counted from the end of the
    /// council's procedure). Show it as guidance, not "set by law", even
    /// though `basis` is [`Basis::Law`] (the rule it comes from).
    pub guidance: bool,
    /// How binding the date is, in words for its label: "Set by law",
    /// "Your council's own promise", "The usual limit in national guidance,
    /// not fixed by law" or "Our guide, not a fixed legal date".
    pub basis_label: String,
    /// The other reading of a disputed start (the stage 2 reply counted from
    /// the agreed statement): shown beside the date to act on, labelled, and
    /// left out of the calendar file so there is one date to act on.
    pub other_reading: bool,
    /// Calendar days from today to the due date (upcoming, due today: 0), for
    /// deadlines counted in calendar days, months or years: their time left
    /// is never given in working days.
    pub calendar_days_remaining: Option<i64>,
    /// With [`DeadlineStatus::NotDone`]: what happened instead, and when.
    /// `working_days_late` is then the lateness on that day, which stops
    /// growing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub left_behind: Option<LeftBehind>,
}

/// What left a deadline behind, never done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LeftBehind {
    pub by: LeftBehindBy,
    pub on: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LeftBehindBy {
    /// The reply came with no acknowledgement before it.
    ReplyCame,
    /// Stage 2 began after the last stage 1 reply date, with no reply.
    Stage2Began,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Right {
    pub id: String,
    pub title: String,
    pub explanation: String,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextStep {
    pub id: String,
    /// One plain-English sentence with dates written out.
    pub text: String,
    /// The date this step is about, if any.
    pub by: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OmbudsmanPosition {
    /// Not yet: the council's procedure should normally be finished first.
    NotYet,
    /// The Ombudsman may look early (serious delay, refusal to escalate).
    CanGoEarly,
    /// The procedure is finished: the family can go now.
    CanGoNow,
}

/// The Ombudsman's date to act on among `deadlines`, once the procedure has
/// ended: the law's (from the day the family first knew, or at the latest
/// from the complaint's receipt), else our guide.
pub fn ombudsman_date_to_act_on(deadlines: &[Deadline]) -> Option<&Deadline> {
    let find = |id| deadlines.iter().find(|d| d.id == id);
    find(DeadlineId::OmbudsmanTimeLimitFromProblem).or_else(|| find(DeadlineId::OmbudsmanTimeLimit))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ombudsman {
    pub position: OmbudsmanPosition,
    pub explanation: String,
    /// The date to act on for going to the Ombudsman once the council's
    /// procedure has ended: the law's (12 months beginning with the day the
    /// family first knew) when known, else our guide (12 months from the end
    /// of the procedure; not a date fixed by law). The reasoning is in
    /// `explanation`.
    pub time_limit: Option<NaiveDate>,
    pub phone: String,
    pub website: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepState {
    Completed,
    InProgress,
    Overdue,
    NotStarted,
    /// Open to the family now (the Ombudsman), though they have not gone yet.
    Open,
}

/// One row of the timeline: the three stages and the Ombudsman.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineStep {
    /// "stage1", "stage2", "stage3", "ombudsman".
    pub id: String,
    pub title: String,
    pub state: StepState,
    /// A short line, e.g. "Reply due by Wednesday 7 January 2026".
    pub detail: String,
}

/// What the app shows about the council and its procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CouncilView {
    /// None when the user does not know their council (statutory procedure).
    pub id: Option<String>,
    pub name: String,
    /// True when no published procedure is held for this council.
    pub statutory_only: bool,
    /// Plain-English sentences about the procedure used (statutory, published page, trust).
    pub notes: Vec<String>,
    pub page_url: Option<String>,
    pub page_checked: Option<NaiveDate>,
    pub contacts: Vec<ContactLine>,
    /// Each difference between the council's page and the law, explained.
    pub differences: Vec<Difference>,
}

/// One way to reach the council, as its page published it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactLine {
    pub kind: ContactKind,
    /// What it is, e.g. "Children's complaints team (phone)".
    pub label: String,
    /// As published, e.g. "0113 222 4405".
    pub value: String,
    /// Where a tap goes: `tel:`, `mailto:` or the page; none for addresses.
    pub href: Option<String>,
    /// The page the value was read from.
    pub source: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Phone,
    Email,
    OnlineForm,
    Website,
    Address,
    Hours,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Difference {
    pub id: String,
    pub council_says: String,
    pub law_says: String,
    pub explanation: String,
    /// Which one the family can hold the council to.
    pub hold_them_to: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub today: NaiveDate,
    /// Which complaints procedure the dates follow, and why.
    pub route: RouteView,
    pub stage: Stage,
    /// One sentence at the top of the result, e.g.
    /// "Stage 1: the council should reply by Wednesday 7 January 2026, in 2 working days."
    pub headline: String,
    pub council: CouncilView,
    pub timeline: Vec<TimelineStep>,
    pub deadlines: Vec<Deadline>,
    pub rights: Vec<Right>,
    pub next_steps: Vec<NextStep>,
    pub ombudsman: Ombudsman,
    pub warnings: Vec<Warning>,
}

/// Which complaints procedure applies, in words, with what to ask the council.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RouteView {
    pub route: Route,
    pub title: String,
    pub explanation: String,
    /// Questions to put to the council in writing (empty when not needed).
    pub ask_the_council: Vec<String>,
    pub source: Source,
}

/// Assesses a case as of `today`: validates it first, then works out every
/// deadline, the stage, and what to do next. Never panics; dates the
/// calendar cannot count (before 2006 or past 2100) give a [`CaseError`].
pub fn assess(case: &Case, today: NaiveDate) -> Result<Assessment, CaseError> {
    case.validate(today)?;
    // Never the law's dates alone for a council whose own promises have not
    // been fetched yet (the split web build): that would look complete.
    if let Some(council) = case.council.as_deref().and_then(councils::find) {
        if councils::waiting_for(&council.id) {
            return Err(CaseError::new(
                "council",
                crate::text::en::case_checks::council_file_not_held(&council.name),
            ));
        }
    }
    // The procedure seam: the route decides whose rules the dates follow.
    let route = case.route.unwrap_or(Route::Statutory);
    match route {
        Route::Corporate => procedure::run(&corporate::Corporate, route, case, today),
        Route::Statutory | Route::NotSure => {
            procedure::run(&statutory::Statutory { route }, route, case, today)
        }
        Route::Conference | Route::Court | Route::OtherBody => Ok(elsewhere(case, today, route)),
    }
}

/// The steps the route's procedure times (none for a route that is not a
/// dated council procedure): what the engine counts, declared in one place.
pub fn declared_steps(route: Route) -> Vec<DeclaredStep> {
    match route {
        Route::Corporate => corporate::Corporate.steps(),
        Route::Statutory | Route::NotSure => statutory::Statutory { route }.steps(),
        Route::Conference | Route::Court | Route::OtherBody => Vec::new(),
    }
}

/// A route that is not a council complaint: what to do, and no dates the
/// council would owe under a procedure that does not apply.
fn elsewhere(case: &Case, today: NaiveDate, route: Route) -> Assessment {
    let council = case.council.as_deref().and_then(councils::find);
    let view = route_view::route_view(route);
    Assessment {
        today,
        headline: crate::text::en::route::elsewhere_headline(route),
        route: view,
        stage: Stage::NotStarted,
        council: council::council_view(council, None, false),
        timeline: Vec::new(),
        deadlines: Vec::new(),
        rights: Vec::new(),
        next_steps: route_view::elsewhere_steps(route),
        ombudsman: Ombudsman {
            position: OmbudsmanPosition::NotYet,
            explanation: crate::text::en::ombudsman::elsewhere(),
            time_limit: None,
            phone: ombudsman::PHONE.to_string(),
            website: ombudsman::WEBSITE.to_string(),
        },
        warnings: Vec::new(),
    }
}
