// What provisioning does about what is missing: a pure decision, unit-tested (tests/unit/provisionPlan.test.ts).

/**
 * @typedef {{ action: 'none' }
 *   | { action: 'install'; packages: string[]; commands: string[][] }
 *   | { action: 'instruct'; packages: string[]; command: string }} ProvisionPlan
 */

/**
 * Decides what to do about the `missing` requirement ids: nothing; install their packages with apt-get
 * (as root, where apt-get is); or stop with the exact command a person runs (not root, or no apt-get).
 * @param {{ missing: string[]; requirements: { id: string; pkg: string }[]; isRoot: boolean; hasApt: boolean }} input
 * @returns {ProvisionPlan}
 */
export function provisionPlan({ missing, requirements, isRoot, hasApt }) {
  const unknown = missing.filter((id) => !requirements.some((requirement) => requirement.id === id));
  if (unknown.length > 0) throw new Error(`Unknown requirement(s): ${unknown.join(', ')}`);
  const packages = [
    ...new Set(requirements.filter((requirement) => missing.includes(requirement.id)).map((r) => r.pkg)),
  ];
  if (packages.length === 0) return { action: 'none' };
  if (isRoot && hasApt) {
    return {
      action: 'install',
      packages,
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', ...packages],
      ],
    };
  }
  const sudo = isRoot ? '' : 'sudo ';
  return {
    action: 'instruct',
    packages,
    command: `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`,
  };
}
