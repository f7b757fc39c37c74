/** Render the view model into one self-contained HTML file (inline CSS and SVG, no scripts, works offline). */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { ReportView } from './view.js';

const TEMPLATE = new URL('./templates/report.hbs', import.meta.url);

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return value.toLocaleString('en-US');
    return Math.abs(value) >= 1000 ? value.toFixed(0) : value.toPrecision(3);
  }
  return String(value);
}

export function renderReport(view: ReportView): string {
  const handlebars = Handlebars.create();
  handlebars.registerHelper('slug', (text: string) => text.replace(/\s+/g, '-'));
  handlebars.registerHelper('cell', formatCell);
  handlebars.registerHelper('cellClass', (value: unknown) => (typeof value === 'number' ? 'num' : ''));
  const template = handlebars.compile(readFileSync(TEMPLATE, 'utf8'), { strict: false });
  return template(view);
}
