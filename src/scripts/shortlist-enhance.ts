/** Every page: "Save" toggles on its cards and the count beside "My options" (shortlist-ui.ts). Browser code. */
import { enhancePage } from './shortlist-ui.ts';

enhancePage();
