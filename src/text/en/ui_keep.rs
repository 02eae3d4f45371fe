//! "Keep and take away" and the saved cases: saving on this device, backup
//! and calendar files, links, letters, printing, and what the browser said
//! when one of them failed. Used only by the keeping features (the
//! engine's and the keeping chunks); the reasons storage cannot be used are
//! also worked out on the first screen.
//!
//! A `reason` argument is what the browser's side said, a clause such as
//! "your browser would not save it", which these sentences complete.

use chrono::NaiveDate;

use crate::core::dates::day_month_year;

// Why the browser could not do something: clauses completing "Not saved: ...",
// "Could not delete: ...", "Saving is not available here: ...".

pub const STORAGE_NOT_ALLOWED: &str = "this page is not allowed to use your browser's storage";
pub const STORAGE_OFF: &str = "your browser has storage switched off";
pub const STORAGE_IN_PREVIEW: &str =
    "this is the embed builder's preview, which leaves the cases saved in this browser alone";
pub const STORAGE_UNREADABLE: &str = "your browser's storage cannot be read here";
pub const STORE_UNREADABLE: &str = "your saved cases could not be read";
pub const WOULD_NOT_SAVE: &str =
    "your browser would not save it (its storage may be full, or saving is blocked in this window)";
pub const WOULD_NOT_DELETE: &str = "your browser would not delete it";
pub const NO_ROOM_TO_KEEP_ASIDE: &str = "there was no room to keep it aside";
pub const TOO_MANY_KEPT_ASIDE: &str = "there are too many copies kept aside already";
pub const WOULD_NOT_MAKE_FILE: &str = "your browser would not make the file here";
pub const NOTHING_READABLE_TO_BACK_UP: &str = "There are no saved cases here that this page can read, so there is nothing to put in a backup file. To keep the saved data that could not be read, use \"Download the saved data\" above.";
pub const SAVED_BY_NEWER_VERSION: &str = "the cases saved on this device were saved by a newer version of this tool, in another tab or window, and this page cannot change them without losing theirs";
pub const UNREAD_DATA_HAS_NO_COPY: &str = "the saved data that could not be read has no copy yet, and saving now would write over it. Download it first with \"Download the saved data\", or choose to delete it";

// A file chosen or dropped that could not be read.

/// A chosen file is far larger than a backup (`kilobytes`, rounded up).
pub fn file_too_large(kilobytes: f64) -> String {
    format!("The file is too large ({kilobytes} KB). A Complaint Navigator backup is smaller than 8 MB: check you chose the right file.")
}
pub const FILE_NOT_READ: &str = "The file could not be read. Try choosing it again.";
pub const FILE_NOT_TEXT: &str = "The file could not be read as text.";

// What changed in another tab.

pub const DELETED_IN_ANOTHER_TAB: &str = "This case was deleted in another tab. Your answers are still on this page: save them again if you need them.";

/// The case on this page (`label`) was changed in another tab.
pub fn saved_again_after_other_tab(label: &str) -> String {
    format!("Another tab saved at the same moment and wrote over this case, so it has been saved again as {label}. Both tabs' cases are kept.")
}

pub fn renamed_in_another_tab(label: &str) -> String {
    format!("This case was renamed in another tab: it is now called {label}.")
}

pub fn changed_in_another_tab(label: &str) -> String {
    format!("{label} was changed in another tab. If you save here, both versions are kept.")
}

pub const CASES_CHANGED_IN_ANOTHER_TAB: &str =
    "Your saved cases were changed in another tab. The list below is up to date.";

// Confirmations.

pub const STARTED_NEW_CASE: &str = "Started a new case. Your saved cases have not changed: choose the council and enter the dates for this one.";

