//! Options for the embeddable widget, read from the address's query string.
//! Everything is validated here: an unknown or malicious value is dropped,
//! never passed on to the page.

use crate::core::councils;
use crate::text::en::embed_options as words;

/// What the host page asked for, after validation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedOptions {
    /// True for the compact widget (`?embed`).
    pub embed: bool,
    /// True for the embedder's page (`?embed-builder`).
    pub builder: bool,
    /// A known council id (from an id or a GSS code).
    pub council: Option<String>,
    /// Keep the preset council (the user cannot change it).
    pub lock_council: bool,
    /// A colour for buttons and focus that has at least 4.5:1 contrast with white.
    pub accent: Option<String>,
    /// What was ignored and why, for the embedder's page to explain.
    pub ignored: Vec<String>,
    /// The words' language (`lang`); only English exists today.
    pub lang: crate::text::Lang,
}

/// The colour contrast WCAG 2.2 AA asks of normal text (white on the accent colour).
pub const MINIMUM_CONTRAST: f64 = 4.5;

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(
                    std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"),
                    16,
                ) {
                    Ok(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads `?embed&council=thurrock&lock=1&accent=%23005ea5` (with or without the `?`).
pub fn parse_query(query: &str) -> EmbedOptions {
    let mut options = EmbedOptions::default();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = match pair.split_once('=') {
            Some((key, value)) => (decode(key), decode(value)),
            None => (decode(pair), String::new()),
        };
        match key.as_str() {
            "embed" => options.embed = true,
            "embed-builder" => options.builder = true,
            "council" => match councils::find(value.trim()) {
                Some(council) => options.council = Some(council.id.clone()),
                None => options.ignored.push(words::IGNORED_COUNCIL.to_string()),
            },
            "lock" => options.lock_council = matches!(value.as_str(), "" | "1" | "true" | "yes"),
            "accent" => match check_accent(&value) {
                Ok(colour) => options.accent = Some(colour),
                Err(reason) => options.ignored.push(words::ignored_accent(&reason)),
            },
            // Selects the text layer's table; only English exists today.
            "lang" => options.lang = crate::text::Lang::from_tag(&value),
            _ => {}
        }
    }
    if options.council.is_none() {
        options.lock_council = false;
    }
    options
}

/// Accepts `#rgb` or `#rrggbb` (the `#` optional) dark enough for white text.
pub fn check_accent(text: &str) -> Result<String, String> {
    let hex = text.trim().trim_start_matches('#');
    let valid = (hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit());
    if !valid {
        return Err(words::NOT_A_COLOUR.to_string());
    }
    let full: String = if hex.len() == 3 {
        hex.chars().flat_map(|c| [c, c]).collect()
    } else {
        hex.to_string()
    };
    let full = full.to_ascii_lowercase();
    let contrast = contrast_with_white(&full);
    if contrast < MINIMUM_CONTRAST {
        return Err(words::too_light(&full, contrast, MINIMUM_CONTRAST));
    }
    Ok(format!("#{full}"))
}

/// WCAG contrast ratio between white and a 6-digit hex colour.
pub fn contrast_with_white(hex: &str) -> f64 {
    let channel = |i: usize| {
        let value = u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0) as f64 / 255.0;
        if value <= 0.04045 {
            value / 12.92
        } else {
            power_2_4((value + 0.055) / 1.055)
        }
    };
    let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    1.05 / (luminance + 0.05)
}

/// `x` to the power 2.4, for `x` in (0, 1]: x² times the fifth root of x²,
/// found by Newton's method. `f64::powf` brings the maths library's `pow`
/// into the first screen's download (about 1 KB) for this one use; a test
/// checks every channel value against it.
fn power_2_4(x: f64) -> f64 {
    let square = x * x;
    // Newton's steps for y⁵ = x², from above (y = 1): they fall steadily,
    // then converge quadratically; 40 are far more than 8-bit channels need.
    let mut root = 1.0;
    for _ in 0..40 {
        let fourth = root * root * root * root;
        root = (4.0 * root + square / fourth) / 5.0;
    }
    square * root
}

