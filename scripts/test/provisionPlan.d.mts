export type ProvisionPlan =
  | { action: 'none' }
  | { action: 'install'; packages: string[]; commands: string[][] }
  | { action: 'instruct'; packages: string[]; command: string };
export function provisionPlan(input: {
  missing: string[];
  requirements: { id: string; pkg: string }[];
  isRoot: boolean;
  hasApt: boolean;
}): ProvisionPlan;
