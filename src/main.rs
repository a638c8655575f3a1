//! The `mep` binary: everything happens in the library.

fn main() -> std::process::ExitCode {
    mep::allocator::tune();
    std::process::ExitCode::from(mep::run())
}

/// Loading a large plan allocates many small strings and tables; mimalloc handles that
/// pattern markedly faster than the system allocator. Tuned in `mep::allocator`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
