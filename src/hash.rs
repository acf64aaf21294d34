//! The hasher of the per-document word sets and maps, shared by the
//! stages.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A word-at-a-time hash (FxHash's step, eight bytes per multiply) for the
/// per-document word sets, which hash many short keys: SipHash's DoS
/// resistance buys nothing there, and a byte-at-a-time hash (FNV, used
/// before) spends a dependent multiply on every byte.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(Self::K);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        // The multiply leaves the low bits (the bucket index) the least
        // mixed: turn the best-mixed high bits down into them.
        self.0.rotate_left(26)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The length keeps "ab" and "ab\0" apart.
            self.add(tail_word(rest) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

/// The 1–7 bytes of `rest` as a little-endian word padded with zeros: the
/// value a copy into a zeroed `[u8; 8]` gives, from fixed-size loads (two
/// overlapping halves, or the first, middle and last byte). A copy of a
/// variable length compiles to a call of libc's `memcpy`, which cost more
/// than the hashing itself for the short words the sets hold.
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        let half = |at: usize| {
            let mut w = [0u8; 4];
            w.copy_from_slice(&rest[at..at + 4]);
            u64::from(u32::from_le_bytes(w))
        };
        half(0) | half(n - 4) << (8 * (n - 4))
    } else {
        u64::from(rest[0])
            | u64::from(rest[n / 2]) << (8 * (n / 2))
            | u64::from(rest[n - 1]) << (8 * (n - 1))
    }
}

/// A hash set with [`WordHasher`].
pub type FastSet<T> = HashSet<T, BuildHasherDefault<WordHasher>>;

/// A hash map with [`WordHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_word_is_the_zero_padded_copy() {
        let bytes: Vec<u8> = (0..7u8).map(|i| 0x91 + 37 * i).collect();
        for n in 1..=7 {
            let rest = &bytes[..n];
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(rest);
            assert_eq!(tail_word(rest), u64::from_le_bytes(padded), "{n} bytes");
        }
    }
}