/// A saved case or backup file (`saved`: a saved case) for another council,
/// or for none, in a widget its host set to one council only. A widget's
/// saved cases are kept apart from the full tool's, so a saved case goes
/// there through a backup file.
pub fn case_for_another_council(
    label: &str,
    case: Option<&str>,
    here: Option<&str>,
    saved: bool,
) -> String {
    let whose = match case {
        Some(council) => format!("is for {council}"),
        None => "has no council chosen".to_string(),
    };
    let instead = if saved {
        "To use it in the full Complaint Navigator (link at the top), first download it with \"Download all saved cases (backup file)\", then open that file there."
    } else {
        "Open the file in the full Complaint Navigator instead (link at the top)."
    };
    format!(
        "{label} {whose}, but this tool is set up for {} only, so it is not opened here. {instead}",
        here.unwrap_or("one council")
    )
}

/// A case (`label`: its name, "this case" or "the answers in your link") is on the page.
pub fn opened(label: &str) -> String {
    format!("Opened {label}.")
}

/// The case opened names a council this version does not know (`council`,
/// as written in it).
pub fn opened_choose_council(label: &str, council: &str) -> String {
    format!("Opened {label}. It names a council this version does not know (\u{201c}{council}\u{201d}): choose its council below to see its dates.")
}

/// A link's answers, opened: they are in no saved case, and the address no
/// longer holds them.
pub const OPENED_FROM_LINK: &str = "Opened the answers in your link. They are not saved on this device, and reloading this page clears them: keep the link, or use \u{201c}Save on this device\u{201d} below.";

pub const FIX_DATES_BEFORE_SAVING: &str = "Enter or correct the dates above before saving.";
/// A backup or calendar file asked for while a date needs fixing: it would
/// hold other dates than the boxes show.
pub const FIX_DATES_BEFORE_DOWNLOADING: &str =
    "Enter or correct the dates above before downloading, so the file holds the dates you mean.";
/// In place of a letter while a date needs fixing, or a "yes" waits for its date.
pub const LETTER_NEEDS_DATES: &str =
    "Enter or correct the dates above to see your letter with the dates you mean.";

/// The changes to the saved case `name` were saved.
pub fn saved_changes(name: &str) -> String {
    format!("Saved the changes to {name}.")
}

/// The case was deleted in another tab, so it was saved anew as `name`.
pub fn saved_again(name: &str) -> String {
    format!("This case had been deleted in another tab, so it was saved again as {name}.")
}

/// Another tab changed the case (now `other`) since; this page's is `name`.
pub fn kept_both(other: &str, name: &str) -> String {
    format!(
        "{other} was changed in another tab since you opened it. Both versions are kept: the other tab's as {other}, and this page's as {name}."
    )
}

/// A new saved case, named `name`.
pub fn saved_as(name: &str) -> String {
    format!("Saved on this device as {name}.")
}

/// Saved under `name`, a number added to the name typed, which another
/// saved case has.
pub fn saved_as_numbered(name: &str, typed: &str) -> String {
    format!("Saved on this device as {name}: another saved case is already called {typed}.")
}

/// Saving failed (`reason`); a backup file still works.
pub fn not_saved_download_instead(reason: &str) -> String {
    format!("Not saved: {reason}. Download a backup file instead.")
}

/// Saving failed (`reason`).
pub fn not_saved(reason: &str) -> String {
    format!("Not saved: {reason}.")
}

pub const DOWNLOADED_CASE: &str = "Downloaded a backup file of this case.";
pub const DOWNLOADED_CALENDAR: &str =
    "Downloaded the calendar file. Open it to add the deadlines to your calendar.";

/// `count` saved cases downloaded in one backup file, with `unreadable`
/// more that could not be read, kept in it as they were.
pub fn downloaded_all(count: usize, unreadable: usize) -> String {
    let cases = saved_cases_count(count);
    match unreadable {
        0 => format!("Downloaded a backup of {cases}."),
        1 => format!("Downloaded a backup of {cases}. It also holds the 1 saved case that could not be read, as it was."),
        n => format!("Downloaded a backup of {cases}. It also holds the {n} saved cases that could not be read, as they were."),
    }
}

