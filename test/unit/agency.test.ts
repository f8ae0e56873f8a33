// The agency file a document names (src/core/agency.ts): read through the caller's readers, its identity checked,
// its logo inlined only when its bytes are the image its name says.
import { strict as assert } from 'assert';
import { contactFor, linkedAgency, LOGO_MAX_BYTES, nextTo, ownIdentity } from '../../src/core/agency';

const SVG = new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const AGENCY = `kind: agency
name: "  Northlight  "
colors: { primary: "#1D4F91", accent: red }
logo: brand/logo.svg
team:
  - { name: Dana Walsh, role: Account director, email: dana@northlight.example }
  - { role: nameless }
`;

function readers(files: Record<string, string | Uint8Array>) {
  return {
    readFile: (p: string) => (typeof files[p] === 'string' ? (files[p] as string) : undefined),
    readBytes: (p: string) => {
      const value = files[p];
      return value === undefined ? undefined : typeof value === 'string' ? new TextEncoder().encode(value) : value;
    },
  };
}

describe('agency: the identity a document names', () => {
  it('reads the file next to the document and the logo next to the file, as a data: image', () => {
    const linked = linkedAgency({ agency: '../shared/northlight.agency.yaml' }, readers({ '../shared/northlight.agency.yaml': AGENCY, '../shared/brand/logo.svg': SVG }));
    if (linked.state !== 'ok') return assert.fail(linked.state);
    assert.equal(linked.identity.name, 'Northlight');
    assert.deepEqual(linked.identity.colors, { primary: '#1d4f91', accent: undefined }, 'a colour that is not #RRGGBB is dropped');
    assert.deepEqual(linked.identity.team.map((p) => p.name), ['Dana Walsh'], 'a member without a name is not one');
    assert.ok(linked.identity.logo?.dataUri.startsWith('data:image/svg+xml;base64,'));
    assert.equal(Buffer.from(linked.identity.logo!.dataUri.split(',')[1], 'base64').toString(), new TextDecoder().decode(SVG));
  });

  it('says why the logo is not shown: missing, too heavy, not the image its name says', () => {
    const files: Record<string, Uint8Array>[] = [{}, { 'brand/logo.svg': new Uint8Array(LOGO_MAX_BYTES + 1) }, { 'brand/logo.svg': PNG }];
    const states = files.map((files) => ownIdentity({ kind: 'agency', name: 'N', logo: 'brand/logo.svg' }, readers(files)));
    assert.deepEqual(states.map((s) => (s.state === 'ok' ? s.logoProblem?.problem : s.state)), ['missing', 'too-large', 'not-image']);
    const png = ownIdentity({ name: 'N', logo: 'mark.PNG' }, readers({ 'mark.PNG': PNG }));
    assert.ok(png.state === 'ok' && png.identity.logo?.dataUri.startsWith('data:image/png;base64,'));
    // No way to read files (an unsaved document): neither shown nor reported.
    const unsaved = ownIdentity({ name: 'N', logo: 'x.svg' }, {});
    assert.ok(unsaved.state === 'ok' && !unsaved.logoProblem && !unsaved.identity.logo);
  });

  it('tells a missing file, broken YAML, another kind and a nameless agency apart', () => {
    const link = (text?: string) => linkedAgency({ agency: 'a.agency.yaml' }, readers(text === undefined ? {} : { 'a.agency.yaml': text }));
    assert.deepEqual(
      [link(), link('name: [unclosed'), link('kind: proposal\nname: X'), link('kind: agency\nlegal_name: X Ltd')].map((l) => (l.state === 'invalid' ? l.reason : l.state)),
      ['missing', 'yaml', 'kind', 'name'],
    );
    assert.equal(linkedAgency({}, readers({})).state, 'none');
    assert.equal(linkedAgency({ agency: 'a.agency.yaml' }, {}).state, 'none', 'no reader: nothing to say');
  });

  it('finds the author on the team whatever the case and spacing, else falls back to the contact', () => {
    const linked = ownIdentity({ name: 'N', contact: { name: 'Front desk' }, team: [{ name: 'Dana  Walsh', email: 'd@n.example' }] }, {});
    if (linked.state !== 'ok') return assert.fail(linked.state);
    assert.equal(contactFor(linked.identity, 'dana walsh')?.email, 'd@n.example');
    assert.equal(contactFor(linked.identity, 'Someone Else')?.name, 'Front desk');
    assert.equal(contactFor(linked.identity, undefined)?.name, 'Front desk');
  });

  it('places a logo named in a file elsewhere relative to the document', () => {
    assert.equal(nextTo('../brand/northlight.agency.yaml', 'logo.svg'), '../brand/logo.svg');
    assert.equal(nextTo('northlight.agency.yaml', 'img/logo.svg'), 'img/logo.svg');
  });
});
