// @ts-check
/**
 * End-to-end journeys in real Chromium against the real server.
 * Run `npm run build` first; `npm run e2e` then seeds a temporary database and starts
 * $CYBERHEALTH_BIN (default ../target/debug/cyberhealth). Screenshots go to test-output/.
 * The journeys live in `journeys/`, one file per feature; they run in the order imported here,
 * against one server and database.
 */
import { run } from './harness.mjs';
import './journeys/performance.mjs';
import './journeys/foundation.mjs';
import './journeys/service.mjs';
import './journeys/programmes.mjs';
import './journeys/sme.mjs';
import './journeys/admin.mjs';
import './journeys/mail.mjs';
import './journeys/vouchers.mjs';
import './journeys/attachments.mjs';
import './journeys/incidents.mjs';
import './journeys/alerts.mjs';
import './journeys/catalogue.mjs';
import './journeys/reserve.mjs';
import './journeys/four-eyes.mjs';

await run();
