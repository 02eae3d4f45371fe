//! The procedure seam: a dated complaints procedure as the engine sees it.
//!
//! A procedure declares the steps it times (who owes each, what starts the
//! clock, for how long, and the longest time when more is taken), dates
//! them for a case, says which stage the case is at, and reads the result
//! for the family (headline, timeline, rights, next steps, the Ombudsman,
//! warnings). [`run`] turns any procedure into an [`Assessment`], so the
//! statutory children's procedure and the corporate procedure go through
//! the same path, and the next one (adult social care, Wales) is one more
//! implementation in its own module, with its data and its wording.

use chrono::NaiveDate;

use super::{
    Assessment, CouncilView, Deadline, DeadlineId, NextStep, Ombudsman, Party, Right, Stage,
    TimeUnit, TimelineStep, Warning,
};
use crate::core::case::{Case, CaseError, Event};
use crate::core::route::Route;

/// One step a procedure times, as it declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeclaredStep {
    pub id: DeadlineId,
    pub owed_by: Party,
    /// The event that starts the clock (day 0) in the usual case.
    pub start: Event,
    pub amount: u32,
    pub unit: TimeUnit,
    /// The step that replaces this one when the council takes more time.
    pub longest: Option<DeadlineId>,
    /// Where the rule comes from, e.g. "SI 2006/1738 reg 14".
    pub citation: &'static str,
}

/// What a procedure says about a dated case, for the family.
pub(super) struct Reading {
    pub headline: String,
    pub council: CouncilView,
    pub timeline: Vec<TimelineStep>,
    pub rights: Vec<Right>,
    pub next_steps: Vec<NextStep>,
    pub ombudsman: Ombudsman,
    pub warnings: Vec<Warning>,
}

/// A complaints procedure with dated steps.
pub(super) trait Procedure {
    /// The steps this procedure times, in the order a complaint meets them.
    fn steps(&self) -> Vec<DeclaredStep>;
    /// Every step whose clock has started, dated as of `today`.
    fn deadlines(&self, case: &Case, today: NaiveDate) -> Result<Vec<Deadline>, CaseError>;
    /// Where the case stands.
    fn stage(&self, case: &Case) -> Stage;
    /// The case read for the family, from its stage and dated steps.
    fn read(&self, case: &Case, today: NaiveDate, stage: Stage, deadlines: &[Deadline]) -> Reading;
}

/// Assesses a (validated) case under `procedure`, for the route the family chose.
pub(super) fn run(
    procedure: &dyn Procedure,
    route: Route,
    case: &Case,
    today: NaiveDate,
) -> Result<Assessment, CaseError> {
    let mut deadlines = procedure.deadlines(case, today)?;
    super::left_behind::leave_behind(&mut deadlines, &case.events);
    let stage = procedure.stage(case);
    let reading = procedure.read(case, today, stage, &deadlines);
    Ok(Assessment {
        today,
        route: super::route_view::route_view(route),
        stage,
        headline: reading.headline,
        council: reading.council,
        timeline: reading.timeline,
        deadlines,
        rights: reading.rights,
        next_steps: reading.next_steps,
        ombudsman: reading.ombudsman,
        warnings: reading.warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::super::corporate::Corporate;
    use super::super::statutory::Statutory;
    use super::*;
    use crate::core::assessment::Basis;
    use crate::core::case::Events;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn case(council: &str, events: Events) -> Case {
        Case::new(Some(council.to_string()), events)
    }

    /// Every step is declared once, its longest time is declared too, and
    /// every date the procedure gives (its own, not a council's promise)
    /// comes from a declared step.
    fn declares_what_it_dates(procedure: &dyn Procedure, cases: &[Case], today: NaiveDate) {
        let steps = procedure.steps();
        for (i, step) in steps.iter().enumerate() {
            assert!(
                !steps[..i].iter().any(|s| s.id == step.id),
                "{} twice",
                step.id
            );
            if let Some(longest) = step.longest {
                assert!(
                    steps.iter().any(|s| s.id == longest),
                    "{longest} not declared"
                );
            }
        }
        for case in cases {
            for deadline in procedure.deadlines(case, today).unwrap() {
                if deadline.basis == Basis::Law {
                    assert!(
                        steps.iter().any(|s| s.id == deadline.id),
                        "{} is dated but not declared",
                        deadline.id
                    );
                }
            }
        }
    }

    #[test]
    fn both_procedures_declare_every_step_they_date() {
        let all_stages = Events {
            problem_happened: Some(date(2025, 10, 1)),
            complaint_received: Some(date(2025, 11, 3)),
            acknowledgement_received: Some(date(2025, 11, 5)),
            stage1_response_received: Some(date(2025, 11, 28)),
            stage2_requested: Some(date(2025, 12, 3)),
            stage2_acknowledgement_received: Some(date(2025, 12, 8)),
            ..Events::default()
        };
        let waiting = Events {
            complaint_received: Some(date(2026, 3, 2)),
            stage1_extended: true,
            ..Events::default()
        };
        let cases = [
            case("essex", all_stages.clone()),
            case("thurrock", waiting.clone()),
            case("leeds", all_stages),
            case("leeds", waiting),
        ];
        let today = date(2026, 11, 29);
        declares_what_it_dates(
            &Statutory {
                route: Route::Statutory,
            },
            &cases,
            today,
        );
        declares_what_it_dates(&Corporate, &cases, today);
    }

    #[test]
    fn the_corporate_steps_are_the_codes_times() {
        let steps = Corporate.steps();
        let amounts: Vec<(&str, Event, u32)> = steps
            .iter()
            .map(|s| (s.id.as_str(), s.start, s.amount))
            .collect();
        assert_eq!(
            amounts,
            [
                ("acknowledgement", Event::ComplaintReceived, 5),
                ("stage1_response", Event::AcknowledgementReceived, 10),
                (
                    "stage1_response_extended",
                    Event::AcknowledgementReceived,
                    20
                ),
                ("stage2_acknowledgement", Event::Stage2Requested, 5),
                ("stage2_response", Event::Stage2AcknowledgementReceived, 20),
            ]
        );
        let statutory = Statutory {
            route: Route::Statutory,
        }
        .steps();
        let stage1 = statutory
            .iter()
            .find(|s| s.id == DeadlineId::Stage1Response)
            .unwrap();
        assert_eq!(
            (stage1.amount, stage1.longest),
            (10, Some(DeadlineId::Stage1ResponseExtended))
        );
        assert_eq!(stage1.citation, "SI 2006/1738 reg 14");
    }
}
