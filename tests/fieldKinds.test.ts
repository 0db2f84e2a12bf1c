import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

import {caseNoteFields, contentTypeKeys, contentTypes} from '../src/data/contentTypes';
import type {FieldSpec, LeafField} from '../src/data/fields';
import {editorField, fieldKinds, fieldRows, fieldSchema, kindOf} from '../src/model/fieldKinds';
import {validateFrontMatter} from '../src/model/validate';

/** Every field of every content type, object-list items too. */
function everyField(): (FieldSpec | LeafField)[] {
  return contentTypeKeys.flatMap((type) =>
    Object.values(contentTypes[type].fields).flatMap((spec): (FieldSpec | LeafField)[] =>
      spec.kind === 'objectlist' ? [spec, ...Object.values(spec.fields)] : [spec],
    ),
  );
}

describe('field kinds', () => {
  it('every kind the content model uses has its object, and every object is used', () => {
    const used = new Set(everyField().map((spec) => spec.kind));
    assert.deepEqual([...used].sort(), Object.keys(fieldKinds).sort());
  });

  it('every field has a kind name, an expectation, a schema and an editor widget', () => {
    for (const spec of everyField()) {
      const kind = kindOf(spec);
      assert.ok(kind.name(spec).length > 0, spec.label);
      assert.ok(kind.expectation(spec).length > 0, spec.label);
      assert.equal(fieldSchema(spec).title, spec.label);
      assert.ok(editorField('x', spec).widget.length > 0, spec.label);
    }
  });

  it('one web-address rule: the validator, the JSON Schema and the editor agree', () => {
    const url = caseNoteFields.sources.fields.url;
    const ajv = new Ajv2020({strict: false});
    addFormats(ajv);
    const schema = ajv.compile(fieldSchema(url));
    const editorPattern = new RegExp(editorField('url', url).pattern![0]);
    const cases: [string, boolean][] = [
      ['https://www.akaa.fi/', true],
      ['http://urjala.fi/ilmasto?x=1', true],
      ['www.akaa.fi', false],
      ['https://akaa', false],
      ['https://www.akaa.fi/ välilyönti', false],
      ['ftp://www.akaa.fi/', false],
      ['javascript:alert(1)', false],
    ];
    for (const [address, valid] of cases) {
      const problems = validateFrontMatter('kunnat/akaa/x.md', 'tapaus', {
        sources: [{title: 'Lähde', url: address}],
      }).problems.filter((problem) => problem.includes('"url"'));
      assert.equal(problems.length === 0, valid, `validator: ${address}`);
      assert.equal(schema(address), valid, `schema: ${address}`);
      assert.equal(editorPattern.test(address), valid, `editor: ${address}`);
    }
  });

  it('field table rows carry the words of each kind and an object list’s item fields', () => {
    const rows = fieldRows(contentTypes.tapaus.fields);
    const phase = rows.find((row) => row.key === 'phase')!;
    assert.equal(phase.kind, 'yksi valinta');
    assert.match(phase.allowed, /^Sallitut arvot: idea \(Idea\), /);
    const tasks = rows.find((row) => row.key === 'tasks')!;
    assert.equal(tasks.kind, 'luettelo kohtia');
    assert.deepEqual(
      tasks.fields!.map((row) => [row.key, row.kind]),
      [
        ['title', 'teksti'],
        ['done', 'päivämäärä VVVV-KK-PP'],
      ],
    );
  });
});
