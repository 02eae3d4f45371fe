//! Std-only benchmarks for the pure core (no criterion).
//!
//! Run with `cargo bench --bench core`. Each line reports the mean time per
//! operation, e.g. `calendar add_working_days(65): 12.3 ns/op`.
//! The web app runs these on every keystroke, so each should stay well under
//! a microsecond.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use complaint_navigator::core::calendar::calendar;

/// Runs `op` `iterations` times (after a short warm-up) and prints the mean
/// time per call. `op` receives the iteration number so it can vary its input.
fn bench<R>(name: &str, iterations: u32, mut op: impl FnMut(u32) -> R) -> Duration {
    for i in 0..iterations.min(1_000) {
        black_box(op(black_box(i)));
    }
    let started = Instant::now();
    for i in 0..iterations {
        black_box(op(black_box(i)));
    }
    let elapsed = started.elapsed();
    let per_op = elapsed.as_secs_f64() * 1e9 / f64::from(iterations.max(1));
    println!("{name}: {per_op:.1} ns/op");
    elapsed
}

/// `count` start dates spread over 2007-2098 (every 13th day, so all
/// weekdays, weekends and holidays get their turn).
fn start_dates(count: usize) -> Vec<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2007, 1, 1).unwrap();
    (0..count as u64)
        .map(|i| first + Days::new((i * 13) % 33_000))
        .collect()
}

fn calendar_benches() {
    // Build the table outside the timings, but report how long it took.
    let started = Instant::now();
    let cal = black_box(calendar());
    println!(
        "calendar build (first use): {:.1} us",
        started.elapsed().as_secs_f64() * 1e6
    );

    let starts = start_dates(4_096);
    let pick = |i: u32| starts[i as usize % starts.len()];

    bench("calendar add_working_days(65)", 2_000_000, |i| {
        cal.add_working_days(pick(i), 65)
    });
    bench("calendar add_working_days(10)", 2_000_000, |i| {
        cal.add_working_days(pick(i), 10)
    });
    bench("calendar working_days_between(1 year)", 2_000_000, |i| {
        let from = pick(i);
        cal.working_days_between(from, from + Days::new(365))
    });
    bench("calendar is_working_day", 2_000_000, |i| {
        cal.is_working_day(pick(i))
    });
    bench("calendar next_working_day_on_or_after", 2_000_000, |i| {
        cal.next_working_day_on_or_after(pick(i))
    });
    bench(
        "calendar count_working_days(65) with explanation",
        500_000,
        |i| cal.count_working_days(pick(i), 65),
    );
}

/// A typical case: North Somerset, stage 2 extended, with the complaint
/// statement agreed (law and council deadlines, warnings, notes), from the
/// one set of examples.
#[path = "../examples/mod.rs"]
mod examples;

fn typical_case() -> &'static str {
    examples::text("north-somerset-stage2")
}

fn engine_benches() {
    use complaint_navigator::core::assessment::assess;
    use complaint_navigator::core::case::Case;

    let today = NaiveDate::from_ymd_opt(2026, 2, 10).unwrap();
    let typical = Case::from_json(typical_case(), today).expect("the typical case is valid");
    // Build the calendar and council tables outside the timings.
    black_box(assess(&typical, today).expect("assesses"));

    bench("engine assess(typical stage 2 case)", 200_000, |_| {
        assess(black_box(&typical), today)
    });
    let stage1 = examples::case("christmas");
    bench("engine assess(statutory stage 1 case)", 200_000, |_| {
        assess(black_box(&stage1), today)
    });
    bench("engine Case::from_json(typical case)", 200_000, |_| {
        Case::from_json(black_box(typical_case()), today)
    });
}

fn main() {
    calendar_benches();
    engine_benches();
}
