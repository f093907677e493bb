// The shape of a lint finding as the spoken-text editor shows it (offsets into its text). Kept apart
// from the Monaco code so that panels outside components/code can build it.
export type SpokenEdit = { start: number; end: number; text: string };

export type SpokenProblem = {
  ruleId: string;
  severity: "error" | "warning" | "info";
  message: string;
  start: number;
  end: number;
  fix?: SpokenEdit;
  suggestions?: SpokenEdit[];
};
