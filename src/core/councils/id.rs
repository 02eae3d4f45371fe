//! How a council's id is made from its short name. Standalone (no other
//! module of the crate), so build.rs can use this same file to name the
//! councils in the councils file.

/// Makes a council id from a short name: lower case, "&" becomes "and",
/// punctuation is dropped, spaces and hyphens become single hyphens.
/// "Bournemouth, Christchurch and Poole" gives "bournemouth-christchurch-and-poole".
pub fn council_id(short_name: &str) -> String {
    let mut cleaned = String::with_capacity(short_name.len());
    // Council names are plain ASCII (a test checks): ASCII-only case rules
    // keep Unicode's tables out of the first download.
    for c in short_name.chars() {
        if c.is_ascii_alphanumeric() {
            cleaned.push(c.to_ascii_lowercase());
        } else if c == '&' {
            cleaned.push_str(" and ");
        } else if c.is_ascii_whitespace() || c == '-' {
            cleaned.push(' ');
        }
    }
    cleaned.split_whitespace().collect::<Vec<_>>().join("-")
}
