//! Value types shared by the plan sections: ids, money, percentages, dates and periods.
//!
//! Longer than 400 lines on purpose: each value type needs its serde and schema impls beside it;
//! the file is a list of small, independent types.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

/// Pattern of a stable id: kebab-case, ASCII lowercase letters, digits and hyphens.
pub const ID_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
/// Pattern of a half-year such as `2027-H1`, years 1990–2100.
pub const HALBJAHR_PATTERN: &str = "^(199[0-9]|20[0-9]{2}|2100)-H[12]$";
/// Pattern of a year-month such as `2021-06`, years 1990–2100.
pub const MONAT_PATTERN: &str = "^(199[0-9]|20[0-9]{2}|2100)-(0[1-9]|1[0-2])$";
/// Years 1990–2100 at the start of a date (the `date` format checks the rest).
pub const DATUM_PATTERN: &str = "^(199[0-9]|20[0-9]{2}|2100)-";
/// Largest amount a plan may state: a trillion euros is beyond any school budget and
/// keeps every sum far from the limits of exact decimal arithmetic.
pub const EURO_MAX: f64 = 1e12;
/// Lowest and highest calendar year a plan may mention.
pub const JAHR_MIN: i64 = 1990;
pub const JAHR_MAX: i64 = 2100;

/// A stable id (kebab-case) of an entity that other parts of the plan refer to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub String);

impl JsonSchema for Id {
    fn schema_name() -> Cow<'static, str> {
        "Id".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": ID_PATTERN,
            "description": "Stabile Kennung in Kleinbuchstaben mit Bindestrichen (kebab-case), z. B. `gs-am-park`. Sie ändert sich nicht, wenn sich Name oder Reihenfolge ändern."
        })
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Id {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An amount of money in euros, exact to the cent.
///
/// Plans write plain TOML numbers (`12500`, `349.90`); the value is taken from the
/// number's shortest decimal form, so sums never drift as binary floats do.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Euro(pub Decimal);

/// Machine output carries amounts as strings with exactly two decimals (`"1234.50"`),
/// exact where a JSON number would be a binary float.
impl Serialize for Euro {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{:.2}", self.0.round_dp(2)))
    }
}

impl Euro {
    pub const ZERO: Euro = Euro(Decimal::ZERO);
}

impl std::ops::Add for Euro {
    type Output = Euro;
    fn add(self, rhs: Euro) -> Euro {
        Euro(self.0 + rhs.0)
    }
}

impl std::ops::AddAssign for Euro {
    fn add_assign(&mut self, rhs: Euro) {
        self.0 += rhs.0;
    }
}

impl std::ops::Sub for Euro {
    type Output = Euro;
    fn sub(self, rhs: Euro) -> Euro {
        Euro(self.0 - rhs.0)
    }
}

impl std::iter::Sum for Euro {
    fn sum<I: Iterator<Item = Euro>>(iter: I) -> Euro {
        Euro(iter.map(|e| e.0).sum())
    }
}

impl JsonSchema for Euro {
    fn schema_name() -> Cow<'static, str> {
        "Euro".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "number",
            "minimum": 0,
            "maximum": EURO_MAX,
            "multipleOf": 0.01,
            "description": "Betrag in Euro mit höchstens zwei Nachkommastellen, z. B. `12500` oder `349.90`."
        })
    }
}

impl<'de> Deserialize<'de> for Euro {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(DecimalVisitor("an amount in euros"))
            .map(Euro)
    }
}

/// A percentage between 0 and 100, exact (funding shares must add up to exactly 100).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Prozent(pub Decimal);

impl JsonSchema for Prozent {
    fn schema_name() -> Cow<'static, str> {
        "Prozent".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "number",
            "minimum": 0,
            "maximum": 100,
            "description": "Prozentwert zwischen 0 und 100."
        })
    }
}

impl<'de> Deserialize<'de> for Prozent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(DecimalVisitor("a percentage"))
            .map(Prozent)
    }
}

/// A non-negative decimal quantity such as staff in full-time equivalents or a ratio.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Dezimal(pub Decimal);

impl JsonSchema for Dezimal {
    fn schema_name() -> Cow<'static, str> {
        "Dezimal".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "number", "minimum": 0, "maximum": 1e9 })
    }
}

impl<'de> Deserialize<'de> for Dezimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(DecimalVisitor("a number")).map(Dezimal)
    }
}

struct DecimalVisitor(&'static str);

impl Visitor<'_> for DecimalVisitor {
    type Value = Decimal;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        // `Display` of f64 is the shortest string that reads back as the same float,
        // which is what the author typed for any amount with up to 15 digits.
        Decimal::from_str(&v.to_string())
            .or_else(|_| Decimal::from_scientific(&format!("{v:e}")))
            .map(|d| d.normalize())
            .map_err(|_| E::custom(format!("number {v} is too large")))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        Decimal::from_str(v.trim()).map_err(|_| E::custom(format!("`{v}` is not a number")))
    }
}

