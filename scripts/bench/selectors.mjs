// What the benchmark looks for in the page. Features that do not exist yet (issue #12 lists them) are
// found by these selectors when they land: their authors should use them, or change them here.

/** The atlas's zone fill layers (src/map/style/style.ts ZONE_FILL_LAYERS): "zones rendered" means these draw features. */
export const ATLAS_ZONE_LAYERS = ['zones-area-fill', 'zones-part-fill', 'zones-other-fill'];
/** Every layer the atlas hovers and clicks (src/map/style/style.ts INTERACTIVE_ZONE_LAYERS). */
export const ATLAS_INTERACTIVE_LAYERS = [...ATLAS_ZONE_LAYERS, 'zones-shared-outline', 'zones-point'];
/** The baseline page's zone fill layer (bench/baseline/main.ts). */
export const BASELINE_ZONE_LAYERS = ['zones-fill'];
/** The selected zone's details panel and its heading. */
export const DETAILS = '#details';
export const DETAILS_TITLE = '#details-title';
/** The status line whose message must name the number of imported polygons. */
export const STATUS = '#status';

// Not built yet (November 2026): the rows that use these print "not built yet" until they match.
/** SVG map issue: the first visible zones, drawn as SVG before MapLibre's first frame. */
export const SVG_MAP_ZONES = 'svg.svg-map path[data-zone-id]';
/** Planner issue: the file input that imports GeoJSON. */
export const IMPORT_INPUT = 'input[type=file][data-import]';
/** Presenter issue: the button that downloads the map as PNG. */
export const EXPORT_BUTTON = '[data-export-png]';
/** Presenter issue, optional: a <select> of export sizes; the benchmark picks the option valued EXPORT_4K. */
export const EXPORT_SIZE = 'select[data-export-size]';
export const EXPORT_4K = '3840x2160';
