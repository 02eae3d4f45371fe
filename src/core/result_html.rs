//! "Where you stand" below its heading, as HTML: the headline, the route,
//! next steps, the timeline, every date with how it was counted and its
//! source, rights, the Ombudsman and the council.
//!
//! The page shows the whole of it again whenever the assessment changes,
//! so it is written once as text and set in one step rather than built
//! node by node by the renderer: 7.5 KB (brotli) less on a family's way
//! to a result (the renderer's code for it was 13.7 KB), and a pure
//! function the native tests read.
//! Everything that comes from data or the engine passes through
//! [`Html::text`] or [`Html::attr`], which escape it; a link is only made
//! for the kinds of address the app writes itself.

use crate::core::assessment::{
    Assessment, Deadline, DeadlineStatus, Party, Source, StepState, TimeUnit, TimelineStep,
};
use crate::core::dates::long_date;
use crate::text::en::ui_results as text;
use crate::text::Words;

/// The attribute a link carries when a click should move focus to the
/// element it names (the page handles the click; see `ui::results`).
pub const FOCUS_ATTRIBUTE: &str = "data-focus";

/// With [`FOCUS_ATTRIBUTE`]: the heading to bring to the top of the screen
/// first, so the section's heading and introduction are in view above the
/// question that takes focus.
pub const SCROLL_ATTRIBUTE: &str = "data-scroll";

/// HTML written a piece at a time, escaping all text.
#[derive(Default)]
pub(crate) struct Html(pub(crate) String);

impl Html {
    /// `<tag` with its attributes, `>`. Attribute values are escaped.
    pub(crate) fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            self.attr(value);
            self.0.push('"');
        }
        self.0.push('>');
    }

    pub(crate) fn close(&mut self, tag: &str) {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
    }

    /// An element holding only text.
    pub(crate) fn el(&mut self, tag: &str, attrs: &[(&str, &str)], content: &str) {
        self.open(tag, attrs);
        self.text(content);
        self.close(tag);
    }

    pub(crate) fn text(&mut self, content: &str) {
        self.escaped(content, false);
    }

    pub(crate) fn attr(&mut self, value: &str) {
        self.escaped(value, true);
    }

    /// `&` and `<` always; `"` inside an attribute's quotes, `>` in text.
    fn escaped(&mut self, value: &str, in_attribute: bool) {
        for c in value.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '"' if in_attribute => self.0.push_str("&quot;"),
                '>' if !in_attribute => self.0.push_str("&gt;"),
                _ => self.0.push(c),
            }
        }
    }

    /// A link that opens in a new tab, so going to a source never loses
    /// what was typed here, and says so to a screen reader.
    fn new_tab_link(&mut self, href: &str, class: &str, label: &str, hidden: &str) {
        if !is_web_address(href) {
            self.text(label);
            return;
        }
        let mut attrs = vec![
            ("href", href),
            ("target", "_blank"),
            ("rel", "noopener noreferrer"),
        ];
        if !class.is_empty() {
            attrs.insert(0, ("class", class));
        }
        self.open("a", &attrs);
        self.text(label);
        self.el("span", &[("class", "visually-hidden")], hidden);
        self.close("a");
    }

    /// After a sentence: " Source: " and its link.
    fn source_after(&mut self, source: &Source) {
        self.text(" ");
        self.open("span", &[("class", "source")]);
        self.text(text::SOURCE);
        self.source_link(source);
        self.close("span");
    }

    fn source_link(&mut self, source: &Source) {
        match &source.url {
            Some(url) => self.new_tab_link(url, "", &source.citation, text::OPENS_IN_NEW_TAB),
            None => self.el("span", &[], &source.citation),
        }
    }

    /// A list of plain-text items.
    fn list<'a>(&mut self, tag: &str, class: &str, items: impl Iterator<Item = &'a str>) {
        match class {
            "" => self.open(tag, &[]),
            _ => self.open(tag, &[("class", class)]),
        }
        for item in items {
            self.el("li", &[], item);
        }
        self.close(tag);
    }
}

fn is_web_address(href: &str) -> bool {
    href.starts_with("https://") || href.starts_with("http://")
}

/// Addresses a tap may open: the web, a phone number or an email address.
fn is_safe_href(href: &str) -> bool {
    is_web_address(href) || href.starts_with("tel:") || href.starts_with("mailto:")
}

