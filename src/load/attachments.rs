//! Reading the files attached to a PDF (`pdf.attach` in typst) back out of it.

use std::collections::HashSet;
use std::fmt;

use lopdf::{DecompressError, Dictionary, Document, LoadOptions, Object, ObjectId, Stream};

use super::inflate::{DecodeError, decode};
use super::source::MAX_FILE_BYTES;

/// Largest attachment that is read back (decoded): the limit of a plan file on disk.
pub const MAX_ATTACHMENT_BYTES: usize = MAX_FILE_BYTES;

/// Largest sum of the attachments read back: a plan of several files may be larger
/// than one file, but a PDF of a few kilobytes must not unpack to gigabytes in many
/// files either.
pub const MAX_ATTACHMENTS_TOTAL: usize = 4 * MAX_FILE_BYTES;

/// Largest stream lopdf decodes while loading the PDF (object and cross-reference
/// streams; typst writes neither, other tools keep them far smaller).
pub const MAX_LOAD_STREAM_BYTES: usize = MAX_FILE_BYTES;

/// How deep a name tree may nest before it is taken as malformed.
const MAX_TREE_DEPTH: usize = 32;

/// Why no attachments could be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttachmentError {
    /// The bytes are not a readable PDF; the reason as lopdf gives it.
    NotPdf(String),
    /// The PDF has no attached files.
    NoAttachments,
    /// An attachment is listed but can't be read; the reason.
    Malformed(String),
    /// The named attachment decodes to more than [`MAX_ATTACHMENT_BYTES`].
    TooLarge(String),
    /// The attachments together decode to more than [`MAX_ATTACHMENTS_TOTAL`].
    TooLargeTogether,
    /// A stream decoded while loading the PDF is larger than the limit for it.
    StreamTooLarge,
}

impl fmt::Display for AttachmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotPdf(reason) => write!(f, "not a readable PDF file ({reason})"),
            Self::NoAttachments => f.write_str("the PDF has no attached files"),
            Self::Malformed(reason) => write!(f, "an attached file can't be read ({reason})"),
            Self::TooLarge(name) => write!(
                f,
                "the attached file {name} is larger than {} MiB when unpacked",
                MAX_ATTACHMENT_BYTES >> 20
            ),
            Self::TooLargeTogether => write!(
                f,
                "the attached files are larger than {} MiB together when unpacked",
                MAX_ATTACHMENTS_TOTAL >> 20
            ),
            Self::StreamTooLarge => write!(
                f,
                "a stream of the PDF is larger than {} MiB when unpacked",
                MAX_LOAD_STREAM_BYTES >> 20
            ),
        }
    }
}

impl std::error::Error for AttachmentError {}

/// The attached files of a PDF as (name, data).
///
/// Each file is decoded to at most [`MAX_ATTACHMENT_BYTES`], all of them together to at
/// most [`MAX_ATTACHMENTS_TOTAL`]; a PDF whose attachments unpack to more is refused.
///
/// Files come in the order of the catalog's `EmbeddedFiles` name tree (typst writes it
/// sorted by name), then any listed only in the catalog's `/AF` array. The name is the
/// file specification's `/UF` entry, else `/F`, else the name tree key; typst stores
/// the resolved attach path without a leading slash there, so `schulen/gs-nord.toml`
/// comes back as written. Names come from the PDF as they are: a caller that writes
/// files under these names must check them (no absolute paths, no `..`).
pub fn read_attachments(pdf: &[u8]) -> Result<Vec<(String, Vec<u8>)>, AttachmentError> {
    read_attachments_where(pdf, |_| true)
}

/// The attached files of a PDF whose names `keep` accepts, as [`read_attachments`] reads
/// them; the others are not decoded.
pub fn read_attachments_where(
    pdf: &[u8],
    keep: impl Fn(&str) -> bool,
) -> Result<Vec<(String, Vec<u8>)>, AttachmentError> {
    read_within(pdf, keep, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_TOTAL)
}

