/** Every page: "Save" toggles and the My options count (shortlist-ui.ts), and the offline copy (offline.ts). Browser code. */
import { registerOffline } from './offline.ts';
import { enhancePage } from './shortlist-ui.ts';

enhancePage();
registerOffline();
