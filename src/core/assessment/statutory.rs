//! The statutory children's procedure (Children Act 1989 s26, SI 2006/1738),
//! with the council's own published promises beside the law's dates.

use chrono::NaiveDate;

use super::facts::{self, Facts};
use super::law;
use super::procedure::{DeclaredStep, Procedure, Reading};
use super::{
    council, deadlines, headline, next_steps, ombudsman, promises, rights, timeline, warnings,
    Deadline, DeadlineId, Stage, Warning,
};
use crate::core::case::{Case, CaseError};
use crate::core::councils;
use crate::core::route::Route;

/// The statutory procedure, for a family who chose it or is not sure.
pub(super) struct Statutory {
    pub route: Route,
}

impl Procedure for Statutory {
    fn steps(&self) -> Vec<DeclaredStep> {
        DeadlineId::ALL
            .into_iter()
            .filter_map(law::rule)
            .map(|rule| DeclaredStep {
                id: rule.id,
                owed_by: rule.owed_by,
                start: rule.start,
                amount: rule.amount,
                unit: rule.unit,
                longest: rule.id.extended(),
                citation: rule.citation,
            })
            .collect()
    }

    fn deadlines(&self, case: &Case, today: NaiveDate) -> Result<Vec<Deadline>, CaseError> {
        let events = &case.events;
        let mut deadlines = deadlines::law_deadlines(events, today)?;
        let council = case.council.as_deref().and_then(councils::find);
        // The version of the council's page in force when the complaint was made.
        let procedure =
            council.and_then(|c| councils::procedure_for(&c.id, events.complaint_received));
        if let (Some(council), Some(procedure)) = (council, procedure) {
            promises::add_council_promises(&mut deadlines, council, procedure, events, today)?;
        }
        Ok(deadlines)
    }

    fn stage(&self, case: &Case) -> Stage {
        facts::stage_of(&case.events)
    }

    fn read(&self, case: &Case, today: NaiveDate, stage: Stage, deadlines: &[Deadline]) -> Reading {
        let events = &case.events;
        let council = case.council.as_deref().and_then(councils::find);
        let procedure =
            council.and_then(|c| councils::procedure_for(&c.id, events.complaint_received));
        let facts = Facts {
            today,
            events,
            stage,
            deadlines,
            council,
            procedure,
        };
        let ombudsman = ombudsman::ombudsman(&facts);
        let mut warnings = warnings::warnings(&facts);
        if self.route == Route::NotSure {
            warnings.insert(
                0,
                Warning {
                    id: "route_not_sure".to_string(),
                    text: crate::text::en::warnings::route_not_sure(),
                },
            );
        }
        Reading {
            headline: headline::headline(&facts),
            council: council::council_view(council, procedure, true),
            timeline: timeline::timeline(&facts, ombudsman.position),
            rights: rights::rights(stage),
            next_steps: next_steps::next_steps(&facts, &ombudsman),
            warnings,
            ombudsman,
        }
    }
}