fn status_class(status: DeadlineStatus) -> &'static str {
    match status {
        DeadlineStatus::Upcoming => "tag tag-upcoming",
        DeadlineStatus::DueToday => "tag tag-today",
        DeadlineStatus::Overdue => "tag tag-overdue",
        DeadlineStatus::Met => "tag tag-met",
        DeadlineStatus::Late | DeadlineStatus::NotDone => "tag tag-late",
    }
}

fn state_class(state: StepState) -> &'static str {
    match state {
        StepState::Completed => "step step-completed",
        StepState::InProgress => "step step-in-progress",
        StepState::Overdue => "step step-overdue",
        StepState::NotStarted => "step step-not-started",
        StepState::Open => "step step-open",
    }
}

/// Everything under "Where you stand" for one assessment.
pub fn assessment_html(assessment: &Assessment, words: &Words) -> String {
    let mut html = Html::default();
    let a = assessment;
    // Before a complaint date, only what helps make the complaint shows: the
    // timeline, rights and the Ombudsman come with a result (a phone screen
    // was otherwise thousands of pixels of text with no dates in it).
    let started = a.stage != crate::core::assessment::Stage::NotStarted;
    html.el(
        "p",
        &[("class", "print-only print-title")],
        &text::printed_title(&a.council.name, a.today),
    );
    html.el(
        "p",
        &[("class", "headline"), ("id", "headline")],
        &a.headline,
    );

    html.open("div", &[("class", "route"), ("id", "route")]);
    html.el("h3", &[], text::WHICH_PROCEDURE);
    html.open("p", &[]);
    html.el("strong", &[], &a.route.title);
    html.close("p");
    html.open("p", &[]);
    html.text(&a.route.explanation);
    html.source_after(&a.route.source);
    html.close("p");
    if !a.route.ask_the_council.is_empty() {
        html.el("p", &[], text::ASK_THE_COUNCIL);
        let questions = a.route.ask_the_council.iter().map(String::as_str);
        html.list("ol", "ask-the-council", questions);
    }
    html.close("div");

    if !a.warnings.is_empty() {
        html.open("div", &[("class", "inset")]);
        html.el("h3", &[], text::PLEASE_CHECK);
        html.list("ul", "", a.warnings.iter().map(|w| w.text.as_str()));
        html.close("div");
    }
    if !a.next_steps.is_empty() {
        html.el("h3", &[], text::WHAT_TO_DO_NEXT);
        html.list(
            "ul",
            "next-steps",
            a.next_steps.iter().map(|s| s.text.as_str()),
        );
    }
    if !crate::core::letters::available_letters(a).is_empty() {
        html.open("p", &[("class", "no-print")]);
        html.el(
            "a",
            &[
                ("href", "#letters-heading"),
                (FOCUS_ATTRIBUTE, "letter-kind"),
                (SCROLL_ATTRIBUTE, "letters-heading"),
            ],
            text::GET_A_LETTER,
        );
        html.close("p");
    }
    if started {
        html.el("h3", &[], text::STEP_BY_STEP);
        timeline(&mut html, &a.timeline, words);
    }
    deadlines(&mut html, &a.deadlines, words);
    if started && !a.rights.is_empty() {
        html.el("h3", &[], text::RIGHTS_NOW);
        html.open("dl", &[("class", "rights")]);
        for right in &a.rights {
            html.el("dt", &[], &right.title);
            html.open("dd", &[]);
            html.text(&right.explanation);
            html.source_after(&right.source);
            html.close("dd");
        }
        html.close("dl");
    }
    if started {
        ombudsman(&mut html, a);
    }
    council(&mut html, a);
    html.0
}

/// The three stages and the Ombudsman, each with its state in words (and a
/// colour and a symbol as extra cues, never the only one).
fn timeline(html: &mut Html, steps: &[TimelineStep], words: &Words) {
    html.open(
        "ol",
        &[("class", "timeline"), ("aria-label", text::STEP_BY_STEP)],
    );
    for step in steps {
        html.open("li", &[("class", state_class(step.state))]);
        html.el(
            "span",
            &[("class", "step-marker"), ("aria-hidden", "true")],
            "",
        );
        html.open("div", &[("class", "step-body")]);
        html.el("h4", &[("class", "step-title")], &step.title);
        let status_id = format!("timeline-{}-status", step.id);
        html.el(
            "strong",
            &[("class", "tag"), ("id", &status_id)],
            (words.step_state)(step.state),
        );
        html.el("p", &[("class", "step-detail")], &step.detail);
        html.close("div");
        html.close("li");
    }
    html.close("ol");
}

