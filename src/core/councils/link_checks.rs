//! The checks on what the app links and shows as a way to reach a council:
//! every web address is https and on the council's own site (its home
//! page's) or a site `data/council-domains.csv` lists for it with a reason;
//! phone numbers are UK numbers written one way; emails are well formed; no
//! two councils share a complaints email. Run by `navigator check-data`
//! and the tests, over the data as it is on disk.

use std::collections::HashMap;

use super::{Council, CouncilContacts, Procedure};
use crate::text::en::data_checks as words;

/// The registrable part of a web address's host: `www.kent.gov.uk` ->
/// `kent.gov.uk`, `www.seftondirectory.com` -> `seftondirectory.com`.
pub fn site_of(address: &str) -> String {
    let host = address
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let parts: Vec<&str> = host.split('.').collect();
    let keep = if [".gov.uk", ".org.uk", ".co.uk"]
        .iter()
        .any(|suffix| host.ends_with(suffix))
    {
        3
    } else {
        2
    };
    parts[parts.len().saturating_sub(keep)..].join(".")
}

/// A UK number as the data writes them: "0113 222 4405" (11 digits, or 10
/// for a few old 01 area codes), spaces between at most three groups, each
/// after the first at least three digits long, and an optional " ext. 1234".
pub fn is_uk_phone(number: &str) -> bool {
    let (number, extension) = match number.split_once(" ext. ") {
        Some((number, extension)) => (number, Some(extension)),
        None => (number, None),
    };
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let groups: Vec<&str> = number.split(' ').collect();
    number.starts_with('0')
        && (digits.len() == 11 || (digits.len() == 10 && digits.starts_with("01")))
        && number.chars().all(|c| c.is_ascii_digit() || c == ' ')
        && groups.len() <= 3
        && groups.iter().skip(1).all(|g| g.len() >= 3)
        && extension.is_none_or(|e| !e.is_empty() && e.chars().all(|c| c.is_ascii_digit()))
}

pub fn is_well_formed_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.contains(char::is_whitespace)
        && email.matches('@').count() == 1
}

/// `data/council-domains.csv`: council id -> other sites allowed for it.
/// A row without a reason is a problem of its own.
fn extra_sites(domains_csv: &str, problems: &mut Vec<String>) -> HashMap<String, Vec<String>> {
    let mut sites: HashMap<String, Vec<String>> = HashMap::new();
    for line in domains_csv.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let mut fields = line.splitn(3, ',');
        let (id, site) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""));
        let why = fields.next().unwrap_or("").trim_matches('"');
        if why.len() <= 20 {
            problems.push(words::domain_without_reason(id, site));
        }
        sites
            .entry(id.to_string())
            .or_default()
            .push(site.to_string());
    }
    sites
}

/// Every problem with the addresses, numbers and emails of these files.
pub fn check_links(
    councils: &[Council],
    procedures: &[Procedure],
    contacts: &[CouncilContacts],
    domains_csv: &str,
) -> Vec<String> {
    let mut problems = Vec::new();
    let extra = extra_sites(domains_csv, &mut problems);
    // The home page from the council's contact file, or from councils.csv.
    let home_sites: HashMap<&str, String> = councils
        .iter()
        .filter_map(|council| {
            let home = contacts
                .iter()
                .find(|c| c.council == council.id)
                .and_then(|c| c.home_page.as_ref().map(|f| f.value.clone()))
                .or_else(|| council.website.clone())?;
            Some((council.id.as_str(), site_of(&home)))
        })
        .collect();
    let check_address = |problems: &mut Vec<String>, council: &str, what: &str, address: &str| {
        if !address.starts_with("https://") {
            problems.push(words::address_not_https(council, what, address));
            return;
        }
        let site = site_of(address);
        let allowed = home_sites.get(council) == Some(&site)
            || extra
                .get(council)
                .is_some_and(|sites| sites.contains(&site));
        if !allowed {
            problems.push(words::address_not_councils_site(
                council,
                what,
                address,
                home_sites.get(council).map(String::as_str),
            ));
        }
    };
    let mut emails: HashMap<String, String> = HashMap::new();
    let mut check_email = |problems: &mut Vec<String>, council: &str, email: &str| {
        if !is_well_formed_email(email) {
            problems.push(words::not_an_email(council, email));
        }
        if let Some(other) = emails.insert(email.to_ascii_lowercase(), council.to_string()) {
            if other != council {
                problems.push(words::email_shared(email, &other, council));
            }
        }
    };
    for file in contacts {
        let council = file.council.as_str();
        for (what, fact) in [
            ("home_page", &file.home_page),
            ("complaints_page", &file.complaints_page),
            ("online_form", &file.online_form),
        ] {
            if let Some(fact) = fact {
                check_address(&mut problems, council, what, &fact.value);
            }
        }
        if let Some(phone) = &file.phone {
            if !is_uk_phone(&phone.value) {
                problems.push(words::not_a_uk_phone(council, &phone.value));
            }
        }
        if let Some(email) = &file.email {
            check_email(&mut problems, council, &email.value);
        }
    }
    for procedure in procedures {
        let council = procedure.council.as_str();
        if procedure.page_url_works {
            check_address(&mut problems, council, "page_url", &procedure.page_url);
        }
        for contact in &procedure.contacts {
            match contact.kind.as_str() {
                "phone" if !is_uk_phone(&contact.value) => {
                    problems.push(words::not_a_uk_phone(&procedure.id, &contact.value));
                }
                "email" => check_email(&mut problems, council, &contact.value),
                "online_form" => {
                    check_address(&mut problems, council, "online_form", &contact.value)
                }
                _ => {}
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sites_numbers_and_emails_are_read_as_editors_write_them() {
        assert_eq!(site_of("https://www.kent.gov.uk/a/b"), "kent.gov.uk");
        assert_eq!(
            site_of("https://www.seftondirectory.com/x"),
            "seftondirectory.com"
        );
        assert_eq!(site_of("https://my.council.org.uk?x#y"), "council.org.uk");
        assert!(is_uk_phone("0113 222 4405"));
        assert!(is_uk_phone("016977 4567"));
        assert!(is_uk_phone("0300 123 4567 ext. 12"));
        assert!(!is_uk_phone("+44 113 222 4405"));
        assert!(!is_uk_phone("0113 22 24405"));
        assert!(!is_uk_phone("0113 222 4405 ext. "));
        assert!(is_well_formed_email("complaints@kent.gov.uk"));
        assert!(!is_well_formed_email("complaints at kent.gov.uk"));
        assert!(!is_well_formed_email("a@b@kent.gov.uk"));
        assert!(!is_well_formed_email("complaints@kent."));
    }
}
