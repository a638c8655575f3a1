//! Versions from git: `REV:path` reads the plan as committed in `REV` (with the files it
//! includes, from the same commit), and the seven arguments git passes to an external
//! diff driver (`diff.mep.command`) are understood.

use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};

/// A failure to read from git, with git's own message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GitError(pub String);

impl std::fmt::Display for GitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for GitError {}

/// `REV:path` split into its parts, unless `arg` names an existing file (a path with a
/// colon) or has no colon at all.
pub fn rev_path(arg: &str) -> Option<(&str, &str)> {
    if arg == "-" || Path::new(arg).exists() {
        return None;
    }
    let (rev, path) = arg.split_once(':')?;
    (!path.is_empty()).then_some((rev, path))
}

fn git(dir: Option<&Path>, args: &[&str]) -> Result<Vec<u8>, GitError> {
    let mut cmd = Command::new("git");
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    let out = cmd.args(args).stdin(Stdio::null()).output().map_err(|e| {
        GitError(format!(
            "git lässt sich nicht starten / cannot run git: {e}"
        ))
    })?;
    if !out.status.success() {
        let msg = String::from_utf8_lossy(&out.stderr).trim().to_string();
        return Err(GitError(msg));
    }
    Ok(out.stdout)
}

/// `a/./b/../c` → `a/c`; `None` if it climbs above the start.
fn normalize(p: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::Normal(s) => out.push(s),
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            _ => return None,
        }
    }
    Some(out)
}

/// A plan as committed, unpacked into a temporary folder.
pub struct Checkout {
    pub dir: tempfile::TempDir,
    /// The main file inside `dir`.
    pub main: PathBuf,
    /// How file names in findings start: `REV:folder/`.
    pub prefix: String,
}

/// Read `path` as of `rev`, with every TOML file of its folder (and below) in that commit,
/// so that its includes resolve as they did then. Paths follow git: relative to the
/// repository root, or to the current folder when they start with `./` or `../`.
pub fn checkout(rev: &str, path: &str) -> Result<Checkout, GitError> {
    let prefix = String::from_utf8_lossy(&git(None, &["rev-parse", "--show-prefix"])?)
        .trim()
        .to_string();
    // From here on git runs at the top of the work tree, where every path is relative
    // to the repository root.
    let top = PathBuf::from(
        String::from_utf8_lossy(&git(None, &["rev-parse", "--show-toplevel"])?).trim(),
    );
    let top = Some(top.as_path());
    let in_repo = if path.starts_with("./") || path.starts_with("../") {
        Path::new(&prefix).join(path)
    } else {
        PathBuf::from(path)
    };
    let full = normalize(&in_repo)
        .filter(|p| !p.as_os_str().is_empty())
        .ok_or_else(|| {
            GitError(format!(
                "`{path}` liegt außerhalb des Repositorys / is outside the repository"
            ))
        })?;
    let full_str = full.to_string_lossy().replace('\\', "/");
    let object = format!("{rev}:{full_str}");
    git(top, &["cat-file", "-e", &object]).map_err(|e| {
        GitError(format!(
            "`{rev}:{path}` gibt es in git nicht / does not exist in git: {}",
            e.0
        ))
    })?;
    let folder = full.parent().map(Path::to_path_buf).unwrap_or_default();
    let folder_str = folder.to_string_lossy().replace('\\', "/");
    let listing = if folder_str.is_empty() {
        git(top, &["ls-tree", "-r", "-z", "--name-only", rev])?
    } else {
        git(
            top,
            &[
                "ls-tree",
                "-r",
                "-z",
                "--name-only",
                rev,
                "--",
                &format!("{folder_str}/"),
            ],
        )?
    };
    let mut names: Vec<String> = listing
        .split(|b| *b == 0)
        .filter_map(|n| std::str::from_utf8(n).ok())
        .filter(|n| n.ends_with(".toml"))
        .map(str::to_string)
        .collect();
    if !names.contains(&full_str) {
        names.push(full_str.clone());
    }
    let blobs = cat_files(top, rev, &names)?;
    let dir = tempfile::Builder::new()
        .prefix("mep-git-")
        .tempdir()
        .map_err(|e| GitError(e.to_string()))?;
    for (name, bytes) in names.iter().zip(blobs) {
        let rel = Path::new(name)
            .strip_prefix(&folder)
            .unwrap_or(Path::new(name));
        let Some(rel) = normalize(rel) else { continue };
        let target = dir.path().join(rel);
        target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&target, bytes))
            .map_err(|e| GitError(e.to_string()))?;
    }
    let main = dir
        .path()
        .join(full.file_name().unwrap_or(full.as_os_str()));
    let shown = if folder_str.is_empty() {
        format!("{rev}:")
    } else {
        format!("{rev}:{folder_str}/")
    };
    Ok(Checkout {
        dir,
        main,
        prefix: shown,
    })
}

