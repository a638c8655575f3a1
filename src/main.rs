//! The `mep` binary: everything happens in the library.

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(mep::run())
}
