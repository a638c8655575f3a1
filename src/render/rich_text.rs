//! Free text of a plan (Markdown) for both outputs: normalised Markdown for the Markdown
//! document, and a typed tree the typst template walks, so that no user text ever becomes
//! typst code (a string shown in typst is always literal text).

use std::cell::RefCell;

use comrak::nodes::{Ast, AstNode, LineColumn, ListType, NodeCodeBlock, NodeValue};
use comrak::{Arena, Options, format_commonmark, parse_document};
use serde::Serialize;

/// A free-text field, ready for either output.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RichText {
    /// Normalised CommonMark (GitHub tables and strikethrough allowed).
    pub md: String,
    /// The same text as blocks for the typst template.
    pub blocks: Vec<Block>,
}

/// A block of text.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "art", rename_all = "snake_case")]
pub enum Block {
    Absatz {
        inhalt: Vec<Inline>,
    },
    Liste {
        nummeriert: bool,
        start: usize,
        punkte: Vec<Vec<Block>>,
    },
    Zitat {
        inhalt: Vec<Block>,
    },
    Code {
        text: String,
    },
    Trennlinie,
    Tabelle {
        zeilen: Vec<Vec<Vec<Inline>>>,
    },
}

/// A run of text inside a block.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "art", rename_all = "snake_case")]
pub enum Inline {
    Text { text: String },
    Code { text: String },
    Kursiv { inhalt: Vec<Inline> },
    Fett { inhalt: Vec<Inline> },
    Durchgestrichen { inhalt: Vec<Inline> },
    Link { ziel: String, inhalt: Vec<Inline> },
    Umbruch,
}

fn options() -> Options<'static> {
    let mut o = Options::default();
    o.extension.table = true;
    o.extension.strikethrough = true;
    o.extension.autolink = true;
    o
}

impl RichText {
    /// Parse a field of the plan.
    pub fn parse(text: &str) -> RichText {
        let arena = Arena::new();
        let options = options();
        let root = parse_document(&arena, text, &options);
        tame(&arena, root);
        let mut md = String::new();
        // Writing into a String cannot fail.
        let _ = format_commonmark(root, &options, &mut md);
        RichText {
            md: md.trim_end().to_string(),
            blocks: root.children().filter_map(block).collect(),
        }
    }
}

/// Make a field fit inside the document: a heading in it becomes a bold paragraph (the
/// document's own headings carry its outline), and raw HTML becomes literal text, in the
/// Markdown output just as in the PDF.
fn tame<'a>(arena: &'a Arena<'a>, root: &'a AstNode<'a>) {
    let nodes: Vec<&'a AstNode<'a>> = root.descendants().collect();
    for node in nodes {
        let value = node.data().value.clone();
        match value {
            NodeValue::Heading(_) => {
                let strong = arena.alloc(AstNode::new(RefCell::new(Ast::new(
                    NodeValue::Strong,
                    LineColumn { line: 0, column: 0 },
                ))));
                let children: Vec<_> = node.children().collect();
                for c in children {
                    c.detach();
                    strong.append(c);
                }
                node.append(strong);
                node.data_mut().value = NodeValue::Paragraph;
            }
            NodeValue::HtmlBlock(html) => {
                node.data_mut().value = NodeValue::CodeBlock(Box::new(NodeCodeBlock {
                    fenced: true,
                    fence_char: b'`',
                    fence_length: 3,
                    literal: html.literal,
                    ..NodeCodeBlock::default()
                }));
            }
            NodeValue::HtmlInline(html) => {
                node.data_mut().value = NodeValue::Text(html.into());
            }
            _ => {}
        }
    }
}

fn block<'a>(node: &'a AstNode<'a>) -> Option<Block> {
    let value = node.data().value.clone();
    Some(match value {
        NodeValue::Paragraph => Block::Absatz {
            inhalt: inlines(node),
        },
        NodeValue::List(list) => Block::Liste {
            nummeriert: list.list_type == ListType::Ordered,
            start: list.start,
            punkte: node
                .children()
                .map(|item| item.children().filter_map(block).collect())
                .collect(),
        },
        NodeValue::BlockQuote | NodeValue::MultilineBlockQuote(_) => Block::Zitat {
            inhalt: node.children().filter_map(block).collect(),
        },
        NodeValue::CodeBlock(code) => Block::Code {
            text: code.literal.trim_end_matches('\n').to_string(),
        },
        // Raw HTML is shown as the literal text it is.
        NodeValue::HtmlBlock(html) => Block::Code {
            text: html.literal.trim_end_matches('\n').to_string(),
        },
        NodeValue::ThematicBreak => Block::Trennlinie,
        NodeValue::Table(_) => Block::Tabelle {
            zeilen: node
                .children()
                .map(|row| row.children().map(inlines).collect())
                .collect(),
        },
        _ => return None,
    })
}