/// "1 saved case", "2 saved cases".
fn saved_cases_count(count: usize) -> String {
    match count {
        1 => "1 saved case".to_string(),
        n => format!("{n} saved cases"),
    }
}

/// A download failed (`reason`).
pub fn could_not_download(reason: &str) -> String {
    format!("Could not download: {reason}.")
}

/// A download of data that could not be used failed (`reason`).
pub fn could_not_download_nothing_changed(reason: &str) -> String {
    format!("Could not download: {reason}. Nothing has been changed or deleted.")
}

/// Deleting failed (`reason`).
pub fn could_not_delete(reason: &str) -> String {
    format!("Could not delete: {reason}.")
}

/// Deleting the damaged saved data failed (`reason`).
pub fn could_not_delete_it(reason: &str) -> String {
    format!("Could not delete it: {reason}.")
}

// "Keep and take away".

pub const KEEP_HEADING: &str = "Keep and take away";
pub const SAVE_HEADING: &str = "Save on this device";

/// Saving cannot be used here (`reason`).
pub fn saving_unavailable(reason: &str) -> String {
    format!("Saving is not available here: {reason}. Everything else works. To keep your dates, download a backup file below.")
}

/// Around the saved case's name (in bold): before it, after it.
pub const SAVED_ON_THIS_DEVICE_AS: [&str; 2] = ["This case is saved on this device as ", "."];
/// After "This case is saved on this device as ...", when it has changed since.
pub const CHANGED_SINCE: &str = " You have changed it since.";
pub const SAVE_CHANGES: &str = "Save the changes";
pub const NOTHING_SAVED_UNLESS: &str = "Nothing is saved unless you choose to. If you save, your dates, your council and the name you give the case are stored in this browser on this device, and nowhere else. Anyone else who uses this device and browser could see them, so on a shared computer, download a backup file instead.";
pub const SAVED_FOR_THIS_WEBSITE: &str = "Inside another website, your browser keeps these saved cases for that website only: they will not appear on the full Complaint Navigator site. Backup files work everywhere.";
pub const NAME_THIS_CASE: &str = "Name this case (optional)";

/// The hint under "Name this case", with the name it would get (`suggestion`).
pub fn name_hint(suggestion: &str) -> String {
    format!("For example, \"{suggestion}\". Use something neutral, not a child's name.")
}

pub const SAVE_ON_THIS_DEVICE: &str = "Save on this device";
pub const START_NEW_CASE: &str = "Start a new case";
/// "Start a new case?" (in bold), then what it does.
pub const START_NEW_CASE_QUESTION: &str = "Start a new case?";
/// After "Start a new case?": what is lost. `saved`: the name of the saved
/// case shown, whose changes since it was saved are what would go.
pub fn start_new_case_warning(saved: Option<&str>) -> String {
    match saved {
        None => "The answers on this page are not saved and will be cleared. Save them first if you need them.".to_string(),
        Some(label) => format!("Your changes to {label} since you last saved it will be cleared. Save them first if you need them."),
    }
}
pub const CLEAR_AND_START: &str = "Clear them and start a new case";
pub const KEEP_MY_ANSWERS: &str = "Keep my answers";

pub const TAKE_IT_WITH_YOU: &str = "Take it with you";
/// "Make a link" first: it works inside a frame and carries the answers,
/// where the full tool's link does not (found in a walkthrough).
pub const IN_FRAME_HINT: &str = "If a download or printing does not work inside this website, use \"Make a link\" below: it carries your answers. Open that link in a new tab, and download or print from there.";
pub const DOWNLOAD_CASE: &str = "Download a backup file of this case";
pub const REMIND_ME: &str = "Remind me 2 days before each date";
pub const CALENDAR_HINT: &str = "The calendar entries do not name you or your child. Some calendar apps ignore reminders in imported files.";

