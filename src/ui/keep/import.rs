//! "Open a backup file": choose or drop a file made by this tool.

use super::*;

/// "Open a backup file": choose or drop a file made by this tool.
#[component]
pub fn ImportBox() -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    let message = RwSignal::new(None::<Result<String, String>>);
    // Some of the file's cases could not be read: said, but not as success.
    let partly = RwSignal::new(false);
    let imported = RwSignal::new(Vec::<ImportedCase>::new());
    let dragging = RwSignal::new(false);

    let take_file = move |file: web_sys::File| {
        leptos::task::spawn_local(async move {
            let outcome = match device::read_file(file).await {
                Ok(text) => import_what_reads(&text, keeping.today)
                    .map(|read| (read, file_parts_note(&text)))
                    .map_err(|e| e.message()),
                Err(e) => Err(e),
            };
            match outcome {
                Ok((read, file_note)) => {
                    let cases: Vec<Case> = read.cases.iter().map(|c| c.case.clone()).collect();
                    // Cases left out are named one by one: the file keeps them.
                    let note = [unknown_parts_note(&cases), file_note]
                        .into_iter()
                        .flatten()
                        .chain(read.left_out.iter().map(ImportError::left_out_message))
                        .collect::<Vec<_>>();
                    let note = (!note.is_empty()).then(|| note.join(" "));
                    let count = read.cases.len() + read.left_out.len();
                    partly.set(!read.left_out.is_empty());
                    message.set(Some(Ok(text::file_holds(
                        count,
                        read.cases.len(),
                        note.as_deref(),
                    ))));
                    imported.set(read.cases);
                }
                Err(e) => {
                    imported.set(Vec::new());
                    message.set(Some(Err(e)));
                }
            }
            crate::ui::focus_by_id("import-result");
        });
    };
    let on_choose = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            take_file(file);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take_file(file);
        }
    };
    let save_all = move |_| {
        let cases = imported.get_untracked();
        let added = keeping.change(|store| {
            // Compared with the cases saved before: two alike in the file
            // are both added, as the file has them.
            let before = store.clone();
            let mut already = 0;
            for read in &cases {
                // The same file opened twice adds nothing twice: a case
                // already saved with the same name and answers is left.
                if before.holds_copy_of(&read.case) {
                    already += 1;
                    continue;
                }
                // Always added as new cases: an import never replaces a saved
                // one. One that needs fixing is added too: it opens with what to fix.
                store.add_imported(read.case.clone());
            }
            already
        });
        partly.set(false);
        message.set(Some(match added {
            Ok(already) => Ok(text::added(cases.len() - already, already)),
            Err(e) => Err(text::not_saved(&e)),
        }));
        imported.set(Vec::new());
        // The button goes with the list: focus on what it did.
        crate::ui::focus_by_id("import-result");
    };
    // Inside the page's "Open a backup file" disclosure.
    view! {
            <div class="drop-zone" class:drop-zone-active=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label class="label" for="import-file">{text::CHOOSE_FILE}</label>
                <input class="file-input" id="import-file" type="file" accept=".json,.txt,application/json,text/plain" on:change=on_choose />
            </div>
            <div id="import-result" tabindex="-1">
                {move || message.get().map(|m| match m {
                    Ok(said) => view! { <p class:success-text=move || !partly.get() class:warning-text=move || partly.get()>{said}</p> }.into_any(),
                    Err(said) => view! { <p class="error-message" role="alert">{said}</p> }.into_any(),
                })}
                <ul class="imported">
                    {move || imported.get().into_iter().enumerate().map(|(index, read)| {
                        let ImportedCase { number, case, problem } = read;
                        let label = case.label.as_deref().and_then(label_as_stored).unwrap_or_else(|| text::case_in_file(number.unwrap_or(index + 1)));
                        let council = case.council.as_deref().and_then(crate::core::councils::find).map(|c| c.name.as_str());
                        let details = text::case_in_file_details(council, case.events.complaint_received);
                        let open_label = label.clone();
                        let problem = problem.map(|p| view! { <span class="warning-text">{text::needs_fixing(&p.message)}</span> });
                        view! {
                            <li>
                                <strong>{label.clone()}</strong>{details}{problem}
                                " " <button type="button" class="link-button" on:click=move |_| {
                                    // A backup file brings the names for its letters (found
                                    // in a walkthrough: "Open" left them behind, and a save
                                    // lost them).
                                    let mut case = case.clone();
                                    let names = crate::core::saved::take_letter_names(&mut case);
                                    keeping.open(None, case, open_label.clone(), names)
                                }>
                                    {text::OPEN}<span class="visually-hidden">{format!(" {label}")}</span></button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <Show when=move || !imported.get().is_empty() && keeping.storage_problem.get_value().is_none()>
                    <button type="button" class="button button-secondary" id="save-imported" on:click=save_all>{move || text::add_to_saved(imported.with(Vec::len))}</button>
                </Show>
            </div>
    }
}
