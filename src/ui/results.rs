//! "Where you stand": renders the engine's assessment, nothing more.

use leptos::prelude::*;

use super::timeline::Timeline;
use crate::core::assessment::{Assessment, Deadline, DeadlineStatus, Party, TimeUnit};
use crate::core::dates::long_date;
use crate::text::en::ui_results as text;

fn status_class(status: DeadlineStatus) -> &'static str {
    match status {
        DeadlineStatus::Upcoming => "tag tag-upcoming",
        DeadlineStatus::DueToday => "tag tag-today",
        DeadlineStatus::Overdue => "tag tag-overdue",
        DeadlineStatus::Met => "tag tag-met",
        DeadlineStatus::Late => "tag tag-late",
    }
}

use crate::ui::words;

#[component]
pub fn Results(
    assessment: Memo<Option<Assessment>>,
    /// While a date needs fixing, what to say above the result kept.
    #[prop(into)]
    needs_fixing: Signal<Option<String>>,
    /// What is still on its way (the council's published procedure).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let announced = announce_when_settled(assessment);
    view! {
        <section class="results" aria-labelledby="where-you-stand">
            <h2 id="where-you-stand" tabindex="-1">{text::HEADING}</h2>
            {children.map(|show| show())}
            {move || needs_fixing.get().map(|message| view! {
                <p class="inset warning-text" id="needs-fixing">{message}</p>
            })}
            // One lasting live region, so screen readers hear each new headline.
            <p class="visually-hidden" aria-live="polite" id="result-announcement">
                {move || announced.get()}
            </p>
            {move || assessment.get().map(|a| view! { <AssessmentView assessment=a /> })}
        </section>
    }
}

/// How long the answers must stay unchanged before the new headline is
/// announced: a date typed a digit at a time passes through other dates
/// ("19/1" on the way to "19/11"), whose results no one should hear.
const ANNOUNCE_AFTER: std::time::Duration = std::time::Duration::from_millis(1000);

/// How long an announced headline stays in the (hidden) live region. Then it
/// is emptied, so a screen reader reading down the page hears the headline
/// once, where it is shown, not a second time from the live region.
const ANNOUNCED_FOR: std::time::Duration = std::time::Duration::from_millis(5000);

/// The headline for the live region, once it has stopped changing.
fn announce_when_settled(assessment: Memo<Option<Assessment>>) -> RwSignal<String> {
    let announced = RwSignal::new(String::new());
    let waiting = LatestTimeout::new();
    let clearing = LatestTimeout::new();
    Effect::new(move |ran: Option<()>| {
        let headline = assessment.with(|a| a.as_ref().map(|a| a.headline.clone()));
        // What is there when the region appears is not news (focus goes to
        // the result, where the headline is read): only later changes are
        // announced, once they settle.
        if ran.is_none() {
            return;
        }
        waiting.start(
            move || {
                announced.try_set(headline.unwrap_or_default());
                clearing.start(
                    move || {
                        announced.try_set(String::new());
                    },
                    ANNOUNCED_FOR,
                );
            },
            ANNOUNCE_AFTER,
        );
    });
    announced
}

/// One timeout at a time: starting another, or the owner it was made
/// under going away, cancels the one still waiting.
#[derive(Clone, Copy)]
pub struct LatestTimeout(StoredValue<Option<TimeoutHandle>>);

impl LatestTimeout {
    pub fn new() -> LatestTimeout {
        let timeout = LatestTimeout(StoredValue::new(None));
        on_cleanup(move || timeout.cancel());
        timeout
    }

    pub fn cancel(&self) {
        if let Some(handle) = self.0.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }

    pub fn start(&self, run: impl FnOnce() + 'static, after: std::time::Duration) {
        self.cancel();
        self.0.set_value(set_timeout_with_handle(run, after).ok());
    }
}

