//! Message language: German by default, English on request; every user-facing text exists in both.

/// Language of messages and reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    /// `--lang` wins, then `MEP_LANG`, then German.
    pub fn resolve(flag: Option<Lang>) -> Lang {
        flag.or_else(|| {
            match std::env::var("MEP_LANG")
                .ok()?
                .to_ascii_lowercase()
                .as_str()
            {
                "en" | "english" => Some(Lang::En),
                "de" | "deutsch" => Some(Lang::De),
                _ => None,
            }
        })
        .unwrap_or_default()
    }

    /// Pick the text for this language.
    pub fn pick<'a>(self, de: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::De => de,
            Lang::En => en,
        }
    }
}

/// A user-facing text in German and English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub de: String,
    pub en: String,
}

impl Text {
    pub fn new(de: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            de: de.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.de, &self.en)
    }
}

/// Build a [`Text`] from two format strings sharing the same arguments.
#[macro_export]
macro_rules! text {
    ($de:literal, $en:literal $(, $($arg:tt)*)?) => {
        $crate::i18n::Text::new(format!($de $(, $($arg)*)?), format!($en $(, $($arg)*)?))
    };
}