/// The choice to name the saved case (`label`) in the calendar's entries.
pub fn label_in_calendar(label: &str) -> String {
    format!("Put the case's name, \"{label}\", in each calendar entry and in the file's name")
}

pub const ADD_TO_CALENDAR: &str = "Add the dates to your calendar (.ics file)";
pub const PRINT: &str = "Print or save as PDF";

// A link to these answers.

pub const ANSWERS_NEED_CORRECTING: &str =
    "Some answers need correcting first: press \"Show where I stand\" to see which.";
pub const LINK_HEADING: &str = "Get a link to these answers";
pub const LINK_EXPLAINED: &str = "The link holds your council and your dates, so opening it shows these answers again on any device. They are in the part after the # sign, which browsers never send to a website. But anyone you give the link to can read them, and it stays in the browsing history of a device that opens it. Send it only to someone you trust, such as an advocate.";
pub const MAKE_LINK: &str = "Make a link";
pub const YOUR_LINK: &str = "Your link";
pub const LINK_COPIED: &str = "Link copied.";
pub const LINK_NOT_COPIED: &str = "Could not copy: select the link and copy it yourself.";
pub const COPY_LINK: &str = "Copy the link";

// Letters.

pub const LETTERS_HEADING: &str = "Letters you can send";
pub const LETTERS_EXPLAINED: &str = "We fill in your dates and the rules. A step you have not answered above counts as not happened, so check each letter before you send it. Add your details, then copy the letter into an email or a document, where you can change anything, or print it. Names you type here are kept only if you save this case on this device.";
pub const WHICH_LETTER: &str = "Which letter?";
pub const YOUR_NAME: &str = "Your name";
pub const CHILD_NAME: &str =
    "The child's or young person's name (optional; your own, if the complaint is about you)";
pub const COUNCIL_REFERENCE: &str = "The council's reference for your complaint (optional)";
pub const YOUR_LETTER: &str = "Your letter";
pub const LETTER_COPIED: &str = "Letter copied.";
pub const LETTER_NOT_COPIED: &str = "Could not copy: select the text and copy it yourself.";
pub const COPY_LETTER: &str = "Copy the letter";
pub const PRINT_LETTER: &str = "Print the letter";

// The saved cases.

pub const EVERYTHING_DELETED: &str = "Everything saved on this device has been deleted.";
pub const SAVED_HEADING: &str = "Your saved cases";
pub const DOWNLOAD_ALL: &str = "Download all saved cases (backup file)";
pub const DELETE_EVERYTHING: &str = "Delete everything saved";
/// The question (in bold), then what it means; `copy_kept_aside` when a
/// copy of saved data that could not be used is kept aside too.
pub fn delete_everything(copy_kept_aside: bool) -> (&'static str, &'static str) {
    if copy_kept_aside {
        (
            "Delete every saved case from this device, and the copy of saved data kept aside?",
            "This cannot be undone. If you may need your cases, download a backup first. The copy kept aside is not in the backup: download it on its own.",
        )
    } else {
        (
            "Delete every saved case from this device?",
            "This cannot be undone. If you may need your cases, download a backup first.",
        )
    }
}
pub const YES_DELETE_EVERYTHING: &str = "Yes, delete everything";
pub const CANCEL: &str = "Cancel";

// Saved data that could not be used as it was.

pub const DOWNLOADED_COPY: &str = "Downloaded a copy of the saved data. Keep the file: you can open it with \"Open a backup file\" if it can be read.";
pub const DAMAGED_DELETED: &str = "The damaged saved data has been deleted. You can save again.";
pub const UNREADABLE_HEADING: &str = "We could not read your saved cases";

/// Why the saved cases could not be read (`why`, whole sentences).
pub fn unreadable(why: &str) -> String {
    format!("{why} We have not changed or deleted them.")
}

