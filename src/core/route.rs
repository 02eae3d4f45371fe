//! Which complaints procedure applies: the family's first question, asked
//! before any date (docs/routes.md has the sources). The statutory children's
//! procedure is the default and today's journey; the others are answered on
//! the engine's procedure seam (`assessment::assess`).

use serde::{Deserialize, Serialize};

/// Written in a case file as `"procedure"` (absent: the statutory children's
/// procedure, so every earlier file reads unchanged).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Route {
    /// Children Act 1989 s26 and SI 2006/1738: three stages, limits set by law.
    #[serde(rename = "children_statutory")]
    Statutory,
    /// The council's corporate procedure, judged against the Ombudsman's
    /// Complaint Handling Code (guidance, not law).
    #[serde(rename = "corporate")]
    Corporate,
    /// A child protection conference's decision or conduct: the conference
    /// chair under the local safeguarding procedure.
    #[serde(rename = "child_protection_conference")]
    Conference,
    /// A report for the family court, or a matter a court has decided or is
    /// deciding.
    #[serde(rename = "court_report")]
    Court,
    /// Cafcass, the police, the NHS or a school: that body's own procedure.
    #[serde(rename = "other_body")]
    OtherBody,
    /// Not sure: the statutory dates, shown as provisional, and how to ask.
    #[serde(rename = "not_sure")]
    NotSure,
}

impl Route {
    /// In the order the question offers them.
    pub const ALL: [Route; 6] = [
        Route::Statutory,
        Route::Conference,
        Route::Court,
        Route::OtherBody,
        Route::Corporate,
        Route::NotSure,
    ];

    /// The value in a case file and a link.
    pub fn id(self) -> &'static str {
        match self {
            Route::Statutory => "children_statutory",
            Route::Corporate => "corporate",
            Route::Conference => "child_protection_conference",
            Route::Court => "court_report",
            Route::OtherBody => "other_body",
            Route::NotSure => "not_sure",
        }
    }

    /// The answer as the route question offers it.
    pub fn choice(self) -> &'static str {
        match self {
            Route::Statutory => "Help or services for a child or young person: a child in need, a child in care, a care leaver, fostering, adoption or special guardianship support, or how the council applied for a care order",
            Route::Conference => "A child protection conference: its decision (a plan, or the category of harm) or how it was run",
            Route::Court => "A report for a family court case (section 7 or 37), or something a court has decided or is deciding",
            Route::OtherBody => "Cafcass, the police, the NHS or a school",
            Route::Corporate => "How the council treated me as an adult, or something the children's procedure does not cover (the council may call it its corporate or general complaints procedure)",
            Route::NotSure => "I'm not sure",
        }
    }

    pub fn from_id(id: &str) -> Option<Route> {
        Route::ALL.into_iter().find(|route| route.id() == id)
    }

    /// The statutory children's procedure's dates apply (for "not sure",
    /// provisionally, until the council says which procedure it is using).
    pub fn counts_statutory_dates(self) -> bool {
        matches!(self, Route::Statutory | Route::NotSure)
    }
}

/// The route question, asked before any date.
pub const ROUTE_QUESTION: &str = "What is your complaint about?";
pub const ROUTE_HINT: &str = "This decides which complaints procedure applies, and so which time limits the council owes you. If you have not answered, we use the statutory children's procedure.";

/// The questions a family can put to the council in writing when the route
/// is unclear or seems wrong (docs/routes.md, section 6).
pub const ASK_THE_COUNCIL: [&str; 4] = [
    "Are you handling my complaint under the Children Act 1989 statutory children's complaints procedure, or under your corporate complaints procedure?",
    "If any part of it is not under the statutory procedure, which part, and which rule or guidance do you rely on?",
    "If you are pausing it because of court or police proceedings, please confirm that in writing and say when it will restart.",
    "Who is handling my complaint, and by what date will you reply?",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_has_one_id_that_reads_back() {
        for route in Route::ALL {
            assert_eq!(Route::from_id(route.id()), Some(route));
            assert_eq!(
                serde_json::to_string(&route).unwrap(),
                format!("\"{}\"", route.id())
            );
        }
        assert_eq!(Route::from_id("Statutory"), None);
    }
}
