//! The letters, in English: each paragraph a whole piece of text from
//! typed facts. `core::letters` decides which letter and which paragraphs
//! fit the case; this writes them.
//!
//! The wording is ours: plain, polite and firm. Dates are written out in
//! full and rules are quoted by reference (the regulation, or the council's
//! own page where it promises something). Names the family has not typed
//! appear as placeholders in square brackets, e.g. "[your name]", so the
//! printed letter shows what is still to fill in.
//!
//! Kept whole although it runs past 500 lines: it is one idea, the wording
//! of six letters that share their openings, sign-off and ways of naming a
//! late step, and a translator or easy-read writer needs them side by side.

use chrono::NaiveDate;

use crate::core::assessment::{
    Basis, Deadline, DeadlineId, DeadlineStatus, LeftBehind, LeftBehindBy, OmbudsmanPosition,
    Party, Reply, Stage,
};
use crate::core::case::{Event, Flag};
use crate::core::dates::{capitalise, day_month_year, long_date, working_days};
use crate::core::letters::LetterKind;

pub const YOUR_NAME_PLACEHOLDER: &str = "[your name]";
pub const CHILD_NAME_PLACEHOLDER: &str = "[the child's or young person's name]";
pub const REFERENCE_PLACEHOLDER: &str = "[the council's reference, if you have one]";
pub const COUNCIL_PLACEHOLDER: &str = "[your council]";

const REGULATIONS: &str =
    "the Children Act 1989 Representations Procedure (England) Regulations 2006";
const OMBUDSMAN: &str = "the Local Government and Social Care Ombudsman";
const OMBUDSMAN_PHONE: &str = "0300 061 0614";
const OMBUDSMAN_WEBSITE: &str = "www.lgo.org.uk";

/// A short name for choosing the letter on a small screen.
pub fn short_label(kind: LetterKind) -> &'static str {
    match kind {
        LetterKind::ChaseResponse => "Chase a late reply",
        LetterKind::AskStage2 => "Ask for stage 2",
        LetterKind::AskStage3 => "Ask for a review panel",
        LetterKind::WhyStage2Refused => "Ask why stage 2 was refused",
        LetterKind::OmbudsmanSummary => "Summary for the Ombudsman",
    }
}

/// What the letter is for, as a link or button text.
pub fn title(kind: LetterKind) -> &'static str {
    match kind {
        LetterKind::ChaseResponse => "Letter chasing the council's late reply",
        LetterKind::AskStage2 => "Letter asking for stage 2",
        LetterKind::AskStage3 => "Letter asking for a review panel (stage 3)",
        LetterKind::WhyStage2Refused => "Letter asking why stage 2 was refused",
        LetterKind::OmbudsmanSummary => "Summary for the Ombudsman",
    }
}

/// "regulation 14 of the Children Act 1989 ... Regulations 2006" for the
/// regulations' citations; other citations as they are.
pub fn cite(citation: &str) -> String {
    match citation.strip_prefix("SI 2006/1738 reg ") {
        Some(number) => format!("regulation {number} of {REGULATIONS}"),
        None => citation.to_string(),
    }
}

/// Where a deadline comes from, as a phrase after "This is".
fn rule_phrase(deadline: &Deadline) -> String {
    match deadline.basis {
        // The Ombudsman's Code (the corporate procedure) is guidance, not a
        // legal time limit: say so. (The Ombudsman guide date is never chased.)
        Basis::Law if deadline.source.citation.contains("Complaint Handling Code") => format!(
            "the time the Ombudsman expects councils to keep to ({})",
            cite(&deadline.source.citation)
        ),
        Basis::Law => format!("the time limit in {}", cite(&deadline.source.citation)),
        Basis::CouncilPromise => format!(
            "the time the council promises in its own complaints procedure: {}",
            deadline.source.citation
        ),
    }
}

/// The source in a list item: the regulation, or the council's own procedure.
fn short_rule(deadline: &Deadline) -> String {
    match deadline.basis {
        Basis::Law => cite(&deadline.source.citation),
        Basis::CouncilPromise => "the council's own complaints procedure".to_string(),
    }
}

/// A deadline's title as the family would write it: "my complaint".
fn first_person(title: &str) -> String {
    title.replace("your ", "my ").replace("Your ", "My ")
}