pub const COPY_KEPT_ASIDE: &str = "A copy is kept aside in this browser. Download it to keep it safe, and open it with \"Open a backup file\" if you can.";
/// No room for a copy (in bold), then what that means.
pub const NO_ROOM_FOR_COPY: &str = "There is not enough room in this browser to keep a copy, so nothing new can be saved here until you download this data or delete it.";
pub const NO_ROOM_WRITE_OVER: &str = "Saving now would write over it.";
pub const DOWNLOAD_SAVED_DATA: &str = "Download the saved data";
/// Also for a newer version's data, which is not damaged (found in a walkthrough).
pub const DELETE_DAMAGED: &str = "Delete the saved data that could not be read";
/// The question (in bold), then what it means.
pub const DELETE_UNREADABLE_QUESTION: &str = "Delete the saved data that could not be read?";
pub const DELETE_UNREADABLE_WARNING: &str =
    "This cannot be undone. Download it first if it may hold dates you need.";
pub const YES_DELETE_IT: &str = "Yes, delete it";
pub const COPY_REMOVED: &str = "The copy of your saved cases as they were has been removed.";
pub const EARLIER_COPY_HEADING: &str = "A copy of saved data is kept aside in this browser";
pub const EARLIER_COPY: &str = "On an earlier visit this tool found saved data it could not use as it was, and kept this copy of it. Your saved cases do not include it. Download it to keep it, or delete the copy if you do not need it.";
pub const DELETE_EARLIER_COPY: &str = "Delete the copy";
pub const DELETE_EARLIER_COPY_QUESTION: &str = "Delete the copy kept aside?";
pub const EARLIER_COPY_DELETED: &str = "The copy kept aside has been deleted.";
pub const MIGRATED_HEADING: &str = "Your saved cases were brought up to date";

/// The saved cases came from an older version of the store (`from`).
pub fn migrated(from: u32) -> String {
    format!("They were saved by an older version ({from}) of this tool. Your dates and names are unchanged.")
}

/// Where the saved cases as they were are now: kept aside (`has_copy`) or not.
pub fn migrated_copy(has_copy: bool) -> &'static str {
    if has_copy {
        "A copy of them exactly as they were is kept in this browser until you dismiss this message."
    } else {
        "There was no room to keep a copy of them as they were, so they stay in the old form on this device until you save. Download the copy first if you want it."
    }
}

pub const DOWNLOAD_AS_THEY_WERE: &str = "Download them as they were";
pub const DISMISS: &str = "Dismiss this message";

// One saved case.

/// The case was renamed `label`.
pub fn renamed(label: &str) -> String {
    format!("Renamed to {label}.")
}

/// Renamed to `label`, a number added to the name typed, which another
/// saved case has.
pub fn renamed_numbered(label: &str, typed: &str) -> String {
    format!("Renamed to {label}: another saved case is already called {typed}.")
}

pub const NOT_RENAMED_BLANK: &str = "Not renamed: type a name first.";
pub const NOT_RENAMED_GONE: &str = "Not renamed: this case was deleted in another tab or window.";

/// Renaming failed (`reason`).
pub fn could_not_rename(reason: &str) -> String {
    format!("Could not rename: {reason}.")
}

/// The saved case `label` was deleted.
pub fn deleted(label: &str) -> String {
    format!("Deleted {label}.")
}

pub const ALREADY_DELETED: &str = "It had already been deleted in another tab.";
pub const NOT_DELETED_CHANGED: &str = "Not deleted: this case was changed in another tab since this page showed it. The list now shows the newer version; delete it again if you are sure.";
pub const NEW_NAME: &str = "New name for this case";
pub const NEUTRAL_NAME: &str = "Use something neutral, not a child's name.";
pub const SAVE_NAME: &str = "Save the name";
/// A saved case's buttons (screen readers hear its name after each).
pub const OPEN: &str = "Open";
pub const RENAME: &str = "Rename";
pub const DELETE: &str = "Delete";

