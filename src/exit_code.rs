//! Exit codes, a contract with scripts and CI: 0 fine, 1 findings, 2 unusable input or usage.

/// No errors (and, under `--strict`, no warnings; completeness at or above the threshold).
pub const OK: u8 = 0;
/// Errors found, or warnings under `--strict`, or completeness below `--min-completeness`.
pub const FINDINGS: u8 = 1;
/// Usage error or unusable input: unreadable file, not TOML, not UTF-8, bad include.
pub const UNUSABLE: u8 = 2;

/// Text for `--help`, German and English.
pub const HELP: &str = "\
Exit-Codes / exit codes:
  0  keine Fehler / no errors
  1  Fehler gefunden (mit --strict auch Warnungen; Vollständigkeit unter --min-completeness)
     errors found (with --strict also warnings; completeness below --min-completeness)
  2  Aufruf falsch oder Eingabe unbrauchbar (nicht lesbar, kein TOML, nicht UTF-8)
     usage error or unusable input (unreadable, not TOML, not UTF-8)";