/// [`read_attachments_where`] with the limits for one file and for all (tests use
/// small ones).
fn read_within(
    pdf: &[u8],
    keep: impl Fn(&str) -> bool,
    per_file: usize,
    all: usize,
) -> Result<Vec<(String, Vec<u8>)>, AttachmentError> {
    if !pdf.starts_with(b"%PDF-") {
        return Err(AttachmentError::NotPdf("no %PDF- header".to_string()));
    }
    let options = LoadOptions {
        max_decompressed_size: Some(MAX_LOAD_STREAM_BYTES),
        ..LoadOptions::default()
    };
    let doc = Document::load_mem_with_options(pdf, options).map_err(|e| match e {
        lopdf::Error::Decompress(DecompressError::MemoryLimitExceeded { .. }) => {
            AttachmentError::StreamTooLarge
        }
        e => AttachmentError::NotPdf(e.to_string()),
    })?;
    let catalog = doc
        .catalog()
        .map_err(|e| AttachmentError::NotPdf(format!("no document catalog: {e}")))?;

    // (name tree key, file specification)
    let mut specs: Vec<(Option<Vec<u8>>, &Object)> = Vec::new();
    if let Ok(tree) = catalog
        .get_deref(b"Names", &doc)
        .and_then(Object::as_dict)
        .and_then(|names| names.get_deref(b"EmbeddedFiles", &doc))
        .and_then(Object::as_dict)
    {
        let mut visited = HashSet::new();
        collect_name_tree(&doc, tree, 0, &mut visited, &mut specs)?;
    }
    if let Ok(af) = catalog.get_deref(b"AF", &doc).and_then(Object::as_array) {
        for item in af {
            specs.push((None, item));
        }
    }

    if specs.is_empty() {
        return Err(AttachmentError::NoAttachments);
    }
    let mut seen: HashSet<ObjectId> = HashSet::new();
    let mut streams = Vec::new();
    for (key, spec) in specs {
        let (id, spec) = doc
            .dereference(spec)
            .map_err(|e| AttachmentError::Malformed(e.to_string()))?;
        if id.is_some_and(|id| !seen.insert(id)) {
            continue;
        }
        let spec = spec
            .as_dict()
            .map_err(|e| AttachmentError::Malformed(format!("file specification: {e}")))?;
        let name = file_spec_name(&doc, spec, key.as_deref())?;
        if keep(&name) {
            let stream = file_stream(&doc, spec, &name)?.clone();
            streams.push((name, stream));
        }
    }
    // The document (tens of MiB for a large PDF) is gone before anything is inflated; the
    // streams kept hold their content still compressed.
    drop(doc);
    let mut files = Vec::new();
    let mut total = 0usize;
    for (name, stream) in streams {
        let left = all - total;
        let data = decode(&stream, per_file.min(left)).map_err(|e| match e {
            DecodeError::TooLarge if left < per_file => AttachmentError::TooLargeTogether,
            DecodeError::TooLarge => AttachmentError::TooLarge(name.clone()),
            DecodeError::Corrupt(reason) => AttachmentError::Malformed(format!("{name}: {reason}")),
        })?;
        total += data.len();
        files.push((name, data));
    }
    Ok(files)
}

/// Collects the (key, value) pairs of a name tree's leaves, in tree order.
fn collect_name_tree<'a>(
    doc: &'a Document,
    node: &'a Dictionary,
    depth: usize,
    visited: &mut HashSet<ObjectId>,
    out: &mut Vec<(Option<Vec<u8>>, &'a Object)>,
) -> Result<(), AttachmentError> {
    if depth > MAX_TREE_DEPTH {
        return Err(AttachmentError::Malformed(
            "the EmbeddedFiles name tree nests too deep".to_string(),
        ));
    }
    if let Ok(names) = node.get_deref(b"Names", doc).and_then(Object::as_array) {
        for pair in names.chunks(2) {
            if let [key, value] = pair {
                let key = doc
                    .dereference(key)
                    .ok()
                    .and_then(|(_, key)| key.as_str().ok())
                    .map(<[u8]>::to_vec);
                out.push((key, value));
            }
        }
    }
    if let Ok(kids) = node.get_deref(b"Kids", doc).and_then(Object::as_array) {
        for kid in kids {
            let (id, kid) = doc
                .dereference(kid)
                .map_err(|e| AttachmentError::Malformed(e.to_string()))?;
            if id.is_some_and(|id| !visited.insert(id)) {
                return Err(AttachmentError::Malformed(
                    "the EmbeddedFiles name tree has a cycle".to_string(),
                ));
            }
            let kid = kid
                .as_dict()
                .map_err(|e| AttachmentError::Malformed(format!("name tree node: {e}")))?;
            collect_name_tree(doc, kid, depth + 1, visited, out)?;
        }
    }
    Ok(())
}

