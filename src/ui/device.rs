//! The browser's side of keeping things: local storage (only after the user
//! chooses to save), downloads and reading a chosen file. Every call can fail
//! (sandboxed frames, private modes, full storage) and says why instead.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::embed::PREVIEW_FRAME_NAME;
use crate::core::saved::STORE_KEY;
use crate::text::en::ui_keep as text;

/// Every key this app ever writes starts with this.
pub const KEY_PREFIX: &str = "complaint-navigator.";

/// Random hexadecimal figures (about 50 bits): what keeps calendar entries
/// of different cases, pages and devices apart. Never stored anywhere but
/// with the family's own saved cases and files.
pub fn random_hex() -> String {
    format!("{:x}", (js_sys::Math::random() * 1e15) as u64)
}

/// Whether this page may use the browser's local storage, probed once with
/// web-sys and remembered: gloo-storage's `LocalStorage` throws a JavaScript
/// exception where storage is blocked (a sandboxed frame), so it is used
/// only once the probe has succeeded, and every failure becomes a message.
fn storage_probe() -> Result<(), String> {
    thread_local! {
        static PROBE: std::cell::OnceCell<Result<(), String>> = const { std::cell::OnceCell::new() };
    }
    PROBE.with(|probe| {
        probe
            .get_or_init(|| {
                if window().name().is_ok_and(|name| name == PREVIEW_FRAME_NAME) {
                    return Err(text::STORAGE_IN_PREVIEW.to_string());
                }
                // A sandboxed frame without allow-same-origin throws on the property itself.
                let storage = window()
                    .local_storage()
                    .map_err(|_| text::STORAGE_NOT_ALLOWED.to_string())?
                    .ok_or_else(|| text::STORAGE_OFF.to_string())?;
                storage
                    .length()
                    .map(|_| ())
                    .map_err(|_| text::STORAGE_UNREADABLE.to_string())
            })
            .clone()
    })
}

/// The browser's local storage, if this page may use it. Reading it writes nothing.
pub fn local_storage() -> Result<web_sys::Storage, String> {
    storage_probe()?;
    Ok(<gloo_storage::LocalStorage as gloo_storage::Storage>::raw())
}

/// Whether this app has saved anything here (so the saved cases show at once).
pub fn has_saved_data() -> bool {
    let Ok(storage) = local_storage() else {
        return false;
    };
    let count = storage.length().unwrap_or(0);
    (0..count).any(|index| {
        storage
            .key(index)
            .ok()
            .flatten()
            .is_some_and(|key| key.starts_with(KEY_PREFIX))
    })
}

pub fn read_store() -> Result<Option<String>, String> {
    let storage = local_storage()?;
    storage
        .get_item(STORE_KEY)
        .map_err(|_| text::STORE_UNREADABLE.to_string())
}

pub fn write_store(store: &str) -> Result<(), String> {
    local_storage()?
        .set_item(STORE_KEY, store)
        .map_err(|_| text::WOULD_NOT_SAVE.to_string())
}

/// Removes the saved cases (only when the user chose to discard them).
pub fn remove_store() -> Result<(), String> {
    local_storage()?
        .remove_item(STORE_KEY)
        .map_err(|_| text::WOULD_NOT_DELETE.to_string())
}

/// Removes one key this app wrote.
pub fn remove_key(key: &str) -> Result<(), String> {
    local_storage()?
        .remove_item(key)
        .map_err(|_| text::WOULD_NOT_DELETE.to_string())
}

/// Keeps unreadable saved data under a key of its own, never overwriting an
/// earlier one. Returns the key used.
pub fn keep_aside(raw: &str) -> Result<String, String> {
    let storage = local_storage()?;
    for number in 1..1000 {
        let key = format!("{KEY_PREFIX}kept-aside-{number}");
        match storage.get_item(&key) {
            Ok(Some(existing)) if existing == raw => return Ok(key),
            Ok(Some(_)) => continue,
            _ => {
                return storage
                    .set_item(&key, raw)
                    .map(|_| key)
                    .map_err(|_| text::NO_ROOM_TO_KEEP_ASIDE.to_string())
            }
        }
    }
    Err(text::TOO_MANY_KEPT_ASIDE.to_string())
}

/// The oldest copy an earlier visit kept aside (key, text), if any is left.
/// Only its text is read: copies can be large.
pub fn oldest_kept_aside_copy() -> Option<(String, String)> {
    let storage = local_storage().ok()?;
    let prefix = format!("{KEY_PREFIX}kept-aside-");
    let length = storage.length().unwrap_or(0);
    let (_, key) = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| Some((key.strip_prefix(&prefix)?.parse::<u32>().ok()?, key)))
        .min_by_key(|(number, _)| *number)?;
    let raw = storage.get_item(&key).ok().flatten()?;
    Some((key, raw))
}

/// Removes every key this app wrote. Returns how many were removed.
pub fn remove_everything() -> Result<usize, String> {
    let storage = local_storage()?;
    let length = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(KEY_PREFIX))
        .collect();
    for key in &keys {
        storage
            .remove_item(key)
            .map_err(|_| text::WOULD_NOT_DELETE.to_string())?;
    }
    Ok(keys.len())
}

/// Offers `contents` as a file download, made in the browser (no request leaves it).
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let failed = |_| text::WOULD_NOT_MAKE_FILE.to_string();
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let anchor: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(failed)?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_class_name("visually-hidden");
    if let Some(body) = document().body() {
        let _ = body.append_child(&anchor);
    }
    anchor.click();
    anchor.remove();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The text of a file the user chose or dropped.
pub async fn read_file(file: web_sys::File) -> Result<String, String> {
    if file.size() > crate::core::saved::MAX_IMPORT_BYTES as f64 {
        return Err(text::file_too_large((file.size() / 1024.0).ceil()));
    }
    let contents = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| text::FILE_NOT_READ.to_string())?;
    contents
        .as_string()
        .ok_or_else(|| text::FILE_NOT_TEXT.to_string())
}

/// Copies text to the clipboard, then puts `copied` or `failed` in `status`
/// (the clipboard can be refused, for example inside another website's frame).
pub fn copy_text(
    contents: &str,
    status: RwSignal<String>,
    copied: &'static str,
    failed: &'static str,
) {
    let promise = window().navigator().clipboard().write_text(contents);
    leptos::task::spawn_local(async move {
        let done = wasm_bindgen_futures::JsFuture::from(promise).await;
        status.set(if done.is_ok() { copied } else { failed }.to_string());
    });
}
