import { chromium } from '@playwright/test';

const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1200, height: 2400 } });
await p.goto('http://127.0.0.1:4329' + process.argv[2]);
await p.screenshot({ path: process.argv[3] ?? '/tmp/gaps.png', fullPage: process.argv[4] === 'full' });
await b.close();