fn late_by(days: Option<i32>) -> String {
    match days {
        Some(n) if n > 0 => format!("{} late", working_days(i64::from(n))),
        _ => "late".to_string(),
    }
}

/// What should have happened by the due date, in the first person.
fn what_was_due(deadline: &Deadline) -> String {
    match (deadline.id.reply(), deadline.id.law_version()) {
        (_, DeadlineId::Acknowledgement) => {
            "the council should have acknowledged my complaint".to_string()
        }
        (Some(Reply::Stage1), _) => {
            "the council should have sent me its stage 1 reply to my complaint".to_string()
        }
        (Some(Reply::Stage2), _) => "the council should have sent me its stage 2 response".to_string(),
        (_, DeadlineId::PanelAppointed) => {
            "the council should have chosen the review panel".to_string()
        }
        (_, DeadlineId::PanelMeeting) => "the review panel should have met".to_string(),
        (_, DeadlineId::PanelReport) => "the review panel should have sent its report".to_string(),
        (Some(Reply::Final), _) => {
            "the council should have sent me its final response to the review panel's recommendations"
                .to_string()
        }
        _ => format!("\"{}\" was due", deadline.title),
    }
}

/// What to send, after "Please send me".
fn what_to_send(deadline: &Deadline) -> &'static str {
    match (deadline.id.reply(), deadline.id.law_version()) {
        (_, DeadlineId::Acknowledgement) => "an acknowledgement of my complaint",
        (Some(Reply::Stage1), _) => "your stage 1 reply",
        (_, DeadlineId::PanelAppointed | DeadlineId::PanelMeeting) => {
            "the date of the review panel meeting"
        }
        (_, DeadlineId::PanelReport) => "the review panel's report",
        (Some(Reply::Final), _) => "the council's final response",
        (Some(Reply::Stage2), _) => "your stage 2 response",
        _ => "a reply",
    }
}

/// The first-person line for an event in the Ombudsman summary.
fn event_line(event: Event) -> &'static str {
    match event {
        Event::ProblemHappened => "What I am complaining about happened",
        Event::ProblemNoticed => "I first noticed the problem",
        Event::ComplaintReceived => "The council received my complaint",
        Event::AcknowledgementReceived => "The council acknowledged my complaint",
        Event::Stage1ResponseReceived => "I received the council's stage 1 reply",
        Event::Stage2Requested => "I asked for stage 2",
        Event::Stage2Refused => "The council refused to consider my complaint at stage 2",
        Event::AdrBeforeStage2Declined => "I declined informal resolution before stage 2",
        Event::Stage2StatementAgreed => "The statement of my complaint for stage 2 was agreed",
        Event::Stage2AcknowledgementReceived => "The council acknowledged my stage 2 request",
        Event::Stage2ResponseReceived => "I received the council's stage 2 response",
        Event::Stage3Requested => "I asked for a review panel (stage 3)",
        Event::Stage3Refused => "The council refused to set up a review panel",
        Event::AdrBeforeStage3Declined => "I declined informal resolution before stage 3",
        Event::PanelMet => "The review panel met",
        Event::PanelReportReceived => "The review panel's report was received",
        Event::FinalResponseReceived => "I received the council's final response",
    }
}

fn flag_line(flag: Flag) -> &'static str {
    match flag {
        Flag::Stage1Extended => "The council told me it needed more time at stage 1.",
        Flag::AdrBeforeStage2Offered => "The council offered informal resolution before stage 2.",
        Flag::Stage2Extended => "The council told me it needed more time at stage 2.",
        Flag::AdrBeforeStage3Offered => "The council offered informal resolution before stage 3.",
    }
}

/// A date the family entered, written out, or a placeholder naming it.
fn written(date: Option<NaiveDate>, what: &str) -> String {
    date.map(long_date)
        .unwrap_or_else(|| format!("[the date {what}]"))
}

/// Who writes, to whom, about what.
pub struct Heading<'a> {
    pub your_name: &'a str,
    pub today: NaiveDate,
    pub council: &'a str,
    /// The email (or, for councils without a procedure on file, the
    /// address) the council's page gives, if any.
    pub send_to: Option<&'a str>,
    pub reference: &'a str,
    pub child_name: &'a str,
    /// The council's corporate procedure, run by its complaints team
    /// rather than children's social care's.
    pub corporate: bool,
}

