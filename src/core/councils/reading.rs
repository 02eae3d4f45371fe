//! Reading `data/councils.csv` and `data/council-aliases.csv`, with every
//! problem named by file, row and column.

use std::collections::HashSet;

use super::search::tokens;
use super::{council_id, is_council_gss_code, Council, ALIASES_FILE, COUNCILS_FILE, COUNCIL_KINDS};
use crate::text::en::data_checks as words;

/// Splits CSV text into rows of fields (RFC 4180 quoting; CRLF or LF).
pub(super) fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    super::csv::records(text).map_err(words::quote_not_closed)
}

/// Parses `data/councils.csv`; the error names the file, the row and the column.
pub fn parse_councils(csv: &str) -> Result<Vec<Council>, String> {
    let rows = parse_csv(csv).map_err(|e| words::in_file(COUNCILS_FILE, &e))?;
    let (header, body) = rows
        .split_first()
        .ok_or_else(|| words::csv_empty(COUNCILS_FILE))?;
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| words::csv_missing_column(COUNCILS_FILE, name))
    };
    let name_col = column("name")?;
    let short_col = column("short_name")?;
    let gss_col = column("gss_code")?;
    let dfe_col = column("dfe_la_code")?;
    let kind_col = column("kind")?;
    let region_col = column("region")?;
    let old_col = column("old_gss_codes")?;
    let run_by_col = column("run_by")?;
    let status_col = column("run_by_status")?;
    let website_col = column("website")?;

    let mut councils = Vec::with_capacity(body.len());
    let mut ids = HashSet::new();
    let mut codes = HashSet::new();
    for (index, row) in body.iter().enumerate() {
        let row_no = index + 2;
        if row.len() != header.len() {
            return Err(words::csv_field_count(
                COUNCILS_FILE,
                row_no,
                header.len(),
                row.len(),
            ));
        }
        let empty = |column: &str| words::csv_empty_field(COUNCILS_FILE, row_no, column);
        let text = |col: usize| row[col].trim().to_string();
        let optional = |col: usize| Some(text(col)).filter(|t| !t.is_empty());
        let name = text(name_col);
        let short_name = text(short_col);
        if name.is_empty() {
            return Err(empty("name"));
        }
        if short_name.is_empty() {
            return Err(empty("short_name"));
        }
        let id = council_id(&short_name);
        if !ids.insert(id.clone()) {
            return Err(words::csv_id_used_twice(
                COUNCILS_FILE,
                row_no,
                "short_name",
                &id,
            ));
        }
        let gss_code = text(gss_col);
        let old_gss_codes: Vec<String> = text(old_col)
            .split(';')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        for code in std::iter::once(&gss_code).chain(&old_gss_codes) {
            if !is_council_gss_code(code) {
                return Err(words::csv_not_a_gss_code(
                    COUNCILS_FILE,
                    row_no,
                    "gss_code",
                    code,
                ));
            }
            if !codes.insert(code.clone()) {
                return Err(words::csv_code_used_twice(
                    COUNCILS_FILE,
                    row_no,
                    "gss_code",
                    code,
                ));
            }
        }
        let dfe_code = text(dfe_col)
            .parse::<u16>()
            .ok()
            .filter(|n| (100..1000).contains(n))
            .ok_or_else(|| words::csv_not_a_dfe_code(COUNCILS_FILE, row_no, "dfe_la_code"))?;
        let kind = text(kind_col);
        if !COUNCIL_KINDS.contains(&kind.as_str()) {
            return Err(words::csv_not_a_kind(
                COUNCILS_FILE,
                row_no,
                "kind",
                COUNCIL_KINDS,
            ));
        }
        let region = text(region_col);
        if region.is_empty() {
            return Err(empty("region"));
        }
        let run_by = optional(run_by_col);
        let run_by_unsure = match (run_by.is_some(), text(status_col).as_str()) {
            (false, "") => false,
            (true, "sourced") => false,
            (true, "unsure") => true,
            _ => {
                return Err(words::csv_run_by_status(
                    COUNCILS_FILE,
                    row_no,
                    "run_by_status",
                ))
            }
        };
        let website = optional(website_col);
        if let Some(site) = &website {
            if !site.starts_with("https://") {
                return Err(words::csv_not_https(COUNCILS_FILE, row_no, "website"));
            }
        }
        councils.push(Council {
            id,
            name,
            short_name,
            gss_code,
            old_gss_codes,
            dfe_code,
            kind,
            region,
            run_by,
            run_by_unsure,
            website,
        });
    }
    crate::core::order::sort_by_key(&mut councils, |c| c.short_name.clone());
    Ok(councils)
}

/// Parses `data/council-aliases.csv` (columns alias, council) into
/// (alias, council id) pairs; every council id must exist.
pub fn parse_aliases(csv: &str, councils: &[Council]) -> Result<Vec<(String, String)>, String> {
    let rows = parse_csv(csv).map_err(|e| words::in_file(ALIASES_FILE, &e))?;
    let (header, body) = rows
        .split_first()
        .ok_or_else(|| words::csv_empty(ALIASES_FILE))?;
    if header != &["alias", "council"] {
        return Err(words::aliases_header(ALIASES_FILE));
    }
    let mut pairs = Vec::with_capacity(body.len());
    for (index, row) in body.iter().enumerate() {
        let row_no = index + 2;
        let [alias, id] = row.as_slice() else {
            return Err(words::aliases_field_count(ALIASES_FILE, row_no));
        };
        let (alias, id) = (alias.trim(), id.trim());
        if tokens(alias).is_empty() {
            return Err(words::aliases_empty(ALIASES_FILE, row_no));
        }
        if !councils.iter().any(|c| c.id == id) {
            return Err(words::aliases_unknown_council(ALIASES_FILE, row_no, id));
        }
        pairs.push((alias.to_string(), id.to_string()));
    }
    Ok(pairs)
}
