//! Pre-filled letters to copy or print.

use super::*;

/// Pre-filled letters to copy or print.
#[component]
pub(super) fn Letters(#[prop(into)] assessment: Signal<Option<Assessment>>) -> impl IntoView {
    let keeping = expect_context::<Keeping>();
    let kinds = Memo::new(move |_| {
        assessment
            .get()
            .map(|a| available_letters(&a))
            .unwrap_or_default()
    });
    let chosen = RwSignal::new(None::<LetterKind>);
    let names = keeping.letter_names;
    let letter_text = Memo::new(move |_| {
        let kind = chosen.get().or_else(|| kinds.get().first().copied())?;
        let assessment = assessment.get()?;
        let case = keeping.checked_case_now()?;
        let written = letter(kind, &case, &assessment, &names.get());
        Some(format!("{}\n\n{}", written.title, written.body))
    });
    let copied = RwSignal::new(String::new());
    let field = move |id: &'static str,
                      label: &'static str,
                      get: fn(&LetterNames) -> String,
                      set: fn(&mut LetterNames, String)| {
        view! {
            <div class="form-group">
                <label class="label" for=id>{label}</label>
                <input class="input" id=id type="text" autocomplete="off"
                    prop:value=move || names.with(get)
                    on:input=move |ev| { let value = event_target_value(&ev); names.update(|n| set(n, value)); } />
            </div>
        }
    };
    view! {
        <Show when=move || !kinds.get().is_empty()>
            <h3 id="letters-heading">{text::LETTERS_HEADING}</h3>
            <p>{text::LETTERS_EXPLAINED}</p>
            <div class="form-group">
                <label class="label" for="letter-kind">{text::WHICH_LETTER}</label>
                <select class="select" id="letter-kind" on:change=move |ev| chosen.set(LetterKind::from_id(&event_target_value(&ev)))>
                    {move || kinds.get().into_iter().map(|kind| view! {
                        <option value=kind.id() selected=move || chosen.get().or_else(|| kinds.get().first().copied()) == Some(kind)>{kind.short_label()}</option>
                    }).collect_view()}
                </select>
            </div>
            {field("letter-your-name", text::YOUR_NAME, |n| n.your_name.clone(), |n, v| n.your_name = v)}
            {field("letter-child-name", text::CHILD_NAME, |n| n.child_name.clone(), |n, v| n.child_name = v)}
            {field("letter-reference", text::COUNCIL_REFERENCE, |n| n.council_reference.clone(), |n, v| n.council_reference = v)}
            <label class="label" for="letter-text">{text::YOUR_LETTER}</label>
            <textarea class="textarea letter" id="letter-text" readonly rows="16" prop:value=move || {
                letter_text.get().unwrap_or_else(|| text::LETTER_NEEDS_DATES.to_string())
            }></textarea>
            <div class="print-only" id="letter-print" aria-hidden="true">{move || letter_text.get().unwrap_or_default()}</div>
            <div class="button-row">
                <button type="button" class="button button-secondary" id="copy-letter" on:click=move |_| {
                    match letter_text.get_untracked() {
                        Some(letter) => device::copy_text(&letter, copied, text::LETTER_COPIED, text::LETTER_NOT_COPIED),
                        None => copied.set(text::LETTER_NEEDS_DATES.to_string()),
                    }
                }>{text::COPY_LETTER}</button>
                <button type="button" class="button button-secondary" id="print-letter" on:click=move |_| {
                    let root = document().document_element();
                    if let Some(root) = &root { let _ = root.class_list().add_1("printing-letter"); }
                    let _ = window().print();
                    if let Some(root) = &root { let _ = root.class_list().remove_1("printing-letter"); }
                }>{text::PRINT_LETTER}</button>
            </div>
            <p class="hint" aria-live="polite">{move || copied.get()}</p>
        </Show>
    }
}
