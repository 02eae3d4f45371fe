//! What the app says about the council and the procedure used.

use super::{ContactKind, ContactLine, CouncilView, Difference};
use crate::core::councils::{contacts_for, Council, CouncilContacts, Procedure, SourcedFact};
use crate::text::en::council as words;

/// `law_times`: the route's dates are the law's (the statutory procedure),
/// so the note says so; the corporate procedure and the routes outside the
/// council's procedures say what their times are elsewhere.
pub(super) fn council_view(
    council: Option<&Council>,
    procedure: Option<&Procedure>,
    law_times: bool,
) -> CouncilView {
    let statutory_note = || law_times.then(words::statutory_note);
    let Some(council) = council else {
        return CouncilView {
            id: None,
            name: words::your_council(),
            statutory_only: true,
            notes: statutory_note().into_iter().collect(),
            page_url: None,
            page_checked: None,
            contacts: Vec::new(),
            differences: Vec::new(),
        };
    };
    let mut notes = Vec::new();
    match procedure {
        None => {
            notes.extend(statutory_note());
            let gathered = contacts_for(&council.id);
            let page = gathered.and_then(|c| c.complaints_page.as_ref());
            notes.push(match (gathered, page) {
                (Some(gathered), Some(_)) => {
                    words::details_as_published(&council.name, gathered.read_on)
                }
                (Some(gathered), None)
                    if gathered.home_page.is_some() || council.website.is_some() =>
                {
                    words::complaints_page_not_found(&council.name)
                }
                _ => words::search_for_complaints_page(&council.name, &council.short_name),
            });
            if let Some(body) = gathered.and_then(|c| c.handled_by.as_ref()) {
                notes.push(words::handled_by(&council.name, &body.value));
            } else {
                notes.extend(council.run_by_sentence());
            }
            let home = gathered
                .and_then(|c| c.home_page.as_ref().map(|f| f.value.clone()))
                .or_else(|| council.website.clone());
            CouncilView {
                id: Some(council.id.clone()),
                name: council.name.clone(),
                statutory_only: true,
                notes,
                page_url: page.map(|p| p.value.clone()).or_else(|| home.clone()),
                page_checked: gathered.filter(|_| page.is_some()).map(|c| c.read_on),
                contacts: match gathered {
                    Some(gathered) => gathered_lines(gathered),
                    None => home
                        .iter()
                        .map(|site| ContactLine {
                            kind: ContactKind::Website,
                            label: words::contact_kind(ContactKind::Website).to_string(),
                            value: site.clone(),
                            href: Some(site.clone()),
                            source: None,
                        })
                        .collect(),
                },
                differences: Vec::new(),
            }
        }
        Some(procedure) => {
            notes.push(words::law_and_page(&council.name));
            // Say once that the page has moved: some pages' own notes do.
            let notes_say_moved = procedure
                .notes
                .iter()
                .any(|note| note.contains("no longer works") || note.contains("been replaced"));
            if !procedure.page_url_works && !notes_say_moved {
                notes.push(words::page_no_longer_works(
                    &procedure.page_url,
                    procedure.checked,
                    procedure.link(),
                ));
            }
            notes.extend(council.run_by_sentence());
            // The page's own wording comes in its own file, after the dates.
            if crate::core::councils::waiting_for_wording(&council.id) {
                notes.push(words::wording_on_its_way(&council.name));
            }
            // When we guessed which version of the page applies, the warning
            // says so once; the page's own notes about the guess are left out.
            notes.extend(
                procedure
                    .notes
                    .iter()
                    .filter(|note| !(procedure.validity_assumed && note.contains("assumed")))
                    .cloned(),
            );
            notes.extend(
                procedure
                    .extra_steps
                    .iter()
                    .filter(|extra| !extra.explanation.is_empty())
                    .map(|extra| extra.explanation.clone()),
            );
            let mut contacts: Vec<ContactLine> = procedure
                .contacts
                .iter()
                .map(|contact| {
                    let kind = match contact.kind.as_str() {
                        "phone" => ContactKind::Phone,
                        "email" => ContactKind::Email,
                        "online_form" => ContactKind::OnlineForm,
                        "hours" => ContactKind::Hours,
                        _ => ContactKind::Address,
                    };
                    // A label may be a whole sentence: drop its full stop.
                    let label = contact.label.as_deref().map_or_else(
                        || words::contact_kind(kind).to_string(),
                        |label| label.trim_end().trim_end_matches('.').to_string(),
                    );
                    line(
                        kind,
                        label,
                        &contact.value,
                        Some(procedure.page_url.clone()),
                    )
                })
                .collect();
            // Ways of reaching the council that its procedure page did not
            // give but another of its pages did, each with its own source.
            if let Some(gathered) = contacts_for(&council.id) {
                let extra: Vec<ContactLine> = gathered_lines(gathered)
                    .into_iter()
                    .filter(|extra| extra.kind != ContactKind::Website)
                    .filter(|extra| !contacts.iter().any(|c| c.kind == extra.kind))
                    .collect();
                contacts.extend(extra);
            }
            CouncilView {
                id: Some(council.id.clone()),
                name: council.name.clone(),
                statutory_only: false,
                notes,
                page_url: Some(procedure.link().to_string()),
                page_checked: Some(procedure.checked),
                contacts,
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

/// A contact with the link a tap follows: phone numbers call, emails open
/// the mail app, web addresses open. Nothing is built from a pattern: the
/// link is the published value itself.
fn line(kind: ContactKind, label: String, value: &str, source: Option<String>) -> ContactLine {
    let href = match kind {
        ContactKind::Phone => {
            let digits: String = value
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect();
            (digits.len() >= 10).then(|| format!("tel:{digits}"))
        }
        ContactKind::Email => value.contains('@').then(|| format!("mailto:{value}")),
        ContactKind::OnlineForm | ContactKind::Website => {
            value.starts_with("https://").then(|| value.to_string())
        }
        ContactKind::Address | ContactKind::Hours => None,
    };
    ContactLine {
        kind,
        label,
        value: value.to_string(),
        href,
        source,
    }
}

/// The contacts gathered from a council's pages, each with its source.
fn gathered_lines(gathered: &CouncilContacts) -> Vec<ContactLine> {
    let fact = |kind: ContactKind, default: &str, fact: &Option<SourcedFact>| {
        fact.as_ref().map(|f| {
            let label = f.label.clone().unwrap_or_else(|| default.to_string());
            line(kind, label, &f.value, Some(f.source.clone()))
        })
    };
    [
        fact(ContactKind::Phone, words::COMPLAINTS_TEAM, &gathered.phone),
        fact(ContactKind::Email, words::COMPLAINTS_TEAM, &gathered.email),
        fact(
            ContactKind::OnlineForm,
            words::ONLINE_COMPLAINT_FORM,
            &gathered.online_form,
        ),
        fact(
            ContactKind::Address,
            words::WRITE_TO,
            &gathered.postal_address,
        ),
        fact(
            ContactKind::Website,
            words::COMPLAINTS_PAGE,
            &gathered.complaints_page,
        ),
        fact(
            ContactKind::Website,
            words::COUNCIL_WEBSITE,
            &gathered.home_page,
        ),
    ]
    .into_iter()
    .flatten()
    .collect()
}
