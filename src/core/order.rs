//! One small stable sort for the core's short, mostly ordered lists.
//!
//! The standard library's sorts are fast but large, and each use with a new
//! key type adds several kilobytes to the WebAssembly download; these lists
//! hold at most a few hundred items, usually already in order.

/// Stable insertion sort by key: linear on sorted input.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;

    #[test]
    fn sorts_stably() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut items, |(n, _)| *n);
        assert_eq!(
            items,
            vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |n| *n);
        assert!(empty.is_empty());
    }
}
