//! Dates a family can act on: a table of scenarios, one row per rule and
//! calendar case, each due date counted independently of the engine (by a
//! separate count over GOV.UK's bank holiday list, written out in the
//! comment above the row), and the rules around them: the law's Ombudsman
//! limit, the year to complain, the two readings of the stage 2 start and
//! stage 2 asked for early.

#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;

use complaint_navigator::core::assessment::{assess, DeadlineStatus};
use complaint_navigator::core::case::{Case, CASE_FORMAT};
use complaint_navigator::core::ics::calendar_file;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

struct Scenario {
    /// The rule the row checks, as the test would be named.
    rule: &'static str,
    council: Option<&'static str>,
    events: &'static str,
    today: &'static str,
    deadline: &'static str,
    due: &'static str,
}

fn case(council: Option<&str>, events: &str) -> Case {
    let json = format!(
        r#"{{"format":"{CASE_FORMAT}","version":1,"council":{},"events":{events}}}"#,
        council.map_or("null".to_string(), |c| format!("\"{c}\""))
    );
    Case::from_json(&json, d("2100-12-31")).unwrap_or_else(|e| panic!("{events}: {e}"))
}

const SCENARIOS: &[Scenario] = &[
    // Christmas 2025: 10 working days after Fri 19 Dec 2025 (day 0), skipping weekends and Thu 25 Dec 2025 (Christmas Day), Fri 26 Dec 2025 (Boxing Day), Thu 1 Jan 2026 (New Year’s Day): Wed 7 Jan 2026.
    Scenario {
        rule: "reg_14_stage_1_reply_10_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-12-19"}"#,
        today: "2025-12-22",
        deadline: "stage1_response",
        due: "2026-01-07",
    },
    // Easter 2026: 10 working days after Fri 27 Mar 2026 (day 0), skipping weekends and Fri 3 Apr 2026 (Good Friday), Mon 6 Apr 2026 (Easter Monday): Tue 14 Apr 2026.
    Scenario {
        rule: "reg_14_stage_1_reply_10_working_days",
        council: None,
        events: r#"{"complaint_received": "2026-03-27"}"#,
        today: "2026-03-30",
        deadline: "stage1_response",
        due: "2026-04-14",
    },
    // VE Day moved to Friday 8 May 2020: 10 working days after Thu 30 Apr 2020 (day 0), skipping weekends and Fri 8 May 2020 (Early May bank holiday (VE day)): Fri 15 May 2020.
    Scenario {
        rule: "reg_14_stage_1_reply_10_working_days",
        council: None,
        events: r#"{"complaint_received": "2020-04-30"}"#,
        today: "2020-05-01",
        deadline: "stage1_response",
        due: "2020-05-15",
    },
    // Platinum Jubilee 2022: 10 working days after Fri 27 May 2022 (day 0), skipping weekends and Thu 2 Jun 2022 (Spring bank holiday), Fri 3 Jun 2022 (Platinum Jubilee bank holiday): Tue 14 Jun 2022.
    Scenario {
        rule: "reg_14_stage_1_reply_10_working_days",
        council: None,
        events: r#"{"complaint_received": "2022-05-27"}"#,
        today: "2022-05-30",
        deadline: "stage1_response",
        due: "2022-06-14",
    },
    // State funeral, 19 September 2022: 10 working days after Mon 12 Sep 2022 (day 0), skipping weekends and Mon 19 Sep 2022 (Bank Holiday for the State Funeral of Queen Elizabeth II): Tue 27 Sep 2022.
    Scenario {
        rule: "reg_14_stage_1_reply_10_working_days",
        council: None,
        events: r#"{"complaint_received": "2022-09-12"}"#,
        today: "2022-09-13",
        deadline: "stage1_response",
        due: "2022-09-27",
    },
    // Coronation, 8 May 2023: 10 working days after Tue 2 May 2023 (day 0), skipping weekends and Mon 8 May 2023 (Bank holiday for the coronation of King Charles III): Wed 17 May 2023.
    Scenario {
        rule: "reg_14_stage_1_reply_10_working_days",
        council: None,
        events: r#"{"complaint_received": "2023-05-02"}"#,
        today: "2023-05-03",
        deadline: "stage1_response",
        due: "2023-05-17",
    },
    // summer bank holiday 2026: 10 working days after Fri 28 Aug 2026 (day 0), skipping weekends and Mon 31 Aug 2026 (Summer bank holiday): Mon 14 Sep 2026.
    Scenario {
        rule: "reg_14_stage_1_reply_10_working_days",
        council: None,
        events: r#"{"complaint_received": "2026-08-28"}"#,
        today: "2026-09-01",
        deadline: "stage1_response",
        due: "2026-09-14",
    },
    // a Saturday start: 10 working days after Sat 3 Jan 2026 (day 0), skipping weekends and no bank holidays: Fri 16 Jan 2026.
    Scenario {
        rule: "reg_14_stage_1_reply_10_working_days",
        council: None,
        events: r#"{"complaint_received": "2026-01-03"}"#,
        today: "2026-01-05",
        deadline: "stage1_response",
        due: "2026-01-16",
    },
    // a start on Christmas Day: 10 working days after Fri 25 Dec 2026 (day 0), skipping weekends and Mon 28 Dec 2026 (Boxing Day (substitute day)), Fri 1 Jan 2027 (New Year’s Day): Tue 12 Jan 2027.
    Scenario {
        rule: "reg_14_stage_1_reply_10_working_days",
        council: None,
        events: r#"{"complaint_received": "2026-12-25"}"#,
        today: "2026-12-29",
        deadline: "stage1_response",
        due: "2027-01-12",
    },
    // a leap year: 10 working days after Wed 28 Feb 2024 (day 0), skipping weekends and no bank holidays: Wed 13 Mar 2024.
    Scenario {
        rule: "reg_14_stage_1_reply_10_working_days",
        council: None,
        events: r#"{"complaint_received": "2024-02-28"}"#,
        today: "2024-02-29",
        deadline: "stage1_response",
        due: "2024-03-13",
    },
    // Christmas 2025: 20 working days after Fri 19 Dec 2025 (day 0), skipping weekends and Thu 25 Dec 2025 (Christmas Day), Fri 26 Dec 2025 (Boxing Day), Thu 1 Jan 2026 (New Year’s Day): Wed 21 Jan 2026.
    Scenario {
        rule: "reg_14_stage_1_with_more_time_20_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-12-19", "stage1_extended": true}"#,
        today: "2025-12-22",
        deadline: "stage1_response_extended",
        due: "2026-01-21",
    },
    // Easter 2026: 20 working days after Mon 30 Mar 2026 (day 0), skipping weekends and Fri 3 Apr 2026 (Good Friday), Mon 6 Apr 2026 (Easter Monday): Wed 29 Apr 2026.
    Scenario {
        rule: "reg_14_stage_1_with_more_time_20_working_days",
        council: None,
        events: r#"{"complaint_received": "2026-03-30", "stage1_extended": true}"#,
        today: "2026-03-31",
        deadline: "stage1_response_extended",
        due: "2026-04-29",
    },
    // Platinum Jubilee 2022: 20 working days after Fri 20 May 2022 (day 0), skipping weekends and Thu 2 Jun 2022 (Spring bank holiday), Fri 3 Jun 2022 (Platinum Jubilee bank holiday): Tue 21 Jun 2022.
    Scenario {
        rule: "reg_14_stage_1_with_more_time_20_working_days",
        council: None,
        events: r#"{"complaint_received": "2022-05-20", "stage1_extended": true}"#,
        today: "2022-05-23",
        deadline: "stage1_response_extended",
        due: "2022-06-21",
    },
    // Coronation 2023: 20 working days after Fri 28 Apr 2023 (day 0), skipping weekends and Mon 1 May 2023 (Early May bank holiday), Mon 8 May 2023 (Bank holiday for the coronation of King Charles III), Mon 29 May 2023 (Spring bank holiday): Wed 31 May 2023.
    Scenario {
        rule: "reg_14_stage_1_with_more_time_20_working_days",
        council: None,
        events: r#"{"complaint_received": "2023-04-28", "stage1_extended": true}"#,
        today: "2023-05-02",
        deadline: "stage1_response_extended",
        due: "2023-05-31",
    },
    // Christmas 2025: 20 working days after Mon 15 Dec 2025 (day 0), skipping weekends and Thu 25 Dec 2025 (Christmas Day), Fri 26 Dec 2025 (Boxing Day), Thu 1 Jan 2026 (New Year’s Day): Thu 15 Jan 2026.
    Scenario {
        rule: "guidance_asking_for_stage_2_20_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-12-01", "stage1_response_received": "2025-12-15"}"#,
        today: "2025-12-16",
        deadline: "stage2_request",
        due: "2026-01-15",
    },
    // Easter 2026: 20 working days after Fri 20 Mar 2026 (day 0), skipping weekends and Fri 3 Apr 2026 (Good Friday), Mon 6 Apr 2026 (Easter Monday): Tue 21 Apr 2026.
    Scenario {
        rule: "guidance_asking_for_stage_2_20_working_days",
        council: None,
        events: r#"{"complaint_received": "2026-03-16", "stage1_response_received": "2026-03-20"}"#,
        today: "2026-03-23",
        deadline: "stage2_request",
        due: "2026-04-21",
    },
    // State funeral 2022: 20 working days after Fri 9 Sep 2022 (day 0), skipping weekends and Mon 19 Sep 2022 (Bank Holiday for the State Funeral of Queen Elizabeth II): Mon 10 Oct 2022.
    Scenario {
        rule: "guidance_asking_for_stage_2_20_working_days",
        council: None,
        events: r#"{"complaint_received": "2022-09-01", "stage1_response_received": "2022-09-09"}"#,
        today: "2022-09-12",
        deadline: "stage2_request",
        due: "2022-10-10",
    },
    // Christmas 2025: 25 working days after Mon 1 Dec 2025 (day 0), skipping weekends and Thu 25 Dec 2025 (Christmas Day), Fri 26 Dec 2025 (Boxing Day), Thu 1 Jan 2026 (New Year’s Day): Thu 8 Jan 2026.
    Scenario {
        rule: "reg_17_stage_2_reply_25_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-11-03", "stage1_response_received": "2025-11-14", "stage2_requested": "2025-12-01"}"#,
        today: "2025-12-02",
        deadline: "stage2_response",
        due: "2026-01-08",
    },
    // Easter 2026: 25 working days after Mon 16 Mar 2026 (day 0), skipping weekends and Fri 3 Apr 2026 (Good Friday), Mon 6 Apr 2026 (Easter Monday): Wed 22 Apr 2026.
    Scenario {
        rule: "reg_17_stage_2_reply_25_working_days",
        council: None,
        events: r#"{"complaint_received": "2026-02-16", "stage1_response_received": "2026-02-27", "stage2_requested": "2026-03-16"}"#,
        today: "2026-03-17",
        deadline: "stage2_response",
        due: "2026-04-22",
    },
    // Platinum Jubilee 2022: 25 working days after Mon 16 May 2022 (day 0), skipping weekends and Thu 2 Jun 2022 (Spring bank holiday), Fri 3 Jun 2022 (Platinum Jubilee bank holiday): Wed 22 Jun 2022.
    Scenario {
        rule: "reg_17_stage_2_reply_25_working_days",
        council: None,
        events: r#"{"complaint_received": "2022-04-19", "stage1_response_received": "2022-04-29", "stage2_requested": "2022-05-16"}"#,
        today: "2022-05-17",
        deadline: "stage2_response",
        due: "2022-06-22",
    },
    // Coronation 2023: 25 working days after Mon 24 Apr 2023 (day 0), skipping weekends and Mon 1 May 2023 (Early May bank holiday), Mon 8 May 2023 (Bank holiday for the coronation of King Charles III), Mon 29 May 2023 (Spring bank holiday): Thu 1 Jun 2023.
    Scenario {
        rule: "reg_17_stage_2_reply_25_working_days",
        council: None,
        events: r#"{"complaint_received": "2023-04-03", "stage1_response_received": "2023-04-14", "stage2_requested": "2023-04-24"}"#,
        today: "2023-04-25",
        deadline: "stage2_response",
        due: "2023-06-01",
    },
    // Christmas 2025: 65 working days after Mon 6 Oct 2025 (day 0), skipping weekends and Thu 25 Dec 2025 (Christmas Day), Fri 26 Dec 2025 (Boxing Day), Thu 1 Jan 2026 (New Year’s Day): Thu 8 Jan 2026.
    Scenario {
        rule: "reg_17_stage_2_with_more_time_65_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-09-01", "stage1_response_received": "2025-09-12", "stage2_requested": "2025-10-06", "stage2_extended": true}"#,
        today: "2025-10-07",
        deadline: "stage2_response_extended",
        due: "2026-01-08",
    },
    // Easter and May 2026: 65 working days after Mon 2 Feb 2026 (day 0), skipping weekends and Fri 3 Apr 2026 (Good Friday), Mon 6 Apr 2026 (Easter Monday), Mon 4 May 2026 (Early May bank holiday): Thu 7 May 2026.
    Scenario {
        rule: "reg_17_stage_2_with_more_time_65_working_days",
        council: None,
        events: r#"{"complaint_received": "2026-01-05", "stage1_response_received": "2026-01-16", "stage2_requested": "2026-02-02", "stage2_extended": true}"#,
        today: "2026-02-03",
        deadline: "stage2_response_extended",
        due: "2026-05-07",
    },
    // State funeral 2022: 65 working days after Mon 4 Jul 2022 (day 0), skipping weekends and Mon 29 Aug 2022 (Summer bank holiday), Mon 19 Sep 2022 (Bank Holiday for the State Funeral of Queen Elizabeth II): Wed 5 Oct 2022.
    Scenario {
        rule: "reg_17_stage_2_with_more_time_65_working_days",
        council: None,
        events: r#"{"complaint_received": "2022-06-01", "stage1_response_received": "2022-06-10", "stage2_requested": "2022-07-04", "stage2_extended": true}"#,
        today: "2022-07-05",
        deadline: "stage2_response_extended",
        due: "2022-10-05",
    },
    // Christmas 2025: 20 working days after Fri 12 Dec 2025 (day 0), skipping weekends and Thu 25 Dec 2025 (Christmas Day), Fri 26 Dec 2025 (Boxing Day), Thu 1 Jan 2026 (New Year’s Day): Wed 14 Jan 2026.
    Scenario {
        rule: "reg_18_asking_for_a_panel_20_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-09-01", "stage1_response_received": "2025-09-12", "stage2_requested": "2025-09-15", "stage2_response_received": "2025-12-12"}"#,
        today: "2025-12-15",
        deadline: "stage3_request",
        due: "2026-01-14",
    },
    // Easter 2026: 20 working days after Mon 23 Mar 2026 (day 0), skipping weekends and Fri 3 Apr 2026 (Good Friday), Mon 6 Apr 2026 (Easter Monday): Wed 22 Apr 2026.
    Scenario {
        rule: "reg_18_asking_for_a_panel_20_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-09-01", "stage1_response_received": "2025-09-12", "stage2_requested": "2025-09-15", "stage2_response_received": "2026-03-23"}"#,
        today: "2026-03-24",
        deadline: "stage3_request",
        due: "2026-04-22",
    },
    // May 2026: 20 working days after Fri 15 May 2026 (day 0), skipping weekends and Mon 25 May 2026 (Spring bank holiday): Mon 15 Jun 2026.
    Scenario {
        rule: "reg_18_asking_for_a_panel_20_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-09-01", "stage1_response_received": "2025-09-12", "stage2_requested": "2025-09-15", "stage2_response_received": "2026-05-15"}"#,
        today: "2026-05-18",
        deadline: "stage3_request",
        due: "2026-06-15",
    },
    // Christmas 2025: 30 working days after Mon 8 Dec 2025 (day 0), skipping weekends and Thu 25 Dec 2025 (Christmas Day), Fri 26 Dec 2025 (Boxing Day), Thu 1 Jan 2026 (New Year’s Day): Thu 22 Jan 2026.
    Scenario {
        rule: "reg_19_panel_meets_within_30_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-09-01", "stage1_response_received": "2025-09-12", "stage2_requested": "2025-09-15", "stage2_response_received": "2025-11-20", "stage3_requested": "2025-12-08"}"#,
        today: "2025-12-09",
        deadline: "panel_meeting",
        due: "2026-01-22",
    },
    // Easter 2026: 30 working days after Thu 19 Mar 2026 (day 0), skipping weekends and Fri 3 Apr 2026 (Good Friday), Mon 6 Apr 2026 (Easter Monday), Mon 4 May 2026 (Early May bank holiday): Tue 5 May 2026.
    Scenario {
        rule: "reg_19_panel_meets_within_30_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-09-01", "stage1_response_received": "2025-09-12", "stage2_requested": "2025-09-15", "stage2_response_received": "2025-11-20", "stage3_requested": "2026-03-19"}"#,
        today: "2026-03-20",
        deadline: "panel_meeting",
        due: "2026-05-05",
    },
    // summer 2026: 30 working days after Mon 17 Aug 2026 (day 0), skipping weekends and Mon 31 Aug 2026 (Summer bank holiday): Tue 29 Sep 2026.
    Scenario {
        rule: "reg_19_panel_meets_within_30_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-09-01", "stage1_response_received": "2025-09-12", "stage2_requested": "2025-09-15", "stage2_response_received": "2025-11-20", "stage3_requested": "2026-08-17"}"#,
        today: "2026-08-18",
        deadline: "panel_meeting",
        due: "2026-09-29",
    },
    // Christmas 2025: 5 working days after Mon 22 Dec 2025 (day 0), skipping weekends and Thu 25 Dec 2025 (Christmas Day), Fri 26 Dec 2025 (Boxing Day): Wed 31 Dec 2025.
    Scenario {
        rule: "reg_20_panel_report_5_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-09-01", "stage1_response_received": "2025-09-12", "stage2_requested": "2025-09-15", "stage2_response_received": "2025-11-20", "stage3_requested": "2025-11-24", "panel_met": "2025-12-22"}"#,
        today: "2025-12-23",
        deadline: "panel_report",
        due: "2025-12-31",
    },
    // Easter 2026: 5 working days after Wed 1 Apr 2026 (day 0), skipping weekends and Fri 3 Apr 2026 (Good Friday), Mon 6 Apr 2026 (Easter Monday): Fri 10 Apr 2026.
    Scenario {
        rule: "reg_20_panel_report_5_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-09-01", "stage1_response_received": "2025-09-12", "stage2_requested": "2025-09-15", "stage2_response_received": "2025-11-20", "stage3_requested": "2025-11-24", "panel_met": "2026-04-01"}"#,
        today: "2026-04-02",
        deadline: "panel_report",
        due: "2026-04-10",
    },
    // Christmas 2025: 15 working days after Wed 17 Dec 2025 (day 0), skipping weekends and Thu 25 Dec 2025 (Christmas Day), Fri 26 Dec 2025 (Boxing Day), Thu 1 Jan 2026 (New Year’s Day): Mon 12 Jan 2026.
    Scenario {
        rule: "reg_20_final_response_15_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-09-01", "stage1_response_received": "2025-09-12", "stage2_requested": "2025-09-15", "stage2_response_received": "2025-11-20", "stage3_requested": "2025-11-24", "panel_met": "2025-12-10", "panel_report_received": "2025-12-17"}"#,
        today: "2025-12-18",
        deadline: "final_response",
        due: "2026-01-12",
    },
    // Easter 2026: 15 working days after Thu 26 Mar 2026 (day 0), skipping weekends and Fri 3 Apr 2026 (Good Friday), Mon 6 Apr 2026 (Easter Monday): Mon 20 Apr 2026.
    Scenario {
        rule: "reg_20_final_response_15_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-09-01", "stage1_response_received": "2025-09-12", "stage2_requested": "2025-09-15", "stage2_response_received": "2025-11-20", "stage3_requested": "2025-11-24", "panel_met": "2025-12-10", "panel_report_received": "2026-03-26"}"#,
        today: "2026-03-27",
        deadline: "final_response",
        due: "2026-04-20",
    },
    // late May 2026: 15 working days after Mon 18 May 2026 (day 0), skipping weekends and Mon 25 May 2026 (Spring bank holiday): Tue 9 Jun 2026.
    Scenario {
        rule: "reg_20_final_response_15_working_days",
        council: None,
        events: r#"{"complaint_received": "2025-09-01", "stage1_response_received": "2025-09-12", "stage2_requested": "2025-09-15", "stage2_response_received": "2025-11-20", "stage3_requested": "2025-11-24", "panel_met": "2025-12-10", "panel_report_received": "2026-05-18"}"#,
        today: "2026-05-19",
        deadline: "final_response",
        due: "2026-06-09",
    },
    // Christmas 2029, predicted: 10 working days after Thu 20 Dec 2029 (day 0), skipping weekends and Tue 25 Dec 2029 (Christmas Day), Wed 26 Dec 2029 (Boxing Day), Tue 1 Jan 2030 (New Year's Day): Tue 8 Jan 2030.
    Scenario {
        rule: "reg_14_stage_1_in_a_predicted_year",
        council: None,
        events: r#"{"complaint_received": "2029-12-20"}"#,
        today: "2029-12-21",
        deadline: "stage1_response",
        due: "2030-01-08",
    },
    // Easter 2030, predicted: 10 working days after Fri 12 Apr 2030 (day 0), skipping weekends and Fri 19 Apr 2030 (Good Friday), Mon 22 Apr 2030 (Easter Monday): Tue 30 Apr 2030.
    Scenario {
        rule: "reg_14_stage_1_in_a_predicted_year",
        council: None,
        events: r#"{"complaint_received": "2030-04-12"}"#,
        today: "2030-04-15",
        deadline: "stage1_response",
        due: "2030-04-30",
    },
    // the issue's example: 12 months beginning with Fri 15 Mar 2024 are the 12 months from Thu 14 Mar 2024: last day Fri 14 Mar 2025.
    Scenario {
        rule: "s26b_ombudsman_12_months_beginning_with_notice",
        council: None,
        events: r#"{"problem_noticed": "2024-03-15", "complaint_received": "2024-04-04", "stage1_response_received": "2024-04-11", "stage2_requested": "2024-04-15", "stage2_refused": "2024-04-18"}"#,
        today: "2024-04-19",
        deadline: "ombudsman_time_limit_from_problem",
        due: "2025-03-14",
    },
    // notice on 1 March, the year before a leap year: 12 months beginning with Wed 1 Mar 2023 end the day before Fri 1 Mar 2024: Thu 29 Feb 2024 (counted from the day before, 28 Feb 2023, it came out a day early; found in a walkthrough).
    Scenario {
        rule: "s26b_ombudsman_12_months_beginning_with_notice",
        council: None,
        events: r#"{"problem_noticed": "2023-03-01", "complaint_received": "2023-04-03", "stage1_response_received": "2023-04-12", "stage2_requested": "2023-04-17", "stage2_refused": "2023-04-20"}"#,
        today: "2023-04-21",
        deadline: "ombudsman_time_limit_from_problem",
        due: "2024-02-29",
    },
    // notice on 29 February: 12 months beginning with Thu 29 Feb 2024 are the 12 months from Wed 28 Feb 2024: last day Fri 28 Feb 2025.
    Scenario {
        rule: "s26b_ombudsman_12_months_beginning_with_notice",
        council: None,
        events: r#"{"problem_noticed": "2024-02-29", "complaint_received": "2024-03-20", "stage1_response_received": "2024-03-27", "stage2_requested": "2024-04-02", "stage2_refused": "2024-04-05"}"#,
        today: "2024-04-08",
        deadline: "ombudsman_time_limit_from_problem",
        due: "2025-02-28",
    },
    // notice on 1 March of a leap year: 12 months beginning with Fri 1 Mar 2024 are the 12 months from Thu 29 Feb 2024: last day Fri 28 Feb 2025.
    Scenario {
        rule: "s26b_ombudsman_12_months_beginning_with_notice",
        council: None,
        events: r#"{"problem_noticed": "2024-03-01", "complaint_received": "2024-03-21", "stage1_response_received": "2024-03-28", "stage2_requested": "2024-04-03", "stage2_refused": "2024-04-08"}"#,
        today: "2024-04-09",
        deadline: "ombudsman_time_limit_from_problem",
        due: "2025-02-28",
    },
    // notice on 31 January: 12 months beginning with Fri 31 Jan 2025 are the 12 months from Thu 30 Jan 2025: last day Fri 30 Jan 2026.
    Scenario {
        rule: "s26b_ombudsman_12_months_beginning_with_notice",
        council: None,
        events: r#"{"problem_noticed": "2025-01-31", "complaint_received": "2025-02-20", "stage1_response_received": "2025-02-27", "stage2_requested": "2025-03-03", "stage2_refused": "2025-03-06"}"#,
        today: "2025-03-07",
        deadline: "ombudsman_time_limit_from_problem",
        due: "2026-01-30",
    },
    // notice on 1 January: 12 months beginning with Wed 1 Jan 2025 are the 12 months from Tue 31 Dec 2024: last day Wed 31 Dec 2025.
    Scenario {
        rule: "s26b_ombudsman_12_months_beginning_with_notice",
        council: None,
        events: r#"{"problem_noticed": "2025-01-01", "complaint_received": "2025-01-21", "stage1_response_received": "2025-01-28", "stage2_requested": "2025-01-30", "stage2_refused": "2025-02-04"}"#,
        today: "2025-02-05",
        deadline: "ombudsman_time_limit_from_problem",
        due: "2025-12-31",
    },
    // a final response: 12 months beginning with Fri 9 May 2025: last day Fri 8 May 2026.
    Scenario {
        rule: "ombudsman_guide_12_months_beginning_with_the_end",
        council: None,
        events: r#"{"complaint_received": "2024-11-04", "stage1_response_received": "2024-11-15", "stage2_requested": "2024-11-18", "stage2_response_received": "2025-01-20", "stage3_requested": "2025-01-27", "panel_met": "2025-03-03", "panel_report_received": "2025-03-07", "final_response_received": "2025-05-09"}"#,
        today: "2025-05-12",
        deadline: "ombudsman_time_limit",
        due: "2026-05-08",
    },
    // a refusal of stage 2: 12 months beginning with Tue 27 Jan 2026: last day Tue 26 Jan 2027.
    Scenario {
        rule: "ombudsman_guide_12_months_beginning_with_the_end",
        council: None,
        events: r#"{"complaint_received": "2026-01-05", "stage1_response_received": "2026-01-16", "stage2_requested": "2026-01-20", "stage2_refused": "2026-01-27"}"#,
        today: "2026-01-28",
        deadline: "ombudsman_time_limit",
        due: "2027-01-26",
    },
    // happened on 29 February: Within one year of Thu 29 Feb 2024: the same date a year later, Fri 28 Feb 2025 (28 February when there is no 29th).
    Scenario {
        rule: "reg_9_one_year_from_when_it_happened",
        council: None,
        events: r#"{"problem_happened": "2024-02-29", "complaint_received": "2024-03-30"}"#,
        today: "2024-03-31",
        deadline: "complaint_time_limit",
        due: "2025-02-28",
    },
    // happened on 31 March: Within one year of Mon 31 Mar 2025: the same date a year later, Tue 31 Mar 2026 (28 February when there is no 29th).
    Scenario {
        rule: "reg_9_one_year_from_when_it_happened",
        council: None,
        events: r#"{"problem_happened": "2025-03-31", "complaint_received": "2025-04-30"}"#,
        today: "2025-05-01",
        deadline: "complaint_time_limit",
        due: "2026-03-31",
    },
    // happened on 10 January 2024: Within one year of Wed 10 Jan 2024: the same date a year later, Fri 10 Jan 2025 (28 February when there is no 29th).
    Scenario {
        rule: "reg_9_one_year_from_when_it_happened",
        council: None,
        events: r#"{"problem_happened": "2024-01-10", "complaint_received": "2024-02-09"}"#,
        today: "2024-02-10",
        deadline: "complaint_time_limit",
        due: "2025-01-10",
    },
    // statement agreed a week after the request: 25 working days after Mon 9 Feb 2026 (day 0), skipping weekends and no bank holidays: Mon 16 Mar 2026.
    Scenario {
        rule: "reg_17_the_other_reading_counts_from_the_agreed_statement",
        council: None,
        events: r#"{"complaint_received": "2025-11-03", "stage1_response_received": "2025-11-14", "stage2_requested": "2026-02-02", "stage2_statement_agreed": "2026-02-09"}"#,
        today: "2026-02-10",
        deadline: "stage2_response_from_statement",
        due: "2026-03-16",
    },
    // statement agreed over Christmas: 25 working days after Mon 15 Dec 2025 (day 0), skipping weekends and Thu 25 Dec 2025 (Christmas Day), Fri 26 Dec 2025 (Boxing Day), Thu 1 Jan 2026 (New Year’s Day): Thu 22 Jan 2026.
    Scenario {
        rule: "reg_17_the_other_reading_counts_from_the_agreed_statement",
        council: None,
        events: r#"{"complaint_received": "2025-11-03", "stage1_response_received": "2025-11-14", "stage2_requested": "2025-12-01", "stage2_statement_agreed": "2025-12-15"}"#,
        today: "2025-12-16",
        deadline: "stage2_response_from_statement",
        due: "2026-01-22",
    },
    // asked two days after complaining: 25 working days after Wed 7 Jan 2026 (day 0), skipping weekends and no bank holidays: Wed 11 Feb 2026.
    Scenario {
        rule: "asking_for_stage_2_early_counts_from_the_request",
        council: None,
        events: r#"{"complaint_received": "2026-01-05", "stage2_requested": "2026-01-07"}"#,
        today: "2026-01-08",
        deadline: "stage2_response",
        due: "2026-02-11",
    },
];

