import { pinyin } from "pinyin-pro";

const MAX = 60;

/**
 * The name agent systems fetch a script by: lower-case ASCII words joined by "-". Chinese titles
 * are spelled in pinyin, so "宽带提速外呼" becomes "kuan-dai-ti-su-wai-hu" rather than nothing.
 */
export function slugify(title: string): string {
  const spelled = pinyin(title.normalize("NFKC"), { toneType: "none", type: "array", nonZh: "consecutive" }).join(" ");
  const slug = spelled
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX)
    .replace(/-+$/g, "");
  return slug || "script";
}

/** `base`, or `base-2`, `base-3`… whichever is free first. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX - suffix.length).replace(/-+$/g, "")}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}
