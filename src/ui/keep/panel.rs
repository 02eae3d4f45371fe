//! "Keep and take away": saving this case, starting a new one, backup and
//! calendar files, printing.

use super::letters::Letters;
use super::share::ShareLink;
use super::*;

/// Saving this case, backup files, calendar, print and letters.
#[component]
pub fn KeepPanel(#[prop(into)] assessment: Signal<Option<Assessment>>) -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    let case_now = Memo::new(move |_| keeping.case_now());
    let label = RwSignal::new(String::new());
    // The name a case opened from a file came with (not yet saved here).
    let opened_label = move || {
        keeping
            .opened
            .with_value(|case| case.as_ref().and_then(|case| case.label.clone()))
            .unwrap_or_default()
    };
    // A name typed for one case is not offered for the next one shown (a
    // link, a file or another saved case opened, or a new case started); a
    // case opened from a file offers the name it came with, and a saved case
    // deleted (here or in another tab) while shown offers its old name.
    Effect::new(
        move |before: Option<(Option<String>, u32, Option<String>)>| {
            let shown = keeping.shown_id();
            let replaced = keeping.replaced.get();
            let shown_label = shown.as_ref().and_then(|id| {
                keeping
                    .store
                    .with(|s| s.as_ref().and_then(|s| s.get(id)).map(|c| c.label.clone()))
            });
            match before {
                None => label.set(opened_label()),
                Some((_, was_replaced, _)) if was_replaced != replaced => label.set(opened_label()),
                Some((Some(_), _, was_label)) if shown.is_none() => {
                    label.set(was_label.unwrap_or_default())
                }
                Some((was_shown, _, _)) if was_shown != shown => label.set(String::new()),
                Some(_) => {}
            }
            (shown, replaced, shown_label)
        },
    );
    let reminder = RwSignal::new(true);
    let problem = keeping.storage_problem.get_value();
    let saved_label = move || keeping.shown_label();
    let unsaved_changes = move || {
        case_now.with(|now| {
            keeping.session.with(|session| {
                keeping
                    .letter_names
                    .with(|names| session.has_unsaved_changes(now.as_ref(), names))
            })
        })
    };
    // Changes to a saved case are not lost by closing or reloading the tab
    // unawares: the browser asks first. Never after "Exit this page", which
    // must leave at once; and not for a case never saved, which by design
    // stays only in this tab.
    let before_unload = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if untrack(unsaved_changes) && !crate::ui::safety::leaving() {
            ev.prevent_default();
            ev.set_return_value("");
        }
    });
    on_cleanup(move || before_unload.remove());

    let save = move || {
        let Some(case) = case_now.get_untracked() else {
            keeping.tell(NoticeAt::Panel, text::FIX_DATES_BEFORE_SAVING.to_string());
            return;
        };
        let names = keeping.letter_names.get_untracked();
        let shown = keeping.session.with_untracked(|s| s.shown.clone());
        let result = match shown.as_ref().map(|s| s.id.clone()) {
            Some(id) => {
                let seen = shown;
                keeping
                    .change(|store| {
                        let outcome = store.save_changes(&id, case, names, seen.as_ref());
                        let (SaveOutcome::Saved { id }
                        | SaveOutcome::SavedAgain { id }
                        | SaveOutcome::KeptBoth { id, .. }) = &outcome;
                        (outcome.clone(), store.get(id).cloned())
                    })
                    .map(|(outcome, saved)| {
                        let name = saved.as_ref().map(|c| c.label.clone()).unwrap_or_default();
                        if let Some(saved) = saved {
                            keeping.send(Event::Saved(saved));
                        }
                        match outcome {
                            SaveOutcome::Saved { .. } => text::saved_changes(&name),
                            SaveOutcome::SavedAgain { .. } => text::saved_again(&name),
                            SaveOutcome::KeptBoth { other_label, .. } => {
                                text::kept_both(&other_label, &name)
                            }
                        }
                    })
            }
            None => {
                let typed = label.get_untracked();
                keeping
                    .change(|store| {
                        let id = store.add_named(case, &typed);
                        store.set_letter_names(&id, names);
                        store.get(&id).cloned()
                    })
                    .map(|saved| {
                        let name = saved.as_ref().map(|c| c.label.clone()).unwrap_or_default();
                        if let Some(saved) = saved {
                            keeping.send(Event::Saved(saved.clone()));
                            keeping.confirm_added(saved);
                        }
                        match crate::core::saved::label_as_stored(&typed)
                            .filter(|typed| *typed != name)
                        {
                            Some(typed) => text::saved_as_numbered(&name, &typed),
                            None => text::saved_as(&name),
                        }
                    })
            }
        };
        keeping.tell(
            NoticeAt::Panel,
            match result {
                Ok(message) => message,
                Err(e) => text::not_saved_download_instead(&e),
            },
        );
    };

    let download_case = move |_| {
        let Some(mut case) = case_now.get_untracked() else {
            keeping.tell(
                NoticeAt::Panel,
                text::FIX_DATES_BEFORE_DOWNLOADING.to_string(),
            );
            return;
        };
        // Its saved name, else the name typed (or that its file came with).
        let given = saved_label().or_else(|| {
            Some(label.get_untracked().trim().to_string()).filter(|name| !name.is_empty())
        });
        let name = given.clone().unwrap_or_else(|| "case".to_string());
        case.label = given;
        // The names for the letters go with it as they are on the page, as
        // the dates do: a file of this case holds what the family sees, also
        // names typed since it was saved, or in a case never saved.
        let names = keeping.letter_names.get_untracked();
        let result = device::download(
            &format!(
                "complaint-navigator-{}.json",
                Some(file_stem(&name))
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| "case".to_string())
            ),
            "application/json",
            &export_one(&with_letter_names(&case, &names)),
        );
        keeping.tell_downloaded(
            NoticeAt::Panel,
            result
                .map(|()| text::DOWNLOADED_CASE.to_string())
                .map_err(|e| text::could_not_download(&e)),
        );
    };

    // Cases not saved get event ids of their own: a salt for this page and
    // the case's answers, so two families' events never merge in a calendar
    // app, and downloading the same case again updates its events.
    let page_salt = StoredValue::new(device::random_hex());
    let label_in_titles = RwSignal::new(false);
    // A case's name goes in calendar entries only when chosen for that case
    // (found in a walkthrough: the choice made for one family named the
    // next one opened).
    Effect::new(move |before: Option<(Option<String>, u32)>| {
        let now = (keeping.shown_id(), keeping.replaced.get());
        if before.is_some_and(|before| before != now) {
            label_in_titles.set(false);
        }
        now
    });
    let download_calendar = move |_| {
        // The result on the page is then an earlier one, or counted without
        // a date that needs fixing: not the boxes' dates.
        if untrack(|| keeping.checked_case_now()).is_none() {
            keeping.tell(
                NoticeAt::Panel,
                text::FIX_DATES_BEFORE_DOWNLOADING.to_string(),
            );
            return;
        }
        let Some(assessment) = assessment.get_untracked() else {
            return;
        };
        let saved = untrack(|| keeping.shown_id()).map(|id| {
            keeping.store.with_untracked(|store| {
                store.as_ref().map_or(id.clone(), |store| {
                    crate::core::saved::calendar_id(store, &id)
                })
            })
        });
        let id = saved.unwrap_or_else(|| {
            let answers = case_now
                .get_untracked()
                .map(|case| crate::core::share::fragment_for(&case))
                .unwrap_or_default();
            format!("unsaved-{}-{:x}", page_salt.get_value(), fnv1a(&answers))
        });
        // The case's name only where the family asked for it: in the
        // entries and the file's name (which shows in downloads and in an
        // email it is attached to), or in neither (found in a walkthrough).
        let label = saved_label().filter(|_| label_in_titles.get_untracked());
        let calendar = calendar_file_with_label(
            &id,
            &assessment,
            keeping.today,
            reminder.get_untracked().then_some(2),
            label.as_deref(),
        );
        let result = device::download(&file_name(label.as_deref()), "text/calendar", &calendar);
        keeping.tell_downloaded(
            NoticeAt::Panel,
            result
                .map(|()| text::DOWNLOADED_CALENDAR.to_string())
                .map_err(|e| text::could_not_download(&e)),
        );
    };
    let confirming_new = RwSignal::new(false);
    // "Keep my answers", or Escape: the question goes, focus back where it was asked.
    let keep_answers = move || {
        confirming_new.set(false);
        crate::ui::focus_by_id("start-new-case");
    };
    let typed_unsaved = move || {
        keeping.answers.with(Answers::any_answered)
            && (keeping.shown_id().is_none() || unsaved_changes())
    };

    view! {
        <section class="keep" aria-labelledby="keep-heading">
            <h2 id="keep-heading" tabindex="-1">{text::KEEP_HEADING}</h2>
            <p id="keep-panel-notice" class="keep-notice" tabindex="-1"
                hidden=move || keeping.notice.with(String::is_empty) || keeping.notice_at.get() != NoticeAt::Panel>
                {move || keeping.notice.get()}
            </p>
            <h3>{text::SAVE_HEADING}</h3>
            {match problem {
                Some(reason) => view! {
                    <p id="saving-unavailable">{text::saving_unavailable(&reason)}</p>
                }.into_any(),
                None => view! {
                    <div>
                        <Show when=move || keeping.shown_id().is_none()
                            fallback=move || view! {
                                <p>{text::SAVED_ON_THIS_DEVICE_AS[0]} <strong>{saved_label}</strong> {text::SAVED_ON_THIS_DEVICE_AS[1]}
                                    {move || unsaved_changes().then_some(text::CHANGED_SINCE)}</p>
                                <button type="button" class="button" id="save-case" on:click=move |_| save()>{text::SAVE_CHANGES}</button>
                            }>
                            <p>{text::NOTHING_SAVED_UNLESS}</p>
                            {keeping.embed.then(|| view! {
                                <p>{text::SAVED_FOR_THIS_WEBSITE}</p>
                            })}
                            <div class="form-group">
                                <label class="label" for="case-label">{text::NAME_THIS_CASE}</label>
                                <p class="hint" id="case-label-hint">{move || text::name_hint(&keeping.store.with(|s| s.clone().unwrap_or_default().suggest_label()))}</p>
                                // A name longer than is kept stops as it is typed, not silently after.
                                <input class="input" id="case-label" type="text" autocomplete="off" aria-describedby="case-label-hint"
                                    maxlength=crate::core::saved::MAX_LABEL_CHARS
                                    prop:value=move || label.get() on:input=move |ev| label.set(event_target_value(&ev))
                                    on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); save(); } />
                            </div>
                            <button type="button" class="button" id="save-case" on:click=move |_| save()>{text::SAVE_ON_THIS_DEVICE}</button>
                        </Show>
                    </div>
                }.into_any(),
            }}

            <div class="button-row">
                <button type="button" class="button button-secondary" id="start-new-case" on:click=move |_| {
                    if typed_unsaved() {
                        confirming_new.set(true);
                        crate::ui::focus_by_id("confirm-new-case");
                    } else {
                        keeping.start_new_case();
                    }
                }>{text::START_NEW_CASE}</button>
            </div>
            <Show when=move || confirming_new.get()>
                <div class="warning-panel" id="confirm-new-case" tabindex="-1" role="alertdialog" aria-labelledby="confirm-new-case-text"
                    on:keydown=crate::ui::on_escape(keep_answers)>
                    <p id="confirm-new-case-text"><strong>{text::START_NEW_CASE_QUESTION}</strong>" "{move || text::start_new_case_warning(saved_label().as_deref())}</p>
                    <div class="button-row">
                        <button type="button" class="button button-warning" id="confirm-new-case-yes" on:click=move |_| {
                            confirming_new.set(false);
                            keeping.start_new_case();
                        }>{text::CLEAR_AND_START}</button>
                        <button type="button" class="button button-secondary" on:click=move |_| keep_answers()>{text::KEEP_MY_ANSWERS}</button>
                    </div>
                </div>
            </Show>

            <h3>{text::TAKE_IT_WITH_YOU}</h3>
            {(keeping.embed && in_frame()).then(|| view! {
                <p class="hint">{text::IN_FRAME_HINT}</p>
            })}
            <div class="button-row">
                <button type="button" class="button button-secondary" id="download-case" on:click=download_case>{text::DOWNLOAD_CASE}</button>
            </div>
            // The calendar file holds the dates: none until they are worked out
            // (the councils' procedures may still be on their way).
            <Show when=move || assessment.with(Option::is_some)>
            <div class="checkbox">
                <input type="checkbox" class="checkbox-input" id="calendar-reminder"
                    prop:checked=move || reminder.get() on:change=move |ev| reminder.set(event_target_checked(&ev)) />
                <label class="label checkbox-label" for="calendar-reminder">{text::REMIND_ME}</label>
            </div>
            <p class="hint">{text::CALENDAR_HINT}</p>
            {move || saved_label().map(|label| view! {
                <div class="checkbox">
                    <input type="checkbox" class="checkbox-input" id="calendar-label"
                        prop:checked=move || label_in_titles.get() on:change=move |ev| label_in_titles.set(event_target_checked(&ev)) />
                    <label class="label checkbox-label" for="calendar-label">{text::label_in_calendar(&label)}</label>
                </div>
            })}
            </Show>
            <div class="button-row">
                <Show when=move || assessment.with(Option::is_some)>
                    <button type="button" class="button button-secondary" id="download-calendar" on:click=download_calendar>{text::ADD_TO_CALENDAR}</button>
                </Show>
                <PrintButton />
            </div>
            <ShareLink case_now=case_now />
            <Letters assessment=assessment />
        </section>
    }
}