/// A calendar date written as a TOML date (`2026-03-15`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Datum {
    pub jahr: i32,
    pub monat: u8,
    pub tag: u8,
}

impl Datum {
    pub fn parse(s: &str) -> Option<Datum> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let jahr: i32 = s[0..4].parse().ok()?;
        let monat: u8 = s[5..7].parse().ok()?;
        let tag: u8 = s[8..10].parse().ok()?;
        let leap = (jahr % 4 == 0 && jahr % 100 != 0) || jahr % 400 == 0;
        let days = match monat {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&tag)
            .then_some(Datum { jahr, monat, tag })
    }

    /// Half-year (1 or 2) the date falls in.
    pub fn halbjahr(&self) -> u8 {
        if self.monat <= 6 { 1 } else { 2 }
    }
}

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.jahr, self.monat, self.tag)
    }
}

impl Serialize for Datum {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Datum {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Datum::parse(&s).ok_or_else(|| de::Error::custom(format!("`{s}` is not a valid date")))
    }
}

impl JsonSchema for Datum {
    fn schema_name() -> Cow<'static, str> {
        "Datum".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "pattern": DATUM_PATTERN,
            "description": "Datum im TOML-Format JJJJ-MM-TT, z. B. `2026-03-15`, Jahre 1990–2100."
        })
    }
}

/// A point in time as precise as a plan needs it: a year, a half-year, a month (`2021-06`,
/// as council minutes often give a decision) or a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zeitpunkt {
    Jahr(i32),
    /// A CALENDAR half-year (1: January–June, 2: July–December), not a school half-year.
    Halbjahr(i32, u8),
    /// Year and month (1–12).
    Monat(i32, u8),
    Datum(Datum),
}

impl Zeitpunkt {
    pub fn jahr(&self) -> i32 {
        match *self {
            Zeitpunkt::Jahr(j) | Zeitpunkt::Halbjahr(j, _) | Zeitpunkt::Monat(j, _) => j,
            Zeitpunkt::Datum(d) => d.jahr,
        }
    }

    /// A key that orders points in time by their start: year, month, day (a year starts
    /// in January, the second half-year in July).
    pub fn ordnung(&self) -> (i32, u8, u8) {
        match *self {
            Zeitpunkt::Jahr(j) => (j, 1, 1),
            Zeitpunkt::Halbjahr(j, h) => (j, if h == 1 { 1 } else { 7 }, 1),
            Zeitpunkt::Monat(j, m) => (j, m, 1),
            Zeitpunkt::Datum(d) => (d.jahr, d.monat, d.tag),
        }
    }

    /// First and last half-year index (year * 2 + half - 1) this point covers.
    pub fn halbjahre(&self) -> (i32, i32) {
        match *self {
            Zeitpunkt::Jahr(j) => (j * 2, j * 2 + 1),
            Zeitpunkt::Halbjahr(j, h) => (j * 2 + h as i32 - 1, j * 2 + h as i32 - 1),
            Zeitpunkt::Monat(j, m) => {
                let i = j * 2 + if m <= 6 { 0 } else { 1 };
                (i, i)
            }
            Zeitpunkt::Datum(d) => {
                let i = d.jahr * 2 + d.halbjahr() as i32 - 1;
                (i, i)
            }
        }
    }

    fn parse_str(s: &str) -> Option<Zeitpunkt> {
        if let Some((j, h)) = s.split_once("-H") {
            let j: i32 = j.parse().ok()?;
            let h: u8 = h.parse().ok()?;
            return (j.to_string().len() == 4 && (h == 1 || h == 2))
                .then_some(Zeitpunkt::Halbjahr(j, h));
        }
        if let Ok(j) = s.parse::<i32>() {
            return Some(Zeitpunkt::Jahr(j));
        }
        let b = s.as_bytes();
        if b.len() == 7 && b[4] == b'-' && s[..4].bytes().all(|c| c.is_ascii_digit()) {
            let j: i32 = s[..4].parse().ok()?;
            let m: u8 = s[5..].parse().ok()?;
            return (s[5..].bytes().all(|c| c.is_ascii_digit()) && (1..=12).contains(&m))
                .then_some(Zeitpunkt::Monat(j, m));
        }
        Datum::parse(s).map(Zeitpunkt::Datum)
    }
}

impl fmt::Display for Zeitpunkt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Zeitpunkt::Jahr(j) => write!(f, "{j}"),
            Zeitpunkt::Halbjahr(j, h) => write!(f, "{j}-H{h}"),
            Zeitpunkt::Monat(j, m) => write!(f, "{j}-{m:02}"),
            Zeitpunkt::Datum(d) => write!(f, "{d}"),
        }
    }
}