/// Sender, date, addressee, reference and subject line of a letter to the
/// council (not the Ombudsman summary).
pub fn heading(kind: LetterKind, h: &Heading) -> String {
    let subject = match kind {
        LetterKind::AskStage2 => "Request for stage 2",
        LetterKind::AskStage3 => "Request for a review panel (stage 3)",
        LetterKind::WhyStage2Refused => "Refusal of stage 2",
        _ => "Late reply",
    };
    let send_to = h.send_to.map_or_else(String::new, |value| {
        format!("Send to: {value} (check the council's page first)\n")
    });
    format!(
        "{}\n{}\n\nTo: the Complaints Manager, {}{}\n{send_to}Your reference: {}\n\nDear Complaints Manager,\n\n{subject}: complaint about children's social care services for {}\n\n",
        h.your_name,
        day_month_year(h.today),
        if h.corporate {
            ""
        } else {
            "children's social care, "
        },
        h.council,
        h.reference,
        h.child_name
    )
}

pub fn sign_off(your_name: &str) -> String {
    format!("Yours faithfully,\n\n{your_name}\n")
}

/// The first paragraph: the complaint, received on `received` if entered.
pub fn complaint_received(received: Option<NaiveDate>) -> String {
    format!(
        "I am writing about my complaint, which the council received on {}.\n\n",
        written(received, "the council received your complaint")
    )
}

/// The chasing letter when no overdue deadline is known.
pub fn chase_unknown() -> &'static str {
    "I have not yet received [what you are waiting for], which was due on [the date it was due]. Please send it to me without further delay.\n\n"
}

/// What was due by `lead`'s date, under which rule, and how late it is today.
pub fn chase_lead(lead: &Deadline, today: NaiveDate) -> String {
    format!(
        "By {}, {}. This is {}. I have not received it, and today, {}, it is {}.\n\n",
        long_date(lead.due),
        what_was_due(lead),
        rule_phrase(lead),
        long_date(today),
        late_by(lead.working_days_late)
    )
}

/// A corporate complaint that reached the council before the Ombudsman's
/// Code applied (`code_from`): its times are a guide, and the council's own
/// procedure's are asked for.
pub fn chase_before_code(code_from: NaiveDate) -> String {
    format!(
        "My complaint reached the council before {}, when councils say the Ombudsman began applying its Complaint Handling Code, so I take this time as a guide. If the council's own complaints procedure set a different time then, please tell me what it was and when I can expect a reply.\n\n",
        day_month_year(code_from)
    )
}

/// Even the law's longest time (`longest`) has passed.
pub fn chase_longest_passed_too(longest: &Deadline) -> String {
    format!(
        "Even the longest time the law allows when a council needs more time, {}, ended on {}.\n\n",
        working_days(i64::from(longest.counting.amount)),
        long_date(longest.due)
    )
}

/// The overdue deadline is itself the law's longest time.
pub fn chase_is_longest() -> &'static str {
    "This is the longest time the law allows, even when a council needs more time.\n\n"
}

/// The law's longest time (`longest`) is still ahead.
pub fn chase_more_time(longest: &Deadline) -> String {
    format!(
        "If the council needs more time, please write to me to explain why and to give me a new date. The law allows {} at the most, which ends on {}.\n\n",
        working_days(i64::from(longest.counting.amount)),
        long_date(longest.due)
    )
}

/// Other time limits that have passed, as a list.
pub fn chase_others(others: &[&Deadline]) -> String {
    let mut text = "These other time limits have also passed:\n".to_string();
    for other in others {
        text.push_str(&format!(
            "- {}: due by {} under {}, now {}.\n",
            first_person(&other.title),
            long_date(other.due),
            short_rule(other),
            late_by(other.working_days_late)
        ));
    }
    text.push('\n');
    text
}

/// What to send now (what `main` was about).
pub fn chase_send(main: &Deadline) -> String {
    format!(
        "Please send me {} without further delay. If you cannot, please tell me in writing within 5 working days when I will receive it, and why it is late.\n\n",
        what_to_send(main)
    )
}

pub fn chase_may_ask_stage2() -> &'static str {
    "As the longest time allowed for a stage 1 reply has passed, I may also ask for my complaint to go to stage 2 without waiting any longer.\n\n"
}

pub fn chase_may_ask_ombudsman() -> String {
    format!("If the delay goes on, I may ask {OMBUDSMAN} to look at it.\n\n")
}

