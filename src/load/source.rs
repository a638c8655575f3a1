//! Reading plan files: size limit and encoding check before any TOML parsing.

use crate::i18n::Text;
use crate::text;

/// Largest plan file accepted. Real plans are far below a megabyte; 400 schools split
/// across files stay under a few megabytes in total.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// Why bytes are not a usable UTF-8 text, with the byte offset of the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodingError {
    pub offset: usize,
    pub message: Text,
    pub hint: Text,
}

/// Decode a plan file: UTF-8 (a leading BOM is dropped), everything else is refused
/// with a message naming the encoding problem.
pub fn decode(bytes: &[u8]) -> Result<String, EncodingError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let order = if bytes[0] == 0xFF { "LE" } else { "BE" };
        return Err(EncodingError {
            offset: 0,
            message: text!(
                "Datei ist UTF-16 ({order}) kodiert, nicht UTF-8 (Byte-Order-Mark an Byte-Offset 0)",
                "file is encoded as UTF-16 ({order}), not UTF-8 (byte order mark at byte offset 0)"
            ),
            hint: save_as_utf8(),
        });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        let utf16 = offset <= 1 && bytes.len() > 3 && (bytes[1] == 0 || bytes[0] == 0);
        let message = if utf16 {
            text!(
                "Datei ist vermutlich UTF-16 ohne Byte-Order-Mark kodiert, nicht UTF-8 (Null-Byte an Byte-Offset {offset})",
                "file looks like UTF-16 without a byte order mark, not UTF-8 (NUL byte at byte offset {offset})"
            )
        } else {
            text!(
                "Datei ist keine Textdatei: Null-Byte an Byte-Offset {offset}",
                "file is not a text file: NUL byte at byte offset {offset}"
            )
        };
        return Err(EncodingError {
            offset,
            message,
            hint: save_as_utf8(),
        });
    }
    let (skip, body) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => (3, rest),
        None => (0, bytes),
    };
    std::str::from_utf8(body).map(str::to_owned).map_err(|e| {
        let offset = skip + e.valid_up_to();
        let byte = bytes[offset];
        let guess = latin1_guess(byte);
        EncodingError {
            offset,
            message: text!(
                "Datei ist nicht UTF-8 kodiert: ungültiges Byte 0x{byte:02X}{} an Byte-Offset {offset}",
                "file is not UTF-8: invalid byte 0x{byte:02X}{} at byte offset {offset}",
                guess.0
            ),
            hint: save_as_utf8(),
        }
    })
}

/// Name the character a Latin-1 / Windows-1252 byte stands for, which is what Windows tools write.
fn latin1_guess(byte: u8) -> (String, String) {
    let ch = match byte {
        0xE4 => 'ä',
        0xF6 => 'ö',
        0xFC => 'ü',
        0xC4 => 'Ä',
        0xD6 => 'Ö',
        0xDC => 'Ü',
        0xDF => 'ß',
        0x80 => '€',
        _ => return (String::new(), String::new()),
    };
    (
        format!(" (in Latin-1/Windows-1252 ein `{ch}`)"),
        format!(" (`{ch}` in Latin-1/Windows-1252)"),
    )
}

fn save_as_utf8() -> Text {
    text!(
        "Speichern Sie die Datei als „UTF-8“ (im Editor: Speichern unter → Kodierung UTF-8)",
        "save the file as UTF-8 (in your editor: Save as → encoding UTF-8)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_umlaut_is_named_with_offset() {
        let err = decode(b"titel = \"Schulb\xFCcher\"").unwrap_err();
        assert_eq!(err.offset, 15);
        assert!(err.message.de.contains("0xFC"), "{}", err.message.de);
        assert!(err.message.de.contains('ü'));
    }

    #[test]
    fn utf16_bom_is_named() {
        let err = decode(&[0xFF, 0xFE, b'a', 0]).unwrap_err();
        assert!(err.message.en.contains("UTF-16"));
    }

    #[test]
    fn utf8_bom_is_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFa = 1").unwrap(), "a = 1");
    }
}
