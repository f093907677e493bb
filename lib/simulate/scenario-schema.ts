// The scenario format belongs to the script document (lib/script/scenario.ts); re-exported here
// for the runner's callers.
export { scenarioSchema, scenarioStepSchema, scenarioExpectSchema } from "../script/scenario";
export type { Scenario, ScenarioStep, ScenarioExpect } from "../script/scenario";
