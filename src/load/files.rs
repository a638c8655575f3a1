//! The source files of one plan: names and texts, for locations and source snippets.
//!
//! Locations are cheap even in hostile files (a million findings on one 16 MB line): line
//! starts are indexed once, and a column far into a line is counted from the nearest of
//! the character counts kept every [`MARK`] bytes, not from the start of the line.

use std::ops::Range;
use std::path::{Path, PathBuf};

use codespan_reporting::files::{Error as FilesError, Files as CodespanFiles, line_starts};

use crate::diagnostic::{FileId, Loc};

/// Distance in bytes between two kept character counts.
const MARK: usize = 4096;

#[derive(Debug)]
struct SourceFile {
    name: String,
    text: String,
    /// Byte offset of the start of every line.
    line_starts: Vec<usize>,
    /// `marks[k]`: the number of characters in the first `k * MARK` bytes.
    marks: Vec<usize>,
}

impl SourceFile {
    fn new(name: String, text: String) -> SourceFile {
        let line_starts = line_starts(&text).collect();
        let mut marks = vec![0];
        for block in text.as_bytes().chunks(MARK) {
            marks.push(marks[marks.len() - 1] + count_chars(block));
        }
        SourceFile {
            name,
            text,
            line_starts,
            marks,
        }
    }

    /// Characters before byte `byte` (clamped to the text).
    fn chars_before(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / MARK;
        self.marks[block] + count_chars(&self.text.as_bytes()[block * MARK..byte])
    }

    fn line_index(&self, byte: usize) -> usize {
        self.line_starts
            .partition_point(|&start| start <= byte)
            .saturating_sub(1)
    }

    fn line_range(&self, line: usize) -> Option<Range<usize>> {
        let start = *self.line_starts.get(line)?;
        let end = self
            .line_starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        Some(start..end)
    }
}

/// Characters in UTF-8 bytes: every byte that does not continue a character starts one.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Every source file of one plan, for locations and source snippets, and the folder they
/// were read from.
#[derive(Debug, Default)]
pub struct Files {
    files: Vec<SourceFile>,
    folder: Option<PathBuf>,
    /// The plan was read from the attachments of a PDF made by `mep render`.
    from_pdf: bool,
}

impl Files {
    /// The plan folder, canonical: where the main file lies, and the only place a document
    /// of the plan may read images from. `None` for a plan from standard input.
    pub fn folder(&self) -> Option<&Path> {
        self.folder.as_deref()
    }

    pub fn set_folder(&mut self, folder: Option<PathBuf>) {
        self.folder = folder;
    }

    /// Whether the plan was read from a PDF's attachments: files it names besides its own
    /// (the coat of arms) are then in the PDF, not necessarily beside it.
    pub fn from_pdf(&self) -> bool {
        self.from_pdf
    }

    pub fn set_from_pdf(&mut self) {
        self.from_pdf = true;
    }

    pub fn add(&mut self, name: String, text: String) -> FileId {
        self.files.push(SourceFile::new(name, text));
        self.files.len() - 1
    }

    pub fn name_of(&self, id: FileId) -> &str {
        &self.files[id].name
    }

    pub fn text_of(&self, id: FileId) -> &str {
        &self.files[id].text
    }

    /// Rename every file, e.g. to show where files unpacked from a PDF came from.
    pub fn rename(&mut self, f: impl Fn(&str) -> String) {
        for file in &mut self.files {
            file.name = f(&file.name);
        }
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, loc: &Loc) -> (usize, usize) {
        match CodespanFiles::location(self, loc.file, loc.span.start) {
            Ok(l) => (l.line_number, l.column_number),
            Err(_) => (1, 1),
        }
    }

    fn file(&self, id: FileId) -> Result<&SourceFile, FilesError> {
        self.files.get(id).ok_or(FilesError::FileMissing)
    }
}

impl<'a> CodespanFiles<'a> for Files {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        Ok(&self.file(id)?.name)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        Ok(&self.file(id)?.text)
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        Ok(self.file(id)?.line_index(byte_index))
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, FilesError> {
        let file = self.file(id)?;
        file.line_range(line_index).ok_or(FilesError::LineTooLarge {
            given: line_index,
            max: file.line_starts.len() - 1,
        })
    }

    fn column_number(
        &'a self,
        id: FileId,
        line_index: usize,
        byte_index: usize,
    ) -> Result<usize, FilesError> {
        let file = self.file(id)?;
        let line = self.line_range(id, line_index)?;
        let byte = byte_index.clamp(line.start, line.end);
        let column = if byte - line.start <= MARK {
            count_chars(&file.text.as_bytes()[line.start..byte])
        } else {
            file.chars_before(byte) - file.chars_before(line.start)
        };
        Ok(column + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(files: &Files, byte: usize) -> (usize, usize) {
        files.line_col(&Loc {
            file: 0,
            span: byte..byte,
        })
    }

    #[test]
    fn lines_and_columns_count_characters() {
        let mut files = Files::default();
        files.add("a.toml".into(), "a = 1\nwort = \"Übung\"\n".into());
        assert_eq!(at(&files, 0), (1, 1));
        assert_eq!(at(&files, 6), (2, 1));
        // `Ü` is two bytes, one character.
        let g = "a = 1\nwort = \"Übung\"\n".find('g').unwrap();
        assert_eq!(at(&files, g), (2, 13));
        assert_eq!(at(&files, 1000), (3, 1));
    }

    #[test]
    fn columns_far_into_a_long_line_match_a_plain_count() {
        let line: String = "ä, ".repeat(10_000);
        let text = format!("x = 1\nliste = [{line}]\n");
        let mut files = Files::default();
        files.add("a.toml".into(), text.clone());
        for byte in [6, 4095, 4096, 4097, 12_345, 29_999] {
            let byte = (byte..).find(|&b| text.is_char_boundary(b)).unwrap();
            let expected = text[6..byte].chars().count() + 1;
            assert_eq!(at(&files, byte), (2, expected), "byte {byte}");
        }
    }
}
