//! The source files of one plan: names and texts, for locations and source snippets.

use codespan_reporting::files::{Error as FilesError, Files as CodespanFiles, SimpleFile};

use crate::diagnostic::{FileId, Loc};

/// Every source file of one plan, for locations and source snippets.
#[derive(Debug, Default)]
pub struct Files {
    files: Vec<SimpleFile<String, String>>,
}

impl Files {
    pub fn add(&mut self, name: String, text: String) -> FileId {
        self.files.push(SimpleFile::new(name, text));
        self.files.len() - 1
    }

    pub fn name_of(&self, id: FileId) -> &str {
        self.files[id].name()
    }

    pub fn text_of(&self, id: FileId) -> &str {
        self.files[id].source()
    }

    /// Rename every file, e.g. to show where files unpacked from a PDF came from.
    pub fn rename(&mut self, f: impl Fn(&str) -> String) {
        for file in &mut self.files {
            *file = SimpleFile::new(f(file.name()), file.source().clone());
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
}

impl<'a> CodespanFiles<'a> for Files {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.files
            .get(id)
            .map(|f| f.name().as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.files
            .get(id)
            .map(|f| f.source().as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        self.files
            .get(id)
            .ok_or(FilesError::FileMissing)?
            .line_index((), byte_index)
    }

    fn line_range(
        &'a self,
        id: FileId,
        line_index: usize,
    ) -> Result<std::ops::Range<usize>, FilesError> {
        self.files
            .get(id)
            .ok_or(FilesError::FileMissing)?
            .line_range((), line_index)
    }
}
