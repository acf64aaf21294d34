//! Writers for the output formats. Both formats are documented field by
//! field in `docs/output.md`; [`json`] is the reference and [`csv`] flattens
//! the same records into tables.

pub mod csv;
pub mod json;

/// Converts byte offsets of one text to character (Unicode scalar) offsets.
///
/// Built once per document: ASCII text (most news) needs no table at all.
pub struct CharOffsets {
    /// `table[b]` = number of chars before byte `b`; empty for ASCII text.
    table: Vec<u32>,
}

impl CharOffsets {
    pub fn new(text: &str) -> CharOffsets {
        if text.is_ascii() {
            return CharOffsets { table: Vec::new() };
        }
        let mut table = vec![0u32; text.len() + 1];
        let mut n = 0u32;
        let mut last = 0;
        for (b, _) in text.char_indices() {
            for slot in &mut table[last..=b] {
                *slot = n;
            }
            // Bytes inside a char map to the char's own index.
            last = b + 1;
            n += 1;
            table[b] = n - 1;
        }
        for slot in &mut table[last..] {
            *slot = n;
        }
        CharOffsets { table }
    }

    /// Char offset of byte offset `b` (which must be on a char boundary).
    #[inline]
    pub fn get(&self, b: usize) -> usize {
        if self.table.is_empty() {
            b
        } else {
            self.table[b] as usize
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CharOffsets;

    #[test]
    fn char_offsets_match_python_indices() {
        let text = "Xi’an é 中国 ok";
        let co = CharOffsets::new(text);
        for (ci, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(co.get(b), ci, "byte {b}");
        }
        assert_eq!(co.get(text.len()), text.chars().count());
    }
}
