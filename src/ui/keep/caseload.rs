//! The saved cases, most urgent first: open, rename, delete, and saved data
//! that could not be used as it was.

use super::*;
use crate::ui::council_files::CouncilFiles;

/// Saved cases for advocates and families: most urgent first (from the
/// keeping chunk, which reads them).
#[component]
pub fn SavedCases() -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    // Every saved case is counted with its council's published procedure.
    let files = use_context::<CouncilFiles>().unwrap_or_default();
    let saved_councils = move || {
        let mut ids: Vec<String> = keeping.store.with(|store| {
            store
                .iter()
                .flat_map(|store| store.cases.iter())
                .filter_map(|saved| saved.case.council.clone())
                .collect()
        });
        ids.sort();
        ids.dedup();
        ids
    };
    Effect::new(move |_| {
        for id in saved_councils() {
            files.need(&id);
        }
    });
    let rows = Memo::new(move |_| {
        files.track();
        keeping
            .store
            .get()
            .map(|store| caseload(&store, keeping.today))
            .unwrap_or_default()
    });
    let confirming_delete_all = RwSignal::new(false);
    // Cancel, or Escape: the question goes, focus back on its button.
    let cancel_delete_all = move || {
        confirming_delete_all.set(false);
        crate::ui::focus_by_id("delete-everything");
    };
    let renaming = RwSignal::new(None::<String>);
    let rename_text = RwSignal::new(String::new());

    let delete_everything = move |_| match device::remove_everything() {
        Ok(_) => {
            keeping.store.set(None);
            keeping.send(Event::DeletedEverything);
            keeping.kept_aside.set(None);
            confirming_delete_all.set(false);
            keeping.tell(NoticeAt::Top, text::EVERYTHING_DELETED.to_string());
        }
        Err(e) => keeping.tell(NoticeAt::Top, text::could_not_delete(&e)),
    };
    let download_all = move |_| {
        if let Some(store) = keeping.store.get_untracked() {
            let result = device::download(
                "complaint-navigator-all-cases.json",
                "application/json",
                &export_saved(&store),
            );
            keeping.tell_downloaded(
                NoticeAt::Top,
                result
                    .map(|()| {
                        text::downloaded_all(store.cases.len(), store.unreadable_reasons.len())
                    })
                    .map_err(|e| text::could_not_download(&e)),
            );
        } else {
            // Found in a walkthrough: with the saved data unreadable, the
            // button did nothing at all.
            keeping.tell(NoticeAt::Top, text::NOTHING_READABLE_TO_BACK_UP.to_string());
        }
    };

    view! {
        <Show when=move || {
            !rows.get().is_empty()
                || keeping.kept_aside.get().is_some()
                || keeping.store.with(|s| s.as_ref().is_some_and(|s| !s.unreadable_reasons.is_empty()))
        }>
            <section class="saved-cases" aria-labelledby="saved-heading">
                <h2 id="saved-heading" tabindex="-1">{text::SAVED_HEADING}</h2>
                <p id="caseload-summary">{move || caseload_summary(&rows.get(), keeping.today)}</p>
                {files.status("caseload-council-files", "saved-heading", move || {
                    // The chosen council's, the results area says (once).
                    let chosen = keeping.council.with(|c| c.as_ref().and_then(|c| c.council_id()));
                    saved_councils().into_iter().filter(|id| Some(id) != chosen.as_ref()).collect()
                })}
                <ul class="caseload">
                    <For each=move || rows.get() key=|row| format!("{row:?}") let:row>
                        <CaseloadItem row=row renaming=renaming rename_text=rename_text />
                    </For>
                </ul>
                <div class="button-row">
                    <button type="button" class="button button-secondary" id="download-all" on:click=download_all>{text::DOWNLOAD_ALL}</button>
                    <button type="button" class="button button-warning-secondary" id="delete-everything"
                        on:click=move |_| { confirming_delete_all.set(true); crate::ui::focus_by_id("confirm-delete-all"); }>
                        {text::DELETE_EVERYTHING}
                    </button>
                </div>
                <Show when=move || confirming_delete_all.get()>
                    <div class="warning-panel" id="confirm-delete-all" tabindex="-1"
                        on:keydown=crate::ui::on_escape(cancel_delete_all)>
                        // The copy kept aside is named only when there is one
                        // (found in a walkthrough: the words puzzled a family
                        // that had none).
                        {move || {
                            let (question, warning) = text::delete_everything(keeping.kept_aside.with(Option::is_some));
                            view! { <p><strong>{question}</strong>" "{warning}</p> }
                        }}
                        <div class="button-row">
                            <button type="button" class="button button-warning" id="confirm-delete-everything" on:click=delete_everything>{text::YES_DELETE_EVERYTHING}</button>
                            <button type="button" class="button button-secondary" on:click=move |_| cancel_delete_all()>{text::CANCEL}</button>
                        </div>
                    </div>
                </Show>
            </section>
        </Show>
    }
}

