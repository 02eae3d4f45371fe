//! The browser edge: reads "today" once and mounts the app. The native build
//! of this binary does nothing (the CLI is `navigator`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use complaint_navigator::ui::{options_from_browser, today_from_browser, App};
    // Panic messages in the console help development; release builds leave
    // the formatting code out of the first download.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let today = today_from_browser();
    let options = options_from_browser();
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading-shell"))
    {
        shell.remove();
    }
    leptos::mount::mount_to_body(move || leptos::view! { <App today=today options=options /> });
    // Lets the benchmark read when the first screen was on the page.
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("app-rendered");
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("{}", complaint_navigator::text::en::ui_page::NATIVE_BINARY);
}
