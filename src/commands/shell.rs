//! Paths printed for copying into a shell (`mep check "Neuer Plan/plan.toml"`): quoted when
//! they hold spaces or characters a shell would read, left alone otherwise. Double quotes
//! work in PowerShell, cmd and POSIX shells alike; a path a POSIX shell would still expand
//! inside them (`$`, `` ` ``, `\`, `"`, `!`) gets single quotes there.

use std::path::Path;

/// Characters that need no quoting in any of the shells.
fn plain(c: char) -> bool {
    c.is_alphanumeric() || "-_./:+=,@%~".contains(c) || (cfg!(windows) && c == '\\')
}

/// `path` as a user can paste it into their shell.
pub fn quote(path: &Path) -> String {
    quote_str(&path.display().to_string())
}

/// A word as a user can paste it into their shell.
pub fn quote_str(s: &str) -> String {
    if !s.is_empty() && s.chars().all(plain) && !s.starts_with('~') {
        return s.to_string();
    }
    let expands_in_double = |c: char| "$`\"!".contains(c) || (!cfg!(windows) && c == '\\');
    if cfg!(windows) || !s.chars().any(expands_in_double) {
        format!("\"{s}\"")
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_stay_plain() {
        assert_eq!(
            quote_str("plaene/musterstadt/plan.toml"),
            "plaene/musterstadt/plan.toml"
        );
        assert_eq!(
            quote_str("Pläne/Gemeinde-Süd/plan.toml"),
            "Pläne/Gemeinde-Süd/plan.toml"
        );
    }

    #[test]
    fn spaces_and_specials_are_double_quoted() {
        assert_eq!(
            quote_str("Neuer Plan/plan.toml"),
            "\"Neuer Plan/plan.toml\""
        );
        assert_eq!(quote_str("a&b/plan.toml"), "\"a&b/plan.toml\"");
        assert_eq!(quote_str("(2027)/plan.toml"), "\"(2027)/plan.toml\"");
        assert_eq!(quote_str(""), "\"\"");
    }

    #[cfg(unix)]
    #[test]
    fn what_double_quotes_would_expand_is_single_quoted() {
        assert_eq!(quote_str("$HOME/plan.toml"), "'$HOME/plan.toml'");
        assert_eq!(quote_str("it's $x"), r"'it'\''s $x'");
    }
}
