/** Every area's provision, and all of Wales's, as a spreadsheet in the import columns (src/data/provision-csv.ts). */
import { provisionCsvEndpoint, provisionCsvPaths } from '../../data/provision-csv.ts';

export const getStaticPaths = provisionCsvPaths;
export const GET = provisionCsvEndpoint;