#[component]
fn AssessmentView(assessment: Assessment) -> impl IntoView {
    let has_letters = !crate::core::letters::available_letters(&assessment).is_empty();
    // Before a complaint date, only what helps make the complaint shows: the
    // timeline, rights and the Ombudsman come with a result (a phone screen
    // was otherwise thousands of pixels of text with no dates in it).
    let started = assessment.stage != crate::core::assessment::Stage::NotStarted;
    let Assessment {
        today,
        route,
        headline,
        council,
        timeline,
        deadlines,
        rights,
        next_steps,
        ombudsman,
        warnings,
        ..
    } = assessment;
    let groups = [Party::Council, Party::Panel, Party::You];
    // The longest time shown beside the usual one (no extension claimed):
    // a reply within it is "within this longest limit", never "on time"
    // beside "late".
    let deadlines: Vec<(Deadline, bool)> = deadlines
        .iter()
        .map(|d| {
            let beside_usual = deadlines
                .iter()
                .any(|usual| usual.id.extended() == Some(d.id));
            (d.clone(), beside_usual)
        })
        .collect();
    view! {
        <p class="print-only print-title">{text::printed_title(&council.name, today)}</p>
        <p class="headline" id="headline">{headline}</p>
        <div class="route" id="route">
            <h3>{text::WHICH_PROCEDURE}</h3>
            <p><strong>{route.title}</strong></p>
            <p>{route.explanation} " " <span class="source">{text::SOURCE} <SourceLink citation=route.source.citation url=route.source.url /></span></p>
            {(!route.ask_the_council.is_empty()).then(|| view! {
                <p>{text::ASK_THE_COUNCIL}</p>
                <ol class="ask-the-council">{route.ask_the_council.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ol>
            })}
        </div>
        {(!warnings.is_empty()).then(|| view! {
            <div class="inset">
                <h3>{text::PLEASE_CHECK}</h3>
                <ul>{warnings.into_iter().map(|w| view! { <li>{w.text}</li> }).collect_view()}</ul>
            </div>
        })}
        {(!next_steps.is_empty()).then(|| view! {
            <h3>{text::WHAT_TO_DO_NEXT}</h3>
            <ul class="next-steps">{next_steps.into_iter().map(|s| view! { <li>{s.text}</li> }).collect_view()}</ul>
        })}
        {has_letters.then(|| view! {
            <p class="no-print"><a href="#letters-heading" on:click=|ev| {
                ev.prevent_default();
                super::focus_element_id("letter-kind".to_string());
            }>{text::GET_A_LETTER}</a></p>
        })}
        {started.then(|| view! {
            <h3>{text::STEP_BY_STEP}</h3>
            <Timeline steps=timeline />
        })}
        {groups.into_iter().filter_map(|party| {
            let mine: Vec<(Deadline, bool)> = deadlines.iter().filter(|(d, _)| d.owed_by == party && d.status.is_open()).cloned().collect();
            (!mine.is_empty()).then(|| view! {
                <h3>{text::owed_by(party)}</h3>
                <ul class="deadlines">{mine.into_iter().map(|(d, beside)| view! { <DeadlineView deadline=d beside_usual=beside /> }).collect_view()}</ul>
            })
        }).collect_view()}
        {
            // Dates already done matter less now: kept, but out of the way.
            let done: Vec<(Deadline, bool)> = deadlines.iter().filter(|(d, _)| !d.status.is_open()).cloned().collect();
            (!done.is_empty()).then(|| view! {
                <details class="details done-deadlines" id="done-deadlines">
                    <summary>{text::earlier_dates(done.len())}</summary>
                    <ul class="deadlines">{done.into_iter().map(|(d, beside)| view! { <DeadlineView deadline=d beside_usual=beside /> }).collect_view()}</ul>
                </details>
            })
        }
        {(started && !rights.is_empty()).then(|| view! {
            <h3>{text::RIGHTS_NOW}</h3>
            <dl class="rights">{rights.into_iter().map(|r| view! {
                <dt>{r.title}</dt>
                <dd>{r.explanation} " " <span class="source">{text::SOURCE} <SourceLink citation=r.source.citation url=r.source.url /></span></dd>
            }).collect_view()}</dl>
        })}
        {started.then(|| view! {
        <h3>{text::OMBUDSMAN}</h3>
            <div class="ombudsman">
                <p><strong>{text::ombudsman_position(ombudsman.position)}</strong> " " {ombudsman.explanation}</p>
                {ombudsman.time_limit.map(|d| view! { <p>{text::date_to_go_by(d)}</p> })}
                <p>{text::OMBUDSMAN_CONTACT[0]}
                    <a href=format!("tel:{}", ombudsman.phone.replace(' ', ""))>{ombudsman.phone.clone()}</a>
                    {text::OMBUDSMAN_CONTACT[1]} <a href=ombudsman.website.clone() target="_blank" rel="noopener noreferrer">{ombudsman.website.replace("https://", "")}</a> {text::OMBUDSMAN_CONTACT[2]}</p>
            </div>
        })}
        <h3>{text::YOUR_COUNCIL}</h3>
        <div class="council-info">
            <p><strong>{council.name}</strong></p>
            {council.notes.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
            {
                // A web page is named by what it is; its address would run
                // off a phone's screen. The same page is not linked twice.
                let listed_page = council.contacts.iter().any(|c| c.href.is_some() && c.href == council.page_url);
                let contacts = council.contacts.clone();
                view! {
                    {(!contacts.is_empty()).then(|| view! {
                        <ul class="contacts">{contacts.into_iter().map(|c| {
                            let is_page = c.href.as_deref().is_some_and(|h| h.starts_with("http"));
                            let source = c.source.clone().filter(|s| s.starts_with("https://") && Some(s) != c.href.as_ref());
                            view! {
                                <li>
                                    {match (c.href.clone(), is_page) {
                                        (Some(href), true) => view! {
                                            <a href=href target="_blank" rel="noopener noreferrer">{c.label.clone()}<span class="visually-hidden">{text::OPENS_IN_NEW_TAB}</span></a>
                                        }.into_any(),
                                        (Some(href), false) => view! { {format!("{}: ", c.label)} <a href=href>{c.value.clone()}</a> }.into_any(),
                                        (None, _) => view! { {format!("{}: ", c.label)} <span>{c.value.clone()}</span> }.into_any(),
                                    }}
                                    {source.map(|source| view! {
                                        " " <a class="source" href=source target="_blank" rel="noopener noreferrer">{text::SOURCE_LINK}<span class="visually-hidden">{text::source_of(&c.label)}</span></a>
                                    })}
                                </li>
                            }
                        }).collect_view()}</ul>
                    })}
                    {council.page_url.clone().filter(|_| !listed_page).map(|url| view! {
                        <p><a href=url.clone() target="_blank" rel="noopener noreferrer">{text::COMPLAINTS_PAGE}<span class="visually-hidden">{text::OPENS_IN_NEW_TAB}</span></a>
                        {council.page_checked.map(text::last_checked)}</p>
                    })}
                }
            }
            {(!council.differences.is_empty()).then(|| view! {
                <h4>{text::DIFFERENCES}</h4>
                <ul class="differences">{council.differences.into_iter().map(|d| view! {
                    <li>
                        <p><strong>{text::COUNCIL_SAYS}</strong>{d.council_says}</p>
                        <p><strong>{text::LAW_SAYS}</strong>{d.law_says}</p>
                        <p>{d.explanation}</p>
                        <p><strong>{text::HOLD_THEM_TO}</strong>{d.hold_them_to}</p>
                    </li>
                }).collect_view()}</ul>
            })}
        </div>
    }
}

#[component]
fn SourceLink(citation: String, url: Option<String>) -> impl IntoView {
    match url {
        // A new tab, so going to a source never loses what was typed here.
        Some(url) => view! {
            <a href=url target="_blank" rel="noopener noreferrer">{citation}<span class="visually-hidden">{text::OPENS_IN_NEW_TAB}</span></a>
        }.into_any(),
        None => view! { <span>{citation}</span> }.into_any(),
    }
}

#[component]
fn DeadlineView(
    deadline: Deadline,
    /// The longest time, shown beside the usual one.
    beside_usual: bool,
) -> impl IntoView {
    let status = if beside_usual {
        (words().longest_beside_usual_status)(&deadline)
    } else {
        (words().deadline_status)(&deadline)
    };
    let basis = deadline.basis_label.clone();
    let counting = deadline.counting.clone();
    let id = format!("deadline-{}", deadline.id);
    view! {
        <li class="deadline" id=id>
            <h4 class="deadline-title">{deadline.title.clone()}</h4>
            <p class="deadline-date">{long_date(deadline.due)}</p>
            <p><strong class=status_class(deadline.status)>{status}</strong> " " <span class="basis">{basis}</span></p>
            {deadline.note.clone().map(|n| view! { <p class="note">{n}</p> })}
            {deadline.relies_on_predicted_holidays.then(|| view! {
                <p class="note">{text::PREDICTED_HOLIDAYS}</p>
            })}
            <details class="details">
                <summary>{text::HOW_WE_WORKED_IT_OUT}<span class="visually-hidden">{format!(": {}", deadline.title)}</span></summary>
                <div class="details-text">
                    <p>{text::start(&counting.start_label, counting.start_date)}</p>
                    <p>{(words().then_after)(counting.amount, counting.unit)}</p>
                    <p>{counting.explanation}</p>
                    {if counting.holidays_skipped.is_empty() {
                        (counting.unit == TimeUnit::WorkingDays).then(|| view! { <p>{text::NO_BANK_HOLIDAYS}</p> }.into_any())
                    } else {
                        Some(view! {
                            <p>{text::BANK_HOLIDAYS_SKIPPED}</p>
                            <ul>{counting.holidays_skipped.into_iter().map(|h| view! {
                                <li>{text::holiday_skipped(h.date, &h.name)}</li>
                            }).collect_view()}</ul>
                        }.into_any())
                    }}
                    <p>{text::RULE} <SourceLink citation=deadline.source.citation.clone() url=deadline.source.url.clone() /></p>
                </div>
            </details>
        </li>
    }
}
