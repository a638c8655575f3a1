//! The `mep` binary: everything happens in the library.

fn main() -> std::process::ExitCode {
    return_freed_memory_at_once();
    std::process::ExitCode::from(mep::run())
}

/// mimalloc's `mi_option_purge_delay` (its position in `mi_option_t`, mimalloc.h; the Rust
/// bindings name no constant for it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// mimalloc keeps freed memory for a while before returning it to the system. mep frees large
/// amounts at once (a parsed plan once it is converted, typst's memo cache when it is
/// trimmed), so with the delay those pages stay resident beside the next ones: a plan with a
/// million findings peaked at 400 MB instead of 250 MB. Purging at once costs no measurable
/// time here.
fn return_freed_memory_at_once() {
    // SAFETY: sets one of mimalloc's option values; no pointers are involved.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
}

/// Loading a large plan allocates many small strings and tables; mimalloc handles that
/// pattern markedly faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
