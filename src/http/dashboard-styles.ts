/** The dashboard's CSS: one screen on a laptop (graph left, details right, tables below), and a print layout. */
export const dashboardStyles = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; }
h1 { font-size: 18px; margin: 0; }
h2 { font-size: 15px; margin: 0 0 6px; }
h3 { font-size: 14px; margin: 10px 0 4px; }
button, select, input { font: inherit; }
button { padding: 3px 10px; cursor: pointer; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
.top { display: flex; gap: 16px; align-items: center; padding: 8px 14px; background: #0b3c5d; color: #fff; flex-wrap: wrap; }
.sign-in { display: flex; gap: 6px; align-items: center; flex: 1; }
.sign-in input { flex: 1; max-width: 420px; }
.live { padding: 2px 10px; border-radius: 10px; background: #555; font-size: 12px; white-space: nowrap; }
.live[data-mode="live"] { background: #00703c; }
.live[data-mode="polling"] { background: #b35900; }
.controls { display: flex; gap: 14px; align-items: flex-end; padding: 8px 14px; background: #f3f2f1; flex-wrap: wrap; }
.field { display: flex; flex-direction: column; gap: 2px; position: relative; }
.field > label { font-size: 12px; font-weight: 600; }
.area-field input { width: 260px; }
.area-results { position: absolute; top: 100%; left: 0; z-index: 10; margin: 0; padding: 0; list-style: none;
  background: #fff; border: 1px solid #888; width: 340px; max-height: 300px; overflow: auto; }
.area-results li { padding: 4px 8px; cursor: pointer; }
.area-results li[aria-selected="true"], .area-results li:hover { background: #d2e2f1; }
.kinds summary { cursor: pointer; padding: 3px 0; }
.kinds fieldset { position: absolute; z-index: 10; background: #fff; border: 1px solid #888; columns: 2; width: 560px; }
.kinds label { display: block; font-size: 12px; }
.actions { flex-direction: row; gap: 6px; }
.message { margin: 0; padding: 6px 14px; background: #fde8e8; color: #8a1c1c; }
.main { display: flex; height: calc(100vh - 150px); min-height: 420px; }
.graph-box { flex: 1; display: flex; flex-direction: column; min-width: 0; padding: 6px 0 0 14px; }
.graph { flex: 1; border: 1px solid #ccc; background: #fff; min-height: 360px; }
.print-image { display: none; }
.side { width: 360px; overflow: auto; padding: 6px 14px; border-left: 1px solid #ddd; }
.details dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 0; }
.details dt { font-weight: 600; }
.details dd { margin: 0; }
.details ul { margin: 2px 0; padding-left: 18px; }
.details table { border-collapse: collapse; width: 100%; font-size: 12px; }
.details td, .details th { border-bottom: 1px solid #eee; text-align: left; padding: 2px 4px; vertical-align: top; }
.finding-NOT_MET { color: #8a1c1c; } .finding-MET { color: #00703c; }
.hint { color: #555; }
.legend-item { display: flex; align-items: center; gap: 6px; font-size: 12px; margin: 2px 0; }
.swatch { display: inline-block; width: 16px; height: 12px; border: 1px solid #333; }
.line { display: inline-block; width: 28px; height: 0; border-top: 3px solid #333; }
.tables { padding: 10px 14px; }
.tables table { border-collapse: collapse; margin: 0 0 12px; font-size: 12px; min-width: 60%; }
.tables caption { text-align: left; font-weight: 600; padding: 4px 0; }
.tables button.link { border: 0; background: none; padding: 0; color: #1d70b8; text-decoration: underline;
  font-size: inherit; text-align: left; }
.tables th, .tables td { border: 1px solid #ddd; padding: 2px 6px; text-align: left; }
@media print {
  .top, .controls, .message, .hint, #sign-in { display: none !important; }
  .main { display: block; height: auto; }
  .graph { display: none; }
  .print-image { display: block; max-width: 100%; max-height: 24cm; margin: 0 auto; }
  .side { width: auto; border: 0; }
  .tables { break-before: page; }
  a[href]::after { content: ""; }
  .tables button.link { color: inherit; text-decoration: none; }
}
`;