/// The message the widget sends its host when its height changes (no case data, ever).
pub fn height_message(height: f64) -> String {
    let pixels = height.max(0.0).ceil() as u64;
    format!(
        "{{\"app\":\"complaint-navigator\",\"version\":1,\"type\":\"resize\",\"height\":{pixels}}}"
    )
}

/// Asks the host page to bring a part of the widget into view: the page
/// moved focus there (the result, an error summary, a notice), and a page in
/// a frame of another site cannot scroll its host itself. Only where, in
/// whole pixels from the widget's top, and how tall: no case data.
pub fn show_message(top: f64, height: f64) -> String {
    let whole = |pixels: f64| pixels.max(0.0).ceil() as u64;
    format!(
        "{{\"app\":\"complaint-navigator\",\"version\":1,\"type\":\"show\",\"top\":{},\"height\":{}}}",
        whole(top),
        whole(height)
    )
}

/// The frame's `sandbox`: everything the widget does, and nothing more.
/// `allow-forms`: "Show where I stand" submits the form (the page handles it;
/// nothing is sent). `allow-same-origin`: saving on the device. `allow-downloads`:
/// backup and calendar files. `allow-modals`: printing. `allow-popups` and
/// `allow-popups-to-escape-sandbox`: links that open a new tab (the full tool,
/// councils' pages) work as ordinary pages. `allow-top-navigation-by-user-activation`:
/// "Exit this page" inside the frame leaves the whole tab, only when pressed.
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-forms allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

/// The frame's `allow` (permissions policy): "Copy the letter" and "Copy the
/// link" write to the clipboard, which a frame from another site may not do
/// unless its host delegates it.
pub const ALLOW: &str = "clipboard-write";

/// The builder page's preview frame is named this. The widget in it leaves
/// the browser's saved cases alone (it neither shows nor saves any): the
/// builder is often shown to others, on a screen of a device where an
/// advocate keeps several families' cases. The frame's address stays the
/// snippet's own.
pub const PREVIEW_FRAME_NAME: &str = "complaint-navigator-preview";

