import { z } from "zod";

// Ids are short, URL- and JSON-path-safe tokens. They are stable: answers keep their id when
// their label changes, so edges and published versions keep pointing at the same branch.
export const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;

// Variable names appear inside spoken text as {{name}}, so they are identifiers. Chinese
// designers name variables in Chinese ({{客户姓名}}); the CJK range is spelled out rather than
// using \p{L}, because JSON Schema consumers do not all compile patterns with the `u` flag.
export const VARIABLE_NAME = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]{0,63}$/;

export const ACTION_KEY = /^[a-z][a-z0-9.-]{0,63}$/;
export const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const NOT_BLANK = /\S/;

export const scriptIdSchema = z.string().regex(TOKEN).meta({ description: "Stable id of the script." });
export const nodeIdSchema = z.string().regex(TOKEN).meta({ description: "Id of an element, unique in the script." });
export const stageIdSchema = z.string().regex(TOKEN).meta({ description: "Id of a stage, unique in the script." });
export const portIdSchema = z
  .string()
  .regex(TOKEN)
  .meta({ description: "An output of an element: 'next', 'ok', 'error', 'true', 'false' or a choice answer's id." });
export const variableNameSchema = z
  .string()
  .regex(VARIABLE_NAME)
  .meta({ description: "Variable name; used in spoken text as {{name}}." });

export type ScriptId = z.infer<typeof scriptIdSchema>;
export type NodeId = z.infer<typeof nodeIdSchema>;
export type StageId = z.infer<typeof stageIdSchema>;
export type PortId = z.infer<typeof portIdSchema>;
export type VariableName = z.infer<typeof variableNameSchema>;
