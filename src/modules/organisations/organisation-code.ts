/**
 * The one style of registry code: `{area}/{kind}[-{qualifier}]`, in lower case, words joined by hyphens, exactly
 * one slash. `{area}` is the slug of the upper-tier area the organisation belongs to (for a force or trust serving
 * several, the area it is based in or first recorded for); `{kind}` says what it is there (`county-council`, `pct`,
 * `police`, `acute-trust`) or gives its own short name (`university-hospitals`, `serco`); `-{qualifier}` tells
 * several of one kind apart (`pct-north`, `district-council-tamworth`). Partners of a whole police force area,
 * region or nation in the generated national data set are named for that place (`west-mercia/police-force`,
 * `west-midlands/sha`, `england/cafcass`); seeds/national/codes.ts.
 */
export const organisationCodeStyle = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The day the registry took up one style of code (migration 0016). Codes retired then are kept as REGISTRY_CODE
 * identifiers ending on this day, in migrated and newly seeded databases alike.
 */
export const codesTidiedOn = '2026-12-03';
