//! What the app says about the council and the procedure used.

use super::{CouncilView, Difference};
use crate::core::councils::{Council, Procedure};
use crate::core::dates::day_month_year;

pub(super) const STATUTORY_NOTE: &str =
    "We use the timescales set by law. Your council's own page may promise shorter ones.";

pub(super) fn council_view(
    council: Option<&Council>,
    procedure: Option<&Procedure>,
) -> CouncilView {
    let Some(council) = council else {
        return CouncilView {
            id: None,
            name: "Your council".to_string(),
            statutory_only: true,
            notes: vec![STATUTORY_NOTE.to_string()],
            page_url: None,
            page_checked: None,
            contacts: Vec::new(),
            differences: Vec::new(),
        };
    };
    let mut notes = Vec::new();
    match procedure {
        None => {
            notes.push(STATUTORY_NOTE.to_string());
            notes.push(match &council.website {
                Some(_) => format!(
                    "We have not checked {}'s own complaints page: look for \"children's social care complaints\" on its website.",
                    council.name
                ),
                None => format!(
                    "To find {}'s own complaints page, search for \"{} children's social care complaints\".",
                    council.name, council.short_name
                ),
            });
            notes.extend(council.run_by_sentence());
            CouncilView {
                id: Some(council.id.clone()),
                name: council.name.clone(),
                statutory_only: true,
                notes,
                page_url: council.website.clone(),
                page_checked: None,
                contacts: council
                    .website
                    .iter()
                    .map(|site| format!("Website: {site}"))
                    .collect(),
                differences: Vec::new(),
            }
        }
        Some(procedure) => {
            notes.push(format!(
                "We use the timescales set by law, and show where {}'s own page promises something different.",
                council.name
            ));
            // Say once that the page has moved: some pages' own notes do.
            let notes_say_moved = procedure
                .notes
                .iter()
                .any(|note| note.contains("no longer works") || note.contains("been replaced"));
            if !procedure.page_url_works && !notes_say_moved {
                notes.push(format!(
                    "The page we used ({}, checked {}) no longer works, so we link to {} instead.",
                    procedure.page_url,
                    day_month_year(procedure.checked),
                    procedure.link()
                ));
            }
            notes.extend(council.run_by_sentence());
            notes.extend(procedure.notes.iter().cloned());
            notes.extend(
                procedure
                    .extra_steps
                    .iter()
                    .map(|extra| extra.explanation.clone()),
            );
            CouncilView {
                id: Some(council.id.clone()),
                name: council.name.clone(),
                statutory_only: false,
                notes,
                page_url: Some(procedure.link().to_string()),
                page_checked: Some(procedure.checked),
                contacts: procedure
                    .contacts
                    .iter()
                    .map(|contact| match &contact.label {
                        // A label may be a whole sentence: drop its full stop
                        // before the colon.
                        Some(label) => format!(
                            "{}: {}",
                            label.trim_end().trim_end_matches('.'),
                            contact.value
                        ),
                        None => contact.value.clone(),
                    })
                    .collect(),
                differences: procedure
                    .differences
                    .iter()
                    .map(|d| Difference {
                        id: d.id.clone(),
                        council_says: d.council_says.clone(),
                        law_says: d.law_says.clone(),
                        explanation: d.explanation.clone(),
                        hold_them_to: d.hold_them_to.clone(),
                    })
                    .collect(),
            }
        }
    }
}