impl Serialize for Zeitpunkt {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Zeitpunkt::Jahr(j) => s.serialize_i32(*j),
            _ => s.collect_str(self),
        }
    }
}

impl<'de> Deserialize<'de> for Zeitpunkt {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Zeitpunkt;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "ein Jahr (2027), ein Halbjahr (\"2027-H1\"), ein Monat (\"2027-06\") oder ein Datum (2027-03-15)",
                )
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Zeitpunkt, E> {
                i32::try_from(v)
                    .map(Zeitpunkt::Jahr)
                    .map_err(|_| E::custom("year out of range"))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Zeitpunkt, E> {
                i32::try_from(v)
                    .map(Zeitpunkt::Jahr)
                    .map_err(|_| E::custom("year out of range"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Zeitpunkt, E> {
                Zeitpunkt::parse_str(v)
                    .ok_or_else(|| E::custom(format!("`{v}` is not a valid point in time")))
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Zeitpunkt {
    fn schema_name() -> Cow<'static, str> {
        "Zeitpunkt".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Jahr (`2027`), Kalenderhalbjahr (`\"2027-H1\"` = Januar bis Juni, `\"2027-H2\"` = Juli bis Dezember; kein Schulhalbjahr), Monat (`\"2027-06\"`) oder Datum (`2027-03-15`).",
            "anyOf": [
                { "type": "integer", "minimum": JAHR_MIN, "maximum": JAHR_MAX },
                { "type": "string", "pattern": HALBJAHR_PATTERN },
                { "type": "string", "pattern": MONAT_PATTERN },
                { "type": "string", "format": "date", "pattern": DATUM_PATTERN }
            ]
        })
    }
}

/// A period from one point in time to another, both included.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Zeitraum {
    /// Beginn: Jahr (`2027`), Halbjahr (`"2027-H1"`) oder Datum.
    pub von: Zeitpunkt,
    /// Ende (einschließlich): Jahr, Halbjahr oder Datum.
    pub bis: Zeitpunkt,
}

impl Zeitraum {
    /// First and last half-year index covered.
    pub fn halbjahre(&self) -> (i32, i32) {
        (self.von.halbjahre().0, self.bis.halbjahre().1)
    }

    /// The calendar years the period touches.
    pub fn jahre(&self) -> std::ops::RangeInclusive<i32> {
        self.von.jahr()..=self.bis.jahr()
    }
}

/// A yes/no/partial state of a measure or arrangement that a plan documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Umsetzung {
    Vorhanden,
    InArbeit,
    Geplant,
    Fehlt,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euro_from_float_is_exact() {
        let e: Euro = serde_json::from_str("0.1").unwrap();
        let f: Euro = serde_json::from_str("0.2").unwrap();
        assert_eq!((e + f).0.to_string(), "0.3");
        let g: Euro = serde_json::from_str("349.9").unwrap();
        assert_eq!(g.0.to_string(), "349.9");
    }

    #[test]
    fn zeitpunkt_forms() {
        let z: Zeitpunkt = serde_json::from_str("2027").unwrap();
        assert_eq!(z.halbjahre(), (4054, 4055));
        let z: Zeitpunkt = serde_json::from_str("\"2027-H2\"").unwrap();
        assert_eq!(z.halbjahre(), (4055, 4055));
        let z: Zeitpunkt = serde_json::from_str("\"2027-03-01\"").unwrap();
        assert_eq!(z.halbjahre(), (4054, 4054));
        assert!(serde_json::from_str::<Zeitpunkt>("\"2027-H3\"").is_err());
    }

    #[test]
    fn a_month_is_a_point_in_time() {
        let z: Zeitpunkt = serde_json::from_str("\"2021-06\"").unwrap();
        assert_eq!(z, Zeitpunkt::Monat(2021, 6));
        assert_eq!(z.to_string(), "2021-06");
        assert_eq!(z.jahr(), 2021);
        assert_eq!(z.halbjahre(), (4042, 4042));
        let juli: Zeitpunkt = serde_json::from_str("\"2021-07\"").unwrap();
        assert_eq!(juli.halbjahre(), (4043, 4043));
        assert!(z.ordnung() < juli.ordnung());
        assert!(Zeitpunkt::Jahr(2021).ordnung() < z.ordnung());
        for bad in [
            "\"2021-13\"",
            "\"2021-00\"",
            "\"2021-6\"",
            "\"21-06\"",
            "\"2021-+6\"",
        ] {
            assert!(serde_json::from_str::<Zeitpunkt>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn datum_rejects_impossible_days() {
        assert!(Datum::parse("2026-02-29").is_none());
        assert!(Datum::parse("2024-02-29").is_some());
        assert!(Datum::parse("2026-13-01").is_none());
    }
}
