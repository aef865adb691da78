/**
 * public/scenario.schema.json compiled with ajv (draft 2020-12), for tests that hold files against it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const SCHEMA_PATH = path.resolve(import.meta.dirname, '../../public/scenario.schema.json');

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')));

/** The schema's complaints about `doc` (instance path and message), empty when it validates. */
export function schemaErrors(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
