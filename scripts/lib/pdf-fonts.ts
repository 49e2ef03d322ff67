/**
 * The CJK font of the printed documents, subset to each document's characters (scripts/build-pdf.ts).
 *
 * The site's font stacks (src/styles/base.css) name Noto Sans CJK SC, which Debian installs as
 * 20 MB font collections, one a weight. Chromium reads such a system font whole for every print
 * it makes (about 0.6 s a weight, measured), so each document gets the same font cut down to the
 * characters it contains, as web fonts under the same family name (@font-face, regular and bold:
 * the only weights the site's styles use). The pages look the same (the printed pages were
 * compared pixel for pixel) and the files are smaller; a character the subset lacks still comes
 * from the system's font. Without fontconfig or that font, documents print with the system's
 * fonts as before.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FAMILY = 'Noto Sans CJK SC';
const WEIGHTS = [
  { css: 400, fontconfig: 'regular' },
  { css: 700, fontconfig: 'bold' },
] as const;
/** Numerals a counter or list marker may draw without their being in the text. */
const ALWAYS = '0123456789 /.〇一二三四五六七八九十百千';

/** HarfBuzz's subsetter (harfbuzzjs), the functions used here. */
interface HarfBuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(bytes: number): number;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}
const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

export interface DocumentFonts {
  /** @font-face rules to put in the document's head. */
  css: string;
  /** The font files those rules name, by the path under which the page asks for them. */
  files: Map<string, Uint8Array>;
}

export interface CjkFonts {
  /**
   * What a printed document depends on beside its HTML: the font files (path, face, size,
   * modification time) and HarfBuzz's version; "system fonts" when there is nothing to subset.
   */
  identity: string;
  /** Why the documents print with the system's fonts, when they do. */
  missing?: string;
  /** The web fonts of one document (none when printing with the system's fonts). */
  fontsFor(html: string, name: string): Promise<DocumentFonts>;
}

interface Face {
  css: number;
  hbFace: number;
}

/**
 * Finds the font files (fontconfig); HarfBuzz loads them on the first document, or when asked
 * to get ready (while astro builds). The system's fonts when either fails.
 */
export function openCjkFonts(urlPath: string): CjkFonts & { prepare(): void } {
  const found = WEIGHTS.map((w) => ({ ...w, ...fontFile(w.fontconfig) }));
  const harfbuzz = harfbuzzFiles();
  const missing = !harfbuzz
    ? 'harfbuzzjs is not installed (npm ci)'
    : found.some((f) => !f.file)
      ? `fontconfig (fc-match) finds no ${FAMILY} in ${found.map((f) => f.fontconfig).join(' and ')}`
      : undefined;
  if (missing)
    return {
      identity: 'system fonts',
      missing,
      fontsFor: async () => ({ css: '', files: new Map() }),
      prepare: () => undefined,
    };
  const identity = [
    `harfbuzz ${harfbuzz!.version}`,
    ...found.map(({ file, index }) => {
      const { size, mtimeMs } = statSync(file!);
      return `${file}#${index} ${size} ${mtimeMs}`;
    }),
  ].join('; ');
  let loading: Promise<{ hb: HarfBuzz; faces: Face[] } | undefined> | undefined;
  const load = () =>
    (loading ??= loadFaces(
      harfbuzz!.wasm,
      found as { css: number; file: string; index: number }[],
    ));
  return {
    identity,
    prepare: () => void load(),
    async fontsFor(html, name) {
      const files = new Map<string, Uint8Array>();
      const rules: string[] = [];
      const loaded = await load();
      for (const face of loaded?.faces ?? []) {
        const bytes = subset(loaded!.hb, face, html);
        if (!bytes) continue; // that weight from the system's font
        const path = `${urlPath}${name}-${face.css}.otf`;
        files.set(path, bytes);
        rules.push(
          `@font-face { font-family: '${FAMILY}'; font-weight: ${face.css}; src: url('${path}') format('opentype'); }`,
        );
      }
      return { css: rules.join('\n'), files };
    },
  };
}

/** HarfBuzz's subsetter (WebAssembly, from harfbuzzjs) and its version. */
function harfbuzzFiles(): { wasm: string; version: string } | undefined {
  try {
    const wasm = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    const { version } = JSON.parse(
      readFileSync(join(dirname(wasm), '..', 'package.json'), 'utf8'),
    ) as { version: string };
    return { wasm, version };
  } catch {
    return undefined;
  }
}

/** HarfBuzz's subsetter with each weight's face loaded (its file copied into HarfBuzz's memory). */
async function loadFaces(
  wasm: string,
  found: { css: number; file: string; index: number }[],
): Promise<{ hb: HarfBuzz; faces: Face[] } | undefined> {
  try {
    const { instance } = await WebAssembly.instantiate(readFileSync(wasm));
    const hb = instance.exports as unknown as HarfBuzz;
    hb._initialize();
    const faces = found.map(({ css, file, index }) => {
      const data = readFileSync(file);
      const at = hb.malloc(data.byteLength);
      new Uint8Array(hb.memory.buffer).set(data, at);
      const blob = hb.hb_blob_create(at, data.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
      const hbFace = hb.hb_face_create(blob, index);
      hb.hb_blob_destroy(blob); // the face keeps its own reference
      return { css, hbFace };
    });
    return { hb, faces };
  } catch (error) {
    console.log(
      `pdf: HarfBuzz could not load ${FAMILY} (${(error as Error).message}), so the documents print with the system's font files, which is slower`,
    );
    return undefined;
  }
}

/** The face cut down to these characters, as an OpenType file; undefined if HarfBuzz fails. */
function subset(hb: HarfBuzz, face: Face, text: string): Uint8Array | undefined {
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) return undefined;
  // Every layout feature kept (as the system's font has them), only the characters cut.
  const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
  hb.hb_set_clear(features);
  hb.hb_set_invert(features);
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const ch of new Set(text + ALWAYS)) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
  const result = hb.hb_subset_or_fail(face.hbFace, input);
  hb.hb_subset_input_destroy(input);
  if (!result) return undefined;
  const blob = hb.hb_face_reference_blob(result);
  const at = hb.hb_blob_get_data(blob, 0);
  const bytes = new Uint8Array(hb.memory.buffer).slice(at, at + hb.hb_blob_get_length(blob));
  hb.hb_blob_destroy(blob);
  hb.hb_face_destroy(result);
  return bytes.length > 0 ? bytes : undefined;
}

/** The file and face index fontconfig gives for the family in a weight, if it is that family. */
function fontFile(weight: string): { file?: string; index?: number } {
  try {
    const [file, index, families] = execFileSync(
      'fc-match',
      ['-f', '%{file}\t%{index}\t%{family}', `${FAMILY}:${weight}`],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ).split('\t');
    if (!file || !families?.split(',').includes(FAMILY)) return {};
    return { file, index: Number(index) || 0 };
  } catch {
    return {}; // no fontconfig
  }
}
