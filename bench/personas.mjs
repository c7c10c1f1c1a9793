// The ids the national data generator (scripts/generate-national.ts) gives the
// records the benchmark uses. Generated ids are stable: the same at every seed
// and scale, so the 1× and 10× databases have the same personas, budget and network.

/** The Statsforvalter of the first generated county: the report list, the frames page and the calendar. */
export const STATSFORVALTER_ID = "gen-person-sf-01";
/** The coordinator of the bench network: submits the bench drafts. */
export const COORDINATOR_ID = "gen-person-coord-01-01";
/** The network whose open round holds the submittable bench drafts. */
export const BENCH_NETWORK_ID = "gen-net-01-01";
/** The first county. */
export const BENCH_COUNTY_ID = "gen-county-01";

/** The open year's DEKOM budget of the first county, with two frame scenarios not yet decided. */
export const benchBudgetId = (openYear) => `gen-budget-01-${openYear}-DESENTRALISERT`;
