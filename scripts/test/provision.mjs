#!/usr/bin/env node
// First step of `npm test`: makes sure the browsers, Xvfb and CJK fonts the browser tests drive are
// installed. As root on Debian it installs what is missing with apt-get; otherwise it prints the exact
// command and exits 1 (with CI=true or without: a missing engine is never skipped).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { missingRequirements, REQUIREMENTS } from '../lib/engines.mjs';
import { provisionPlan } from './provisionPlan.mjs';

const missing = missingRequirements();
const plan = provisionPlan({
  missing,
  requirements: REQUIREMENTS,
  isRoot: process.getuid?.() === 0,
  hasApt: existsSync('/usr/bin/apt-get'),
});
const described = (ids) => REQUIREMENTS.filter((r) => ids.includes(r.id)).map((r) => r.what);

if (plan.action === 'none') {
  console.log('provision: Chromium, Firefox ESR, WebKitGTK (driver and MiniBrowser), Xvfb, xauth, CJK fonts: present');
} else if (plan.action === 'instruct') {
  console.error(`provision: missing ${described(missing).join(', ')}.`);
  console.error(`Install them with (as root):\n\n  ${plan.command}\n`);
  process.exit(1);
} else {
  console.log(`provision: missing ${described(missing).join(', ')}; installing ${plan.packages.join(' ')}…`);
  for (const [command, ...args] of plan.commands) {
    execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  const still = missingRequirements();
  if (still.length > 0) {
    console.error(`provision: still missing after apt-get: ${described(still).join(', ')}`);
    process.exit(1);
  }
  console.log('provision: installed.');
}