/// The stage 1 reply came on `reply`: the request for stage 2.
pub fn stage2_after_reply(reply: NaiveDate) -> String {
    format!(
        "I received the council's stage 1 reply on {}. I am not satisfied with it, and I ask for my complaint to be considered at stage 2 of the children's social care complaints procedure.\n\n",
        long_date(reply)
    )
}

/// The request for the next stage (stage 2 or 3, by `kind`) and its usual
/// 20 working days (`limit`): late, or in time.
pub fn request_timing(kind: LetterKind, limit: &Deadline) -> String {
    let due = long_date(limit.due);
    match (kind, limit.status) {
        (LetterKind::AskStage3, DeadlineStatus::Overdue) => format!(
            "I know this request comes after the usual 20 working days, which ended on {due}. It is late because [say why you could not ask sooner]. I ask the council to accept it.\n\n"
        ),
        (LetterKind::AskStage3, _) => format!(
            "I am asking within 20 working days of the stage 2 response: that time ends on {due}.\n\n"
        ),
        (_, DeadlineStatus::Overdue) => format!(
            "I know this request comes after the usual 20 working days, which ended on {due}. It is late because [say why you could not ask sooner]. The council can still accept a late request, and I ask it to do so.\n\n"
        ),
        (_, _) => format!(
            "I am asking within the usual 20 working days, which end on {due}.\n\n"
        ),
    }
}

/// Why the family is not satisfied with the stage 1 reply, to fill in.
pub fn stage2_not_satisfied() -> &'static str {
    "I am not satisfied because: [say briefly what the stage 1 reply got wrong or left out, and what you would like to happen].\n\n"
}

/// No stage 1 reply, and the law's longest time ended on `ended`.
pub fn stage2_no_reply_longest_passed(ended: NaiveDate) -> String {
    format!(
        "I have not received a stage 1 reply. The longest time allowed for one, 20 working days under {}, ended on {}. I therefore ask for my complaint to be considered at stage 2 now, without waiting any longer.\n\n",
        cite("SI 2006/1738 reg 14"),
        long_date(ended)
    )
}

/// No stage 1 reply, and the law's longest time ends on `ends` (if known):
/// a note to check before sending.
pub fn stage2_no_reply_check(ends: Option<NaiveDate>) -> String {
    let ends = ends.map_or_else(
        || "[the date 20 working days after the council received your complaint]".to_string(),
        long_date,
    );
    format!(
        "I have not received a stage 1 reply. [Check before sending: the longest time allowed for one, 20 working days under {}, ends on {ends}. You can ask for stage 2 without a reply once that day has passed.]\n\n",
        cite("SI 2006/1738 reg 14")
    )
}

/// What the complaint is about, to fill in.
pub fn stage2_complaint_about() -> &'static str {
    "My complaint is about: [say briefly what your complaint is about, and what you would like to happen].\n\n"
}

/// Corporate procedure: the stage 1 reply came on `reply`.
pub fn corporate_stage2_after_reply(reply: NaiveDate) -> String {
    format!(
        "I received the council's stage 1 reply on {}. I am not satisfied with it, and I ask for my complaint to be considered at stage 2 of the council's complaints procedure.\n\n",
        long_date(reply)
    )
}

/// Corporate procedure: no stage 1 reply, which the Code's times expected
/// by `expected`.
pub fn corporate_stage2_no_reply(expected: Option<NaiveDate>) -> String {
    format!(
        "I have not received a stage 1 reply. By the times in {}'s Complaint Handling Code, it was expected by {}. I therefore ask for my complaint to be considered at stage 2 of the council's complaints procedure now.\n\n",
        OMBUDSMAN,
        written(expected, "the stage 1 reply was expected")
    )
}

/// Corporate procedure: what to confirm.
pub const CORPORATE_STAGE2_CONFIRM: &str = "Please confirm that you have received this request, and tell me by when I can expect the council's stage 2 response.\n\n";

/// The stage 2 time limits, and asking to agree the statement.
pub fn stage2_time_and_confirm() -> String {
    format!(
        "Under {}, the council should investigate my complaint and send me its response within 25 working days, or at most 65 working days if it writes to me to explain why it needs longer and gives me a new date.\n\nPlease confirm that you have received this request, and contact me to agree the statement of my complaint for the investigation.\n\n",
        cite("SI 2006/1738 reg 17")
    )
}