/// What a keeping action or another tab did, above the saved cases. Part
/// of the engine's chunk: opening a link says so here before the keeping
/// chunk has come.
#[component]
pub fn KeepNotice() -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    view! {
        <p id="keep-notice" class="keep-notice" tabindex="-1"
            hidden=move || keeping.notice.with(String::is_empty) || keeping.notice_at.get() != NoticeAt::Top>
            {move || keeping.notice.get()}
        </p>
    }
}

/// The choices for a copy kept aside: download it, or delete it
/// (`delete_label`) once `question` is answered yes, which calls `delete`;
/// `confirming` shows the question. Cancel or Escape puts focus back.
fn download_or_delete(
    download: impl FnMut(leptos::ev::MouseEvent) + 'static,
    delete: impl FnMut(leptos::ev::MouseEvent) + Clone + Send + Sync + 'static,
    delete_label: &'static str,
    question: &'static str,
    confirming: RwSignal<bool>,
) -> impl IntoView {
    let cancel = move || {
        confirming.set(false);
        crate::ui::focus_by_id("discard-kept-aside");
    };
    view! {
        <div class="button-row">
            <button type="button" class="button button-secondary" id="download-kept-aside" on:click=download>{text::DOWNLOAD_SAVED_DATA}</button>
            <button type="button" class="button button-warning-secondary" id="discard-kept-aside" on:click=move |_| {
                confirming.set(true);
                crate::ui::focus_by_id("confirm-discard");
            }>{delete_label}</button>
        </div>
        <Show when=move || confirming.get()>
            <div class="warning-panel" id="confirm-discard" tabindex="-1" on:keydown=crate::ui::on_escape(cancel)>
                <p><strong>{question}</strong>" "{text::DELETE_UNREADABLE_WARNING}</p>
                <div class="button-row">
                    <button type="button" class="button button-warning" id="confirm-discard-yes" on:click=delete.clone()>{text::YES_DELETE_IT}</button>
                    <button type="button" class="button button-secondary" on:click=move |_| cancel()>{text::CANCEL}</button>
                </div>
            </div>
        </Show>
    }
}

