//! How the allocator (mimalloc, set in `main.rs`) is tuned: freed memory goes back to the
//! system soon, in small pieces.
//!
//! mep frees large amounts at a time: a parsed plan once it is converted, typst's memo cache
//! when it is trimmed ([`crate::render`]). With mimalloc's defaults those pages stay resident
//! for a second (`purge_delay`, set here) and come as 2 MiB transparent huge pages, which
//! stay resident while any part is in use (mimalloc's `no_thp` feature, in `Cargo.toml`,
//! stops it asking for them). Measured with the release build (`/usr/bin/time -f %M`): a
//! check with a million findings 423 → 254 MB; rendering Musterstadt 245 → 198 MB (compiling
//! ~60 ms slower without huge pages), Lindenau 283 → 264 MB and 1.05 → 0.7 s (it no longer
//! reaches the memo budget of `render::typst`).

use libmimalloc_sys::{mi_option_set, mi_option_t};

/// `mi_option_purge_delay`: milliseconds before freed memory is returned (default 1000 in
/// options.c; the header still says 10).
/// The Rust bindings name no constant for it; this is its place in `mi_option_t` of the
/// mimalloc.h the bindings build (v3), checked by the test below.
const PURGE_DELAY: mi_option_t = 15;

/// Freed memory goes back after 10 ms instead of a second. Measured (release build,
/// `/usr/bin/time -f %M`, delay 0 / 10 / 50 / 1000 ms): the million-finding check 238 / 253 /
/// 279 / 415 MB; the 400-school render 357 / 366 / 370 / 375 MB; Musterstadt 190 / 193 /
/// 199 / 218 MB. At 0 every free returns pages at once: 1,952 `madvise` calls made the
/// 400-school check 30 % slower (0.13 instead of 0.10 s); from 10 ms on it is as fast as
/// with the default.
const PURGE_DELAY_MS: std::ffi::c_long = 10;

/// Apply mep's allocator settings; called first thing in `main`.
pub fn tune() {
    // SAFETY: stores one of mimalloc's option values; no pointers are involved, and
    // mimalloc reads options atomically.
    unsafe {
        mi_option_set(PURGE_DELAY, PURGE_DELAY_MS);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use libmimalloc_sys::{_mi_option_last, mi_option_get};

    /// The option number is that of the mimalloc this crate builds: the enum has the
    /// length it had when the number was read off mimalloc.h, and the option has its
    /// documented default (a test process never calls [`tune`]).
    #[test]
    fn option_number_names_the_purge_delay() {
        assert_eq!(_mi_option_last, 47, "mimalloc's option list changed");
        // SAFETY: reads an option value.
        assert_eq!(unsafe { mi_option_get(PURGE_DELAY) }, 1000);
    }
}
