//! A plan read back out of a PDF that `mep render` made: the plan's files travel attached
//! to the PDF/A, so a council PDF alone can be checked, measured and compared.

use std::path::{Component, Path};

use crate::diagnostic::Finding;
use crate::text;

use super::attachments::{
    AttachmentError, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_TOTAL, MAX_LOAD_STREAM_BYTES,
    read_attachments_where,
};
use super::{Loaded, Unusable, load};

/// The first bytes of every PDF.
pub const MAGIC: &[u8] = b"%PDF-";

/// Load the plan attached to the PDF `bytes` read from `name`.
pub fn load_attached(name: &str, bytes: &[u8]) -> Result<Loaded, Unusable> {
    let fail = |f: Finding| Unusable {
        files: super::Files::default(),
        findings: vec![f],
    };
    let files: Vec<(String, Vec<u8>)> =
        match read_attachments_where(bytes, |n| n.ends_with(".toml")) {
            Ok(files) if files.is_empty() => return Err(fail(super::read::pdf_without_plan(name))),
            Ok(files) => files,
            Err(AttachmentError::NoAttachments) => {
                return Err(fail(super::read::pdf_without_plan(name)));
            }
            Err(e) => return Err(fail(unreadable(name, &e))),
        };
    for (n, _) in &files {
        if !safe(n) {
            return Err(fail(Finding::new(
                "E003",
                text!(
                    "`{name}` enthält einen Anhang mit unzulässigem Pfad `{n}`",
                    "`{name}` has an attachment with a path that is not allowed: `{n}`"
                ),
            )));
        }
    }
    // The main file is the one holding `formatversion`; included files never do.
    let main = files
        .iter()
        .find(|(_, b)| {
            String::from_utf8_lossy(b)
                .lines()
                .any(|l| l.trim_start().starts_with("formatversion"))
        })
        .unwrap_or(&files[0])
        .0
        .clone();
    let dir = tempfile::tempdir().map_err(|e| {
        fail(Finding::new(
            "E001",
            text!(
                "Anhänge von `{name}` nicht lesbar: {e}",
                "cannot unpack the attachments of `{name}`: {e}"
            ),
        ))
    })?;
    for (n, data) in &files {
        let path = dir.path().join(n);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, data));
        if let Err(e) = written {
            return Err(fail(Finding::new(
                "E001",
                text!(
                    "Anhang `{n}` von `{name}` nicht lesbar: {e}",
                    "cannot unpack attachment `{n}` of `{name}`: {e}"
                ),
            )));
        }
    }
    // Findings name the files as `plan.pdf:schulen/gs-nord.toml`.
    let rename = |files: &mut super::Files| {
        files.rename(|n| match super::name_within(n, dir.path()) {
            Some(rel) => format!("{name}:{rel}"),
            None => n.to_string(),
        })
    };
    match load(&dir.path().join(&main)) {
        Ok(mut l) => {
            rename(&mut l.files);
            Ok(l)
        }
        Err(mut u) => {
            rename(&mut u.files);
            Err(u)
        }
    }
}

/// The finding for a PDF that holds no readable plan; a reason in parentheses is lopdf's (or
/// the PDF's), in English.
fn unreadable(name: &str, e: &AttachmentError) -> Finding {
    let mib = |bytes: usize| bytes >> 20;
    let (max, total) = (mib(MAX_ATTACHMENT_BYTES), mib(MAX_ATTACHMENTS_TOTAL));
    let stream = mib(MAX_LOAD_STREAM_BYTES);
    let message = match e {
        AttachmentError::NotPdf(reason) => text!(
            "`{name}` ist kein lesbares PDF ({reason})",
            "`{name}` is not a readable PDF ({reason})"
        ),
        AttachmentError::Malformed(reason) => text!(
            "`{name}`: ein Anhang ist nicht lesbar ({reason})",
            "`{name}`: an attachment cannot be read ({reason})"
        ),
        AttachmentError::NoAttachments => text!(
            "`{name}` ist ein PDF ohne angehängten Plan",
            "`{name}` is a PDF without an attached plan"
        ),
        AttachmentError::TooLarge(n) => text!(
            "Anhang `{n}` von `{name}` ist entpackt zu groß (höchstens {max} MiB je Datei)",
            "attachment `{n}` of `{name}` is too large when unpacked (at most {max} MiB per file)"
        ),
        AttachmentError::TooLargeTogether => text!(
            "die Anhänge von `{name}` sind entpackt zu groß (höchstens {total} MiB zusammen)",
            "the attachments of `{name}` are too large when unpacked (at most {total} MiB together)"
        ),
        AttachmentError::StreamTooLarge => text!(
            "`{name}` enthält einen Datenstrom, der entpackt zu groß ist (höchstens {stream} MiB)",
            "`{name}` holds a stream that is too large when unpacked (at most {stream} MiB)"
        ),
    };
    let finding = Finding::new("E001", message);
    match e {
        AttachmentError::NoAttachments => finding.hint(text!(
            "Nur PDFs, die `mep render` erzeugt hat, tragen die Plandateien als Anhang",
            "only PDFs made by `mep render` carry the plan's files as attachments"
        )),
        AttachmentError::TooLarge(_)
        | AttachmentError::TooLargeTogether
        | AttachmentError::StreamTooLarge => finding.hint(text!(
            "Das PDF ist beschädigt oder nicht von `mep render` erzeugt; prüfen Sie die Plandateien selbst",
            "the PDF is damaged or was not made by `mep render`; check the plan files themselves"
        )),
        _ => finding,
    }
}

/// A relative path that stays inside the folder it is unpacked to.
fn safe(name: &str) -> bool {
    let p = Path::new(name);
    !name.is_empty()
        && !name.contains('\\')
        && p.components().all(|c| matches!(c, Component::Normal(_)))
}

#[cfg(test)]
mod tests {
    use super::safe;

    #[test]
    fn attachment_names_cannot_leave_the_folder() {
        for bad in [
            "../x.toml",
            "/etc/x.toml",
            "a/../../x.toml",
            "",
            "a\\..\\x.toml",
            "./x.toml",
        ] {
            assert!(!safe(bad), "{bad}");
        }
        assert!(safe("schulen/gs-nord.toml"));
    }
}
