//! A generated plan of any size for the benchmarks: schools with IST stock, chains of
//! measures split across files, and the shared sections a valid plan needs.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub const FORMEN: [&str; 6] = [
    "grundschule",
    "grundschule",
    "gymnasium",
    "realschule",
    "gesamtschule",
    "foerderschule",
];

pub fn school(i: usize) -> String {
    let form = FORMEN[i % FORMEN.len()];
    let (schueler, lehrkraefte, klassen) = if form == "grundschule" {
        (220 + i % 90, 17, 10)
    } else {
        (700 + i % 300, 60, 28)
    };
    format!(
        r#"[[schulen]]
id = "schule-{i:03}"
name = "Schule {i}"
schulform = "{form}"
schulnummer = "1{i:05}"
schueler = {schueler}
lehrkraefte = {lehrkraefte}
klassen = {klassen}
unterrichtsraeume = {r}
medienkonzept = {{ vorhanden = true, datum = 2025-06-30 }}

[schulen.ist]
breitband_down_mbit = {bw}
breitband_up_mbit = 100
anteil_raeume_lan = 80
anteil_raeume_wlan = 70
anteil_raeume_praesentation = 60
access_points = {r}

[[schulen.ist.geraete]]
gruppe = "schueler"
typ = "tablet"
anzahl = {geraete}
anschaffungsjahr = 2023

[[schulen.ist.geraete]]
gruppe = "lehrkraefte"
typ = "laptop"
anzahl = {lehrkraefte}
anschaffungsjahr = 2024

"#,
        r = klassen + 4,
        bw = klassen * 50,
        geraete = schueler / 4,
    )
}

pub fn measure(i: usize, schulen: usize) -> String {
    // Chains of ten measures, one half-year after another from 2026-H1 to 2030-H2.
    let k = i % 10;
    let von = format!("\"{}-H{}\"", 2026 + k / 2, k % 2 + 1);
    let dep = if k > 0 {
        format!("abhaengig_von = [\"m-{:04}\"]\n", i - 1)
    } else {
        String::new()
    };
    format!(
        r#"[[massnahmen]]
id = "m-{i:04}"
titel = "Maßnahme {i}"
bereich = "infrastruktur"
facette = "technik"
kategorie = "wlan"
schulen = ["schule-{a:03}", "schule-{b:03}"]
leitplanken = ["netz"]
zeitraum = {{ von = {von}, bis = {von} }}
menge = {menge}
einheit = "Access Point"
einzelpreis = 1750
verantwortlich = "Schulverwaltungsamt"
status = "geplant"
{dep}finanzierung = [{{ quelle = "dp2", anteil = 90 }}, {{ quelle = "stadt", anteil = 10 }}]

"#,
        a = i % schulen,
        b = (i * 7 + 3) % schulen,
        menge = 2 + i % 5,
    )
}

/// Write a plan with `schulen` schools and `massnahmen` measures in `dateien` files under `dir`.
pub fn generate(dir: &Path, schulen: usize, massnahmen: usize, dateien: usize) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("schulen")).unwrap();
    std::fs::create_dir_all(dir.join("massnahmen")).unwrap();
    let mut includes = Vec::new();
    for i in 0..schulen {
        let rel = format!("schulen/schule-{i:03}.toml");
        std::fs::write(dir.join(&rel), school(i)).unwrap();
        includes.push(rel);
    }
    let per_file = massnahmen / dateien;
    for f in 0..dateien {
        let mut text = String::new();
        for i in f * per_file..(f + 1) * per_file {
            text.push_str(&measure(i, schulen));
        }
        let rel = format!("massnahmen/teil-{f:02}.toml");
        std::fs::write(dir.join(&rel), text).unwrap();
        includes.push(rel);
    }
    let mut main = String::from("formatversion = 1\neinbinden = [\n");
    for rel in &includes {
        let _ = writeln!(main, "  \"{rel}\",");
    }
    main.push_str(
        r#"]

[plan]
titel = "Benchmark-Plan"
status = "entwurf"
zeitraum = { von = 2026, bis = 2030 }

[leitplanken.netz]
entscheidung = "flaechendeckend"
begruendung = "Alle Räume."

[zielarchitektur.software]
nicht_zutreffend = "Benchmark"

[zielarchitektur.infrastruktur]
lan_abdeckung = 100
wlan_abdeckung = 100
access_points_pro_raum = 1

[zielarchitektur.hardware]
ersatzzyklus_jahre = 5

[support]
personal_vzae = 400

[[governance.formate]]
id = "runder-tisch"
art = "runder_tisch"

[[finanzierung.quellen]]
id = "dp2"
name = "DigitalPakt 2.0"
art = "digitalpakt"
programm = "digitalpakt-2"

[[finanzierung.quellen]]
id = "stadt"
name = "Stadt"
art = "eigenmittel"

[evaluation]
ueberpruefungen = [2028-06-30]
"#,
    );
    std::fs::write(dir.join("plan.toml"), main).unwrap();
}

/// Write a plan in `dir` whose one measure names `n` schools the plan does not have: `n`
/// findings E101 from one rule, of which the report shows 100 and counts the rest.
pub fn flood(dir: &Path, n: usize) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    let mut text = String::from(
        "formatversion = 1\n[plan]\ntitel = \"Befundflut\"\n\n[[schulen]]\nid = \"gs\"\n\
         name = \"GS\"\nschulform = \"grundschule\"\nschueler = 100\nlehrkraefte = 4\n\n\
         [[massnahmen]]\nid = \"m\"\ntitel = \"M\"\nschulen = [",
    );
    for i in 0..n {
        if i > 0 {
            text.push_str(", ");
        }
        text.push_str("\"gs-x\"");
    }
    text.push_str("]\n");
    std::fs::write(dir.join("plan.toml"), text).unwrap();
}

