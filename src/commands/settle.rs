//! When to render again in `mep render --watch`: react to the first change at once, let
//! an editor's save burst (truncate, write, rename, backup) settle in a short quiet window,
//! and render once more when something changed while rendering. Pure logic over a source
//! of events, so it is tested without clocks or files.

use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

/// A burst is over when no further change arrives for this long. Editors write a file in
/// steps a few milliseconds apart; a render takes far longer, and changes arriving during
/// it trigger another one, so the window can stay short.
pub const QUIET: Duration = Duration::from_millis(15);

/// At most this many quiet windows are waited for in a row: a file that keeps changing
/// (a generator writing a large plan) is rendered at least every `QUIET × MAX_ROUNDS`.
pub const MAX_ROUNDS: u32 = 30;

/// What the event source says when asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Poll {
    /// A change of a file of the plan or of the templates.
    Change,
    /// A change that does not count (the document just written, a swap file).
    Other,
    /// Nothing within the time asked for.
    Quiet,
    /// The watcher has stopped.
    Closed,
}

/// A source of file events.
pub trait Events {
    /// The next event, waiting at most `timeout` (`None`: as long as it takes).
    fn next(&mut self, timeout: Option<Duration>) -> Poll;
}

/// Events from the watcher's channel, sorted by `relevant`.
pub struct Channel<T, F> {
    pub rx: Receiver<T>,
    pub relevant: F,
}

impl<T, F: FnMut(&T) -> bool> Events for Channel<T, F> {
    fn next(&mut self, timeout: Option<Duration>) -> Poll {
        let got = match timeout {
            None => self.rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
            Some(t) => self.rx.recv_timeout(t),
        };
        match got {
            Ok(event) if (self.relevant)(&event) => Poll::Change,
            Ok(_) => Poll::Other,
            Err(RecvTimeoutError::Timeout) => Poll::Quiet,
            Err(RecvTimeoutError::Disconnected) => Poll::Closed,
        }
    }
}

/// Whether a change arrived while the last render ran (the events queued meanwhile are
/// consumed without waiting).
pub fn changed_meanwhile(events: &mut impl Events) -> Result<bool, Closed> {
    let mut changed = false;
    loop {
        match events.next(Some(Duration::ZERO)) {
            Poll::Change => changed = true,
            Poll::Other => {}
            Poll::Quiet => return Ok(changed),
            Poll::Closed => return Err(Closed),
        }
    }
}

/// Wait for a change (unless `already` one was seen), then until its burst is over.
pub fn wait_for_change(events: &mut impl Events, already: bool) -> Result<(), Closed> {
    if !already {
        loop {
            match events.next(None) {
                Poll::Change => break,
                Poll::Other | Poll::Quiet => {}
                Poll::Closed => return Err(Closed),
            }
        }
    }
    settle(events)
}

/// Consume the rest of a burst: events until a quiet window passes, at most
/// [`MAX_ROUNDS`] windows.
fn settle(events: &mut impl Events) -> Result<(), Closed> {
    for _ in 0..MAX_ROUNDS {
        match events.next(Some(QUIET)) {
            Poll::Quiet => return Ok(()),
            Poll::Change | Poll::Other => {}
            Poll::Closed => return Err(Closed),
        }
    }
    Ok(())
}

/// The watcher stopped delivering events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Closed;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::VecDeque;

    /// A scripted event source; when the script ends it is closed. Records the timeouts
    /// it was asked with.
    struct Script {
        events: VecDeque<Poll>,
        asked: Vec<Option<Duration>>,
    }

    fn script(events: &[Poll]) -> Script {
        Script {
            events: events.iter().copied().collect(),
            asked: Vec::new(),
        }
    }

    impl Events for Script {
        fn next(&mut self, timeout: Option<Duration>) -> Poll {
            self.asked.push(timeout);
            self.events.pop_front().unwrap_or(Poll::Closed)
        }
    }

    use Poll::{Change, Closed as Gone, Other, Quiet};

    #[test]
    fn a_save_burst_is_one_change() {
        // Truncate, write, rename, our own output: one render, then the next wait begins.
        let mut s = script(&[Change, Change, Other, Change, Quiet, Change, Quiet]);
        assert_eq!(wait_for_change(&mut s, false), Ok(()));
        assert_eq!(
            s.events.len(),
            2,
            "the next burst is left for the next render"
        );
        assert_eq!(
            s.asked[0], None,
            "the first change is waited for without limit"
        );
        assert!(s.asked[1..].iter().all(|t| *t == Some(QUIET)));
        assert_eq!(wait_for_change(&mut s, false), Ok(()));
        assert_eq!(wait_for_change(&mut s, false), Err(super::Closed));
    }

    #[test]
    fn the_first_change_is_not_delayed_by_a_fixed_pause() {
        // A single event: one quiet window, no more.
        let mut s = script(&[Change, Quiet]);
        assert_eq!(wait_for_change(&mut s, false), Ok(()));
        assert_eq!(s.asked, vec![None, Some(QUIET)]);
    }

    #[test]
    fn changes_that_do_not_count_wake_nothing() {
        let mut s = script(&[Other, Quiet, Other, Change, Quiet]);
        assert_eq!(wait_for_change(&mut s, false), Ok(()));
        assert!(s.events.is_empty());
        assert_eq!(s.asked.iter().filter(|t| t.is_none()).count(), 4);
    }

    #[test]
    fn a_change_during_the_render_renders_again() {
        let mut s = script(&[Other, Change, Other, Quiet]);
        assert_eq!(changed_meanwhile(&mut s), Ok(true));
        assert!(s.asked.iter().all(|t| *t == Some(Duration::ZERO)));
        let mut s = script(&[Other, Other, Quiet]);
        assert_eq!(changed_meanwhile(&mut s), Ok(false));
        let mut s = script(&[Quiet]);
        assert_eq!(changed_meanwhile(&mut s), Ok(false));
        // Seen already: only the rest of its burst is drained.
        let mut s = script(&[Change, Quiet, Change]);
        assert_eq!(wait_for_change(&mut s, true), Ok(()));
        assert_eq!(s.events, [Change]);
    }

    #[test]
    fn a_file_that_never_stops_changing_is_rendered_anyway() {
        let endless = vec![Change; 3 * MAX_ROUNDS as usize];
        let mut s = script(&endless);
        assert_eq!(wait_for_change(&mut s, false), Ok(()));
        assert_eq!(s.asked.len(), 1 + MAX_ROUNDS as usize);
    }

    #[test]
    fn a_stopped_watcher_ends_the_wait() {
        assert_eq!(wait_for_change(&mut script(&[]), false), Err(super::Closed));
        assert_eq!(
            wait_for_change(&mut script(&[Change, Change]), false),
            Err(super::Closed)
        );
        assert_eq!(changed_meanwhile(&mut script(&[Gone])), Err(super::Closed));
    }
}
