/** Every gap-analysis table of every scope as CSV, in this language: exactly the rows the page shows. */
import { csvEndpoint, csvPaths } from '../../../../data/gaps-csv.ts';

export const getStaticPaths = csvPaths('en');
export const GET = csvEndpoint('en');
