/** content/site/operator.yml: who runs the site and where to report an error; empty means not stated. */
import { z } from 'astro/zod';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const operatorSchema = z
  .object({
    id: z.literal('operator'),
    name: z.object({ zh: z.string(), en: z.string() }).strict(),
    contact: z.string().refine((v) => v === '' || EMAIL.test(v) || /^https:\/\/\S+$/.test(v), {
      message:
        '联系方式应为电子邮箱或以 https:// 开头的网址，或留空 / contact must be an e-mail address, an https:// address, or empty',
    }),
  })
  .strict();

export type Operator = z.infer<typeof operatorSchema>;
