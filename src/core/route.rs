//! Which complaints procedure applies: the family's first question, asked
//! before any date (docs/routes.md has the sources). The statutory children's
//! procedure is the default and today's journey; the others are answered on
//! the engine's procedure seam (`assessment::assess`).

use serde::{Deserialize, Serialize};

use crate::text::en::route_question as words;

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
        words::choice(self)
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

/// The route question, asked before any date (its words are in
/// `text::en::route_question`).
pub const ROUTE_QUESTION: &str = words::QUESTION;
pub const ROUTE_HINT: &str = words::HINT;

/// The questions a family can put to the council in writing when the route
/// is unclear or seems wrong (docs/routes.md, section 6).
pub const ASK_THE_COUNCIL: [&str; 4] = words::ASK_THE_COUNCIL;

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
