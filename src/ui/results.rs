//! "Where you stand": renders the engine's assessment, nothing more.

use leptos::prelude::*;

use super::timeline::Timeline;
use crate::core::assessment::{
    Assessment, Deadline, DeadlineStatus, OmbudsmanPosition, Party, TimeUnit,
};
use crate::core::dates::{day_month_year, long_date};

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
    #[prop(into)] has_problems: Signal<bool>,
) -> impl IntoView {
    view! {
        <section class="results" aria-labelledby="where-you-stand">
            <h2 id="where-you-stand" tabindex="-1">"3. Where you stand"</h2>
            <Show when=move || has_problems.get()>
                <p class="inset warning-text">"One of the dates above needs fixing. Until then, this shows your last complete answers."</p>
            </Show>
            // One lasting live region, so screen readers hear each new headline.
            <p class="visually-hidden" aria-live="polite" id="result-announcement">
                {move || assessment.with(|a| a.as_ref().map(|a| a.headline.clone()))}
            </p>
            {move || assessment.get().map(|a| view! { <AssessmentView assessment=a /> })}
        </section>
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
    let groups = [
        (Party::Council, "What the council owes you"),
        (Party::Panel, "What the review panel owes you"),
        (Party::You, "Your own deadlines"),
    ];
    view! {
        <p class="print-only print-title">{format!("Complaint summary: {}, worked out on {}", council.name, long_date(today))}</p>
        <p class="headline" id="headline">{headline}</p>
        <div class="route" id="route">
            <h3>"Which procedure"</h3>
            <p><strong>{route.title}</strong></p>
            <p>{route.explanation} " " <span class="source">"Source: " <SourceLink citation=route.source.citation url=route.source.url /></span></p>
            {(!route.ask_the_council.is_empty()).then(|| view! {
                <p>"You can ask the council, in writing:"</p>
                <ol class="ask-the-council">{route.ask_the_council.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ol>
            })}
        </div>
        {(!warnings.is_empty()).then(|| view! {
            <div class="inset">
                <h3>"Please check"</h3>
                <ul>{warnings.into_iter().map(|w| view! { <li>{w.text}</li> }).collect_view()}</ul>
            </div>
        })}
        {(!next_steps.is_empty()).then(|| view! {
            <h3>"What to do next"</h3>
            <ul class="next-steps">{next_steps.into_iter().map(|s| view! { <li>{s.text}</li> }).collect_view()}</ul>
        })}
        {has_letters.then(|| view! {
            <p class="no-print"><a href="#letters-heading" on:click=|ev| {
                ev.prevent_default();
                super::focus_element_id("letter-kind".to_string());
            }>"Get a letter to send, with your dates filled in"</a></p>
        })}
        {started.then(|| view! {
            <h3>"Your complaint, step by step"</h3>
            <Timeline steps=timeline />
        })}
        {groups.into_iter().filter_map(|(party, heading)| {
            let mine: Vec<Deadline> = deadlines.iter().filter(|d| d.owed_by == party && d.status.is_open()).cloned().collect();
            (!mine.is_empty()).then(|| view! {
                <h3>{heading}</h3>
                <ul class="deadlines">{mine.into_iter().map(|d| view! { <DeadlineView deadline=d /> }).collect_view()}</ul>
            })
        }).collect_view()}
        {
            // Dates already done matter less now: kept, but out of the way.
            let done: Vec<Deadline> = deadlines.iter().filter(|d| !d.status.is_open()).cloned().collect();
            (!done.is_empty()).then(|| view! {
                <details class="details done-deadlines" id="done-deadlines">
                    <summary>{format!("Earlier dates ({} done)", done.len())}</summary>
                    <ul class="deadlines">{done.into_iter().map(|d| view! { <DeadlineView deadline=d /> }).collect_view()}</ul>
                </details>
            })
        }
        {(started && !rights.is_empty()).then(|| view! {
            <h3>"Your rights now"</h3>
            <dl class="rights">{rights.into_iter().map(|r| view! {
                <dt>{r.title}</dt>
                <dd>{r.explanation} " " <span class="source">"Source: " <SourceLink citation=r.source.citation url=r.source.url /></span></dd>
            }).collect_view()}</dl>
        })}
        {started.then(|| view! {
        <h3>"The Ombudsman"</h3>
            <div class="ombudsman">
                <p><strong>{match ombudsman.position {
                    OmbudsmanPosition::NotYet => "Not yet.",
                    OmbudsmanPosition::CanGoEarly => "You may be able to go now.",
                    OmbudsmanPosition::CanGoNow => "You can go now.",
                }}</strong> " " {ombudsman.explanation}</p>
                {ombudsman.time_limit.map(|d| view! { <p>"Date to go by: " {long_date(d)} " (see \"Your own deadlines\" for how it was counted)."</p> })}
                <p>"Contact the Local Government and Social Care Ombudsman: phone "
                    <a href=format!("tel:{}", ombudsman.phone.replace(' ', ""))>{ombudsman.phone.clone()}</a>
                    " or visit " <a href=ombudsman.website.clone() target="_blank" rel="noopener noreferrer">{ombudsman.website.replace("https://", "")}</a> "."</p>
            </div>
        })}
        <h3>"Your council"</h3>
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
                                            <a href=href target="_blank" rel="noopener noreferrer">{c.label.clone()}<span class="visually-hidden">" (opens in a new tab)"</span></a>
                                        }.into_any(),
                                        (Some(href), false) => view! { {format!("{}: ", c.label)} <a href=href>{c.value.clone()}</a> }.into_any(),
                                        (None, _) => view! { {format!("{}: ", c.label)} <span>{c.value.clone()}</span> }.into_any(),
                                    }}
                                    {source.map(|source| view! {
                                        " " <a class="source" href=source target="_blank" rel="noopener noreferrer">"(source)"<span class="visually-hidden">{format!(" of the {} (opens in a new tab)", c.label.to_lowercase())}</span></a>
                                    })}
                                </li>
                            }
                        }).collect_view()}</ul>
                    })}
                    {council.page_url.clone().filter(|_| !listed_page).map(|url| view! {
                        <p><a href=url.clone() target="_blank" rel="noopener noreferrer">"The council's complaints page"<span class="visually-hidden">" (opens in a new tab)"</span></a>
                        {council.page_checked.map(|d| format!(" (we last checked it on {})", day_month_year(d)))}</p>
                    })}
                }
            }
            {(!council.differences.is_empty()).then(|| view! {
                <h4>"Where your council's page differs from the law"</h4>
                <ul class="differences">{council.differences.into_iter().map(|d| view! {
                    <li>
                        <p><strong>"The council says: "</strong>{d.council_says}</p>
                        <p><strong>"The law says: "</strong>{d.law_says}</p>
                        <p>{d.explanation}</p>
                        <p><strong>"What you can hold them to: "</strong>{d.hold_them_to}</p>
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
            <a href=url target="_blank" rel="noopener noreferrer">{citation}<span class="visually-hidden">" (opens in a new tab)"</span></a>
        }.into_any(),
        None => view! { <span>{citation}</span> }.into_any(),
    }
}

#[component]
fn DeadlineView(deadline: Deadline) -> impl IntoView {
    let status = (words().deadline_status)(&deadline);
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
                <p class="note">"This date assumes the usual bank holidays for a year whose holidays are not announced yet. Check nearer the time."</p>
            })}
            <details class="details">
                <summary>"How we worked this out"<span class="visually-hidden">{format!(": {}", deadline.title)}</span></summary>
                <div class="details-text">
                    <p>{format!("Start: {} on {}.", counting.start_label, long_date(counting.start_date))}</p>
                    <p>{(words().then_after)(counting.amount, counting.unit)}</p>
                    <p>{counting.explanation}</p>
                    {if counting.holidays_skipped.is_empty() {
                        (counting.unit == TimeUnit::WorkingDays).then(|| view! { <p>"No bank holidays fell in this period."</p> }.into_any())
                    } else {
                        Some(view! {
                            <p>"Bank holidays skipped:"</p>
                            <ul>{counting.holidays_skipped.into_iter().map(|h| view! {
                                <li>{format!("{}, {}", long_date(h.date), h.name)}</li>
                            }).collect_view()}</ul>
                        }.into_any())
                    }}
                    <p>"Rule: " <SourceLink citation=deadline.source.citation.clone() url=deadline.source.url.clone() /></p>
                </div>
            </details>
        </li>
    }
}
