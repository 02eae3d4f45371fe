//! What the result says about the route: which procedure applies, why,
//! and, for routes that are not a council complaint, what to do.

use crate::core::route::Route;

/// The route's name, e.g. "The statutory children's complaints procedure".
pub fn title(route: Route) -> &'static str {
    match route {
        Route::Statutory => "The statutory children's complaints procedure",
        Route::NotSure => "Not sure yet: we show the statutory procedure's dates for now",
        Route::Corporate => "The council's corporate complaints procedure",
        Route::Conference => "A child protection conference: the conference chair",
        Route::Court => "A family court report, or a matter for the court",
        Route::OtherBody => "Another organisation's own procedure",
    }
}

/// Why the route applies and what it means, in a few sentences.
pub fn explanation(route: Route) -> &'static str {
    match route {
        Route::Statutory => "Complaints about help or services for a child (a child in need, a child in care, a care leaver, fostering, adoption or special guardianship support, or how the council applied for a care order) go through this procedure: three stages, with time limits set by law. Ask the council to confirm in writing that it is using it.",
        Route::NotSure => "Until the council tells you which procedure it is using, we show the statutory children's procedure's dates, which are the strictest. Ask the council in writing which procedure it is using and why.",
        Route::Corporate => "Complaints the children's procedure does not cover, such as how the council treated you as an adult, go through the council's corporate procedure. Its times are not set by law: the Ombudsman's Complaint Handling Code says what it expects. If your complaint is really about services for a child, the statutory procedure may apply instead: ask the council which it is using and why.",
        Route::Conference => "A complaint about a child protection conference's decision (a plan, or the category of harm) or how it was run usually goes to the conference chair, under your area's safeguarding procedure, often within a short local limit (28 days in several areas). Ask the chair or the council for that procedure now. How social workers behaved can still be a complaint to the council.",
        Route::Court => "A complaint about a report the council wrote for the family court (section 7 or section 37) usually goes through the council's corporate procedure. What a court has decided, or is deciding, cannot be changed by a complaint: get legal advice. While court proceedings are going on, the council may pause a complaint about linked matters: ask it to confirm in writing.",
        Route::OtherBody => "Cafcass, the police, the NHS and schools each have their own complaints procedure; the council's children's procedure does not cover them. Cafcass and NHS complaints can then go to the Parliamentary and Health Service Ombudsman, police complaints to the force or the Independent Office for Police Conduct.",
    }
}

/// The one step for a route that is not a council complaint.
pub fn elsewhere_step(route: Route) -> String {
    match route {
        Route::Conference => "Contact the chair of the child protection conference, or the council's safeguarding team, now: ask for the procedure for complaints about conferences and its time limit."
            .to_string(),
        Route::Court => "If the complaint is about a court report, ask the council in writing to handle it under its corporate procedure. If it is about what a court decided, get legal advice."
            .to_string(),
        _ => "Find the organisation's own complaints procedure on its website and follow it."
            .to_string(),
    }
}

/// The headline for a route that is not a council complaint: the route,
/// and where the complaint goes instead.
pub fn elsewhere_headline(route: Route) -> String {
    match route {
        Route::Conference => "A child protection conference: the conference chair: we show no council deadlines for this. A complaint about a child protection conference's decision (a plan, or the category of harm) or how it was run usually goes to the conference chair, under your area's safeguarding procedure, often within a short local limit (28 days in several areas).".to_string(),
        Route::Court => "A family court report, or a matter for the court: we show no council deadlines for this. A complaint about a report the council wrote for the family court (section 7 or section 37) usually goes through the council's corporate procedure.".to_string(),
        Route::OtherBody => "Another organisation's own procedure: we show no council deadlines for this. Cafcass, the police, the NHS and schools each have their own complaints procedure; the council's children's procedure does not cover them.".to_string(),
        other => format!("{}: we show no council deadlines for this.", title(other)),
    }
}
