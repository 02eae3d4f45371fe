//! The caseload: every saved case, most urgent first.

use super::*;

/// An open deadline as the caseload shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpenDeadline {
    pub id: crate::core::assessment::DeadlineId,
    pub title: String,
    pub due: NaiveDate,
    /// Upcoming, due today or overdue.
    pub status: DeadlineStatus,
    pub working_days_remaining: Option<i32>,
    pub working_days_late: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseloadRow {
    pub id: String,
    pub label: String,
    pub council: String,
    /// `None` when the case could not be assessed (see `problem`).
    pub stage: Option<Stage>,
    /// The most urgent open deadline: the first of `open`.
    pub next: Option<OpenDeadline>,
    /// Every open deadline (upcoming, due today, overdue), earliest first.
    pub open: Vec<OpenDeadline>,
    pub overdue: usize,
    /// Open deadlines due from today to 6 days after it (7 calendar days).
    pub due_this_week: usize,
    /// Why the case could not be assessed, in plain English.
    pub problem: Option<String>,
    /// The case is fine, but its council's published procedure is still on
    /// its way (the split web build): not a problem to check, and no dates yet.
    pub waiting: bool,
}

/// The last day of "this week": 6 days after today (7 calendar days including today).
pub fn end_of_week(today: NaiveDate) -> NaiveDate {
    today.checked_add_days(Days::new(6)).unwrap_or(today)
}

fn in_week(deadline: &OpenDeadline, today: NaiveDate) -> bool {
    deadline.status != DeadlineStatus::Overdue
        && deadline.due >= today
        && deadline.due <= end_of_week(today)
}

/// One row per saved case, sorted: cases with an overdue deadline first
/// (longest overdue first), then by the date of their next deadline, then
/// cases with no open deadline, then cases that could not be assessed; ties
/// by label, ignoring the case of ASCII letters (Unicode's case tables would
/// add 10 KB to the download for names' accented capitals).
pub fn caseload(store: &Store, today: NaiveDate) -> Vec<CaseloadRow> {
    let mut rows: Vec<CaseloadRow> = store.cases.iter().map(|saved| row(saved, today)).collect();
    crate::core::order::sort_by_key(&mut rows, |row| {
        (rank(row), row.label.to_ascii_lowercase(), row.id.clone())
    });
    rows
}

fn rank(row: &CaseloadRow) -> (u8, NaiveDate) {
    match (&row.next, &row.problem) {
        (_, Some(_)) => (3, NaiveDate::MAX),
        (Some(next), None) if next.status == DeadlineStatus::Overdue => (0, next.due),
        (Some(next), None) => (1, next.due),
        (None, None) => (2, NaiveDate::MAX),
    }
}

fn row(saved: &SavedCase, today: NaiveDate) -> CaseloadRow {
    let mut row = CaseloadRow {
        id: saved.id.clone(),
        label: saved.label.clone(),
        council: council_name(&saved.case),
        stage: None,
        next: None,
        open: Vec::new(),
        overdue: 0,
        due_this_week: 0,
        problem: None,
        waiting: false,
    };
    row.waiting = saved
        .case
        .council
        .as_deref()
        .and_then(councils::find)
        .is_some_and(|council| councils::waiting_for(&council.id));
    let assessment = match assess(&saved.case, today) {
        Ok(assessment) => assessment,
        Err(error) => {
            row.problem = Some(error.message);
            return row;
        }
    };
    row.council = assessment.council.name.clone();
    row.stage = Some(assessment.stage);
    row.open = assessment
        .deadlines
        .iter()
        .filter(|d| d.status.is_open())
        .map(|d| OpenDeadline {
            id: d.id,
            title: d.title.clone(),
            due: d.due,
            status: d.status,
            working_days_remaining: d.working_days_remaining,
            working_days_late: d.working_days_late,
        })
        .collect();
    // Stable: deadlines due the same day keep the assessment's order.
    crate::core::order::sort_by_key(&mut row.open, |d| d.due);
    row.next = row.open.first().cloned();
    row.overdue = row
        .open
        .iter()
        .filter(|d| d.status == DeadlineStatus::Overdue)
        .count();
    row.due_this_week = row.open.iter().filter(|d| in_week(d, today)).count();
    row
}

fn council_name(case: &Case) -> String {
    match case.council.as_deref() {
        None => crate::text::en::saved_cases::NO_COUNCIL.to_string(),
        Some(id) => councils::find(id).map_or_else(|| id.to_string(), |c| c.name.clone()),
    }
}

/// What the caseload summary counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CaseloadCounts {
    pub cases: usize,
    /// Open deadlines due from today to 6 days after it (not overdue ones).
    pub this_week: usize,
    pub overdue: usize,
    /// Cases that could not be assessed.
    pub problems: usize,
    /// Cases whose council's published procedure is still on its way.
    pub waiting: usize,
}

pub fn caseload_counts(rows: &[CaseloadRow], today: NaiveDate) -> CaseloadCounts {
    let open = rows.iter().flat_map(|row| row.open.iter());
    CaseloadCounts {
        cases: rows.len(),
        this_week: open.clone().filter(|d| in_week(d, today)).count(),
        overdue: open.filter(|d| d.status == DeadlineStatus::Overdue).count(),
        problems: rows
            .iter()
            .filter(|row| row.problem.is_some() && !row.waiting)
            .count(),
        waiting: rows.iter().filter(|row| row.waiting).count(),
    }
}

/// One line over the caseload, e.g. "3 deadlines this week, 1 overdue", in
/// English (the text layer words the counts).
pub fn caseload_summary(rows: &[CaseloadRow], today: NaiveDate) -> String {
    (crate::text::words(crate::text::Lang::English).caseload_summary)(&caseload_counts(rows, today))
}
