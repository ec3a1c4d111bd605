/** Every scope's gap tables as one JSON file, in this language: the CSVs' figures together, for charts and other tools. */
import { jsonEndpoint, jsonPaths } from '../../../../data/gaps-csv.ts';

export const getStaticPaths = jsonPaths('en');
export const GET = jsonEndpoint('en');