/// The goals in `benches/thresholds.toml` (data, not code), as the bench's own type.
pub fn thresholds<T: serde::de::DeserializeOwned>() -> T {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/thresholds.toml");
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Median and minimum of run times, in milliseconds.
pub fn median_min_ms(times: &mut [Duration]) -> (f64, f64) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    (ms(times[times.len() / 2]), ms(times[0]))
}

/// Print wall time and peak memory against their goals; exit 1 when a goal is missed.
pub fn verdict(median: f64, min: f64, runs: usize, wall_goal: f64, peak: f64, peak_goal: f64) {
    let ok = against_goals(median, min, runs, wall_goal, peak, peak_goal);
    println!("{}", if ok { "goals met" } else { "GOALS MISSED" });
    if !ok {
        std::process::exit(1);
    }
}

/// Print wall time and peak memory against their goals; whether both are met.
pub fn against_goals(
    median: f64,
    min: f64,
    runs: usize,
    wall_goal: f64,
    peak: f64,
    peak_goal: f64,
) -> bool {
    println!(
        "wall time: median {median:.1} ms, min {min:.1} ms over {runs} runs (goal < {wall_goal} ms)"
    );
    println!("peak memory: {peak:.1} MB (goal < {peak_goal} MB)");
    median < wall_goal && peak < peak_goal
}

/// Peak resident memory of all children so far, in MB.
pub fn children_peak_mb() -> f64 {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes into the struct we own.
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    usage.ru_maxrss as f64 / 1024.0
}

/// Run a command to its end; its wall time, its own peak memory in MB, and its exit status.
/// `wait4` reaps the child, which `Child::wait` cannot see.
#[allow(clippy::zombie_processes)]
pub fn run_measured(cmd: &mut Command) -> (Duration, f64, i32) {
    let start = Instant::now();
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child; status and usage are ours to write.
    unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    (wall, usage.ru_maxrss as f64 / 1024.0, code)
}

/// Bytes of all files below `dir`.
pub fn walk(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                walk(&e.path())
            } else {
                e.metadata().unwrap().len()
            }
        })
        .sum()
}

/// Keys whose values are left alone when a version is changed: ids and references, years
/// and periods, shares that must add up, fixed choices.
const FEST: &[&str] = &[
    "id",
    "formatversion",
    "einbinden",
    "schulform",
    "schulen",
    "leitplanken",
    "abhaengig_von",
    "quelle",
    "anteil",
    "jahr",
    "von",
    "bis",
    "zeitraum",
    "anschaffungsjahr",
    "gruppe",
    "typ",
    "bereich",
    "kategorie",
    "facette",
    "status",
    "art",
    "programm",
    "entscheidung",
    "ueberpruefungen",
    "indikatoren",
];

/// Leaves of a TOML value that may change: (path, is-text).
fn leaves(path: String, v: &toml::Value, out: &mut Vec<(String, bool)>, total: &mut usize) {
    match v {
        toml::Value::Table(t) => {
            for (k, child) in t {
                let p = format!("{path}/{k}");
                if FEST.contains(&k.as_str()) {
                    *total += 1;
                } else {
                    leaves(p, child, out, total);
                }
            }
        }
        toml::Value::Array(a) if a.iter().all(toml::Value::is_table) => {
            for (i, child) in a.iter().enumerate() {
                leaves(format!("{path}/{i}"), child, out, total);
            }
        }
        toml::Value::Integer(_) => {
            *total += 1;
            out.push((path, false));
        }
        toml::Value::String(_) => {
            *total += 1;
            out.push((path, true));
        }
        _ => *total += 1,
    }
}

fn leaf_mut<'a>(v: &'a mut toml::Value, path: &str) -> Option<&'a mut toml::Value> {
    let mut cur = v;
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        cur = match cur {
            toml::Value::Table(t) => t.get_mut(seg)?,
            toml::Value::Array(a) => a.get_mut(seg.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// Copy the plan in `from` to `to`, changing `share` of all its fields (numbers up by one,
/// texts with a word added), spread evenly over every file, as an update of the plan would.
/// Returns (fields, changed fields).
pub fn change_fields(from: &Path, to: &Path, share: f64) -> (usize, usize) {
    let _ = std::fs::remove_dir_all(to);
    let mut files = Vec::new();
    fn collect(dir: &Path, base: &Path, files: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                collect(&p, base, files);
            } else {
                files.push(p.strip_prefix(base).unwrap().to_path_buf());
            }
        }
    }
    collect(from, from, &mut files);
    files.sort();
    let (mut fields, mut changed) = (0, 0);
    for rel in files {
        let text = std::fs::read_to_string(from.join(&rel)).unwrap();
        let mut doc: toml::Value = toml::from_str(&text).unwrap();
        let mut candidates = Vec::new();
        let mut total = 0;
        leaves(String::new(), &doc, &mut candidates, &mut total);
        fields += total;
        let want = ((total as f64) * share).round() as usize;
        let want = want.min(candidates.len());
        for k in 0..want {
            let (path, _) = &candidates[k * candidates.len() / want.max(1)];
            match leaf_mut(&mut doc, path) {
                Some(toml::Value::Integer(n)) => *n += 1,
                Some(toml::Value::String(s)) => s.push_str(" (fortgeschrieben)"),
                _ => continue,
            }
            changed += 1;
        }
        let target = to.join(&rel);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, toml::to_string(&doc).unwrap()).unwrap();
    }
    (fields, changed)
}
