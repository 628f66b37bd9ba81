#!/usr/bin/env node
// Writes the variable table of docs/configuration.md from the environment schema, src/config/environment.ts:
// each property's name, its type (from its class-validator decorators), its default (its initializer) and what
// it does (its doc comment). The rest of docs/configuration.md is written by hand; only the part between the
// two markers is replaced. `npm run docs:config` writes it; `--check` exits with 1 when the checked-in file is
// stale; `--stdout` prints the document it would write. test/unit/configuration-doc.spec.ts runs `--stdout`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA = 'src/config/environment.ts';
const DOC = 'docs/configuration.md';
const CLASS = 'EnvironmentVariables';
export const START = '<!-- generated from src/config/environment.ts by `npm run docs:config`: edit the schema, not this table -->';
export const END = '<!-- end of the generated table -->';

/** The decorators on a property, by name, with their argument nodes. */
function decoratorsOf(member) {
  const calls = new Map();
  for (const decorator of ts.getDecorators(member) ?? []) {
    if (ts.isCallExpression(decorator.expression)) calls.set(decorator.expression.expression.getText(), decorator.expression.arguments);
  }
  return calls;
}

const numberOf = (node) => Number(node.getText().replaceAll('_', ''));
const code = (text) => `\`${text}\``;

function urlType(args) {
  const options = args[0];
  const protocols = options && ts.isObjectLiteralExpression(options)
    ? options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'protocols')
    : undefined;
  if (!protocols || !ts.isArrayLiteralExpression(protocols.initializer)) return 'URL';
  return `URL: ${protocols.initializer.elements.map((e) => code(`${e.text}://`)).join(' or ')}`;
}

function integerType(calls) {
  const min = calls.get('Min')?.[0];
  const max = calls.get('Max')?.[0];
  if (min && max) return `integer, ${numberOf(min)}–${numberOf(max)}`;
  if (min) return `integer, at least ${numberOf(min)}`;
  return max ? `integer, at most ${numberOf(max)}` : 'integer';
}

function stringType(calls) {
  const pattern = calls.get('Matches')?.[0];
  if (pattern && ts.isRegularExpressionLiteral(pattern)) return `string matching ${code(pattern.text)}`;
  const minLength = calls.get('MinLength')?.[0];
  if (minLength && numberOf(minLength) > 1) return `string, at least ${numberOf(minLength)} characters`;
  return minLength ? 'non-empty string' : 'string';
}

/** What a value must look like, in words, from the property's validators. */
function typeOf(calls, name) {
  if (calls.has('IsIn')) {
    const [values] = calls.get('IsIn');
    return `one of ${values.elements.map((e) => code(e.text)).join(', ')}`;
  }
  if (calls.has('IsBoolean')) return `${code('true')} or ${code('false')}`;
  if (calls.has('IsInt')) return integerType(calls);
  if (calls.has('IsUrl')) return urlType(calls.get('IsUrl'));
  if (calls.has('IsUUID')) return 'UUID';
  if (calls.has('IsString')) return stringType(calls);
  throw new Error(`${SCHEMA}: ${name} has no validator this script knows how to describe`);
}

function defaultOf(member) {
  const value = member.initializer;
  if (!value) return member.questionToken ? 'unset' : '**required**';
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return value.text === '' ? 'empty' : code(value.text);
  if (ts.isNumericLiteral(value)) return code(String(numberOf(value)));
  return code(value.getText());
}

function descriptionOf(member, name) {
  const text = ts.getJSDocCommentsAndTags(member)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  if (!text) throw new Error(`${SCHEMA}: ${name} has no doc comment saying what it does; add one above it`);
  return text;
}

/** Every variable of the schema, in the schema's order: { name, type, default, description }. */
export function readSchema(source = readFileSync(join(root, SCHEMA), 'utf8')) {
  const file = ts.createSourceFile(SCHEMA, source, ts.ScriptTarget.Latest, true);
  const schema = file.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === CLASS);
  if (!schema) throw new Error(`${SCHEMA}: class ${CLASS} not found`);
  return schema.members.filter(ts.isPropertyDeclaration).map((member) => {
    const name = member.name.getText();
    return { name, type: typeOf(decoratorsOf(member), name), default: defaultOf(member), description: descriptionOf(member, name) };
  });
}

const cell = (text) => text.replaceAll('|', '\\|');

export function renderTable(variables) {
  const rows = variables.map((v) => `| ${code(v.name)} | ${cell(v.type)} | ${cell(v.default)} | ${cell(v.description)} |`);
  return ['| Variable | Type | Default | What it does |', '|---|---|---|---|', ...rows].join('\n');
}

/** The document with its generated part replaced by the table of `variables`. */
export function renderDocument(document, variables) {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC}: the markers around the generated table are missing:\n${START}\n${END}`);
  return `${document.slice(0, start)}${START}\n\n${renderTable(variables)}\n\n${document.slice(end)}`;
}

function main(args) {
  const path = join(root, DOC);
  const current = readFileSync(path, 'utf8');
  const expected = renderDocument(current, readSchema());
  if (args.includes('--stdout')) process.stdout.write(expected);
  else if (args.includes('--check')) {
    if (expected !== current) {
      console.error(`${DOC} is stale: run \`npm run docs:config\` and commit it`);
      process.exitCode = 1;
    }
  } else if (expected !== current) {
    writeFileSync(path, expected);
    console.log(`wrote ${DOC}`);
  } else console.log(`${DOC} is up to date`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
