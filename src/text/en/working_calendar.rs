//! The working-day calendar's words (`core::calendar`): the range it counts
//! in, and the names of the bank holidays it predicts, as GOV.UK writes them.

use chrono::NaiveDate;

use crate::core::calendar::RuleHoliday;
use crate::core::dates::day_month_year;

/// `date` is outside the calendar's range, `first` to `last`.
pub fn out_of_range(first: NaiveDate, last: NaiveDate, date: NaiveDate) -> String {
    format!(
        "We can only count working days between {} and {}; {} is outside that range.",
        day_month_year(first),
        day_month_year(last),
        day_month_year(date)
    )
}

/// A predicted bank holiday's name; `substitute` when it is moved off a weekend.
pub fn bank_holiday(holiday: RuleHoliday, substitute: bool) -> String {
    let name = match holiday {
        RuleHoliday::NewYearsDay => "New Year’s Day",
        RuleHoliday::GoodFriday => "Good Friday",
        RuleHoliday::EasterMonday => "Easter Monday",
        RuleHoliday::EarlyMay => "Early May bank holiday",
        RuleHoliday::SpringBank => "Spring bank holiday",
        RuleHoliday::SummerBank => "Summer bank holiday",
        RuleHoliday::ChristmasDay => "Christmas Day",
        RuleHoliday::BoxingDay => "Boxing Day",
    };
    if substitute {
        format!("{name} (substitute day)")
    } else {
        name.to_string()
    }
}