/// Saved data the page could not use as it was, kept aside: what happened,
/// where the copy is, and the choices (download, delete or dismiss).
#[component]
pub(super) fn KeptAsidePanel() -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    let confirming_discard = RwSignal::new(false);
    let release = move |raw: &str| {
        keeping
            .released
            .update_value(|released| released.push(raw.to_string()))
    };
    view! {
        {move || keeping.kept_aside.get().map(|kept| {
            let KeptAside { raw, why, key } = kept.clone();
            let download = {
                let raw = raw.clone();
                move |_| {
                    let name = match why_file(&keeping) {
                        Some(name) => name,
                        None => return,
                    };
                    match device::download(name, "text/plain", &raw) {
                        Ok(()) => {
                            release(&raw);
                            keeping.tell(NoticeAt::Top, text::DOWNLOADED_COPY.to_string());
                        }
                        Err(e) => keeping.tell(NoticeAt::Top, text::could_not_download_nothing_changed(&e)),
                    }
                }
            };
            match why {
                KeptWhy::Unreadable(reason) => {
                    let has_copy = key.is_some();
                    let discard = {
                        let raw = raw.clone();
                        move |_| {
                            release(&raw);
                            // Only the damaged data itself: once something
                            // was saved since (here or in another tab), the
                            // store holds those cases, and stays.
                            let still_damaged = device::read_store()
                                .is_ok_and(|now| now.as_deref() == Some(raw.as_str()));
                            let removed = if still_damaged { device::remove_store() } else { Ok(()) };
                            if let Some(key) = &key {
                                let _ = device::remove_key(key);
                            }
                            confirming_discard.set(false);
                            keeping.kept_aside.set(None);
                            keeping.tell(NoticeAt::Top, match removed {
                                Ok(()) => text::DAMAGED_DELETED.to_string(),
                                Err(e) => text::could_not_delete_it(&e),
                            });
                        }
                    };
                    view! {
                        <div class="warning-panel" role="alert" id="kept-aside">
                            <h2>{text::UNREADABLE_HEADING}</h2>
                            <p>{text::unreadable(&reason)}</p>
                            {match has_copy {
                                true => view! {
                                    <p>{text::COPY_KEPT_ASIDE}</p>
                                }.into_any(),
                                false => view! {
                                    <p id="kept-aside-no-room"><strong>{text::NO_ROOM_FOR_COPY}</strong>" "{text::NO_ROOM_WRITE_OVER}</p>
                                }.into_any(),
                            }}
                            {download_or_delete(download, discard, text::DELETE_DAMAGED, text::DELETE_UNREADABLE_QUESTION, confirming_discard)}
                        </div>
                    }.into_any()
                }
                KeptWhy::Earlier => {
                    let delete = {
                        let raw = raw.clone();
                        move |_| {
                            release(&raw);
                            let removed = key.as_deref().map(device::remove_key).unwrap_or(Ok(()));
                            confirming_discard.set(false);
                            keeping.kept_aside.set(KeptAside::earlier());
                            keeping.tell(NoticeAt::Top, match removed {
                                Ok(()) => text::EARLIER_COPY_DELETED.to_string(),
                                Err(e) => text::could_not_delete_it(&e),
                            });
                        }
                    };
                    view! {
                        <div class="notice-panel" role="status" id="kept-aside">
                            <h2>{text::EARLIER_COPY_HEADING}</h2>
                            <p>{text::EARLIER_COPY}</p>
                            {download_or_delete(download, delete, text::DELETE_EARLIER_COPY, text::DELETE_EARLIER_COPY_QUESTION, confirming_discard)}
                        </div>
                    }.into_any()
                }
                KeptWhy::Migrated(from) => {
                    let has_copy = key.is_some();
                    let dismiss = {
                        let raw = raw.clone();
                        move |_| {
                            release(&raw);
                            if let Some(key) = &key {
                                let _ = device::remove_key(key);
                            }
                            keeping.kept_aside.set(None);
                            keeping.tell(NoticeAt::Top, text::COPY_REMOVED.to_string());
                        }
                    };
                    view! {
                        <div class="notice-panel" role="status" id="kept-aside">
                            <h2>{text::MIGRATED_HEADING}</h2>
                            <p>{text::migrated(from)}</p>
                            {text::migrated_copy(has_copy).into_view()}
                            <div class="button-row">
                                <button type="button" class="button button-secondary" id="download-kept-aside" on:click=download>{text::DOWNLOAD_AS_THEY_WERE}</button>
                                <button type="button" class="button button-secondary" id="dismiss-kept-aside" on:click=dismiss>{text::DISMISS}</button>
                            </div>
                        </div>
                    }.into_any()
                }
            }
        })}
    }
}

fn why_file(keeping: &Keeping) -> Option<&'static str> {
    keeping.kept_aside.with_untracked(|kept| {
        kept.as_ref().map(|kept| match kept.why {
            KeptWhy::Unreadable(_) => "complaint-navigator-unreadable-saved-data.txt",
            KeptWhy::Migrated(_) => "complaint-navigator-saved-cases-before-update.txt",
            KeptWhy::Earlier => "complaint-navigator-saved-data-kept-aside.txt",
        })
    })
}

