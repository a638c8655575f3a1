//! Hostile PDFs given as plans: attachments and object streams that inflate far beyond
//! the plan size limit are refused with a German message and bounded memory.

use std::fs;
use std::io::Read;
use std::process::Stdio;

use crate::bad_input::check;
use crate::common::{self, run_in, run_measured};

/// `mib` MiB of zeros as a zlib stream of about a kilobyte per MiB, made in milliseconds:
/// one MiB of zeros deflated and flushed to a byte boundary refers back only to zeros, so
/// the same bytes repeated decode to as many MiB.
fn zeros_zlib(mib: usize) -> Vec<u8> {
    use flate2::{Compress, Compression, FlushCompress};
    let mut deflate = Compress::new(Compression::best(), false);
    let mut block = Vec::with_capacity(64 * 1024);
    deflate
        .compress_vec(&vec![0; 1 << 20], &mut block, FlushCompress::Sync)
        .unwrap();
    assert_eq!(deflate.total_in(), 1 << 20);
    let mut out = vec![0x78, 0xda];
    for _ in 0..mib {
        out.extend_from_slice(&block);
    }
    // An empty final block, then the Adler-32 of the zeros.
    out.extend_from_slice(&[0x03, 0x00]);
    let adler = (((mib as u64) << 20) % 65521) << 16 | 1;
    out.extend_from_slice(&(adler as u32).to_be_bytes());
    out
}

#[test]
fn deflate_bomb_in_a_pdf_attachment_is_refused_at_the_size_limit() {
    let mut small = Vec::new();
    flate2::read::ZlibDecoder::new(&zeros_zlib(3)[..])
        .read_to_end(&mut small)
        .unwrap();
    assert!(small.len() == 3 << 20 && small.iter().all(|&b| b == 0));

    // A real rendered plan whose attached plan file inflates to 300 MiB.
    let d = tempfile::tempdir().unwrap();
    let mut doc =
        lopdf::Document::load(common::root().join("examples/musterstadt/plan.pdf")).unwrap();
    let bomb = zeros_zlib(300);
    let mut attached = 0;
    for object in doc.objects.values_mut() {
        if let Ok(stream) = object.as_stream_mut()
            && stream
                .dict
                .get(b"Type")
                .and_then(lopdf::Object::as_name)
                .is_ok_and(|t| t == b"EmbeddedFile")
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.dict.remove(b"DecodeParms");
            stream.set_content(bomb.clone());
            attached += 1;
        }
    }
    assert_eq!(attached, 1);
    doc.save(d.path().join("plan.pdf")).unwrap();
    assert!(fs::metadata(d.path().join("plan.pdf")).unwrap().len() < 2 << 20);

    let (r, peak_mib) = run_measured(d.path(), &["check", "plan.pdf"], Stdio::null());
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stdout.contains(
            "Anhang `plan.toml` von `plan.pdf` ist entpackt zu groß (höchstens 16 MiB je Datei)"
        ),
        "{}",
        r.stdout
    );
    for english in ["decompress", "stream", "attach", "can't", "couldn't"] {
        assert!(
            !r.stdout.contains(english),
            "English in German: {}",
            r.stdout
        );
    }
    assert!(peak_mib < 100, "inflated beyond the limit: {peak_mib} MiB");

    let r = run_in(d.path(), &["--lang", "en", "check", "plan.pdf"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stdout.contains(
            "attachment `plan.toml` of `plan.pdf` is too large when unpacked (at most 16 MiB per file)"
        ),
        "{}",
        r.stdout
    );
    check(d.path(), "plan.pdf");
}

/// A PDF whose only page and catalog are found through a cross-reference stream, and
/// whose object stream `4 0 obj` inflates to `mib` MiB; lopdf decodes it while loading.
fn pdf_with_object_stream_bomb(mib: usize) -> Vec<u8> {
    let bomb = zeros_zlib(mib);
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    let objects: [&[u8]; 3] = [
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(plan.toml) 6 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ];
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        pdf.extend_from_slice(body);
        pdf.extend_from_slice(b"\nendobj\n");
    }
    offsets.push(pdf.len());
    pdf.extend_from_slice(
        format!(
            "4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {} >>\nstream\n",
            bomb.len()
        )
        .as_bytes(),
    );
    pdf.extend_from_slice(&bomb);
    pdf.extend_from_slice(b"\nendstream\nendobj\n");
    let xref = pdf.len();
    // Entries of 1 + 4 + 2 bytes: free 0 and 5, objects 1-4 and 7 in the file, object 6
    // in the object stream 4.
    let mut rows = Vec::new();
    let mut row = |kind: u8, a: usize, b: u16| {
        rows.push(kind);
        rows.extend_from_slice(&(a as u32).to_be_bytes());
        rows.extend_from_slice(&b.to_be_bytes());
    };
    row(0, 0, 65535);
    for &o in &offsets {
        row(1, o, 0);
    }
    row(0, 0, 1);
    row(2, 4, 0);
    row(1, xref, 0);
    pdf.extend_from_slice(
        format!(
            "7 0 obj\n<< /Type /XRef /W [1 4 2] /Index [0 8] /Size 8 /Root 1 0 R /Length {} >>\nstream\n",
            rows.len()
        )
        .as_bytes(),
    );
    pdf.extend_from_slice(&rows);
    pdf.extend_from_slice(format!("\nendstream\nendobj\nstartxref\n{xref}\n%%EOF\n").as_bytes());
    pdf
}

#[test]
fn deflate_bomb_in_a_pdf_object_stream_is_refused_while_loading() {
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join("plan.pdf"), pdf_with_object_stream_bomb(300)).unwrap();
    let (r, peak_mib) = run_measured(d.path(), &["check", "plan.pdf"], Stdio::null());
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stdout.contains(
            "`plan.pdf` enthält einen Datenstrom, der entpackt zu groß ist (höchstens 16 MiB)"
        ),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("decompress"), "{}", r.stdout);
    // lopdf decodes it into a buffer that doubles, so up to twice the limit.
    assert!(peak_mib < 150, "decoded beyond the limit: {peak_mib} MiB");
}
