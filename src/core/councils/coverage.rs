//! How much is known per council: counts for `navigator councils
//! --coverage` and the README, from the contact and procedure files.

use serde::Serialize;

use super::{all, contacts_for, procedures, procedures_for};

/// What the data holds across the councils.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub councils: usize,
    pub with_home_page: usize,
    /// A children's social care complaints page: from the contact file or
    /// a procedure file's page.
    pub with_complaints_page: usize,
    pub with_phone: usize,
    pub with_email: usize,
    pub with_phone_or_email: usize,
    pub with_online_form: usize,
    pub with_postal_address: usize,
    /// Councils with at least one procedure file (published timescales).
    pub with_procedure_file: usize,
    pub procedure_files: usize,
}

/// Counts what the data holds for every council.
pub fn coverage() -> Coverage {
    let mut out = Coverage {
        councils: all().len(),
        with_home_page: 0,
        with_complaints_page: 0,
        with_phone: 0,
        with_email: 0,
        with_phone_or_email: 0,
        with_online_form: 0,
        with_postal_address: 0,
        with_procedure_file: 0,
        procedure_files: procedures().len(),
    };
    for council in all() {
        let gathered = contacts_for(&council.id);
        let files = procedures_for(&council.id);
        let procedure_has = |kind: &str| {
            files
                .iter()
                .any(|p| p.contacts.iter().any(|c| c.kind == kind))
        };
        let count = |known: bool, total: &mut usize| *total += usize::from(known);
        let home = gathered.is_some_and(|c| c.home_page.is_some()) || council.website.is_some();
        let page = gathered.is_some_and(|c| c.complaints_page.is_some())
            || files.iter().any(|p| p.page_url_works);
        let phone = gathered.is_some_and(|c| c.phone.is_some()) || procedure_has("phone");
        let email = gathered.is_some_and(|c| c.email.is_some()) || procedure_has("email");
        let form =
            gathered.is_some_and(|c| c.online_form.is_some()) || procedure_has("online_form");
        let post = gathered.is_some_and(|c| c.postal_address.is_some()) || procedure_has("address");
        count(home, &mut out.with_home_page);
        count(page, &mut out.with_complaints_page);
        count(phone, &mut out.with_phone);
        count(email, &mut out.with_email);
        count(phone || email, &mut out.with_phone_or_email);
        count(form, &mut out.with_online_form);
        count(post, &mut out.with_postal_address);
        count(!files.is_empty(), &mut out.with_procedure_file);
    }
    out
}