/// One saved case in the caseload, with Open, Rename and Delete.
#[component]
pub(super) fn CaseloadItem(
    row: crate::core::saved::CaseloadRow,
    renaming: RwSignal<Option<String>>,
    rename_text: RwSignal<String>,
) -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    let id = row.id.clone();
    let label = row.label.clone();
    let words = crate::ui::words();
    let next = match &row.next {
        Some(next) => (words.caseload_next)(next),
        None => row
            .problem
            .clone()
            .unwrap_or_else(|| words.caseload_nothing_open.to_string()),
    };
    let overdue = (row.overdue > 0).then(|| (words.caseload_overdue)(row.overdue));
    let open = {
        let id = id.clone();
        move |_| {
            let store = keeping.store.get_untracked();
            if let Some(saved) = store.as_ref().and_then(|s| s.get(&id)) {
                keeping.open(
                    Some(saved.clone()),
                    saved.case.clone(),
                    saved.label.clone(),
                    saved.letter_names.clone(),
                );
            }
        }
    };
    let start_rename = {
        let (id, label) = (id.clone(), label.clone());
        move |_| {
            rename_text.set(label.clone());
            renaming.set(Some(id.clone()));
            crate::ui::focus_element_id(format!("rename-{id}"));
        }
    };
    let save_name = {
        let id = id.clone();
        move || {
            let name = rename_text.get_untracked();
            let renamed = keeping.change(|store| {
                store
                    .rename(&id, &name)
                    .then(|| store.get(&id).map(|c| c.label.clone()))
                    .flatten()
            });
            if let Ok(Some(_)) = &renamed {
                let saved = keeping
                    .store
                    .with_untracked(|s| s.as_ref().and_then(|s| s.get(&id)).cloned());
                if let Some(saved) = saved {
                    keeping.send(Event::Renamed(saved));
                }
            }
            keeping.tell(
                NoticeAt::Top,
                match renamed {
                    Ok(Some(label)) => match crate::core::saved::label_as_stored(&name)
                        .filter(|typed| *typed != label)
                    {
                        Some(typed) => text::renamed_numbered(&label, &typed),
                        None => text::renamed(&label),
                    },
                    // Which of the two reasons, not "one or the other"
                    // (found in a walkthrough).
                    Ok(None) if crate::core::saved::label_as_stored(&name).is_none() => {
                        text::NOT_RENAMED_BLANK.to_string()
                    }
                    Ok(None) => text::NOT_RENAMED_GONE.to_string(),
                    Err(e) => text::could_not_rename(&e),
                },
            );
            renaming.set(None);
        }
    };
    let confirming = RwSignal::new(false);
    let delete = {
        let id = id.clone();
        move |_| {
            confirming.set(false);
            // What this tab shows of the case: deleting it must not remove
            // a newer version saved in another tab unseen.
            let shown = keeping
                .store
                .with_untracked(|s| s.as_ref().and_then(|s| s.get(&id)).cloned());
            let outcome = keeping.change(|store| store.delete_unless_changed(&id, shown.as_ref()));
            if matches!(
                outcome,
                Ok(DeleteOutcome::Deleted(_)) | Ok(DeleteOutcome::Missing)
            ) {
                keeping.send(Event::Deleted(id.clone()));
            }
            keeping.tell(
                NoticeAt::Top,
                match outcome {
                    Ok(DeleteOutcome::Deleted(removed)) => text::deleted(&removed.label),
                    Ok(DeleteOutcome::Missing) => text::ALREADY_DELETED.to_string(),
                    Ok(DeleteOutcome::ChangedElsewhere) => text::NOT_DELETED_CHANGED.to_string(),
                    Err(e) => text::could_not_delete(&e),
                },
            );
        }
    };
    let is_renaming = {
        let id = id.clone();
        move || renaming.get() == Some(id.clone())
    };
    let input_id = format!("rename-{id}");
    let delete_id = format!("delete-{id}");
    let rename_id = format!("rename-button-{id}");
    // Calling off a rename (Cancel, or Escape in the name box): the name
    // stays, and focus goes back to "Rename".
    let cancel_rename = {
        let rename_id = rename_id.clone();
        move || {
            renaming.set(None);
            crate::ui::focus_element_id(rename_id.clone());
        }
    };
    // Calling off deleting (Cancel, or Escape in the question): focus goes
    // back to "Delete".
    let cancel_delete = {
        let delete_id = delete_id.clone();
        move || {
            confirming.set(false);
            crate::ui::focus_element_id(delete_id.clone());
        }
    };
    let cancel_rename_id = format!("cancel-rename-{id}");
    let confirm_id = format!("confirm-delete-{id}");
    let confirm_panel_id = confirm_id.clone();
    let open_id = format!("open-{id}");
    view! {
        <li class="caseload-row" id=format!("saved-{id}")>
            <h3 class="caseload-label">{label.clone()}</h3>
            <p>{row.council.clone()}{overdue}</p>
            <p>{next}</p>
            <Show when=is_renaming.clone()>
                <div class="form-group">
                    <label class="label" for=input_id.clone()>{text::NEW_NAME}</label>
                    <p class="hint">{text::NEUTRAL_NAME}</p>
                    <input class="input" id=input_id.clone() type="text" autocomplete="off"
                        maxlength=crate::core::saved::MAX_LABEL_CHARS
                        prop:value=move || rename_text.get()
                        on:input=move |ev| rename_text.set(event_target_value(&ev))
                        on:keydown={
                            let save_name = save_name.clone();
                            let cancel_rename = cancel_rename.clone();
                            move |ev| match ev.key().as_str() {
                                "Enter" => { ev.prevent_default(); save_name(); }
                                "Escape" => cancel_rename(),
                                _ => {}
                            }
                        } />
                    <div class="button-row">
                        <button type="button" class="button" on:click={
                            let save_name = save_name.clone();
                            move |_| save_name()
                        }>{text::SAVE_NAME}</button>
                        <button type="button" class="button button-secondary" id=cancel_rename_id.clone() on:click={
                            let cancel_rename = cancel_rename.clone();
                            move |_| cancel_rename()
                        }>{text::CANCEL}</button>
                    </div>
                </div>
            </Show>
            <div class="button-row">
                <button type="button" class="link-button" id=open_id on:click=open>{text::OPEN}<span class="visually-hidden">{format!(" {label}")}</span></button>
                <button type="button" class="link-button" id=rename_id.clone() on:click=start_rename>{text::RENAME}<span class="visually-hidden">{format!(" {label}")}</span></button>
                <button type="button" class="link-button" id=delete_id.clone() on:click=move |_| {
                    confirming.set(true);
                    crate::ui::focus_element_id(confirm_id.clone());
                }>{text::DELETE}<span class="visually-hidden">{format!(" {label}")}</span></button>
            </div>
            <Show when=move || confirming.get()>
                <div class="warning-panel" id=confirm_panel_id.clone() tabindex="-1"
                    on:keydown=crate::ui::on_escape(cancel_delete.clone())>
                    <p><strong>{text::delete_question(&label)}</strong>" "{text::CANNOT_BE_UNDONE}</p>
                    <div class="button-row">
                        <button type="button" class="button button-warning confirm-delete" on:click=delete.clone()>{text::YES_DELETE_IT}</button>
                        <button type="button" class="button button-secondary" on:click={
                            let cancel_delete = cancel_delete.clone();
                            move |_| cancel_delete()
                        }>{text::CANCEL}</button>
                    </div>
                </div>
            </Show>
        </li>
    }
}

/// "Replace the answers on this page?": importing or opening never overwrites silently.
#[component]
pub fn ConfirmReplace() -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    view! {
        {move || keeping.session.with(|s| s.pending.as_ref().map(|opening| opening.case.clone())).map(|case| {
            let label = case.label.clone().unwrap_or_else(|| text::THIS_CASE.to_string());
            view! {
                <div class="warning-panel" id="confirm-replace" tabindex="-1" role="alertdialog" aria-labelledby="confirm-replace-text"
                    on:keydown=crate::ui::on_escape(move || keeping.keep_answers())>
                    <p id="confirm-replace-text"><strong>{text::replace_question(&label)}</strong>" "{move || text::replace_warning(keeping.shown_label().as_deref())}</p>
                    <div class="button-row">
                        <button type="button" class="button" id="confirm-replace-yes" on:click=move |_| {
                            keeping.send(Event::ConfirmOpen);
                        }>{text::REPLACE_THEM}</button>
                        <button type="button" class="button button-secondary" on:click=move |_| keeping.keep_answers()>{text::KEEP_MY_ANSWERS}</button>
                    </div>
                </div>
            }
        })}
    }
}