/// The stage 2 response came on `response` (if entered): the request for a panel.
pub fn stage3_request(response: Option<NaiveDate>) -> String {
    format!(
        "I received the council's stage 2 response on {}. I am not satisfied with it, and under {} I ask for my complaint to be considered by a review panel (stage 3).\n\n",
        written(response, "you received the stage 2 response"),
        cite("SI 2006/1738 reg 18")
    )
}

/// Why not satisfied, the panel's time limit, and asking for the date.
pub fn stage3_rest() -> String {
    format!(
        "I am not satisfied because: [say which findings or outcomes of the stage 2 response you disagree with, and what you would like the panel to recommend].\n\nUnder {}, the panel should meet within 30 working days of the council receiving this request. I would like to attend, and to bring [the name of your advocate or supporter, if you have one].\n\nPlease confirm that you have received this request, and tell me the date of the panel meeting as soon as it is set.\n\n",
        cite("SI 2006/1738 reg 19(4)")
    )
}

/// The letter asking why stage 2 was refused, after its heading and first
/// paragraph: asked on `asked`, refused on `refused` (when entered).
pub fn why_stage2_refused(asked: Option<NaiveDate>, refused: Option<NaiveDate>) -> String {
    format!(
        "On {}, I asked for my complaint to be considered at stage 2. On {}, the council told me it would not do so.\n\nUnder {}, a person who is not satisfied with the outcome of stage 1 may ask for the complaint to be considered at stage 2. {} has repeatedly found councils at fault for refusing to move a complaint on to the next stage.\n\nPlease tell me in writing:\n- the reasons for the decision;\n- the rule or the part of the council's complaints procedure the decision relies on;\n- who made the decision, and how I can ask for it to be looked at again.\n\nI ask the council to reconsider and to start stage 2 now. Please reply within 10 working days.\n\nIf the council does not start stage 2, I will ask {OMBUDSMAN} to look at my complaint without waiting.\n\n",
        written(asked, "you asked for stage 2"),
        written(refused, "the council refused stage 2"),
        cite("SI 2006/1738 reg 17"),
        capitalise(OMBUDSMAN)
    )
}

/// The top of the Ombudsman summary.
pub fn summary_heading(h: &Heading) -> String {
    format!(
        "Summary of my complaint, for {OMBUDSMAN}\n\nName: {}\nChild or young person: {}\nCouncil: {}\nThe council's complaint reference: {}\nPrepared on: {}\n\n",
        h.your_name,
        h.child_name,
        h.council,
        h.reference,
        long_date(h.today)
    )
}

/// Where the complaint stands: the refusal that ended the procedure
/// (`ended_by`), else the stage.
pub fn summary_stands(ended_by: Option<Event>, stage: Stage) -> String {
    let stands = match ended_by {
        Some(Event::Stage2Refused) => "the council refused to consider my complaint at stage 2.",
        Some(Event::Stage3Refused) => "the council refused to set up a review panel (stage 3).",
        _ => match stage {
            Stage::NotStarted => "the complaint has not been made yet.",
            Stage::Stage1 => "stage 1 (the council's first reply).",
            Stage::Stage2 => "stage 2 (the council's investigation).",
            Stage::Stage3 => "stage 3 (the review panel).",
            Stage::Finished => "the council's procedure is finished.",
        },
    };
    format!("Where the complaint stands: {stands}\n\n")
}

/// What happened, with dates (in order), and the yes/no facts that are true.
pub fn summary_events(dated: &[(NaiveDate, Event)], flags: &[Flag]) -> String {
    let mut text = "What happened, with dates:\n".to_string();
    if dated.is_empty() {
        text.push_str("- [add the dates of your complaint and the council's replies]\n");
    }
    for (date, event) in dated {
        text.push_str(&format!(
            "- {}: {}.\n",
            day_month_year(*date),
            event_line(*event)
        ));
    }
    for flag in flags {
        text.push_str(&format!("- {}\n", flag_line(*flag)));
    }
    text.push('\n');
    text
}

