import "server-only";
import { getDb } from "../../db/client";
import { deleteCustomPack } from "../../db/lint-repo";
import { BUILTIN_PACK_IDS } from "../../lint/builtin-packs";
import { AppError } from "../errors";
import type { Principal } from "../../access/principal";
import { audited } from "../access/audit";

/** Deletes a custom pack; built-in packs can only be turned off in the settings. */
export function deletePack(actor: Principal, id: string): void {
  if (BUILTIN_PACK_IDS.has(id)) throw new AppError("builtin-pack", { params: { id } });
  audited(
    actor,
    "rules.pack.delete",
    () => {
      if (!deleteCustomPack(getDb(), id)) throw new AppError("pack-not-found");
    },
    () => ({ target: id }),
  );
}
