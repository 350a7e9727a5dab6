import { randomBytes } from 'node:crypto';
import { applyPatch } from './reportModel';

/** The webview's styles: theme variables only, no remote fonts or images. */
const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 24px; }
h1 { font-size: 1.4em; font-weight: 600; margin: 16px 0 4px; }
h2 { font-size: 1.1em; font-weight: 600; margin: 20px 0 6px; }
.subtitle { opacity: 0.8; margin: 0 0 8px; }
.status { margin: 8px 0; }
.status.busy::before { content: '⟳ '; display: inline-block; animation: spin 1.2s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid var(--vscode-panel-border, rgba(128,128,128,0.3)); vertical-align: top; }
th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.clickable { cursor: pointer; }
tr.clickable:hover { background: var(--vscode-list-hoverBackground); }
td.note, td.details { border-bottom: none; padding-top: 0; opacity: 0.9; overflow-wrap: anywhere; }
td.details { opacity: 0.75; font-size: 0.92em; }
.st-ok .mark { color: var(--vscode-charts-green, #3c3); }
.st-info .mark { color: var(--vscode-charts-blue, #39f); }
.st-warning .mark { color: var(--vscode-charts-yellow, #cc3); }
.st-error .mark { color: var(--vscode-charts-red, #e44); }
.st-pending .mark, .st-skipped .mark { opacity: 0.6; }
.empty { opacity: 0.7; font-style: italic; }
svg.chart { width: 100%; height: 280px; display: block; }
svg .axis { stroke: var(--vscode-foreground); stroke-opacity: 0.35; stroke-width: 1; }
svg .grid { stroke: var(--vscode-foreground); stroke-opacity: 0.1; stroke-width: 1; }
svg .zero { stroke: var(--vscode-foreground); stroke-opacity: 0.5; stroke-dasharray: 4 3; }
svg text { fill: var(--vscode-foreground); font-size: 11px; opacity: 0.8; }
svg polyline[class] { fill: none; stroke-width: 1.8; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-top: 6px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
${[
  ['blue', '#3794ff'],
  ['red', '#f14c4c'],
  ['green', '#89d185'],
  ['yellow', '#cca700'],
  ['orange', '#d18616'],
  ['purple', '#b180d7'],
  ['foreground', '#888888'],
  ['lines', '#4ec9b0'],
]
  .map(([name, fallback], i) => {
    const color = name === 'foreground' ? `var(--vscode-foreground, ${fallback})` : `var(--vscode-charts-${name}, ${fallback})`;
    return `.s${i} { stroke: ${color}; fill: ${color}; } .swatch.s${i} { background: ${color}; }`;
  })
  .join('\n')}
ul.notes { padding-left: 18px; opacity: 0.9; }
`;

/** The webview script. Plain ES2022, no imports; builds the DOM with textContent only (never HTML from data). */
const SCRIPT = String.raw`
const vscode = acquireVsCodeApi();
const applyPatch = ${applyPatch.toString()};
const MARKS = { ok: '✓', info: 'ℹ', warning: '⚠', error: '✗', pending: '…', skipped: '–' };
let model = vscode.getState() || null;
const app = document.getElementById('app');

function el(tag, attrs, ...children) {
  const node = tag.startsWith('svg:') ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}

// Below this width (a side-by-side editor, even in a wide window) secondary columns move to a line under their row instead of overflowing.
const NARROW_PX = 960;

function renderSection(section) {
  const wrap = el('section', {}, el('h2', {}, section.title));
  if (section.rows.length === 0) { wrap.append(el('p', { class: 'empty' }, section.empty || '')); return wrap; }
  const numeric = new Set(section.numericColumns || []);
  const shown = section.primaryColumns !== undefined && window.innerWidth < NARROW_PX ? section.primaryColumns : section.columns.length;
  const head = el('tr', {}, el('th', {}, ''), ...section.columns.slice(0, shown).map((c, i) => el('th', numeric.has(i) ? { class: 'num' } : {}, c)));
  const body = el('tbody', {});
  for (const row of section.rows) {
    const tr = el('tr', { class: 'st-' + row.status + (row.line === undefined ? '' : ' clickable') }, el('td', { class: 'mark' }, MARKS[row.status] || ''), ...row.cells.slice(0, shown).map((c, i) => el('td', numeric.has(i) ? { class: 'num' } : {}, c)));
    if (row.line !== undefined) tr.addEventListener('click', () => vscode.postMessage({ type: 'reveal', line: row.line }));
    body.append(tr);
    const details = row.cells.slice(shown).map((value, i) => ({ column: section.columns[shown + i], value })).filter((d) => d.value !== '');
    if (details.length > 0) {
      const cell = el('td', { class: 'details', colspan: shown });
      details.forEach((d, i) => cell.append(...(i > 0 ? [' · '] : []), el('span', { 'data-column': d.column, 'data-value': d.value }, d.column + ' ' + d.value)));
      body.append(el('tr', { class: 'st-' + row.status }, el('td', {}, ''), cell));
    }
    for (const note of row.notes) body.append(el('tr', { class: 'st-' + row.status }, el('td', {}, ''), el('td', { class: 'note', colspan: shown }, note)));
  }
  wrap.append(el('table', {}, el('thead', {}, head), body));
  return wrap;
}

function niceStep(span) {
  const raw = span / 4;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) || raw;
}

function formatValue(v) {
  const a = Math.abs(v);
  if (a === 0) return '0';
  return (v > 0 ? '+' : '') + (a >= 100 ? v.toFixed(0) : a >= 1 ? v.toFixed(1) : a >= 0.01 ? v.toFixed(3) : v.toFixed(4));
}

function renderChart(chart) {
  const wrap = el('section', {}, el('h2', {}, chart.title));
  const points = chart.series.flatMap((s) => s.points);
  if (points.length === 0) { wrap.append(el('p', { class: 'empty' }, chart.empty)); return wrap; }
  const width = Math.max(320, app.clientWidth || 800), height = 280, left = 64, right = 12, top = 24, bottom = 34;
  const tMax = Math.max(chart.expectedDurationMs, ...points.map((p) => p.t)) * 1.02 || 1000;
  const extent = Math.max(...points.map((p) => Math.abs(p.value)), 0.001) * 1.25;
  const step = niceStep(2 * extent);
  const yMax = Math.ceil(extent / step) * step;
  const x = (t) => left + (t / tMax) * (width - left - right);
  const y = (v) => top + ((yMax - v) / (2 * yMax)) * (height - top - bottom);
  const svg = el('svg:svg', { class: 'chart', viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': chart.title });
  for (let v = -yMax; v <= yMax + step / 2; v += step) {
    svg.append(el('svg:line', { class: Math.abs(v) < step / 2 ? 'zero' : 'grid', x1: left, x2: width - right, y1: y(v), y2: y(v) }));
    svg.append(el('svg:text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, formatValue(Math.abs(v) < step / 2 ? 0 : v)));
  }
  const tStep = Math.max(1000, niceStep(tMax));
  for (let t = 0; t <= tMax; t += tStep) svg.append(el('svg:text', { x: x(t), y: height - bottom + 16, 'text-anchor': 'middle' }, String(Math.round(t / 1000))));
  svg.append(el('svg:line', { class: 'axis', x1: left, x2: left, y1: top, y2: height - bottom }));
  svg.append(el('svg:line', { class: 'axis', x1: left, x2: width - right, y1: height - bottom, y2: height - bottom }));
  svg.append(el('svg:text', { x: width - right, y: height - 4, 'text-anchor': 'end' }, chart.timeLabel));
  svg.append(el('svg:text', { x: 4, y: 12 }, chart.valueLabel));
  const legend = el('div', { class: 'legend' });
  chart.series.forEach((s, i) => {
    const cls = 's' + (i % 8);
    if (s.points.length > 1) svg.append(el('svg:polyline', { class: cls, points: s.points.map((p) => x(p.t) + ',' + y(p.value)).join(' ') }));
    for (const p of s.points) svg.append(el('svg:circle', { class: cls, cx: x(p.t), cy: y(p.value), r: 3 }, el('svg:title', {}, s.label + ': ' + formatValue(p.value) + ' ms @ ' + (p.t / 1000).toFixed(1) + ' s')));
    const last = s.points[s.points.length - 1];
    legend.append(el('span', {}, el('span', { class: 'swatch ' + cls }), s.label + (last ? ' · ' + chart.lastValueLabel + ' ' + formatValue(last.value) + ' ms' : '')));
  });
  wrap.append(svg, legend);
  return wrap;
}

function render() {
  if (!model) return;
  const children = [el('h1', {}, model.title), el('p', { class: 'subtitle' }, model.subtitle), el('p', { class: 'status' + (model.busy ? ' busy' : ''), role: 'status' }, model.status)];
  for (const section of model.sections) children.push(renderSection(section));
  if (model.chart) children.push(renderChart(model.chart));
  if (model.notes.length > 0) children.push(el('ul', { class: 'notes' }, ...model.notes.map((n) => el('li', {}, n))));
  app.replaceChildren(...children);
}

let pending = false;
function schedule() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => { pending = false; render(); });
}

window.addEventListener('message', (event) => {
  const message = event.data;
  if (!message || typeof message.type !== 'string') return;
  if (message.type !== 'model' && !model) return;
  model = applyPatch(model, message);
  vscode.setState(model);
  schedule();
});
window.addEventListener('resize', schedule);
render();
vscode.postMessage({ type: 'ready' });
`;

export function createNonce(): string {
  return randomBytes(18).toString('base64');
}

/** The whole page: strict CSP (nothing remote, no inline code without the nonce), our style and script. */
export function reportHtml(nonce: string, language: string, title: string): string {
  const escaped = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="${language === 'ko' ? 'ko' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escaped}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="app"></main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

/** For tests: the script must at least parse. */
export const REPORT_SCRIPT_FOR_TESTS = SCRIPT;
