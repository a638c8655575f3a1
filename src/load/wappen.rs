//! The coat of arms or logo a plan names for its cover (`plan.wappen`): a file inside the
//! plan folder, SVG or PNG by content, at most [`MAX_WAPPEN_BYTES`]; read once, checked,
//! and handed to the document as bytes. What is wrong with it is a located finding (E018:
//! not there; E019: not a usable image), never a panic or a half-rendered cover.

use std::io::Read;
use std::path::{Component, Path};

use crate::i18n::Text;
use crate::text;

/// Largest coat of arms a plan may name: a cover image, not a photo archive.
pub const MAX_WAPPEN_BYTES: u64 = 2 * 1024 * 1024;

/// The image formats a cover can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bildformat {
    Svg,
    Png,
}

impl Bildformat {
    /// The typst `format` name and the file extension.
    pub fn key(self) -> &'static str {
        match self {
            Bildformat::Svg => "svg",
            Bildformat::Png => "png",
        }
    }
}

/// A checked coat of arms.
#[derive(Debug, Clone)]
pub struct Wappen {
    /// The path as written, relative to the plan folder, with `/` separators.
    pub pfad: String,
    pub format: Bildformat,
    pub bytes: Vec<u8>,
}

/// Why a named coat of arms cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WappenFehler {
    /// The plan came from standard input: there is no folder to read from.
    KeinOrdner,
    /// An absolute path, or one that leaves the plan folder (`..`, a link pointing out).
    Ausserhalb,
    NichtGefunden,
    /// A directory, device or pipe.
    KeineDatei,
    Unlesbar(String),
    /// Neither `.svg` nor `.png`.
    Endung,
    /// The content is not what the extension says.
    Inhalt(Bildformat),
    ZuGross(u64),
}

impl WappenFehler {
    /// E018: the file is not there to read; E019: it is there but not a usable image.
    pub fn code(&self) -> &'static str {
        match self {
            WappenFehler::Endung | WappenFehler::Inhalt(_) | WappenFehler::ZuGross(_) => "E019",
            _ => "E018",
        }
    }

    /// Whether the file is simply not there (the case of a plan read from its PDF, whose
    /// cover already shows the image).
    pub fn fehlt(&self) -> bool {
        matches!(self, WappenFehler::NichtGefunden | WappenFehler::KeinOrdner)
    }

    /// Message and hint for the path `pfad` as written in the plan.
    pub fn texte(&self, pfad: &str) -> (Text, Text) {
        let max = MAX_WAPPEN_BYTES / (1024 * 1024);
        match self {
            WappenFehler::KeinOrdner => (
                text!(
                    "Wappen `{pfad}` kann nicht gelesen werden: der Plan kommt von der Standardeingabe und hat keinen Ordner",
                    "coat of arms `{pfad}` cannot be read: the plan comes from standard input and has no folder"
                ),
                text!(
                    "Prüfen Sie die Plandatei selbst, nicht über `-`",
                    "check the plan file itself, not through `-`"
                ),
            ),
            WappenFehler::Ausserhalb => (
                text!(
                    "Wappen `{pfad}` liegt außerhalb des Plan-Ordners",
                    "coat of arms `{pfad}` lies outside the plan folder"
                ),
                text!(
                    "Legen Sie die Datei in den Ordner des Plans und nennen Sie sie relativ, z. B. `wappen.svg`",
                    "put the file into the plan's folder and name it relative to it, e.g. `wappen.svg`"
                ),
            ),
            WappenFehler::NichtGefunden => (
                text!(
                    "Wappen `{pfad}` nicht gefunden",
                    "coat of arms `{pfad}` not found"
                ),
                text!(
                    "Der Pfad gilt relativ zur Plandatei",
                    "the path is relative to the plan file"
                ),
            ),
            WappenFehler::KeineDatei => (
                text!(
                    "Wappen `{pfad}` ist keine Datei",
                    "coat of arms `{pfad}` is not a file"
                ),
                text!(
                    "Nennen Sie eine SVG- oder PNG-Datei",
                    "name an SVG or PNG file"
                ),
            ),
            WappenFehler::Unlesbar(grund) => (
                text!(
                    "Wappen `{pfad}` kann nicht gelesen werden: {grund}",
                    "coat of arms `{pfad}` cannot be read: {grund}"
                ),
                text!("Prüfen Sie die Leserechte", "check the read permissions"),
            ),
            WappenFehler::Endung => (
                text!(
                    "Wappen `{pfad}` ist weder SVG noch PNG",
                    "coat of arms `{pfad}` is neither SVG nor PNG"
                ),
                text!(
                    "Das Deckblatt zeigt SVG (`.svg`) und PNG (`.png`); wandeln Sie das Bild um",
                    "the cover shows SVG (`.svg`) and PNG (`.png`); convert the image"
                ),
            ),
            WappenFehler::Inhalt(f) => {
                let f = f.key().to_uppercase();
                (
                    text!(
                        "Wappen `{pfad}` ist dem Inhalt nach kein {f}",
                        "coat of arms `{pfad}` is not {f} by its content"
                    ),
                    text!(
                        "Speichern Sie das Bild als {f} oder geben Sie ihm die passende Endung",
                        "save the image as {f} or give it the matching extension"
                    ),
                )
            }
            WappenFehler::ZuGross(n) => {
                let kib = n / 1024;
                (
                    text!(
                        "Wappen `{pfad}` ist zu groß ({kib} KiB; höchstens {max} MiB)",
                        "coat of arms `{pfad}` is too large ({kib} KiB; at most {max} MiB)"
                    ),
                    text!(
                        "Verkleinern Sie das Bild; für ein Deckblatt genügen wenige hundert KiB",
                        "make the image smaller; a few hundred KiB are enough for a cover"
                    ),
                )
            }
        }
    }
}

