//! Free text of a plan reaches the PDF literally. Any string is read as Markdown
//! ([`RichText::parse`]) and set by the `frei` function of the built-in typst template
//! (imported from `basis.typ` as the chapters do), once with the text as a `sys.inputs` value (as `mep render --to pdf` does) and once
//! spliced into the source as a string literal (as `mep render --to typ` does).
//!
//! Property: the laid-out pages (the text the PDF carries) show every piece of text of
//! the Markdown, in order and character for character, both ways the same; whitespace
//! is layout and does not count. If user text were ever evaluated as typst markup or
//! code, its characters would not come out as they went in.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mep::render::pdf::literal;
use mep::render::rich_text::{Block, Inline, RichText};
use mep::render::templates::EMBEDDED;
use mep::render::typst::{Job, compile_document};
use typst::layout::{Frame, FrameItem};

/// The built-in template's helpers, `frei` and `text-feld` among them, as mep embeds them.
fn basis() -> &'static str {
    EMBEDDED
        .iter()
        .find(|(name, _)| *name == "basis.typ")
        .map(|(_, text)| *text)
        .expect("basis.typ is a built-in template")
}

/// A document importing the helpers as the chapters do, then setting `feld`.
fn source(feld: &str) -> String {
    format!(
        "#import \"/basis.typ\": *\n#set page(width: auto, height: auto, margin: 2pt)\n\
         #set text(hyphenate: false)\n#text-feld(json(bytes({feld})))\n"
    )
}

fn job(main: String, inputs: Vec<(String, String)>) -> Job {
    Job {
        main,
        main_name: "plan.typ".into(),
        sources: vec![("/basis.typ".into(), basis().into(), "basis.typ".into())],
        inputs,
        assets_root: None,
        date: (2026, 1, 1),
        ident: "fuzz".into(),
    }
}

/// Every text item of the pages, in layout order.
fn frame_text(frame: &Frame, out: &mut String) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(group) => frame_text(&group.frame, out),
            FrameItem::Text(text) => out.push_str(&text.text),
            _ => {}
        }
    }
}

fn shown(job: &Job) -> String {
    let (document, _) = compile_document(job).unwrap_or_else(|errors| {
        panic!("the template failed on user text: {errors:?}\n{}", job.main)
    });
    let mut text = String::new();
    for page in document.pages() {
        frame_text(&page.frame, &mut text);
    }
    // typst memoizes across compilations; without eviction its cache grows with every
    // input (as in `mep render --watch`, which evicts too).
    typst::comemo::evict(2);
    text
}

fn inline_pieces(inlines: &[Inline], out: &mut Vec<String>) {
    for inline in inlines {
        match inline {
            Inline::Text { text } | Inline::Code { text } => out.push(text.clone()),
            Inline::Kursiv { inhalt }
            | Inline::Fett { inhalt }
            | Inline::Durchgestrichen { inhalt }
            | Inline::Link { inhalt, .. } => inline_pieces(inhalt, out),
            Inline::Umbruch => {}
        }
    }
}

fn block_pieces(blocks: &[Block], out: &mut Vec<String>) {
    for block in blocks {
        match block {
            Block::Absatz { inhalt } => inline_pieces(inhalt, out),
            Block::Liste { punkte, .. } => punkte.iter().for_each(|p| block_pieces(p, out)),
            Block::Zitat { inhalt } => block_pieces(inhalt, out),
            Block::Code { text } => out.push(text.clone()),
            Block::Trennlinie => {}
            Block::Tabelle { zeilen } => zeilen
                .iter()
                .flatten()
                .for_each(|cell| inline_pieces(cell, out)),
        }
    }
}

fn visible(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let rich = RichText::parse(s);
    let json = serde_json::to_string(&rich).expect("rich text is JSON");

    let by_input = job(
        source("sys.inputs.feld"),
        vec![("feld".into(), json.clone())],
    );
    let by_literal = job(source(&literal(&json)), Vec::new());
    let shown_input = visible(&shown(&by_input));
    let shown_literal = visible(&shown(&by_literal));
    assert_eq!(shown_input, shown_literal, "input and literal differ");

    let mut pieces = Vec::new();
    block_pieces(&rich.blocks, &mut pieces);
    let mut rest = shown_input.as_str();
    for piece in pieces.iter().map(|p| visible(p)) {
        match rest.find(&piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => panic!(
                "text {piece:?} is not shown literally\ninput: {s:?}\nshown: {shown_input:?}"
            ),
        }
    }
});