/// The contents of `rev:name` for each name, through one `git cat-file --batch`.
fn cat_files(top: Option<&Path>, rev: &str, names: &[String]) -> Result<Vec<Vec<u8>>, GitError> {
    let mut cmd = Command::new("git");
    if let Some(d) = top {
        cmd.current_dir(d);
    }
    let mut child = cmd
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| {
            GitError(format!(
                "git lässt sich nicht starten / cannot run git: {e}"
            ))
        })?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| GitError("git stdin".into()))?;
    let requests: String = names.iter().map(|n| format!("{rev}:{n}\n")).collect();
    let writer = std::thread::spawn(move || stdin.write_all(requests.as_bytes()));
    let mut out = Vec::new();
    child
        .stdout
        .take()
        .ok_or_else(|| GitError("git stdout".into()))?
        .read_to_end(&mut out)
        .map_err(|e| GitError(e.to_string()))?;
    let _ = writer.join();
    let _ = child.wait();
    let mut blobs = Vec::with_capacity(names.len());
    let mut rest: &[u8] = &out;
    for name in names {
        let nl = rest
            .iter()
            .position(|b| *b == b'\n')
            .ok_or_else(|| GitError(format!("git cat-file: {name}")))?;
        let header = String::from_utf8_lossy(&rest[..nl]).to_string();
        rest = &rest[nl + 1..];
        let size: usize = match header.rsplit(' ').next().and_then(|s| s.parse().ok()) {
            Some(s) if header.contains(" blob ") => s,
            _ => return Err(GitError(format!("git cat-file {rev}:{name}: {header}"))),
        };
        if rest.len() < size + 1 {
            return Err(GitError(format!("git cat-file {rev}:{name}: truncated")));
        }
        blobs.push(rest[..size].to_vec());
        rest = &rest[size + 1..];
    }
    Ok(blobs)
}

/// The arguments git gives an external diff driver: `path old-file old-hex old-mode
/// new-file new-hex new-mode` (and, for a rename, `new-path` and a message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriverArgs {
    /// The file's path in the repository (the new path for a rename).
    pub path: String,
    pub old_file: String,
    pub new_file: String,
}

impl DriverArgs {
    pub fn parse(args: &[String]) -> Option<DriverArgs> {
        match args.len() {
            7 => Some(DriverArgs {
                path: args[0].clone(),
                old_file: args[1].clone(),
                new_file: args[4].clone(),
            }),
            9 => Some(DriverArgs {
                path: args[7].clone(),
                old_file: args[1].clone(),
                new_file: args[4].clone(),
            }),
            _ => None,
        }
    }
}

/// Git's name for a missing side (added or deleted file).
pub const NO_FILE: &str = "/dev/null";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rev_paths_are_told_from_files() {
        assert_eq!(rev_path("HEAD~1:plan.toml"), Some(("HEAD~1", "plan.toml")));
        assert_eq!(rev_path(":plan.toml"), Some(("", "plan.toml")));
        assert_eq!(rev_path("plan.toml"), None);
        assert_eq!(rev_path("HEAD:"), None);
        assert_eq!(rev_path("Cargo.toml"), None);
    }

    #[test]
    fn paths_are_normalized_inside_the_repository() {
        assert_eq!(
            normalize(Path::new("a/./b/../c")),
            Some(PathBuf::from("a/c"))
        );
        assert_eq!(normalize(Path::new("../x")), None);
    }

    #[test]
    fn driver_arguments() {
        let a: Vec<String> = [
            "p.toml", "/tmp/a", "abc", "100644", "p.toml", "def", "100644",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let d = DriverArgs::parse(&a).unwrap();
        assert_eq!(
            (d.path.as_str(), d.old_file.as_str(), d.new_file.as_str()),
            ("p.toml", "/tmp/a", "p.toml")
        );
        assert!(DriverArgs::parse(&a[..2]).is_none());
    }
}
