// Font stacks for the editors, taken from the page's own theme (app/globals.css) so Monaco text
// looks like the rest of the interface.

const CJK_SANS = `"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"`;
// Fallbacks equal to globals.css, for when the custom properties cannot be read.
const PAGE_SANS = `ui-sans-serif, system-ui, -apple-system, "Segoe UI", ${CJK_SANS}, "Helvetica Neue", Arial, sans-serif`;
const PAGE_MONO = `ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace`;

function themeFont(property: string, fallback: string): string {
  if (typeof document === "undefined") return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(property).trim() || fallback;
}

/**
 * Chinese text puts the Chinese faces first: in a Latin-first stack, “quotes” and other
 * punctuation shared by both scripts would come from the Latin face, half as wide as the
 * characters around them. English text uses the page's stack as it is.
 */
export function spokenFontFamily(locale: "zh-CN" | "en"): string {
  const page = themeFont("--font-sans", PAGE_SANS);
  return locale === "zh-CN" ? `${CJK_SANS}, ${page}` : page;
}

/** The same stack for CSS (server-rendered placeholders), resolved by the browser. */
export function spokenFontCss(locale: "zh-CN" | "en"): string {
  return locale === "zh-CN" ? `${CJK_SANS}, var(--font-sans)` : "var(--font-sans)";
}

export function codeFontFamily(): string {
  return themeFont("--font-mono", PAGE_MONO);
}
