/**
 * The only door into the site: every content file is loaded and validated here.
 * A mistake in content stops the build with the file, the record and the field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { localeKeys } from './i18n/locales.ts';
import { readUiStrings } from './loaders/ui-strings.ts';
import { recordsLoader } from './loaders/records-loader.ts';
import { reportsLoader } from './loaders/reports-loader.ts';
import { loadAndWatch } from './loaders/watch.ts';
import { liveRefs, PLAN_INDEX_SOURCES } from './loaders/plan-index.ts';
import { planElementsLoader } from './loaders/plan-elements-loader.ts';
import { chaptersLoader } from './loaders/chapters-loader.ts';
import {
  categorySchema,
  indicatorSchema,
  projectSchema,
  targetSchema,
} from './schemas/plan-data.ts';
import { synonymSchema } from './schemas/synonyms.ts';
import { reportSchema } from './schemas/report.ts';
import { operatorSchema } from './schemas/operator.ts';
import { CHAPTER_COUNT } from './lib/plan/plan-period.ts';

/** content/plan/<lang>/ and content/pages/<lang>/ for each language of the site. */
const LANGUAGE_FOLDERS = `{${localeKeys.join(',')}}/*.mdx`;

/** Ids and texts that records may refer to: always the current plan index (src/loaders/plan-index.ts). */
const refs = liveRefs();

/** The chapters: front matter validated here, the text read as blocks (src/loaders/chapters-loader.ts). */
const chapters = defineCollection({
  loader: chaptersLoader(),
  schema: z
    .object({
      id: z.string().regex(/^c\d+$/),
      number: z.number().int().min(1).max(CHAPTER_COUNT),
      label: z.string().min(1),
      title: z.string().min(1),
    })
    .strict(),
});

/** Every element of the plan (id, tag, chapter, reading order, text in zh and en), from the plan index. */
const planElements = defineCollection({
  loader: planElementsLoader(),
  schema: z
    .object({
      id: z.string(),
      tag: z.enum(['H2', 'H3', 'H4', 'P', 'Box', 'Note', 'IndicatorTable']),
      chapter: z.number().int(),
      order: z.number().int(),
      zh: z.string(),
      en: z.string(),
    })
    .strict(),
});

const editorialNotes = defineCollection({
  loader: file('content/plan/editorial-notes.yml'),
  schema: z
    .object({
      id: z.string(),
      original: z.string().min(1),
      corrected: z.string().optional(),
      zh: z.string().min(1),
      en: z.string().min(1),
    })
    .strict(),
});

const publication = defineCollection({
  loader: file('content/plan/publication.yml', {
    parser: (text) => [{ id: 'plan', ...parse(text) }],
  }),
  schema: z
    .object({
      id: z.literal('plan'),
      title: z.string(),
      indexNumber: z.string(),
      dateWritten: z.string(),
      documentNumber: z.string(),
      datePublished: z.string(),
      issuingBody: z.string(),
      validity: z.string(),
      name: z.string(),
    })
    .strict(),
});

/** Who runs the site (content/site/operator.yml), for the About page; empty fields mean not stated. */
const operator = defineCollection({
  loader: file('content/site/operator.yml', {
    parser: (text) => [{ id: 'operator', ...parse(text) }],
  }),
  schema: operatorSchema,
});

const indicatorCategories = defineCollection({
  loader: recordsLoader('content/indicators/categories.yml', 'category', categorySchema),
  schema: categorySchema,
});

const indicators = defineCollection({
  loader: recordsLoader(
    'content/indicators/indicators.yml',
    'indicator',
    indicatorSchema(refs),
    PLAN_INDEX_SOURCES,
  ),
  schema: indicatorSchema(refs),
});

const targets = defineCollection({
  loader: recordsLoader(
    'content/targets/targets.yml',
    'target',
    targetSchema(refs),
    PLAN_INDEX_SOURCES,
  ),
  schema: targetSchema(refs),
});

const projects = defineCollection({
  loader: recordsLoader(
    'content/projects/projects.yml',
    'project',
    projectSchema(refs),
    PLAN_INDEX_SOURCES,
  ),
  schema: projectSchema(refs),
});

const glossary = defineCollection({
  loader: file('content/glossary/terms.yml'),
  schema: z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      group: z.enum(['structure', 'places', 'policy', 'units']),
      zh: z.array(z.string().min(1)).min(1),
      en: z.string().min(1),
      match: z.string().optional(),
      check: z.boolean().optional(),
      basis: z.string().min(1),
      rejected: z.array(z.string().min(1)).optional(),
    })
    .strict(),
});

/** Abbreviations and synonyms that search treats as one term (used by src/integrations/search-index.ts). */
const synonyms = defineCollection({
  loader: recordsLoader('content/glossary/synonyms.yml', 'synonym', synonymSchema),
  schema: synonymSchema,
});

/** Evaluation reports: report.yml + values.yml per folder (validated in the loader). */
const reports = defineCollection({
  loader: reportsLoader(),
  schema: reportSchema,
});

/** Free-standing pages (translator's note, methods) in both languages: content/pages/<lang>/<slug>.mdx. */
const pages = defineCollection({
  loader: glob({ pattern: LANGUAGE_FOLDERS, base: './content/pages' }),
  schema: z.object({ title: z.string().min(1), description: z.string().min(1) }).strict(),
});

/** UI strings: one YAML file per language; a key missing from a complete language fails the build (src/loaders/ui-strings.ts). */
const ui = defineCollection({
  loader: {
    name: 'ui-strings',
    load: async (context) => {
      const { store, parseData } = context;
      await loadAndWatch(context, ['content/i18n'], async () => {
        const { strings, problems } = readUiStrings();
        if (problems.length > 0)
          throw new Error(`UI strings are incomplete:\n  ${problems.join('\n  ')}`);
        store.clear();
        for (const lang of localeKeys) {
          const data = await parseData({ id: lang, data: { strings: strings[lang] } });
          store.set({ id: lang, data });
        }
      });
    },
  },
  schema: z.object({ strings: z.record(z.string(), z.string()) }),
});

export const collections = {
  chapters,
  planElements,
  editorialNotes,
  publication,
  operator,
  indicatorCategories,
  indicators,
  targets,
  projects,
  reports,
  glossary,
  synonyms,
  pages,
  ui,
};
