/**
 * The report's whole style sheet, inlined into the page: a system font stack (Latin and CJK), a calm
 * palette with an age ramp from green (not due) to dark red (over a year), hatching for disputed
 * amounts, responsive tables and charts, and print rules (A4, no shadows, colours kept, sections not
 * split, table headers repeated).
 *
 * @internal
 */
export const reportStyles: string = `
:root {
  --ink: #1f2933; --muted: #52606d; --faint: #7b8794; --line: #e4e7eb; --panel: #ffffff; --page: #f3f5f8;
  --accent: #1f4e79; --accent-soft: #e8f0f8;
  --tone-0: #2f855a; --tone-1: #c7a72e; --tone-2: #e08a2c; --tone-3: #d9652b; --tone-4: #c2412d;
  --tone-5: #9b2c2c; --tone-6: #63171b;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--page); color: var(--ink);
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  font-variant-numeric: tabular-nums;
}
.defs { position: absolute; width: 0; height: 0; overflow: hidden; }
.wrap { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
.masthead { background: var(--accent); color: #fff; padding: 28px 0 22px; }
.masthead h1 { margin: 0 0 14px; font-size: 26px; font-weight: 650; letter-spacing: -0.01em; }
.facts { display: flex; flex-wrap: wrap; gap: 10px 32px; margin: 0; }
.facts div { min-width: 0; }
.facts dt { font-size: 11px; text-transform: uppercase; letter-spacing: 0.06em; opacity: 0.75; }
.facts dd { margin: 0; font-size: 15px; font-weight: 600; }
.toc { background: #fff; border-bottom: 1px solid var(--line); }
.toc ul { display: flex; flex-wrap: wrap; gap: 4px 20px; list-style: none; margin: 0 auto; padding: 10px 24px; max-width: 1120px; }
.toc a { color: var(--accent); text-decoration: none; font-weight: 550; font-size: 13px; }
.toc a:hover, .toc a:focus { text-decoration: underline; }
main { padding: 24px 0 8px; }
.section { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 22px 24px 18px;
  margin: 0 0 22px; box-shadow: 0 1px 2px rgba(31, 41, 51, 0.05); }
.section h2 { margin: 0 0 4px; font-size: 18px; font-weight: 650; }
.lead { margin: 0 0 16px; color: var(--muted); max-width: 80ch; }
figure { margin: 0 0 16px; }
figcaption { font-weight: 600; margin: 0 0 6px; font-size: 13px; color: var(--muted); }
.chart { display: block; width: 100%; height: auto; max-width: 960px; }
.chart text { font-size: 12px; fill: var(--muted); }
.chart .grid line { stroke: var(--line); stroke-width: 1; }
.chart .baseline { stroke: #9aa5b1; stroke-width: 1; }
.chart .bar-total { font-weight: 600; fill: var(--ink); font-size: 11.5px; }
.chart .bar-label { fill: var(--ink); }
.chart .row-label { fill: var(--ink); }
.chart .row-value { fill: var(--ink); font-weight: 600; }
.tone-0 { fill: var(--tone-0); } .tone-1 { fill: var(--tone-1); } .tone-2 { fill: var(--tone-2); }
.tone-3 { fill: var(--tone-3); } .tone-4 { fill: var(--tone-4); } .tone-5 { fill: var(--tone-5); }
.tone-6 { fill: var(--tone-6); } .tone-none { fill: #9aa5b1; }
.seg-disputed { fill: url(#hatch); }
.bar-overdue { fill: var(--tone-4); }
.legend { display: flex; flex-wrap: wrap; gap: 6px 20px; list-style: none; margin: 0 0 10px; padding: 0; font-size: 12.5px; color: var(--muted); }
.legend li { display: flex; align-items: center; gap: 7px; }
.swatch { display: inline-block; width: 26px; height: 12px; border-radius: 2px; }
.swatch-ramp { background: linear-gradient(90deg, var(--tone-0), var(--tone-1), var(--tone-2), var(--tone-3), var(--tone-4), var(--tone-5), var(--tone-6)); }
.swatch-disputed { background: repeating-linear-gradient(45deg, #7b8794 0 2px, #dde2e8 2px 5px); }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
th, td { padding: 7px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { font-size: 11.5px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); font-weight: 650;
  border-bottom: 2px solid #cbd2d9; white-space: nowrap; }
thead th[colspan] { text-align: center; border-bottom: 1px solid var(--line); }
tbody tr:nth-child(even) { background: #fafbfc; }
tbody.day tr { background: none; }
tbody.day + tbody.day { border-top: 2px solid #cbd2d9; }
tbody.day th[scope="rowgroup"] { background: #f7f9fb; }
.customer { min-width: 200px; font-weight: 600; }
.reason { min-width: 240px; font-size: 12.5px; color: var(--muted); }
tfoot th, tfoot td { font-weight: 650; border-top: 2px solid #cbd2d9; }
.num { text-align: right; white-space: nowrap; }
.nowrap { white-space: nowrap; }
.muted { color: var(--faint); }
.id { display: block; color: var(--faint); font-size: 11.5px; }
.pill { display: inline-block; padding: 1px 8px; border-radius: 999px; background: var(--accent-soft); color: var(--accent);
  font-size: 12px; font-weight: 600; white-space: nowrap; }
.tier { display: inline-block; padding: 1px 8px; border-radius: 4px; font-size: 12px; font-weight: 600; white-space: nowrap;
  background: #eef1f4; color: var(--ink); }
.tier-0 { background: #e3f4ea; color: #1f6141; } .tier-1 { background: #fbf3d0; color: #7a5d0b; }
.tier-2 { background: #fde6cf; color: #8a4510; } .tier-3 { background: #fbd9d3; color: #8c2418; }
.tier-4 { background: #63171b; color: #fff; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 14px; }
.kpi { border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; background: #fbfcfd; }
.kpi h3 { margin: 0; font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); font-weight: 650; }
.kpi .value { margin: 4px 0 6px; font-size: 24px; font-weight: 650; color: var(--accent); }
.kpi .value-missing { font-size: 15px; color: var(--faint); font-weight: 600; margin: 10px 0 12px; }
.kpi .definition { margin: 0 0 6px; font-size: 12.5px; color: var(--muted); }
.kpi .formula { margin: 0; font-size: 11.5px; color: var(--faint); font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
.empty { color: var(--faint); font-style: italic; margin: 4px 0 8px; }
.notes ul { margin: 0; padding-left: 20px; color: var(--muted); }
.notes li { margin: 0 0 4px; }
footer { color: var(--faint); font-size: 12px; padding: 4px 0 32px; }
@media (max-width: 640px) {
  .wrap { padding: 0 14px; }
  .section { padding: 16px 14px; }
  .masthead h1 { font-size: 21px; }
}
@media print {
  @page { size: A4; margin: 12mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 10pt; }
  .toc { display: none; }
  .masthead { background: #fff; color: var(--ink); border-bottom: 2px solid var(--accent); padding: 0 0 10px; }
  .wrap { max-width: none; padding: 0; }
  main { padding: 12px 0 0; }
  .section { border: none; box-shadow: none; padding: 0; margin: 0 0 18px; border-radius: 0; }
  figure, .kpi, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  thead { display: table-header-group; }
  .table-scroll { overflow: visible; }
  table { font-size: 9pt; }
  th, td { padding: 4px 6px; }
}
`;
