//! The first question, which complaints procedure applies (`core::route`),
//! and the questions to put to the council when that is unclear.

use crate::core::route::Route;

pub const QUESTION: &str = "What is your complaint about?";
pub const HINT: &str = "This decides which complaints procedure applies, and so which time limits the council owes you. If you have not answered, we use the statutory children's procedure.";

/// The answer as the question offers it.
pub fn choice(route: Route) -> &'static str {
    match route {
        Route::Statutory => "Help or services for a child or young person: a child in need, a child in care, a care leaver, fostering, adoption or special guardianship support, or how the council applied for a care order",
        Route::Conference => "A child protection conference: its decision (a plan, or the category of harm) or how it was run",
        Route::Court => "A report for a family court case (section 7 or 37), or something a court has decided or is deciding",
        Route::OtherBody => "Cafcass, the police, the NHS or a school",
        Route::Corporate => "How the council treated me as an adult, or something the children's procedure does not cover (the council may call it its corporate or general complaints procedure)",
        Route::NotSure => "I'm not sure",
    }
}

/// The questions a family can put to the council in writing when the route
/// is unclear or seems wrong (docs/routes.md, section 6).
pub const ASK_THE_COUNCIL: [&str; 4] = [
    "Are you handling my complaint under the Children Act 1989 statutory children's complaints procedure, or under your corporate complaints procedure?",
    "If any part of it is not under the statutory procedure, which part, and which rule or guidance do you rely on?",
    "If you are pausing it because of court or police proceedings, please confirm that in writing and say when it will restart.",
    "Who is handling my complaint, and by what date will you reply?",
];
