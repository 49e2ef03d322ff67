/**
 * The components report MDX may use: exactly those the report page passes to the narrative
 * (`<Content components={…} />` in src/pages/[lang]/reports/[report].astro). `npm run check`
 * refuses any other component, so a report that checks also renders. Add a name here when the
 * page starts providing it.
 */
export const REPORT_COMPONENTS: readonly string[] = [];
