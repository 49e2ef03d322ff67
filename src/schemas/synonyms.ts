/** Schema of content/glossary/synonyms.yml: abbreviations and synonyms that search treats as one term. */
import { z } from 'astro/zod';

const terms = (language: string, example: string) =>
  z
    .array(z.string().trim().min(1, `${language} term is empty`), {
      error: `${language} terms must be a list, e.g. ${example}`,
    })
    .min(1, `give at least one ${language} term`);

export const synonymSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and hyphens'),
    zh: terms('Chinese', '[细颗粒物, PM2.5]'),
    en: terms('English', '[fine particulate matter, PM2.5]'),
    note: z.string().optional(),
  })
  .strict()
  .refine((g) => g.zh.length + g.en.length >= 2, {
    message: 'a synonym group needs at least two terms',
  });

export type SynonymEntry = z.infer<typeof synonymSchema>;
