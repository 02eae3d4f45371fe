//! Typing dates and councils as people do: a whole date in the day box is
//! split into day, month and year; slips of spelling still find the council.
//! The pure core, natively (the browser side is tests/typing.rs).

use complaint_navigator::core::councils;
use complaint_navigator::core::dates::{
    parse_date_parts, read_day_box, split_note, split_whole_date, DateInputError, DatePart, DayBox,
    SPLIT_UNCLEAR,
};

fn split(text: &str) -> (String, String, String) {
    split_whole_date(text).unwrap_or_else(|| panic!("{text:?} should split"))
}

fn parts(day: &str, month: &str, year: &str) -> (String, String, String) {
    (day.to_string(), month.to_string(), year.to_string())
}

#[test]
fn a_whole_date_in_the_day_box_is_split() {
    for (text, expected) in [
        ("19/12/2025", parts("19", "12", "2025")),
        ("19.12.25", parts("19", "12", "2025")),
        ("19-12-2025", parts("19", "12", "2025")),
        ("19 Dec 2025", parts("19", "Dec", "2025")),
        ("19 December 2025", parts("19", "December", "2025")),
        ("2025-12-19", parts("19", "12", "2025")),
        (" 19 / 12 / 2025 ", parts("19", "12", "2025")),
        ("19\\12\\2025", parts("19", "12", "2025")),
        ("7/1/26", parts("7", "1", "2026")),
        ("07.01.2026", parts("07", "01", "2026")),
        ("Friday 19th December 2025", parts("19", "December", "2025")),
        ("Fri 19th of Dec. 2025", parts("19", "Dec", "2025")),
        ("Thurs 1st Jan 2026", parts("1", "Jan", "2026")),
        ("December 19, 2025", parts("19", "December", "2025")),
        ("19 Sept 25", parts("19", "Sept", "2025")),
        ("19Dec2025", parts("19", "Dec", "2025")),
        ("2025 Dec 19", parts("19", "Dec", "2025")),
        // Figures alone, as a phone's number pad (no "/") leaves them: day
        // first; year first only where day first cannot be a date.
        ("19122025", parts("19", "12", "2025")),
        ("191225", parts("19", "12", "2025")),
        ("07012026", parts("07", "01", "2026")),
        ("20251219", parts("19", "12", "2025")),
        ("31022025", parts("31", "02", "2025")),
    ] {
        assert_eq!(split(text), expected, "{text:?}");
    }
}

#[test]
fn two_figure_years_are_this_century_up_to_79() {
    assert_eq!(split("1/2/00").2, "2000");
    assert_eq!(split("1/2/79").2, "2079");
    assert_eq!(split("1/2/80").2, "1980");
    assert_eq!(split("1/2/99").2, "1999");
    // 1999 is then refused, in words.
    let (day, month, year) = split("1/2/99");
    let error = parse_date_parts(&day, &month, &year, "the date you complained").unwrap_err();
    assert_eq!(error.part, DatePart::Year);
    assert_eq!(
        error.message,
        "The date you complained must be on or after 1 September 2006, when the rules for these complaints started"
    );
}

#[test]
fn a_day_typed_digit_by_digit_is_left_alone() {
    for text in [
        "", "1", "19", "19 ", " 7", "7th", "19th", "1234", "x", "Dec",
    ] {
        assert_eq!(read_day_box(text), DayBox::Day, "{text:?}");
        assert_eq!(split_whole_date(text), None, "{text:?}");
    }
    // Typed key by key, "19/12/20" on the way to "19/12/2025" already reads
    // as a date in 2020: so the page splits a typed date only when the user
    // leaves the box (or pastes it whole), never while they type.
    let typed = "19/12/2025";
    for end in 1..typed.len() - 1 {
        let so_far = &typed[..end];
        assert!(
            !matches!(read_day_box(so_far), DayBox::Split { .. }) || so_far == "19/12/20",
            "{so_far:?}"
        );
    }
}

#[test]
fn what_cannot_be_split_without_guessing_is_unclear() {
    for text in [
        "1/2",
        "19/12",
        "19/12/2",
        "19/12/202",
        "19/12/20255",
        "19/12/2025/1",
        "2025/12",
        "123/12/2025",
        "19 Dec Jan 2025",
        "19 Decembre 2025",
        "19 12 2025 soon",
        "19 Dec 2025 2026",
        "Dec 2025",
        "19/ 12/2025 then another date and another and another and more",
        // Figures alone that are neither a day nor a date either way round.
        "12345",
        "1234567",
        "123456789",
        "99999999",
        "19992025",
        "321225",
    ] {
        assert_eq!(read_day_box(text), DayBox::Unclear, "{text:?}");
        assert_eq!(split_whole_date(text), None, "{text:?}");
    }
    assert!(SPLIT_UNCLEAR.contains(
        "Type the day in the first box, the month in the second and the year in the third"
    ));
    // A huge paste is answered at once.
    assert_eq!(
        read_day_box(&"19/12/2025 ".repeat(100_000)),
        DayBox::Unclear
    );
}

