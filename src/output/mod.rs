//! Writers for the output formats. Both formats are documented field by
//! field in `docs/output.md`; [`json`] is the reference and [`csv`] flattens
//! the same records into tables.

pub mod csv;
pub mod json;

/// Converts byte offsets of one text to character (Unicode scalar) offsets.
///
/// Built once per document in one pass: the ASCII prefix (all of most news)
/// needs no table, and from the first non-ASCII byte on, the table counts
/// the bytes that start a character.
pub struct CharOffsets {
    /// Length of the ASCII prefix, where byte and char offsets agree.
    ascii: usize,
    /// `table[k]` = number of chars before byte `ascii + k`.
    table: Vec<u32>,
}

/// Length of the ASCII prefix of `bytes`, checked eight bytes at a time.
fn ascii_prefix(bytes: &[u8]) -> usize {
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let high = u64::from_le_bytes(chunk.try_into().expect("8 bytes")) & 0x8080_8080_8080_8080;
        if high != 0 {
            return i + (high.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + bytes[i..]
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(bytes.len() - i)
}

impl CharOffsets {
    pub fn new(text: &str) -> CharOffsets {
        let bytes = text.as_bytes();
        let ascii = ascii_prefix(bytes);
        if ascii == bytes.len() {
            return CharOffsets {
                ascii,
                table: Vec::new(),
            };
        }
        let mut table = Vec::with_capacity(bytes.len() - ascii + 1);
        let mut n = ascii as u32;
        for &b in &bytes[ascii..] {
            table.push(n);
            // UTF-8 continuation bytes are 0b10xx_xxxx.
            n += ((b & 0xC0) != 0x80) as u32;
        }
        table.push(n);
        CharOffsets { ascii, table }
    }

    /// Char offset of byte offset `b` (which must be on a char boundary).
    #[inline]
    pub fn get(&self, b: usize) -> usize {
        if b <= self.ascii {
            b
        } else {
            self.table[b - self.ascii] as usize
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
