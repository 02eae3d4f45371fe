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
    let reminder = RwSignal::new(true);
    let problem = keeping.storage_problem.get_value();
    let saved_label = move || {
        let id = keeping.current.get()?;
        keeping
            .store
            .with(|s| s.as_ref().and_then(|s| s.get(&id)).map(|c| c.label.clone()))
    };
    let unsaved_changes = move || {
        let saved = keeping.current.get().and_then(|id| {
            keeping
                .store
                .with(|s| s.as_ref()?.get(&id).map(|c| c.case.clone()))
        });
        let now = case_now.get();
        crate::core::keeping::has_unsaved_changes(crate::core::keeping::Page {
            typed_something: true,
            saved: saved.as_ref(),
            now: now.as_ref(),
        })
    };

    let save = move || {
        let Some(case) = case_now.get_untracked() else {
            keeping.tell(
                NoticeAt::Panel,
                "Fix the dates above before saving.".to_string(),
            );
            return;
        };
        let names = keeping.letter_names.get_untracked();
        let result = match keeping.current.get_untracked() {
            Some(id) => {
                let seen = keeping.seen.get_untracked();
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
                        keeping.current.set(saved.as_ref().map(|c| c.id.clone()));
                        keeping.seen.set(saved);
                        match outcome {
                            SaveOutcome::Saved { .. } => format!("Saved the changes to {name}."),
                            SaveOutcome::SavedAgain { .. } => format!("This case had been deleted in another tab, so it was saved again as {name}."),
                            SaveOutcome::KeptBoth { other_label, .. } => format!(
                                "{other_label} was changed in another tab since you opened it. Both versions are kept: the other tab's as {other_label}, and this page's as {name}."
                            ),
                        }
                    })
            }
            None => {
                let typed = label.get_untracked();
                keeping
                    .change(|store| {
                        let id = store.add(case, typed.trim());
                        store.set_letter_names(&id, names);
                        store.get(&id).cloned()
                    })
                    .map(|saved| {
                        let name = saved.as_ref().map(|c| c.label.clone()).unwrap_or_default();
                        keeping.current.set(saved.as_ref().map(|c| c.id.clone()));
                        keeping.seen.set(saved);
                        format!("Saved on this device as {name}.")
                    })
            }
        };
        keeping.tell(
            NoticeAt::Panel,
            match result {
                Ok(message) => message,
                Err(e) => format!("Not saved: {e}. Download a backup file instead."),
            },
        );
    };

    let download_case = move |_| {
        let Some(mut case) = case_now.get_untracked() else {
            return;
        };
        let name = saved_label().unwrap_or_else(|| "case".to_string());
        case.label = saved_label();
        let result = device::download(
            &format!(
                "complaint-navigator-{}.json",
                Some(file_stem(&name))
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| "case".to_string())
            ),
            "application/json",
            &export_one(&case),
        );
        keeping.tell(
            NoticeAt::Panel,
            match result {
                Ok(()) => "Downloaded a backup file of this case.".to_string(),
                Err(e) => format!("Could not download: {e}."),
            },
        );
    };

    // Cases not saved get event ids of their own: a salt for this page and
    // the case's answers, so two families' events never merge in a calendar
    // app, and downloading the same case again updates its events.
    let page_salt = StoredValue::new(format!("{:x}", (js_sys::Math::random() * 1e15) as u64));
    let label_in_titles = RwSignal::new(false);
    let download_calendar =
        move |_| {
            let Some(assessment) = assessment.get_untracked() else {
                return;
            };
            let id = keeping.current.get_untracked().unwrap_or_else(|| {
                let answers = case_now
                    .get_untracked()
                    .map(|case| crate::core::share::fragment_for(&case))
                    .unwrap_or_default();
                format!("unsaved-{}-{:x}", page_salt.get_value(), fnv1a(&answers))
            });
            let label = saved_label();
            let text = calendar_file_with_label(
                &id,
                &assessment,
                keeping.today,
                reminder.get_untracked().then_some(2),
                label.as_deref().filter(|_| label_in_titles.get_untracked()),
            );
            let result = device::download(&file_name(label.as_deref()), "text/calendar", &text);
            keeping.tell(NoticeAt::Panel, match result {
            Ok(()) => {
                "Downloaded the calendar file. Open it to add the deadlines to your calendar."
                    .to_string()
            }
            Err(e) => format!("Could not download: {e}."),
        });
        };
    let confirming_new = RwSignal::new(false);
    let typed_unsaved = move || {
        keeping.answers.with(Answers::any_answered)
            && (keeping.current.get().is_none() || unsaved_changes())
    };

    view! {
        <section class="keep" aria-labelledby="keep-heading">
            <h2 id="keep-heading" tabindex="-1">"Keep and take away"</h2>
            <p id="keep-panel-notice" class="keep-notice" tabindex="-1"
                hidden=move || keeping.notice.with(String::is_empty) || keeping.notice_at.get() != NoticeAt::Panel>
                {move || keeping.notice.get()}
            </p>
            <h3>"Save on this device"</h3>
            {match problem {
                Some(reason) => view! {
                    <p id="saving-unavailable">{format!("Saving is not available here: {reason}. Everything else works. To keep your dates, download a backup file below.")}</p>
                }.into_any(),
                None => view! {
                    <div>
                        <Show when=move || keeping.current.get().is_none()
                            fallback=move || view! {
                                <p>"This case is saved on this device as " <strong>{saved_label}</strong> "."
                                    {move || unsaved_changes().then_some(" You have changed it since.")}</p>
                                <button type="button" class="button" id="save-case" on:click=move |_| save()>"Save the changes"</button>
                            }>
                            <p>"Nothing is saved unless you choose to. If you save, your dates, your council and the name you give the case are stored in this browser on this device, and nowhere else. Anyone else who uses this device and browser could see them, so on a shared computer, download a backup file instead."</p>
                            {keeping.embed.then(|| view! {
                                <p>"Inside another website, your browser keeps these saved cases for that website only: they will not appear on the full Complaint Navigator site. Backup files work everywhere."</p>
                            })}
                            <div class="form-group">
                                <label class="label" for="case-label">"Name this case (optional)"</label>
                                <p class="hint" id="case-label-hint">{move || format!("For example, \"{}\". Use something neutral, not a child's name.", keeping.store.with(|s| s.clone().unwrap_or_default().suggest_label()))}</p>
                                <input class="input" id="case-label" type="text" autocomplete="off" aria-describedby="case-label-hint"
                                    prop:value=move || label.get() on:input=move |ev| label.set(event_target_value(&ev))
                                    on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); save(); } />
                            </div>
                            <button type="button" class="button" id="save-case" on:click=move |_| save()>"Save on this device"</button>
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
                }>"Start a new case"</button>
            </div>
            <Show when=move || confirming_new.get()>
                <div class="warning-panel" id="confirm-new-case" tabindex="-1" role="alertdialog" aria-labelledby="confirm-new-case-text">
                    <p id="confirm-new-case-text"><strong>"Start a new case?"</strong>" The answers on this page are not saved and will be cleared. Save them first if you need them."</p>
                    <div class="button-row">
                        <button type="button" class="button button-warning" id="confirm-new-case-yes" on:click=move |_| {
                            confirming_new.set(false);
                            keeping.start_new_case();
                        }>"Clear them and start a new case"</button>
                        <button type="button" class="button button-secondary" on:click=move |_| {
                            confirming_new.set(false);
                            crate::ui::focus_by_id("start-new-case");
                        }>"Keep my answers"</button>
                    </div>
                </div>
            </Show>

            <h3>"Take it with you"</h3>
            {(keeping.embed && in_frame()).then(|| view! {
                <p class="hint">"If a download or printing does not work inside this website, open the full tool in a new tab (link at the top)."</p>
            })}
            <div class="button-row">
                <button type="button" class="button button-secondary" id="download-case" on:click=download_case>"Download a backup file of this case"</button>
            </div>
            <div class="checkbox">
                <input type="checkbox" class="checkbox-input" id="calendar-reminder"
                    prop:checked=move || reminder.get() on:change=move |ev| reminder.set(event_target_checked(&ev)) />
                <label class="label checkbox-label" for="calendar-reminder">"Remind me 2 days before each date"</label>
            </div>
            <p class="hint">"The calendar entries do not name you or your child. Some calendar apps ignore reminders in imported files."</p>
            {move || saved_label().map(|label| view! {
                <div class="checkbox">
                    <input type="checkbox" class="checkbox-input" id="calendar-label"
                        prop:checked=move || label_in_titles.get() on:change=move |ev| label_in_titles.set(event_target_checked(&ev)) />
                    <label class="label checkbox-label" for="calendar-label">{format!("Put the case's name, \"{label}\", in each calendar entry")}</label>
                </div>
            })}
            <div class="button-row">
                <button type="button" class="button button-secondary" id="download-calendar" on:click=download_calendar>"Add the dates to your calendar (.ics file)"</button>
                <PrintButton />
            </div>
            <ShareLink case_now=case_now />
            <Letters assessment=assessment />
        </section>
    }
}
