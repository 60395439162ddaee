import { describe, expect, it } from 'vitest';
import { REQUIREMENTS } from '../../scripts/lib/engines.mjs';
import { provisionPlan } from '../../scripts/test/provisionPlan.mjs';

const ALL = REQUIREMENTS.map((requirement) => requirement.id);
const plan = (missing: string[], isRoot = true, hasApt = true) =>
  provisionPlan({ missing, requirements: REQUIREMENTS, isRoot, hasApt });

describe('provisionPlan (what npm test does about missing browsers)', () => {
  it('does nothing when nothing is missing', () => {
    expect(plan([])).toEqual({ action: 'none' });
    expect(plan([], false, false)).toEqual({ action: 'none' });
  });

  it('installs everything on a fresh machine as root, in one apt-get after an update', () => {
    expect(plan(ALL)).toEqual({
      action: 'install',
      packages: ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth', 'fonts-noto-cjk'],
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth', 'fonts-noto-cjk'],
      ],
    });
  });

  it('installs only the packages of what is missing, each once', () => {
    const result = plan(['minibrowser', 'webkit-driver', 'cjk-fonts']);
    expect(result).toMatchObject({ action: 'install', packages: ['webkit2gtk-driver', 'fonts-noto-cjk'] });
  });

  it('stops with the exact command when not root', () => {
    expect(plan(['firefox', 'xvfb'], false)).toEqual({
      action: 'instruct',
      packages: ['firefox-esr', 'xvfb'],
      command: 'sudo apt-get update && sudo apt-get install -y firefox-esr xvfb',
    });
  });

  it('stops with the command when root has no apt-get (not Debian)', () => {
    expect(plan(['chromium'], true, false)).toEqual({
      action: 'instruct',
      packages: ['chromium'],
      command: 'apt-get update && apt-get install -y chromium',
    });
  });

  it('refuses an id it does not know rather than install nothing for it', () => {
    expect(() => plan(['opera'])).toThrow(/Unknown requirement/);
  });
});