#[test]
fn an_impossible_date_is_split_then_named_by_the_usual_check() {
    let (day, month, year) = split("31/02/2025");
    assert_eq!(
        (day.as_str(), month.as_str(), year.as_str()),
        ("31", "02", "2025")
    );
    assert_eq!(
        parse_date_parts(&day, &month, &year, "the date you complained"),
        Err(DateInputError {
            part: DatePart::All,
            message: "The date you complained must be a real date: February 2025 has no day 31"
                .to_string()
        })
    );
    assert_eq!(
        split_note(&day, &month, &year, true),
        "We split the date you pasted into day, month and year. Check each box."
    );
    // Month and day the American way round: split as typed, and the month is named as wrong.
    let (day, month, year) = split("12/19/2025");
    assert_eq!(
        parse_date_parts(&day, &month, &year, "it")
            .unwrap_err()
            .part,
        DatePart::Month
    );
}

#[test]
fn the_split_is_announced_with_the_date_written_out() {
    let (day, month, year) = split("19.12.25");
    assert_eq!(
        split_note(&day, &month, &year, true),
        "We split the date you pasted into day, month and year: 19 December 2025."
    );
    let (day, month, year) = split("19 Dec 2025");
    assert_eq!(
        split_note(&day, &month, &year, false),
        "We split the date you typed into day, month and year: 19 December 2025."
    );
}

#[test]
fn no_message_from_the_date_boxes_shows_a_machine_date() {
    let what = "the date you complained";
    for (day, month, year) in [
        ("19", "12", "0025"),
        ("19", "12", "0000"),
        ("31", "8", "2006"),
        ("1", "1", "1900"),
        ("30", "2", "0025"),
        ("31", "4", "2026"),
        ("19", "12", "25"),
        ("", "12", "0025"),
    ] {
        let message = parse_date_parts(day, month, year, what)
            .unwrap_err()
            .message;
        assert!(
            !message.contains("0025") && !message.contains("-12-"),
            "{message}"
        );
    }
    assert_eq!(
        parse_date_parts("31", "8", "2006", what).unwrap_err(),
        DateInputError {
            part: DatePart::All,
            message: "The date you complained must be on or after 1 September 2006, when the rules for these complaints started".to_string()
        }
    );
    assert_eq!(
        parse_date_parts("19", "12", "0025", what).unwrap_err().part,
        DatePart::Year
    );
    assert!(parse_date_parts("1", "9", "2006", what).unwrap().is_some());
}

// ---------------------------------------------------------------------------
// Councils

fn first(query: &str) -> String {
    councils::search(query)
        .first()
        .map(|c| c.id.clone())
        .unwrap_or_else(|| panic!("nothing found for {query:?}"))
}

#[test]
fn slips_of_spelling_still_find_the_council() {
    for (query, id) in [
        ("Thurock", "thurrock"),
        ("thurock council", "thurrock"),
        ("Hartlepol", "hartlepool"),
        ("Bristo", "bristol"),
        ("Brimingham", "birmingham"),
        ("Manchster", "manchester"),
        ("Leicstershire", "leicestershire"),
        ("leicstershire county councl", "leicestershire"),
        ("north somerst", "north-somerset"),
        ("Nottinghmashire", "nottinghamshire"),
        ("MANCHSTER", "manchester"),
    ] {
        assert_eq!(first(query), id, "query {query:?}");
    }
    for query in [
        "Thurock",
        "Hartlepol",
        "Brimingham",
        "Manchster",
        "Leicstershire",
    ] {
        assert_eq!(councils::search(query).len(), 1, "{query:?}");
        assert!(councils::enter_choice(query).is_some(), "{query:?}");
    }
}

#[test]
fn exact_and_prefix_matches_come_before_any_slip() {
    assert_eq!(first("Bristo"), "bristol");
    assert_eq!(first("north som"), "north-somerset");
    assert_eq!(first("leeds"), "leeds");
    // "Kent" is a council: no slip is looked for when something matches.
    assert_eq!(
        councils::search("kent")
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>(),
        ["kent"]
    );
    // Short words must be typed right: three letters allow no slip.
    assert!(councils::search("xyz").is_empty());
    assert!(councils::search("zzzz").is_empty());
    assert!(councils::search("qqqqqqqqqq").is_empty());
}

#[test]
fn a_huge_query_stays_fast_and_finds_nothing() {
    let started = std::time::Instant::now();
    assert!(councils::search(&"brimingham ".repeat(10_000)).is_empty());
    assert!(councils::search(&"x".repeat(79)).is_empty());
    // Every word near some council, but no council near all of them.
    let slips = "brimingham manchster leicstershire thurock hartlepol nottinghmashire";
    assert!(councils::search(slips).is_empty());
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
}

#[test]
fn enter_picks_the_only_match_or_the_one_named_exactly() {
    let pick = |query: &str| councils::enter_choice(query).map(|c| c.id.as_str());
    assert_eq!(pick("leeds"), Some("leeds"));
    assert_eq!(pick("Thurock"), Some("thurrock"));
    // York is named exactly; North Yorkshire only begins with it.
    assert_eq!(pick("york"), Some("york"));
    assert_eq!(pick("E08000016"), Some("barnsley"));
    // Several councils, none named exactly: the user chooses from the list.
    assert_eq!(pick("north"), None);
    assert_eq!(pick("kingston"), None);
    assert_eq!(pick("Cumbria"), None);
    assert_eq!(pick(""), None);
    assert_eq!(pick("zzzz"), None);
}
