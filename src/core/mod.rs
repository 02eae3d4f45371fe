//! The pure core: dates, the working-day calendar, councils and their
//! procedures, the user's case and the assessment. Nothing here touches the
//! browser or reads the clock: "today" is always passed in.

pub mod assessment;
pub mod calendar;
pub mod case;
pub mod councils;
pub mod dates;
pub mod embed;
pub mod form;
pub mod ics;
pub mod keeping;
pub mod letters;
pub mod order;
pub mod question_html;
pub mod result_html;
pub mod route;
pub mod saved;
pub mod share;
