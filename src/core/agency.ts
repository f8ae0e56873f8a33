// The agency's identity: written once in an `*.agency.yaml` file and named by each brief and proposal in `agency:`,
// so the cover, the contact person, the colours and the legal details are never copied from document to document.
// This module reads that file and its logo through the caller's readers (the check never touches a disk itself) and
// gives the renderer a checked identity: strings it can escape, colours that are #RRGGBB, a logo that is an image.
import { readLinkedFile } from './linked-file';

export interface AgencyPerson {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
}

export interface AgencyLogo {
  /** `data:image/…;base64,…`: the page carries its logo, it never loads one. */
  dataUri: string;
  /** The file it came from, as the agency file names it. */
  file: string;
}

export interface AgencyIdentity {
  name: string;
  legalName?: string;
  registration?: string;
  address?: string;
  website?: string;
  email?: string;
  phone?: string;
  colors: { primary?: string; accent?: string };
  font: 'sans' | 'serif';
  contact?: AgencyPerson;
  team: AgencyPerson[];
  logo?: AgencyLogo;
}

export type LogoProblem =
  | { readonly problem: 'missing'; readonly file: string }
  | { readonly problem: 'too-large'; readonly file: string; readonly bytes: number }
  | { readonly problem: 'not-image'; readonly file: string };

export type LinkedAgency =
  /** The document names no agency file, or there is no way to read files (an unsaved document). */
  | { readonly state: 'none' }
  | { readonly state: 'missing'; readonly path: string }
  | { readonly state: 'invalid'; readonly path: string; readonly reason: 'yaml' | 'kind' | 'name' }
  | {
      readonly state: 'ok';
      readonly path: string;
      readonly identity: AgencyIdentity;
      /** Why the logo the file names is not shown, when it is not. */
      readonly logoProblem?: LogoProblem;
    };

export interface AgencyReaders {
  /** Reads a text file relative to the document. */
  readFile?: (path: string) => string | undefined;
  /** Reads a file's bytes relative to the document (the logo). */
  readBytes?: (path: string) => Uint8Array | undefined;
}

/** The most a logo may weigh: it is copied into every page and every export. */
export const LOGO_MAX_BYTES = 512 * 1024;

const HEX_COLOR = /^#[0-9A-Fa-f]{6}$/;

/** The agency file a brief or proposal names in `agency:`, read and checked. */
export function linkedAgency(data: Readonly<Record<string, unknown>>, readers: AgencyReaders): LinkedAgency {
  const path = data.agency;
  if (typeof path !== 'string' || path.trim() === '' || !readers.readFile) return { state: 'none' };
  const file = readLinkedFile(path, readers.readFile, 'agency');
  if (file.state === 'missing') return { state: 'missing', path };
  if (file.state === 'unreadable') return { state: 'invalid', path, reason: 'yaml' };
  if (file.state === 'other-kind') return { state: 'invalid', path, reason: 'kind' };
  return identityIn(file.data, path, readers);
}

/** An agency file's own identity, its logo read next to it: what its preview shows. */
export function ownIdentity(data: Readonly<Record<string, unknown>>, readers: AgencyReaders): LinkedAgency {
  return identityIn(data, '', readers);
}

function identityIn(data: Readonly<Record<string, unknown>>, path: string, readers: AgencyReaders): LinkedAgency {
  const name = textOf(data.name);
  if (!name) return { state: 'invalid', path, reason: 'name' };
  const colors = isRecord(data.colors) ? data.colors : {};
  const identity: AgencyIdentity = {
    name,
    legalName: textOf(data.legal_name),
    registration: textOf(data.registration),
    address: textOf(data.address),
    website: textOf(data.website),
    email: textOf(data.email),
    phone: textOf(data.phone),
    colors: { primary: colorOf(colors.primary), accent: colorOf(colors.accent) },
    font: data.font === 'serif' ? 'serif' : 'sans',
    contact: personOf(data.contact),
    team: Array.isArray(data.team) ? data.team.map(personOf).filter((person): person is AgencyPerson => person !== undefined) : [],
  };
  const logoFile = textOf(data.logo);
  // Without a way to read files (an unsaved document) the logo is neither shown nor reported.
  if (!logoFile || !readers.readBytes) return { state: 'ok', path, identity };
  const logo = readLogo(nextTo(path, logoFile), logoFile, readers.readBytes);
  return 'dataUri' in logo ? { state: 'ok', path, identity: { ...identity, logo } } : { state: 'ok', path, identity, logoProblem: logo };
}

/** The person a document names as its author (by name, as the team lists them), else the agency's contact. */
export function contactFor(identity: AgencyIdentity, author: unknown): AgencyPerson | undefined {
  const wanted = textOf(author);
  if (wanted) {
    const found = teamMember(identity, wanted);
    if (found) return found;
  }
  return identity.contact;
}

/** The team member of that name: compared without case, spaces or letter forms mattering. */
export function teamMember(identity: AgencyIdentity, name: string): AgencyPerson | undefined {
  const key = nameKey(name);
  return identity.team.find((person) => nameKey(person.name) === key);
}

function nameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------- the logo

const IMAGE_TYPES: Readonly<Record<string, string>> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

function readLogo(relative: string, file: string, readBytes: AgencyReaders['readBytes']): AgencyLogo | LogoProblem {
  let bytes: Uint8Array | undefined;
  try {
    bytes = readBytes?.(relative);
  } catch {
    bytes = undefined;
  }
  if (!bytes) return { problem: 'missing', file };
  if (bytes.length > LOGO_MAX_BYTES) return { problem: 'too-large', file, bytes: bytes.length };
  const extension = /\.([A-Za-z]+)$/.exec(file)?.[1].toLowerCase() ?? '';
  const mime = IMAGE_TYPES[extension];
  // The bytes must be the image the name says: a page inlines an image, nothing else.
  if (!mime || !looksLike(mime, bytes)) return { problem: 'not-image', file };
  return { dataUri: `data:${mime};base64,${base64(bytes)}`, file };
}

function looksLike(mime: string, bytes: Uint8Array): boolean {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  switch (mime) {
    case 'image/png':
      return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'image/webp':
      return starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP';
    default: {
      // An SVG shown by <img> runs no script and loads nothing; it must still be an SVG document.
      const head = new TextDecoder().decode(bytes.subarray(0, 4096));
      return /<svg[\s>]/i.test(head);
    }
  }
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** `logo.svg` named in `../brand/northlight.agency.yaml`, as a path relative to the document: `../brand/logo.svg`. */
export function nextTo(file: string, relative: string): string {
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return folder + relative;
}

// ---------------------------------------------------------------- reading values

function personOf(value: unknown): AgencyPerson | undefined {
  if (!isRecord(value)) return undefined;
  const name = textOf(value.name);
  if (!name) return undefined;
  return { name, role: textOf(value.role), email: textOf(value.email), phone: textOf(value.phone) };
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function colorOf(value: unknown): string | undefined {
  return typeof value === 'string' && HEX_COLOR.test(value) ? value.toLowerCase() : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