fn inlines<'a>(node: &'a AstNode<'a>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    for child in node.children() {
        let value = child.data().value.clone();
        let inline = match value {
            NodeValue::Text(t) => Inline::Text {
                text: t.into_owned(),
            },
            NodeValue::SoftBreak => Inline::Text { text: " ".into() },
            NodeValue::LineBreak => Inline::Umbruch,
            NodeValue::Code(c) => Inline::Code { text: c.literal },
            NodeValue::HtmlInline(h) => Inline::Text { text: h },
            NodeValue::Emph => Inline::Kursiv {
                inhalt: inlines(child),
            },
            NodeValue::Strong => Inline::Fett {
                inhalt: inlines(child),
            },
            NodeValue::Strikethrough => Inline::Durchgestrichen {
                inhalt: inlines(child),
            },
            NodeValue::Link(link) => Inline::Link {
                ziel: link.url.clone(),
                inhalt: inlines(child),
            },
            // Images are not embedded from free text; their description stays.
            NodeValue::Image(_) => Inline::Text { text: plain(child) },
            _ => Inline::Text { text: plain(child) },
        };
        // Adjacent text runs are joined, which keeps the tree small.
        match (out.last_mut(), inline) {
            (Some(Inline::Text { text: a }), Inline::Text { text: b }) => a.push_str(&b),
            (_, i) => out.push(i),
        }
    }
    out
}

/// The plain text below a node.
fn plain<'a>(node: &'a AstNode<'a>) -> String {
    let mut s = String::new();
    for d in node.descendants() {
        match &d.data().value {
            NodeValue::Text(t) => s.push_str(t),
            NodeValue::Code(c) => s.push_str(&c.literal),
            NodeValue::SoftBreak | NodeValue::LineBreak => s.push(' '),
            _ => {}
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text { text: s.into() }
    }

    #[test]
    fn paragraphs_emphasis_and_lists() {
        let r = RichText::parse("Ein *kurzer* und **wichtiger** Satz.\n\n- eins\n- zwei\n");
        assert_eq!(
            r.blocks[0],
            Block::Absatz {
                inhalt: vec![
                    text("Ein "),
                    Inline::Kursiv {
                        inhalt: vec![text("kurzer")]
                    },
                    text(" und "),
                    Inline::Fett {
                        inhalt: vec![text("wichtiger")]
                    },
                    text(" Satz."),
                ]
            }
        );
        assert!(
            matches!(&r.blocks[1], Block::Liste { nummeriert: false, punkte, .. } if punkte.len() == 2)
        );
        assert_eq!(
            r.md,
            "Ein *kurzer* und **wichtiger** Satz.\n\n- eins\n- zwei"
        );
    }

    #[test]
    fn typst_syntax_stays_text() {
        let hostile = "#read(\"/etc/passwd\") #import $x$ <label> @ref = [a] \\ // /* x";
        let r = RichText::parse(hostile);
        let Block::Absatz { inhalt } = &r.blocks[0] else {
            panic!("{r:?}")
        };
        let all: String = inhalt
            .iter()
            .map(|i| match i {
                Inline::Text { text } => text.clone(),
                other => panic!("{other:?}"),
            })
            .collect();
        // Markdown itself eats the backslash before a space only if it escapes punctuation.
        assert!(all.contains("#read(\"/etc/passwd\")"), "{all}");
        assert!(all.contains("$x$ <label> @ref = [a]"), "{all}");
        assert!(all.contains("// /* x"), "{all}");
    }

    #[test]
    fn raw_html_is_literal_text_in_both_outputs() {
        let r = RichText::parse("<script>alert(1)</script>\n");
        assert_eq!(
            r.blocks,
            vec![Block::Code {
                text: "<script>alert(1)</script>".into()
            }]
        );
        // A code block (fenced or indented) shows the tags as text.
        assert!(
            r.md.starts_with("```") || r.md.starts_with("    "),
            "{}",
            r.md
        );
        let r = RichText::parse("a <b>fett</b> c\n");
        assert!(
            r.md.contains("\\<b\\>") || r.md.contains("&lt;b&gt;"),
            "{}",
            r.md
        );
    }

    #[test]
    fn headings_inside_a_field_become_bold_paragraphs() {
        let r = RichText::parse("# Oben\n\nText\n");
        assert_eq!(r.md, "**Oben**\n\nText");
        assert!(
            matches!(&r.blocks[0], Block::Absatz { inhalt } if matches!(&inhalt[0], Inline::Fett { .. }))
        );
    }
}
