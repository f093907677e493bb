import type { Variable } from "@/lib/script/parts";

/** Variables as a rule's picker lists them: a group is an `optgroup` when it has a label. */
export type VariableGroup = { label?: string; variables: readonly Variable[] };
