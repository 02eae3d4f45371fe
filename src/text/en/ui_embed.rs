//! The embedder's page, which builds the snippet: it speaks to a charity or
//! council, not to a family. Used only by the builder's chunk.
//!
//! A `[&str; N]` is one sentence (or paragraph) around links or code: the
//! text before the first, between each, and after the last.

pub const HEADING: &str = "Put Complaint Navigator on your website";
pub const LEAD: &str = "Families can then check their complaint on your own page. Choose how the widget starts, check the preview, then copy the code into your page. The widget grows and shrinks to fit.";

pub const COUNCIL_QUESTION: &str = "Which council should the widget start with?";
pub const COUNCIL_HINT: &str = "Leave it on \u{201c}None\u{201d} if the families you help live in different places: each of them then chooses their own council.";
pub const NO_COUNCIL: &str = "None: each family chooses their council";
pub const LOCK_COUNCIL: &str = "Do not let families change the council";
pub const LOCK_HINT: &str = "Only when you chose a council. Families from another council are offered a link to the full Complaint Navigator.";
pub const ACCENT: &str = "Colour for buttons and focus (optional)";
pub const ACCENT_HINT: &str =
    "A hex colour like #1d4f91. It must be dark enough for white text (contrast at least 4.5:1).";
/// Read by screen readers before an error message.
pub const ERROR_PREFIX: &str = "Error: ";

pub const CODE_HEADING: &str = "Your code";
pub const CODE_LABEL: &str = "Copy all of this into your page where the widget should appear";
pub const COPY_CODE: &str = "Copy the code";
pub const CODE_COPIED: &str = "Copied.";
pub const CODE_NOT_COPIED: &str = "Could not copy: select the code and copy it yourself.";

pub const HOW_HEADING: &str = "How to put it on your page";
pub const HOW_COPY: &str = "Copy the code above, all of it, and change nothing: each part is needed for buttons, downloads and printing to work inside your page.";
pub const HOW_PASTE: &str = "Paste it into your page where the widget should appear. In most website builders (WordPress, Squarespace, Wix and others) use a block called \u{201c}Custom HTML\u{201d}, \u{201c}HTML\u{201d} or \u{201c}Embed\u{201d}.";

/// An example of the embedder's website address.
pub const EXAMPLE_SITE: &str = "https://www.your-charity.org.uk";

/// Asking this site's people to allow the embedder's website, around: this
/// site's address, the example website, `frame-ancestors`,
/// `Content-Security-Policy`.
pub const HOW_ASK: [&str; 5] = [
    "Ask the people who run this Complaint Navigator, at ",
    ", to let your website show it. Browsers show it inside another website only if its own server names that website, so until they add yours the widget stays blank on your page. Send them your website\u{2019}s address (for example ",
    ") and ask them to add it to the ",
    " list in the ",
    " header they send, like this:",
];

/// The header line this site would send, allowing `site`.
pub fn frame_ancestors_example(site: &str) -> String {
    format!("Content-Security-Policy: frame-ancestors 'self' {site}")
}

/// The embedder's own Content-Security-Policy, around: `Content-Security-Policy`,
/// this site's address, `frame-src`, `script-src`.
pub const HOW_OWN_POLICY: [&str; 5] = [
    "Most websites need no other change. If your own website sends a ",
    " header, add ",
    " to its ",
    " (for the widget) and ",
    " (for the small script that sizes it).",
];

pub const HOW_CHECK: &str = "Open your page on a phone and on a computer. Check that the widget shows, that it grows when you enter a date, and that the red \u{201c}Exit this page\u{201d} button stays in the corner while you scroll.";

pub const WHAT_HEADING: &str = "What the widget does on your page";
pub const WHAT_HEIGHT: &str = "The small script in the code makes the frame as tall as the widget, so there is never a second scroll bar inside your page.";

/// The quick exit on the embedder's page, around: `data-exit="frame-only"`, `iframe`.
pub const WHAT_EXIT: [&str; 3] = [
    "Besides the widget\u{2019}s own, it puts a red \u{201c}Exit this page\u{201d} button in the bottom right corner of your page, in view at every point of the page. It and Shift pressed 3 times both replace your page with a weather website at once, for a family who needs to hide what they are reading. If your page has its own quick exit, add ",
    " to the ",
    ": only the widget\u{2019}s own button then stays, at the top of the widget.",
];

pub const WHAT_PRIVATE: &str = "Nothing a family types is sent to you, to us or to anyone: it is all worked out in their browser. Cases a family saves in the widget stay in that browser, kept apart for your website.";

pub const PREVIEW_HEADING: &str = "Preview";
pub const PREVIEW_HINT: &str = "The widget as your page will show it, with the same settings. Two things differ: the \u{201c}Exit this page\u{201d} button for the corner of your page is not shown here, and the preview neither shows nor saves the cases kept in this browser.";
/// The preview frame's title.
pub const PREVIEW_TITLE: &str = "Preview of the Complaint Navigator widget";