/// The question (in bold) before deleting the saved case `label`; [`CANNOT_BE_UNDONE`] follows.
pub fn delete_question(label: &str) -> String {
    format!("Delete {label} from this device?")
}

pub const CANNOT_BE_UNDONE: &str = "This cannot be undone.";

/// The name of a case without one, in "Replace the answers on this page with this case?".
pub const THIS_CASE: &str = "this case";

/// The question (in bold) before a case (`label`) replaces the answers; [`replace_warning`] follows.
pub fn replace_question(label: &str) -> String {
    format!("Replace the answers on this page with {label}?")
}

/// What replacing the answers loses. `saved`: as for [`start_new_case_warning`].
pub fn replace_warning(saved: Option<&str>) -> String {
    match saved {
        None => "What you typed on this page is not saved and will be lost.".to_string(),
        Some(label) => format!("Your changes to {label} since you last saved it will be lost."),
    }
}
pub const REPLACE_THEM: &str = "Replace them";

// "Open a backup file".

/// How many cases a backup file holds (`count`), how many of them can be
/// opened (`readable`), and a note on what this version cannot read in
/// them, if there is one.
pub fn file_holds(count: usize, readable: usize, note: Option<&str>) -> String {
    let count = match (count, readable) {
        (1, _) => "The file has 1 case.".to_string(),
        (n, r) if r == n => format!("The file has {n} cases."),
        (n, 1) => format!("The file has {n} cases. 1 of them can be opened below."),
        (n, r) => format!("The file has {n} cases. {r} of them can be opened below."),
    };
    match note {
        Some(note) => format!("{count} {note}"),
        None => count,
    }
}

/// `count` cases from a file were added, and `already` more were saved
/// already (same name and dates), so were not added again.
pub fn added(count: usize, already: usize) -> String {
    let added = match count {
        1 => "Added 1 case to your saved cases.".to_string(),
        n => format!("Added {n} cases to your saved cases."),
    };
    match already {
        0 => added,
        _ if count == 0 => "Nothing was added: every case in the file is already saved, with the same dates (and name, where it has one).".to_string(),
        1 => format!("{added} 1 case in the file was already saved, with the same dates (and name, where it has one), so it was not added again."),
        n => format!("{added} {n} cases in the file were already saved, with the same dates (and names, where they have one), so they were not added again."),
    }
}

pub const CHOOSE_FILE: &str =
    "Choose a file you downloaded from Complaint Navigator, or drop it here";

/// The name of the case at `number` (from 1) in a file, when it has none.
pub fn case_in_file(number: usize) -> String {
    format!("Case {number} in the file")
}

/// A case in a file, after its name: its council (`council`, or none
/// chosen) and the day the complaint was received, if known.
pub fn case_in_file_details(council: Option<&str>, complaint: Option<NaiveDate>) -> String {
    let council = council.unwrap_or("Council not chosen");
    match complaint {
        Some(date) => format!(" · {council} · complaint {}", day_month_year(date)),
        None => format!(" · {council}"),
    }
}

/// The button under the cases opened from a file: "it" for one case.
pub fn add_to_saved(cases: usize) -> &'static str {
    if cases == 1 {
        "Add it to my saved cases"
    } else {
        "Add them to my saved cases"
    }
}

/// After a case in a file: what the checks say of it, which it opens with to fix.
pub fn needs_fixing(problem: &str) -> String {
    format!(" Needs fixing when you open it: {problem}")
}

/// The saved cases could not be read: the keeping chunk, which reads
/// them, could not be fetched.
pub const SAVED_CASES_NOT_LOADED: &str = "Your saved cases could not be loaded. Check your internet connection and try again. They are still saved on this device, and nothing you entered has been lost.";

/// The keeping features' own chunk could not be fetched.
pub const KEEP_PART_NOT_LOADED: &str = "This part of the tool could not be loaded. Check your internet connection and try again. Nothing you entered has been lost.";