/// Open dates by who owes them; dates already done in a closed "Earlier
/// dates" (they matter less now: kept, but out of the way).
fn deadlines(html: &mut Html, deadlines: &[Deadline], words: &Words) {
    // The longest time shown beside the usual one (no extension claimed):
    // a reply within it is "within this longest limit", never "on time"
    // beside "late".
    let beside_usual = |d: &Deadline| {
        deadlines
            .iter()
            .any(|usual| usual.id.extended() == Some(d.id))
    };
    for party in [Party::Council, Party::Panel, Party::You] {
        let mut mine = deadlines
            .iter()
            .filter(|d| d.owed_by == party && d.status.is_open())
            .peekable();
        if mine.peek().is_some() {
            html.el("h3", &[], text::owed_by(party));
            html.open("ul", &[("class", "deadlines")]);
            for d in mine {
                deadline(html, d, beside_usual(d), words);
            }
            html.close("ul");
        }
    }
    let done: Vec<&Deadline> = deadlines.iter().filter(|d| !d.status.is_open()).collect();
    if !done.is_empty() {
        html.open(
            "details",
            &[
                ("class", "details done-deadlines"),
                ("id", "done-deadlines"),
            ],
        );
        let never = done
            .iter()
            .filter(|d| d.status == DeadlineStatus::NotDone)
            .count();
        html.el(
            "summary",
            &[],
            &text::earlier_dates(done.len() - never, never),
        );
        html.open("ul", &[("class", "deadlines")]);
        for d in done {
            deadline(html, d, beside_usual(d), words);
        }
        html.close("ul");
        html.close("details");
    }
}

/// One date: what it is, when, its status, and "How we worked this out".
fn deadline(html: &mut Html, deadline: &Deadline, beside_usual: bool, words: &Words) {
    let status = if beside_usual {
        (words.longest_beside_usual_status)(deadline)
    } else {
        (words.deadline_status)(deadline)
    };
    let counting = &deadline.counting;
    let id = format!("deadline-{}", deadline.id);
    html.open("li", &[("class", "deadline"), ("id", &id)]);
    html.el("h4", &[("class", "deadline-title")], &deadline.title);
    html.el("p", &[("class", "deadline-date")], &long_date(deadline.due));
    html.open("p", &[]);
    html.el(
        "strong",
        &[("class", status_class(deadline.status))],
        &status,
    );
    html.text(" ");
    html.el("span", &[("class", "basis")], &deadline.basis_label);
    html.close("p");
    if let Some(note) = &deadline.note {
        html.el("p", &[("class", "note")], note);
    }
    if deadline.relies_on_predicted_holidays {
        html.el("p", &[("class", "note")], text::PREDICTED_HOLIDAYS);
    }
    let worked_out = format!("worked-out-{}", deadline.id);
    html.open("details", &[("class", "details"), ("id", &worked_out)]);
    html.open("summary", &[]);
    html.text(text::HOW_WE_WORKED_IT_OUT);
    html.el(
        "span",
        &[("class", "visually-hidden")],
        &format!(": {}", deadline.title),
    );
    html.close("summary");
    html.open("div", &[("class", "details-text")]);
    html.el(
        "p",
        &[],
        &text::start(&counting.start_label, counting.start_date),
    );
    html.el(
        "p",
        &[],
        &(words.then_after)(counting.amount, counting.unit),
    );
    html.el("p", &[], &counting.explanation);
    if counting.holidays_skipped.is_empty() {
        if counting.unit == TimeUnit::WorkingDays {
            html.el("p", &[], text::NO_BANK_HOLIDAYS);
        }
    } else {
        html.el("p", &[], text::BANK_HOLIDAYS_SKIPPED);
        html.open("ul", &[]);
        for holiday in &counting.holidays_skipped {
            html.el(
                "li",
                &[],
                &text::holiday_skipped(holiday.date, &holiday.name),
            );
        }
        html.close("ul");
    }
    html.open("p", &[]);
    html.text(text::RULE);
    html.source_link(&deadline.source);
    html.close("p");
    html.close("div");
    html.close("details");
    html.close("li");
}

