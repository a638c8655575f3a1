//! `mep init DIR`: create a new plan from an embedded template and say what to do next;
//! `--list` shows the templates.

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use anyhow::{Result, anyhow};

use crate::cli::InitArgs;
use crate::exit_code;
use crate::i18n::Lang;
use crate::init::templates::{self, BASE_END, BASE_START, TEMPLATES};
use crate::init::{self, MARKER, Options};

pub fn run(args: &InitArgs, lang: Lang) -> Result<u8> {
    if args.list {
        std::io::stdout().write_all(list(lang).as_bytes())?;
        return Ok(exit_code::OK);
    }
    let dir = args
        .dir
        .as_deref()
        .ok_or_else(|| anyhow!("{}", lang.pick("Ordner fehlt", "folder missing")))?;
    let template = templates::find(&args.template).ok_or_else(|| {
        anyhow!(
            "{} `{}`",
            lang.pick("unbekannte Vorlage", "unknown template"),
            args.template
        )
    })?;
    let options = Options {
        schultraeger: args.schultraeger.clone(),
        bundesland: args.bundesland,
        beginn: args.beginn.unwrap_or_else(|| init::current_year() + 1),
    };
    let files = init::prepare(template, &options).map_err(|e| anyhow!(e.message(lang)))?;
    let written = init::write_new(dir, &files).map_err(|e| anyhow!(e.message(lang)))?;
    let main = dir.join(template.main_file());
    let open = files[0].contents.matches(MARKER).count();
    let report = next_steps(dir, &main, template.name, &written, open, &options, lang);
    std::io::stdout().write_all(report.as_bytes())?;
    Ok(exit_code::OK)
}

fn list(lang: Lang) -> String {
    let mut out = String::new();
    for t in TEMPLATES {
        let default = if t.name == templates::DEFAULT {
            "*"
        } else {
            " "
        };
        let _ = writeln!(
            out,
            "{default} {:<12} {}",
            t.name,
            lang.pick(t.summary_de, t.summary_en)
        );
    }
    let _ = writeln!(
        out,
        "\n{}",
        lang.pick(
            "* Standard. Anlegen mit: mep init ORDNER --template NAME",
            "* default. Create with: mep init FOLDER --template NAME"
        )
    );
    out
}

fn next_steps(
    dir: &Path,
    main: &Path,
    template: &str,
    written: &[std::path::PathBuf],
    open: usize,
    options: &Options,
    lang: Lang,
) -> String {
    let mut out = String::new();
    let (von, bis) = (options.beginn, options.beginn + (BASE_END - BASE_START));
    let _ = match lang {
        Lang::De => writeln!(
            out,
            "Neuer Plan in `{}` aus der Vorlage `{template}`, Laufzeit {von}–{bis}:",
            dir.display()
        ),
        Lang::En => writeln!(
            out,
            "New plan in `{}` from the template `{template}`, period {von}–{bis}:",
            dir.display()
        ),
    };
    for p in written {
        let _ = writeln!(out, "  {}", p.display());
    }
    let main = super::shell::quote(main);
    let _ = match lang {
        Lang::De => write!(
            out,
            "
Nächste Schritte:
  1. Im Editor öffnen: {main}
     {open} Zeilen mit `# AUSFÜLLEN:` warten auf Ihre Angaben: `# AUSFÜLLEN: ` löschen und
     den Wert eintragen. Editoren mit taplo (Even Better TOML) ergänzen und erklären die
     Schlüssel über `mep.schema.json`.
  2. mep check {main}
     zeigt Fehler und listet die noch offenen Punkte mit Namen.
  3. mep render {main}
     erzeugt das Dokument als PDF für Schulausschuss und Rat (`--format md` für Markdown).
"
        ),
        Lang::En => write!(
            out,
            "
Next steps:
  1. Open in an editor: {main}
     {open} lines marked `# AUSFÜLLEN:` wait for your figures: delete `# AUSFÜLLEN: ` and
     fill in the value. Editors with taplo (Even Better TOML) complete and explain the keys
     through `mep.schema.json`.
  2. mep check {main}
     shows errors and lists the open items by name.
  3. mep render {main}
     makes the document as a PDF for the school committee and council (`--format md` for Markdown).
"
        ),
    };
    out
}
