import type { Catalogue } from "../catalogue-type";
import type { editorEn } from "./editor.en";

export const editorZhCN: Catalogue<typeof editorEn> = {
  placeholder: "—",
};
