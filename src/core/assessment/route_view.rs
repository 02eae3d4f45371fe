//! What the app says about the route: which procedure applies, why, and
//! what to ask the council (docs/routes.md).

use super::{NextStep, RouteView, Source};
use crate::core::route::{Route, ASK_THE_COUNCIL};
use crate::text::en::route as words;

const ROUTES_FACT_SHEET: &str =
    "https://www.lgo.org.uk/make-a-complaint/fact-sheets/social-care-for-children";

pub(super) fn route_view(route: Route) -> RouteView {
    let (ask, citation) = match route {
        Route::Statutory => (false, "Children Act 1989 s26; SI 2006/1738 reg 3"),
        Route::NotSure => (true, "Children Act 1989 s26; SI 2006/1738 reg 3"),
        Route::Corporate => (
            true,
            "Local Government and Social Care Ombudsman, Complaint Handling Code",
        ),
        Route::Conference => (
            false,
            "Local Government and Social Care Ombudsman, fact sheet on children's social care",
        ),
        Route::Court => (
            true,
            "Local Government and Social Care Ombudsman, fact sheet on children's social care",
        ),
        Route::OtherBody => (
            false,
            "Local Government and Social Care Ombudsman, fact sheet on children's social care",
        ),
    };
    RouteView {
        route,
        title: words::title(route).to_string(),
        explanation: words::explanation(route).to_string(),
        ask_the_council: if ask {
            ASK_THE_COUNCIL.iter().map(|q| q.to_string()).collect()
        } else {
            Vec::new()
        },
        source: Source {
            citation: citation.to_string(),
            url: Some(if route.counts_statutory_dates() {
                "https://www.legislation.gov.uk/uksi/2006/1738/regulation/3".to_string()
            } else if route == Route::Corporate {
                super::corporate::CODE_URL.to_string()
            } else {
                ROUTES_FACT_SHEET.to_string()
            }),
        },
    }
}

/// The routes that are not a council complaint: what to do, no dates.
pub(super) fn elsewhere_steps(route: Route) -> Vec<NextStep> {
    vec![super::next_steps::step(
        "other_route",
        words::elsewhere_step(route),
        None,
    )]
}