/// The snippet an embedder copies.
pub fn snippet(origin: &str, options: &EmbedOptions) -> String {
    let mut query = String::from("embed");
    if let Some(council) = &options.council {
        query.push_str("&council=");
        query.push_str(council);
        if options.lock_council {
            query.push_str("&lock=1");
        }
    }
    if let Some(accent) = &options.accent {
        query.push_str("&accent=%23");
        query.push_str(accent.trim_start_matches('#'));
    }
    let title = words::FRAME_TITLE;
    format!(
        "<iframe src=\"{origin}/?{query}\" title=\"{title}\" data-complaint-navigator loading=\"lazy\" width=\"100%\" height=\"900\" style=\"border:0;width:100%\" sandbox=\"{SANDBOX}\" allow=\"{ALLOW}\"></iframe>\n<script src=\"{origin}/embed.js\" defer></script>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every 8-bit channel value above the linear part gets the same
    /// luminance as `powf` would give, to far below what a contrast check
    /// can see.
    #[test]
    fn the_power_for_luminance_matches_powf() {
        for byte in 11..=255u32 {
            let x = (byte as f64 / 255.0 + 0.055) / 1.055;
            let exact = x.powf(2.4);
            assert!(
                (power_2_4(x) - exact).abs() < 1e-14,
                "{byte}: {} against {exact}",
                power_2_4(x)
            );
        }
    }

    #[test]
    fn reads_a_preset_council_by_id_or_gss_code() {
        let options = parse_query("?embed&council=thurrock&lock=1");
        assert!(options.embed);
        assert_eq!(options.council.as_deref(), Some("thurrock"));
        assert!(options.lock_council);
        let options = parse_query("embed&council=E08000016");
        assert_eq!(options.council.as_deref(), Some("barnsley"));
        assert!(!options.lock_council);
    }

    #[test]
    fn drops_unknown_and_script_like_values() {
        let options = parse_query(
            "embed&council=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lock=1&accent=red;background:url(x)&lang=cy",
        );
        assert_eq!(options.council, None);
        assert!(!options.lock_council, "nothing to lock without a council");
        assert_eq!(options.accent, None);
        assert_eq!(
            options.ignored,
            vec![
                "council: not a council we know".to_string(),
                "accent: use a colour like #1d4f91".to_string()
            ]
        );
    }

    #[test]
    fn accepts_only_accents_with_enough_contrast() {
        assert_eq!(check_accent("#1D4F91"), Ok("#1d4f91".to_string()));
        assert_eq!(
            check_accent("%23"),
            Err("use a colour like #1d4f91".to_string())
        );
        assert_eq!(
            parse_query("accent=%23005ea5").accent.as_deref(),
            Some("#005ea5")
        );
        assert_eq!(check_accent("000"), Ok("#000000".to_string()));
        let too_light = check_accent("#ffdd00").unwrap_err();
        assert!(too_light.starts_with("#ffdd00 is too light"), "{too_light}");
        // #767676 is the lightest grey with 4.5:1 on white; #777777 just fails.
        assert!(check_accent("#767676").is_ok());
        // Said as just under, never as the minimum itself (a walkthrough
        // read "a contrast of 4.5:1, and at least 4.5:1 is needed").
        assert_eq!(
            check_accent("#777777"),
            Err("#777777 is too light: white text on it has a contrast of 4.47:1, and at least 4.5:1 is needed".to_string())
        );
        assert!(too_light.contains("a contrast of 1.34:1"), "{too_light}");
        assert!((contrast_with_white("000000") - 21.0).abs() < 0.01);
    }

    #[test]
    fn height_messages_are_whole_pixels_rounded_up_with_no_case_data() {
        assert_eq!(
            height_message(812.2),
            r#"{"app":"complaint-navigator","version":1,"type":"resize","height":813}"#
        );
        assert_eq!(
            height_message(-3.0),
            r#"{"app":"complaint-navigator","version":1,"type":"resize","height":0}"#
        );
    }

    #[test]
    fn show_messages_say_only_where_in_whole_pixels() {
        assert_eq!(
            show_message(1204.4, 61.0),
            r#"{"app":"complaint-navigator","version":1,"type":"show","top":1205,"height":61}"#
        );
        assert_eq!(
            show_message(-8.0, 0.5),
            r#"{"app":"complaint-navigator","version":1,"type":"show","top":0,"height":1}"#
        );
    }

    #[test]
    fn the_snippet_names_the_frame_and_loads_the_parent_script() {
        let options = parse_query("council=essex&lock=1&accent=%23005ea5");
        let html = snippet("https://navigator.example", &options);
        assert!(html.contains(
            "src=\"https://navigator.example/?embed&council=essex&lock=1&accent=%23005ea5\""
        ));
        assert!(html.contains("title=\"Complaint Navigator"));
        assert!(html.contains("loading=\"lazy\""));
        assert!(html.contains("<script src=\"https://navigator.example/embed.js\" defer></script>"));
    }

    #[test]
    fn the_snippet_allows_everything_the_widget_does() {
        let html = snippet("https://navigator.example", &parse_query("embed"));
        let sandbox = html
            .split("sandbox=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap();
        let tokens: Vec<&str> = sandbox.split(' ').collect();
        for needed in [
            "allow-scripts",
            "allow-same-origin",
            "allow-forms",
            "allow-downloads",
            "allow-modals",
            "allow-popups",
            "allow-popups-to-escape-sandbox",
            "allow-top-navigation-by-user-activation",
        ] {
            assert!(tokens.contains(&needed), "{needed} missing from {sandbox}");
        }
        // Nothing more: in particular no allow-top-navigation without a press.
        assert_eq!(tokens.len(), 8, "{sandbox}");
        assert!(html.contains("allow=\"clipboard-write\""), "{html}");
    }
}