/// Read and check the coat of arms `pfad` (relative to `folder`, the canonical plan folder).
pub fn lesen(folder: Option<&Path>, pfad: &str) -> Result<Wappen, WappenFehler> {
    let folder = folder.ok_or(WappenFehler::KeinOrdner)?;
    let rel = Path::new(pfad);
    if pfad.trim().is_empty()
        || pfad.contains('\\')
        || rel
            .components()
            .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return Err(WappenFehler::Ausserhalb);
    }
    let format = match rel
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("svg") => Bildformat::Svg,
        Some("png") => Bildformat::Png,
        _ => return Err(WappenFehler::Endung),
    };
    let path = folder.join(rel);
    let canonical = match path.canonicalize() {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(WappenFehler::NichtGefunden);
        }
        Err(e) => return Err(WappenFehler::Unlesbar(e.to_string())),
    };
    if !canonical.starts_with(folder) {
        return Err(WappenFehler::Ausserhalb);
    }
    let meta = std::fs::metadata(&canonical).map_err(|e| WappenFehler::Unlesbar(e.to_string()))?;
    if !meta.is_file() {
        return Err(WappenFehler::KeineDatei);
    }
    if meta.len() > MAX_WAPPEN_BYTES {
        return Err(WappenFehler::ZuGross(meta.len()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(&canonical)
        .and_then(|f| f.take(MAX_WAPPEN_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| WappenFehler::Unlesbar(e.to_string()))?;
    if bytes.len() as u64 > MAX_WAPPEN_BYTES {
        return Err(WappenFehler::ZuGross(bytes.len() as u64));
    }
    let passt = match format {
        Bildformat::Png => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        Bildformat::Svg => ist_svg(&bytes),
    };
    if !passt {
        return Err(WappenFehler::Inhalt(format));
    }
    Ok(Wappen {
        pfad: rel
            .components()
            .filter_map(|c| match c {
                Component::Normal(n) => n.to_str(),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("/"),
        format,
        bytes,
    })
}

/// UTF-8 text with an `<svg` element near its start (after an XML declaration, comments
/// or a doctype).
fn ist_svg(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let head: String = text.chars().take(4096).collect();
    head.contains("<svg")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SVG: &str = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>\n";

    fn folder() -> (tempfile::TempDir, std::path::PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir(tmp.path().join("plan")).unwrap();
        let dir = tmp.path().join("plan").canonicalize().unwrap();
        (tmp, dir)
    }

    #[test]
    fn an_svg_in_the_folder_is_read() {
        let (_tmp, dir) = folder();
        std::fs::create_dir(dir.join("bilder")).unwrap();
        std::fs::write(dir.join("bilder/wappen.svg"), SVG).unwrap();
        let w = lesen(Some(&dir), "./bilder/wappen.svg").unwrap();
        assert_eq!(w.format, Bildformat::Svg);
        assert_eq!(w.pfad, "bilder/wappen.svg");
        assert_eq!(w.bytes, SVG.as_bytes());
    }

    #[test]
    fn each_problem_has_its_code() {
        let (tmp, dir) = folder();
        std::fs::write(tmp.path().join("draussen.svg"), SVG).unwrap();
        std::fs::write(dir.join("falsch.png"), SVG).unwrap();
        std::fs::write(dir.join("bild.gif"), "GIF89a").unwrap();
        std::fs::create_dir(dir.join("ordner.svg")).unwrap();
        std::fs::write(
            dir.join("riesig.svg"),
            vec![b' '; MAX_WAPPEN_BYTES as usize + 1],
        )
        .unwrap();
        let fall = |p: &str| lesen(Some(&dir), p).unwrap_err();
        assert_eq!(fall("../draussen.svg"), WappenFehler::Ausserhalb);
        assert_eq!(
            fall(tmp.path().join("draussen.svg").to_str().unwrap()),
            WappenFehler::Ausserhalb
        );
        assert_eq!(fall("fehlt.svg"), WappenFehler::NichtGefunden);
        assert_eq!(fall("ordner.svg"), WappenFehler::KeineDatei);
        assert_eq!(fall("bild.gif"), WappenFehler::Endung);
        assert_eq!(fall("falsch.png"), WappenFehler::Inhalt(Bildformat::Png));
        assert!(matches!(fall("riesig.svg"), WappenFehler::ZuGross(_)));
        assert_eq!(fall("riesig.svg").code(), "E019");
        assert_eq!(fall("fehlt.svg").code(), "E018");
        assert_eq!(
            lesen(None, "wappen.svg").unwrap_err(),
            WappenFehler::KeinOrdner
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_folder_is_outside() {
        let (tmp, dir) = folder();
        std::fs::write(tmp.path().join("draussen.svg"), SVG).unwrap();
        std::os::unix::fs::symlink(tmp.path().join("draussen.svg"), dir.join("link.svg")).unwrap();
        assert_eq!(
            lesen(Some(&dir), "link.svg").unwrap_err(),
            WappenFehler::Ausserhalb
        );
    }
}
