// Why a document is invalid, as a code with parameters, never as a finished sentence: the UI, the
// API and the command line each render it in the reader's language (lib/i18n, `validation.*`).
export const ISSUE_CODES = [
  "required",
  "invalidType",
  "invalidJson",
  "tooShort",
  "tooLong",
  "tooFewItems",
  "tooManyItems",
  "tooSmall",
  "tooBig",
  "notInteger",
  "blank",
  "invalidId",
  "invalidVariableName",
  "invalidActionKey",
  "invalidParameterName",
  "invalidFormat",
  "invalidValue",
  "invalidKind",
  "invalidKey",
  "unknownKeys",
  "invalid",
  // references between the parts of a document
  "duplicateStageId",
  "duplicateStageOrder",
  "duplicateVariable",
  "duplicateNodeId",
  "duplicateAnswerId",
  "duplicateEdge",
  "unknownNode",
  "unknownStage",
  "unknownVariable",
  "unknownPort",
  "enumNeedsOptions",
  "invalidPattern",
  "valueNotAllowed",
  "valueListRequired",
  "valueScalarRequired",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type IssueParams = Record<string, string | number>;

export type ScriptIssue = {
  /** Where in the document, as keys and indexes. */
  path: (string | number)[];
  /** The same path written the way people read JSON: `nodes[3].answers[0].id`. */
  pathText: string;
  code: IssueCode;
  params: IssueParams;
};

export function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) text += text ? `.${part}` : part;
    else text += `[${JSON.stringify(part)}]`;
  }
  return text || "$";
}
