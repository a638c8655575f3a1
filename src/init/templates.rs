//! The plan templates shipped inside the binary (`plan-templates/`), so an installed `mep`
//! works without the source tree.

/// Years the templates are written for; `mep init` shifts them to the chosen start year.
pub const BASE_START: i32 = 2027;
/// Last year of the templates' plan period.
pub const BASE_END: i32 = 2031;

/// A starting point for a new plan.
#[derive(Debug)]
pub struct Template {
    /// Name for `--template`.
    pub name: &'static str,
    pub summary_de: &'static str,
    pub summary_en: &'static str,
    /// Files relative to the plan folder, the main file first.
    pub files: &'static [(&'static str, &'static str)],
}

impl Template {
    /// The main plan file (the one `mep check` is given).
    pub fn main_file(&self) -> &'static str {
        self.files[0].0
    }
}

/// The template `mep init` uses without `--template`.
pub const DEFAULT: &str = "kreisstadt";

/// All templates, in the order `--list` shows them.
pub static TEMPLATES: &[Template] = &[
    Template {
        name: "gemeinde",
        summary_de: "kleine Gemeinde: drei Grundschulen und eine weiterführende Schule, externer IT-Dienstleister",
        summary_en: "small municipality: three primary schools and one secondary school, external IT provider",
        files: &[(
            "plan.toml",
            include_str!("../../plan-templates/gemeinde/plan.toml"),
        )],
    },
    Template {
        name: "kreisstadt",
        summary_de: "Kreisstadt: 15 Schulen aller Schulformen mit Förderschule",
        summary_en: "county town: 15 schools of all types including a special school",
        files: &[(
            "plan.toml",
            include_str!("../../plan-templates/kreisstadt/plan.toml"),
        )],
    },
    Template {
        name: "landkreis",
        summary_de: "Landkreis: berufliche Schulen, Förderschulen und Gymnasien, IT-Zweckverband als Dienstleister",
        summary_en: "rural district: vocational schools, special schools and grammar schools, IT association as provider",
        files: &[(
            "plan.toml",
            include_str!("../../plan-templates/landkreis/plan.toml"),
        )],
    },
];

/// The template called `name`.
pub fn find(name: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_exists_and_names_are_unique() {
        assert!(find(DEFAULT).is_some());
        for (i, t) in TEMPLATES.iter().enumerate() {
            assert!(TEMPLATES[i + 1..].iter().all(|o| o.name != t.name));
            assert_eq!(t.main_file(), "plan.toml");
        }
    }

    #[test]
    fn templates_are_written_for_the_base_period() {
        for t in TEMPLATES {
            let main = t.files[0].1;
            let period = format!("zeitraum = {{ von = {BASE_START}, bis = {BASE_END} }}");
            assert!(main.contains(&period), "{}: {period}", t.name);
        }
    }
}