fn ombudsman(html: &mut Html, a: &Assessment) {
    let ombudsman = &a.ombudsman;
    html.el("h3", &[], text::OMBUDSMAN);
    html.open("div", &[("class", "ombudsman")]);
    html.open("p", &[]);
    html.el("strong", &[], text::ombudsman_position(ombudsman.position));
    html.text(" ");
    html.text(&ombudsman.explanation);
    html.close("p");
    if let Some(date) = ombudsman.time_limit {
        let passed = crate::core::assessment::ombudsman_date_to_act_on(&a.deadlines)
            .is_some_and(|d| d.status == DeadlineStatus::Overdue);
        html.el("p", &[], &text::date_to_go_by(date, passed));
    }
    html.open("p", &[]);
    html.text(text::OMBUDSMAN_CONTACT[0]);
    let phone = format!("tel:{}", ombudsman.phone.replace(' ', ""));
    html.el("a", &[("href", &phone)], &ombudsman.phone);
    html.text(text::OMBUDSMAN_CONTACT[1]);
    html.new_tab_link(
        &ombudsman.website,
        "",
        ombudsman.website.trim_start_matches("https://"),
        text::OPENS_IN_NEW_TAB,
    );
    html.text(text::OMBUDSMAN_CONTACT[2]);
    html.close("p");
    html.close("div");
}

fn council(html: &mut Html, a: &Assessment) {
    let council = &a.council;
    // Focus comes here when the council's wording arrives after "Try again".
    html.el(
        "h3",
        &[("id", "your-council"), ("tabindex", "-1")],
        text::YOUR_COUNCIL,
    );
    html.open("div", &[("class", "council-info")]);
    html.open("p", &[]);
    html.el("strong", &[], &council.name);
    html.close("p");
    for note in &council.notes {
        html.el("p", &[], note);
    }
    // A web page is named by what it is; its address would run off a
    // phone's screen. The same page is not linked twice.
    let listed_page = council
        .contacts
        .iter()
        .any(|c| c.href.is_some() && c.href == council.page_url);
    if !council.contacts.is_empty() {
        html.open("ul", &[("class", "contacts")]);
        for contact in &council.contacts {
            html.open("li", &[]);
            match contact.href.as_deref().filter(|href| is_safe_href(href)) {
                Some(href) if is_web_address(href) => {
                    html.new_tab_link(href, "", &contact.label, text::OPENS_IN_NEW_TAB)
                }
                Some(href) => {
                    html.text(&format!("{}: ", contact.label));
                    html.el("a", &[("href", href)], &contact.value);
                }
                None => {
                    html.text(&format!("{}: ", contact.label));
                    html.el("span", &[], &contact.value);
                }
            }
            let source = contact
                .source
                .as_deref()
                .filter(|s| s.starts_with("https://") && Some(*s) != contact.href.as_deref());
            if let Some(source) = source {
                html.text(" ");
                html.new_tab_link(
                    source,
                    "source",
                    text::SOURCE_LINK,
                    &text::source_of(&contact.label),
                );
            }
            html.close("li");
        }
        html.close("ul");
    }
    if let Some(url) = council.page_url.as_deref().filter(|_| !listed_page) {
        html.open("p", &[]);
        html.new_tab_link(url, "", text::COMPLAINTS_PAGE, text::OPENS_IN_NEW_TAB);
        if let Some(checked) = council.page_checked {
            html.text(&text::last_checked(checked));
        }
        html.close("p");
    }
    if !council.differences.is_empty() {
        html.el("h4", &[], text::DIFFERENCES);
        html.open("ul", &[("class", "differences")]);
        for d in &council.differences {
            html.open("li", &[]);
            for (label, said) in [
                (text::COUNCIL_SAYS, &d.council_says),
                (text::LAW_SAYS, &d.law_says),
            ] {
                html.open("p", &[]);
                html.el("strong", &[], label);
                html.text(said);
                html.close("p");
            }
            html.el("p", &[], &d.explanation);
            html.open("p", &[]);
            html.el("strong", &[], text::HOLD_THEM_TO);
            html.text(&d.hold_them_to);
            html.close("p");
            html.close("li");
        }
        html.close("ul");
    }
    html.close("div");
}
