//! typst's compile loop (`typst::compile` of typst 0.15.1, paged documents only), holding
//! less: a document is laid out again until its introspection (page numbers, counters, the
//! table of contents) stabilises, up to five times. typst keeps every earlier document's
//! pages until the end; here only the previous introspector is kept (the next iteration
//! needs nothing else), so the pages of an earlier iteration are freed as soon as the next
//! one exists. The earlier documents serve only typst's diagnosis of a document that never
//! stabilises: that rare case is compiled again by typst's own loop. The document is the
//! same, byte for byte.

use std::sync::Arc;

use ::typst::World;
use ::typst::comemo::{self, Track};
use ::typst::diag::{SourceDiagnostic, SourceResult, Warned};
use ::typst::ecow::EcoVec;
use ::typst::engine::{Engine, Route, Sink, Traced};
use ::typst::foundations::{Output, StyleChain, Target, TargetElem};
use ::typst::introspection::{EmptyIntrospector, Introspector, MAX_ITERS};
use ::typst::utils::Protected;
use typst_layout::{PagedDocument, PagedIntrospector};

/// Compiles the world's main source to pages, as `typst::compile::<PagedDocument>`.
pub fn compile(world: &dyn World) -> Warned<SourceResult<PagedDocument>> {
    let mut sink = Sink::new();
    let output = match compile_impl(world, &mut sink) {
        Ok(Some(document)) => Ok(document),
        // Never stable: typst's own loop keeps what its diagnosis of that needs (rare, and a
        // warning only).
        Ok(None) => {
            comemo::evict(0);
            return ::typst::compile::<PagedDocument>(world);
        }
        Err(errors) => Err(deduplicate(errors)),
    };
    Warned {
        output,
        warnings: sink.warnings(),
    }
}

/// The document, or `None` when it does not stabilise within typst's limit.
fn compile_impl(world: &dyn World, sink: &mut Sink) -> SourceResult<Option<PagedDocument>> {
    let traced = Traced::default();
    let traced = traced.track();
    let tracked = world.track();
    let library = world.library();
    let base = StyleChain::new(&library.styles);
    let target = TargetElem::target.set(Target::Paged).wrap();
    let styles = base.chain(&target);
    let empty = EmptyIntrospector;

    let main = world.source(world.main()).map_err(|e| {
        EcoVec::from([SourceDiagnostic::error(
            ::typst::syntax::Span::detached(),
            e.to_string(),
        )])
    })?;
    let content = typst_eval::eval(
        tracked,
        library,
        traced,
        sink.track_mut(),
        Route::default().track(),
        &main,
    )?
    .content();

    // Of the previous iteration only its introspector is needed, not its pages.
    let mut previous: Option<Arc<PagedIntrospector>> = None;
    let mut iterations = 0;
    let document = loop {
        iterations += 1;
        let introspector: &dyn Introspector = match &previous {
            Some(introspector) => introspector.as_ref(),
            None => &empty,
        };
        let constraint = comemo::Constraint::new();
        let mut subsink = Sink::new();
        let mut engine = Engine {
            library,
            world: tracked,
            introspector: Protected::new(introspector.track_with(&constraint)),
            traced,
            sink: subsink.track_mut(),
            route: Route::default(),
        };
        let document = PagedDocument::create(&mut engine, &content, styles)?;
        if constraint.validate(Output::introspector(&document)) {
            sink.extend_from_sink(subsink);
            break document;
        }
        if iterations == MAX_ITERS {
            return Ok(None);
        }
        previous = Some(Arc::clone(document.introspector()));
        drop(document);
    };
    drop(previous);

    let delayed = sink.delayed();
    if !delayed.is_empty() {
        return Err(delayed);
    }
    Ok(Some(document))
}

/// Each diagnostic once (as typst does).
fn deduplicate(mut diags: EcoVec<SourceDiagnostic>) -> EcoVec<SourceDiagnostic> {
    let mut seen = std::collections::HashSet::new();
    diags.retain(|d| seen.insert(::typst::utils::hash128(&(&d.span, &d.message))));
    diags
}
