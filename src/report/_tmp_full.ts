import { writeFileSync } from 'node:fs';
import { loadAuthorsEvaluations } from '../bench/authors.js';
import { reanalyze } from '../reanalysis/reanalysis.js';
import { reportInputs, replicationResults, tinySearchStudy } from '../../test/report/report-inputs.js';
import { composeReport } from './compose.js';
import { renderReport } from './render.js';
async function main() {
  let t = Date.now(); const lap = (s: string) => { console.log(s, Date.now() - t); t = Date.now(); };
  const base = await reportInputs(); lap('test inputs');
  const authors = loadAuthorsEvaluations(); lap('load');
  const reanalysis = reanalyze(authors); lap('reanalyze');
  const view = await composeReport({ ...base, authors, reanalysis, search: tinySearchStudy(), replication: { profile: 'smoke', paperScale: false, results: replicationResults(authors) } }); lap('compose');
  const html = renderReport(view); lap('render');
  writeFileSync('/tmp/h9/full.html', html);
  console.log('bytes', html.length, 'figures', (html.match(/<figure class="chart">/g) ?? []).length);
}
main();
