/**
 * The components report MDX may use: exactly those the report page passes to the narrative
 * (`<Content components={…} />` in src/components/ReportNarrative.astro). `npm run check`
 * refuses any other component, so a report that checks also renders. Add a name here when the
 * page starts providing it.
 */
import { NARRATIVE_TAGS } from './report-outline.ts';

export const REPORT_COMPONENTS: readonly string[] = [...NARRATIVE_TAGS, 'Ref'];
