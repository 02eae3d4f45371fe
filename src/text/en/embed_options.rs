//! The words of the embedding options (`core::embed`): what the embedder's
//! page says was ignored and why, and the title of the frame in the
//! snippet the embedder copies.

/// The frame's title, which screen readers announce for the embedded tool.
pub const FRAME_TITLE: &str =
    "Complaint Navigator: check where your children's social care complaint stands";

/// The preset council is not one we know.
pub const IGNORED_COUNCIL: &str = "council: not a council we know";

/// In the browser's console, for the embedder: part of the snippet's
/// address had no effect (`reason`, one of the reasons here).
pub fn ignored_in_console(reason: &str) -> String {
    format!("Complaint Navigator ignored part of its address ({reason}). Make the code again on the embed builder page (?embed-builder).")
}

/// The accent colour was ignored, for `reason` (one of the two below).
pub fn ignored_accent(reason: &str) -> String {
    format!("accent: {reason}")
}

/// The accent is not written as a colour.
pub const NOT_A_COLOUR: &str = "use a colour like #1d4f91";

/// The accent `#hex` is too light: white text on it has `contrast` to 1,
/// below `minimum`.
pub fn too_light(hex: &str, contrast: f64, minimum: f64) -> String {
    format!(
        "#{hex} is too light: white text on it has a contrast of {}:1, and at least {}:1 is needed",
        below(contrast, minimum),
        one_decimal(minimum)
    )
}

/// "4.5", as the minimum is written.
fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round() as u64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The contrast to two decimals, rounded down, so one just under the
/// minimum never reads as the minimum itself (found in a walkthrough:
/// "#777777 … has a contrast of 4.5:1, and at least 4.5:1 is needed").
fn below(contrast: f64, minimum: f64) -> String {
    two_decimals(contrast.min(minimum - 0.005).max(0.0))
}

/// "4.48", without the float formatting machinery (large in wasm).
fn two_decimals(value: f64) -> String {
    let hundredths = (value * 100.0).floor() as u64;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}
