//! A bare Leptos counter: the yardstick scripts/bench measures the app
//! against (its first-load size and first-screen time as ratios to this).

use leptos::prelude::*;

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! {
        <button id="counter" on:click=move |_| set_count.update(|n| *n += 1)>
            "Clicked " {count} " times"
        </button>
    }
}

fn main() {
    leptos::mount::mount_to_body(Counter);
    // As the app does (src/main.rs): when the first screen is on the page.
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("app-rendered");
    }
}
