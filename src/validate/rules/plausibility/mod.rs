//! Plausibility against benchmarks from the profile: devices per student and per support
//! FTE, bandwidth, access points, replacement cycle, support model, follow-up costs,
//! coordination formats, evaluation dates, unit prices, school media concepts, indicators.

mod equipment;
mod indicators;
mod organisation;

use crate::profile::Schwelle;
use crate::validate::rules::Ctx;

use equipment::*;
use indicators::*;
use organisation::*;

pub fn check(ctx: &mut Ctx<'_>) {
    students_per_device(ctx);
    devices_per_fte(ctx);
    bandwidth(ctx);
    access_points(ctx);
    replacement_cycle(ctx);
    first_level(ctx);
    follow_up_costs(ctx);
    strategic_format(ctx);
    evaluation_date(ctx);
    unit_prices(ctx);
    media_concepts(ctx);
    indicators(ctx);
}

fn bench<'a>(ctx: &Ctx<'a>, key: &str) -> Option<&'a Schwelle> {
    ctx.profile.schwelle(key)
}

/// "Richtwert 5: Medienberatung NRW" in both languages: the value in force and its source.
fn cite(ctx: &Ctx<'_>, s: &Schwelle) -> (String, String) {
    let t = ctx.profile.zitat(s);
    (t.de, t.en)
}
