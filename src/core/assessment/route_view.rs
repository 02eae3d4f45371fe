//! What the app says about the route: which procedure applies, why, and
//! what to ask the council (docs/routes.md).

use super::{NextStep, RouteView, Source};
use crate::core::route::{Route, ASK_THE_COUNCIL};

const ROUTES_FACT_SHEET: &str =
    "https://www.lgo.org.uk/make-a-complaint/fact-sheets/social-care-for-children";

pub(super) fn route_view(route: Route) -> RouteView {
    let (title, explanation, ask, citation) = match route {
        Route::Statutory => (
            "The statutory children's complaints procedure",
            "Complaints about help or services for a child (a child in need, a child in care, a care leaver, fostering, adoption or special guardianship support, or how the council applied for a care order) go through this procedure: three stages, with time limits set by law. Ask the council to confirm in writing that it is using it.",
            false,
            "Children Act 1989 s26; SI 2006/1738 reg 3",
        ),
        Route::NotSure => (
            "Not sure yet: we show the statutory procedure's dates for now",
            "Until the council tells you which procedure it is using, we show the statutory children's procedure's dates, which are the strictest. Ask the council in writing which procedure it is using and why.",
            true,
            "Children Act 1989 s26; SI 2006/1738 reg 3",
        ),
        Route::Corporate => (
            "The council's corporate complaints procedure",
            "Complaints the children's procedure does not cover, such as how the council treated you as an adult, go through the council's corporate procedure. Its times are not set by law: the Ombudsman's Complaint Handling Code says what it expects. If your complaint is really about services for a child, the statutory procedure may apply instead: ask the council which it is using and why.",
            true,
            "Local Government and Social Care Ombudsman, Complaint Handling Code",
        ),
        Route::Conference => (
            "A child protection conference: the conference chair",
            "A complaint about a child protection conference's decision (a plan, or the category of harm) or how it was run usually goes to the conference chair, under your area's safeguarding procedure, often within a short local limit (28 days in several areas). Ask the chair or the council for that procedure now. How social workers behaved can still be a complaint to the council.",
            false,
            "Local Government and Social Care Ombudsman, fact sheet on children's social care",
        ),
        Route::Court => (
            "A family court report, or a matter for the court",
            "A complaint about a report the council wrote for the family court (section 7 or section 37) usually goes through the council's corporate procedure. What a court has decided, or is deciding, cannot be changed by a complaint: get legal advice. While court proceedings are going on, the council may pause a complaint about linked matters: ask it to confirm in writing.",
            true,
            "Local Government and Social Care Ombudsman, fact sheet on children's social care",
        ),
        Route::OtherBody => (
            "Another organisation's own procedure",
            "Cafcass, the police, the NHS and schools each have their own complaints procedure; the council's children's procedure does not cover them. Cafcass and NHS complaints can then go to the Parliamentary and Health Service Ombudsman, police complaints to the force or the Independent Office for Police Conduct.",
            false,
            "Local Government and Social Care Ombudsman, fact sheet on children's social care",
        ),
    };
    RouteView {
        route,
        title: title.to_string(),
        explanation: explanation.to_string(),
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
    let text = match route {
        Route::Conference => "Contact the chair of the child protection conference, or the council's safeguarding team, now: ask for the procedure for complaints about conferences and its time limit.",
        Route::Court => "If the complaint is about a court report, ask the council in writing to handle it under its corporate procedure. If it is about what a court decided, get legal advice.",
        _ => "Find the organisation's own complaints procedure on its website and follow it.",
    };
    vec![NextStep {
        id: "other_route".to_string(),
        text: text.to_string(),
        by: None,
    }]
}
