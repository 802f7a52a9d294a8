import { DuckDBInstance } from '@duckdb/node-api';
import { areas } from './data/pipeline/datasets/areas.ts';
import { MONEY_OUTCOMES_DATASETS } from './data/pipeline/datasets/money-outcomes-group.ts';
import { RawDir } from './data/pipeline/dataset.ts';
const c = await (await DuckDBInstance.create(':memory:')).connect();
const raw = new RawDir('data/raw');
await areas.build(c, raw);
for (const d of MONEY_OUTCOMES_DATASETS) { const t = performance.now(); await d.build(c, raw); const n = (await c.runAndReadAll(d.kind === 'tidy' ? `select count(*) n, count(*) filter (where value is null) n_null from ${d.table}` : `select count(*) n from ${d.table}`)).getRowObjectsJS()[0]; console.log(d.id, Math.round(performance.now()-t), 'ms', n); }
for (const sql of process.argv.slice(2)) console.table((await c.runAndReadAll(sql)).getRowObjectsJS().map(o=>Object.fromEntries(Object.entries(o).map(([k,v])=>[k,typeof v==='bigint'?Number(v):v]))));
