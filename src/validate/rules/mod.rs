//! The meaning and plausibility rules, each a small function over the typed plan.

mod coherence;
mod datenschutz;
mod formate;
mod funding;
mod geraete;
mod kooperation;
mod leitplanken;
mod periods;
mod plausibility;
mod references;
mod support;

use crate::diagnostic::Finding;
use crate::model::Plan;
use crate::profile::Profile;
use crate::validate::Locator;
use crate::validate::collect::Collector;

/// Everything a rule needs.
pub struct Ctx<'a> {
    pub plan: &'a Plan,
    pub profile: &'a Profile,
    pub loc: &'a Locator<'a>,
    /// Where findings go: capped per code as they arrive (see [`Collector`]).
    out: Collector,
}

impl Ctx<'_> {
    pub fn push(&mut self, f: Finding) {
        self.out.push(f);
    }
}

/// Run every rule on a structurally valid plan, collecting into `out`.
pub fn run(plan: &Plan, profile: &Profile, loc: &Locator<'_>, out: Collector) -> Collector {
    let mut ctx = Ctx {
        plan,
        profile,
        loc,
        out,
    };
    references::check(&mut ctx);
    periods::check(&mut ctx);
    funding::check(&mut ctx);
    coherence::check(&mut ctx);
    geraete::check(&mut ctx);
    datenschutz::check(&mut ctx);
    support::check(&mut ctx);
    leitplanken::check(&mut ctx);
    plausibility::check(&mut ctx);
    kooperation::check(&mut ctx);
    formate::check(&mut ctx);
    ctx.out
}