#[test]
fn every_scenario_gives_the_independently_counted_date() {
    assert!(SCENARIOS.len() >= 50, "{}", SCENARIOS.len());
    let mut wrong = Vec::new();
    for s in SCENARIOS {
        let assessment = assess(&case(s.council, s.events), d(s.today))
            .unwrap_or_else(|e| panic!("{}: {e}", s.rule));
        match assessment.deadlines.iter().find(|x| x.id == s.deadline) {
            Some(found) if found.due == d(s.due) => {}
            Some(found) => wrong.push(format!(
                "{} ({}): {} is {}, counted {}",
                s.rule, s.events, s.deadline, found.due, s.due
            )),
            None => wrong.push(format!("{} ({}): no {}", s.rule, s.events, s.deadline)),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Thurrock's stage 2, asked for Mon 2 Feb 2026, statement agreed Mon 9 Feb.
/// From the request: Feb 3-6 (4), 9-13 (9), 16-20 (14), 23-27 (19), Mar 2-6
/// (24), Mon 9 Mar (25). From the statement: Feb 10-13 (4), 16-20 (9), 23-27
/// (14), Mar 2-6 (19), 9-13 (24), Mon 16 Mar (25). No bank holidays between.
fn thurrock_stage2_with_an_agreed_statement() -> Case {
    case(
        Some("thurrock"),
        r#"{"complaint_received":"2026-01-05","stage1_response_received":"2026-01-16",
            "stage2_requested":"2026-02-02","stage2_statement_agreed":"2026-02-09"}"#,
    )
}

#[test]
fn reg_17_one_date_to_act_on_and_the_other_reading_labelled() {
    // Wed 11 Mar 2026: 2 working days after the request reading's date.
    let a = assess(&thurrock_stage2_with_an_agreed_statement(), d("2026-03-11")).unwrap();
    let act_on = a
        .deadlines
        .iter()
        .find(|x| x.id == "stage2_response")
        .unwrap();
    assert_eq!(act_on.due, d("2026-03-09"));
    assert_eq!(act_on.status, DeadlineStatus::Overdue);
    assert_eq!(act_on.basis_label, "Set by law");
    let other = a
        .deadlines
        .iter()
        .find(|x| x.id == "stage2_response_from_statement")
        .unwrap();
    assert_eq!(other.due, d("2026-03-16"));
    assert!(other.other_reading);
    assert_eq!(
        other.basis_label,
        "The other reading: if the council counts from the agreed statement"
    );
    // Never two "set by law" dates for the same 25 working days (the 65
    // working day maximum is a different limit, shown once the 25 passed).
    let set_by_law: Vec<&str> = a
        .deadlines
        .iter()
        .filter(|x| {
            x.counting.amount == 25
                && x.id.starts_with("stage2_response")
                && x.basis_label == "Set by law"
        })
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(set_by_law, ["stage2_response"]);
    // The headline says by which reading the reply is late.
    assert_eq!(
        a.headline,
        "Stage 2: counted from the day you asked for stage 2, the council's stage 2 reply is 2 working days late: it was due by Monday 9 March 2026. If the council counts from the day your complaint statement was agreed, as many councils do, it is not due until Monday 16 March 2026."
    );
    // Next steps and the calendar file give the one date to act on.
    assert_eq!(a.next_steps[0].by, Some(d("2026-03-09")));
    let ics = calendar_file("case-1", &a, d("2026-03-11"), None);
    assert!(ics.contains("DTSTART;VALUE=DATE:20260309"), "{ics}");
    assert!(!ics.contains("DTSTART;VALUE=DATE:20260316"), "{ics}");
}

#[test]
fn reg_17_late_by_both_readings_is_simply_late() {
    // Tue 17 Mar 2026: both readings have passed.
    let a = assess(&thurrock_stage2_with_an_agreed_statement(), d("2026-03-17")).unwrap();
    assert!(
        a.headline
            .starts_with("Stage 2: the council's stage 2 reply is 6 working days late."),
        "{}",
        a.headline
    );
}

/// s26B(2) while the council's stages go on: the law's 12 months are not a
/// deadline of the case yet (the stages come first), but they can pass
/// meanwhile, and the Ombudsman section says so (found in a walkthrough: it
/// said only "Not yet"), with what to do: ask the Ombudsman before the date
/// (its decision 25 004 197 turned down someone who waited for a slow
/// procedure), or now once it has passed. Leeds, first knew Sunday 1 December 2024: 12 months beginning
/// with that day end on Sunday 30 November 2025.
#[test]
fn s26b_the_laws_date_is_told_while_the_stages_go_on() {
    let leeds = case(
        Some("leeds"),
        r#"{"problem_noticed":"2024-12-01","complaint_received":"2025-01-10","stage1_response_received":"2025-01-24","stage2_requested":"2025-02-05","stage2_response_received":"2025-12-01","stage3_requested":"2025-12-10"}"#,
    );
    let a = assess(&leeds, d("2026-01-20")).unwrap();
    assert!(
        !a.deadlines.iter().any(|x| x.id.starts_with("ombudsman")),
        "{:?}",
        a.deadlines.iter().map(|x| &x.id).collect::<Vec<_>>()
    );
    assert_eq!(a.ombudsman.time_limit, None);
    assert_eq!(
        a.ombudsman.explanation,
        "The Ombudsman normally expects you to go through the council's three stages first. It may step in earlier if the council delays a lot or refuses to move your complaint on. The law's time limit, 12 months beginning with the day you first knew about the problem, ended on Sunday 30 November 2025. As the council's stages are not finished, contact the Ombudsman now and ask whether to wait for them: it can still look at a complaint after that date if there is a good reason."
    );
    let earlier = assess(&leeds, d("2025-12-15")).unwrap();
    assert!(
        earlier
            .ombudsman
            .explanation
            .contains("ended on Sunday 30 November 2025"),
        "{}",
        earlier.ombudsman.explanation
    );
    let before = case(
        Some("leeds"),
        r#"{"problem_noticed":"2024-12-01","complaint_received":"2025-01-10"}"#,
    );
    let a = assess(&before, d("2025-01-20")).unwrap();
    assert!(
        a.ombudsman
            .explanation
            .contains("12 months beginning with the day you first knew about the problem: Sunday 30 November 2025. These 12 months do not wait for the council's stages. If they may not be finished by then, contact the Ombudsman before that date and ask what to do"),
        "{}",
        a.ombudsman.explanation
    );
}

/// Declining ADR with no request date (docs/rules.md, "Declining ADR"): the
/// questions take it (a request answered yes with its date left blank, and
/// the day the family said no), and the next stage's clock starts that day.
/// Thurrock, said no to ADR before stage 3 on Tuesday 31 March 2026: the
/// panel meets within 30 working days, skipping Good Friday (3 April),
/// Easter Monday (6 April) and the early May bank holiday (4 May): Friday 15
/// May 2026. A link or file with such a case keeps its ADR answers (found in
/// a walkthrough: the form refused it, and a link dropped them).
#[test]
fn adr_declined_with_no_request_date_starts_the_stage() {
    use complaint_navigator::core::form::{answers_from_case, build_case, Answer, Answers};
    let date = |text: &str| {
        let parts: Vec<&str> = text.split('/').collect();
        Answer {
            yes: Some(true),
            day: parts[0].into(),
            month: parts[1].into(),
            year: parts[2].into(),
        }
    };
    let yes = Answer {
        yes: Some(true),
        ..Answer::default()
    };
    let mut answers = Answers {
        council: Some("thurrock".into()),
        ..Answers::default()
    };
    answers.set(
        "complaint_received",
        Answer {
            yes: None,
            ..date("3/11/2025")
        },
    );
    answers.set("stage1_response_received", date("14/11/2025"));
    answers.set("stage2_requested", date("20/11/2025"));
    answers.set("stage2_response_received", date("20/3/2026"));
    answers.set("stage3_requested", yes.clone());
    answers.set("adr_before_stage3_offered", yes);
    answers.set("adr_before_stage3_declined", date("31/3/2026"));
    let today = d("2026-04-15");
    let case = build_case(&answers, today).unwrap();
    assert_eq!(case.events.stage3_requested, None);
    assert_eq!(
        case.events.adr_before_stage3_declined,
        Some(d("2026-03-31"))
    );
    let a = assess(&case, today).unwrap();
    let panel = a
        .deadlines
        .iter()
        .find(|x| x.id == "panel_meeting")
        .unwrap();
    assert_eq!(panel.due, d("2026-05-15"));
    assert_eq!(panel.counting.start_date, d("2026-03-31"));
    assert_eq!(panel.counting.start_event, "adr_before_stage3_declined");

    // Opened from a link or file, the answers give back the same case.
    let reopened = answers_from_case(&case);
    assert_eq!(reopened.get("stage3_requested").unwrap().yes, Some(true));
    assert_eq!(
        reopened.get("adr_before_stage3_declined").unwrap().day,
        "31"
    );
    assert_eq!(build_case(&reopened, today).unwrap().events, case.events);

    // Without the day they said no, the request's date is still asked for,
    // and the message says the day they said no would do.
    answers.set("adr_before_stage3_declined", Answer::default());
    let problems = build_case(&answers, today).unwrap_err();
    assert_eq!(problems[0].question, "stage3_requested");
    assert!(
        problems[0]
            .message
            .contains("or below it the date you said no to the council's offer to talk it through"),
        "{}",
        problems[0].message
    );
}