/// The name of the file a file specification dictionary describes.
fn file_spec_name(
    doc: &Document,
    spec: &Dictionary,
    key: Option<&[u8]>,
) -> Result<String, AttachmentError> {
    spec.get_deref(b"UF", doc)
        .ok()
        .and_then(|uf| lopdf::decode_text_string(uf).ok())
        .or_else(|| {
            let f = spec.get_deref(b"F", doc).ok()?;
            file_spec_string(f.as_str().ok()?)
        })
        .or_else(|| key.and_then(file_spec_string))
        .ok_or_else(|| AttachmentError::Malformed("an attached file has no name".to_string()))
}

/// The stream of the file `name` a file specification dictionary embeds, as lopdf read
/// it: not decoded.
fn file_stream<'a>(
    doc: &'a Document,
    spec: &'a Dictionary,
    name: &str,
) -> Result<&'a Stream, AttachmentError> {
    let malformed = |what: &str| AttachmentError::Malformed(format!("{name}: {what}"));
    let ef = spec
        .get_deref(b"EF", doc)
        .and_then(Object::as_dict)
        .map_err(|_| malformed("no embedded file stream (/EF)"))?;
    ef.get_deref(b"UF", doc)
        .or_else(|_| ef.get_deref(b"F", doc))
        .and_then(Object::as_stream)
        .map_err(|_| malformed("no embedded file stream (/EF /F)"))
}

/// A file specification string (`/F`, or a name tree key): UTF-8 as typst writes it,
/// else a PDF text string (PDFDocEncoding or UTF-16 with BOM).
fn file_spec_string(bytes: &[u8]) -> Option<String> {
    if bytes.starts_with(b"\xFE\xFF") {
        return lopdf::decode_text_string(&Object::string_literal(bytes.to_vec())).ok();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text.to_string()),
        Err(_) => lopdf::decode_text_string(&Object::string_literal(bytes.to_vec())).ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_non_pdf() {
        assert!(matches!(
            read_attachments(b"not a pdf"),
            Err(AttachmentError::NotPdf(_))
        ));
        assert!(matches!(
            read_attachments(b"%PDF-1.7\ngarbage"),
            Err(AttachmentError::NotPdf(_))
        ));
    }

    #[test]
    fn limits_for_one_file_and_for_all() {
        let pdf = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/lindenau/plan.pdf"),
        )
        .unwrap();
        let files = read_attachments(&pdf).unwrap();
        assert!(files.len() > 2);
        let largest = files.iter().map(|(_, d)| d.len()).max().unwrap();
        let sum: usize = files.iter().map(|(_, d)| d.len()).sum();
        let all = |_: &str| true;
        assert_eq!(read_within(&pdf, all, largest, sum).unwrap(), files);
        let Err(AttachmentError::TooLarge(name)) = read_within(&pdf, all, largest - 1, sum) else {
            panic!("the largest file is over the limit");
        };
        assert!(files.iter().any(|(n, d)| *n == name && d.len() == largest));
        assert_eq!(
            read_within(&pdf, all, largest, sum - 1),
            Err(AttachmentError::TooLargeTogether)
        );
        // Files left out count for nothing.
        let some = read_within(&pdf, |n: &str| n.starts_with("schulen/"), largest, sum).unwrap();
        assert!(!some.is_empty() && some.len() < files.len());
    }

    #[test]
    fn file_spec_strings() {
        assert_eq!(
            file_spec_string("schulen/gs-nord.toml".as_bytes()).as_deref(),
            Some("schulen/gs-nord.toml")
        );
        assert_eq!(
            file_spec_string("schulen/müller.toml".as_bytes()).as_deref(),
            Some("schulen/müller.toml")
        );
        // UTF-16BE with BOM: "ä"
        assert_eq!(file_spec_string(b"\xFE\xFF\x00\xE4").as_deref(), Some("ä"));
    }
}