/// The time limits the council or the panel missed, as of `today`.
pub fn summary_missed(missed: &[&Deadline], today: NaiveDate) -> String {
    // The panel only where it owed one (found in a walkthrough: a corporate
    // summary, with no panel, named one).
    let mut text = if missed.iter().any(|d| d.owed_by == Party::Panel) {
        "Time limits the council or the review panel missed:\n"
    } else {
        "Time limits the council missed:\n"
    }
    .to_string();
    if missed.is_empty() {
        text.push_str("- None of the time limits we checked was missed.\n");
    }
    for deadline in missed {
        let what = match (deadline.status, deadline.done_on) {
            (DeadlineStatus::Late, Some(done)) => format!(
                "it happened on {}, {}",
                day_month_year(done),
                late_by(deadline.working_days_late)
            ),
            (DeadlineStatus::NotDone, _) => match deadline.left_behind {
                Some(LeftBehind {
                    by: LeftBehindBy::ReplyCame,
                    on,
                }) => format!(
                    "never done; the reply came instead on {}, {}",
                    day_month_year(on),
                    late_by(deadline.working_days_late)
                ),
                Some(LeftBehind {
                    by: LeftBehindBy::Stage2Began,
                    on,
                }) => format!(
                    "never done; it was {} when stage 2 began on {}",
                    late_by(deadline.working_days_late),
                    day_month_year(on)
                ),
                None => "never done".to_string(),
            },
            _ => format!(
                "still not done on {}, {}",
                day_month_year(today),
                late_by(deadline.working_days_late)
            ),
        };
        let source = match deadline.basis {
            Basis::Law => deadline.source.citation.clone(),
            Basis::CouncilPromise => {
                format!("the council's own promise: {}", deadline.source.citation)
            }
        };
        text.push_str(&format!(
            "- {}: due by {} ({source}); {what}.\n",
            first_person(&deadline.title),
            day_month_year(deadline.due),
        ));
    }
    text.push('\n');
    text
}

/// Why the family goes to the Ombudsman now (`refused` when a refusal
/// ended the procedure), and the guide date (`time_limit`) if known.
pub fn summary_why(position: OmbudsmanPosition, refused: bool, limit: Option<&Deadline>) -> String {
    let why = match position {
        _ if refused => {
            "The council has refused to move my complaint on to the next stage, so I am asking the Ombudsman to look at it now."
        }
        OmbudsmanPosition::CanGoNow => {
            "The council's complaints procedure is finished and I am still not satisfied."
        }
        OmbudsmanPosition::CanGoEarly => {
            "The council has seriously delayed my complaint, so I am asking the Ombudsman to look at it before the council's procedure is finished."
        }
        OmbudsmanPosition::NotYet => {
            "[Say why you are going to the Ombudsman now: the Ombudsman normally expects the council's three stages to be finished first.]"
        }
    };
    let mut text = format!("Why I am going to the Ombudsman now: {why}\n");
    if let Some(limit) = limit {
        let ended = limit.status == DeadlineStatus::Overdue;
        let due = super::deadline_words::ombudsman_due(limit);
        text.push_str(&if limit.id == DeadlineId::OmbudsmanTimeLimitFromProblem {
            let runs = if ended { "ended on" } else { "runs to" };
            let counted = if super::deadline_words::at_the_latest(limit) {
                " (counted from the day the council received my complaint, as I knew about the problem by then)"
            } else {
                ""
            };
            format!("The law's time limit, 12 months beginning with the day I first knew about the problem, {runs} {due}{counted}.\n")
        } else {
            let run = if ended { "ended on" } else { "run to" };
            format!("Counted from the end of the council's procedure, the Ombudsman's usual 12 months {run} {due}.\n")
        });
        // The Ombudsman can accept a later complaint for a good reason: the
        // family is to give theirs (found in a walkthrough: the letter only
        // said the time had ended).
        if ended {
            text.push_str("I ask the Ombudsman to accept my complaint now: [say why you could not come sooner, for example that you were waiting for the council's procedure to finish].\n");
        }
    }
    text
}

/// The end of the Ombudsman summary: what to fill in, and the contact.
pub fn summary_end() -> String {
    format!(
        "\nWhat I am unhappy about: [in a few sentences, what went wrong and how it affected you and your family]\n\nWhat I would like to happen: [for example an apology, the missing stage carried out, a service put right, or a payment for the time and trouble]\n\nContact: {OMBUDSMAN}, phone {OMBUDSMAN_PHONE}, website {OMBUDSMAN_WEBSITE}.\n"
    )
}
