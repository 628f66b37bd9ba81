// The one way web/src/api/schema.d.ts is made from an OpenAPI document: the build and the
// staleness test both call this, so they cannot disagree about formatting.
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = '// Generated from the API\'s OpenAPI document by web/scripts/generate-api-schema.mjs (run by `npm run build`).\n// Do not edit by hand: change the API\'s DTOs and rebuild.\n\n';

/** @param {object} document an OpenAPI 3.x document @returns {Promise<string>} */
export async function renderApiSchema(document) {
  const ast = await openapiTS(document, { alphabetize: true, exportType: false });
  return HEADER + astToString(ast);
}
