/**
 * Every page: "Save" toggles and the My options count (shortlist-ui.ts), the offline copy
 * (offline.ts), and the page's own address where the page names it (page-address.ts). Browser code.
 */
import { registerOffline } from './offline.ts';
import { fillPageAddress } from './page-address.ts';
import { enhancePage } from './shortlist-ui.ts';

enhancePage();
registerOffline();
fillPageAddress();
