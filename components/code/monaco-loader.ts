// The one way into Monaco: `loadMonaco()` fetches the editor code the first time an editor needs
// it and hands every later caller the same instance. Call it from effects only (never during
// render, never on the server).
import type { UiLocale } from "@/lib/i18n/locales";
import type * as Runtime from "./monaco-runtime";

export type MonacoRuntime = typeof Runtime;
export type MonacoApi = MonacoRuntime["monaco"];

let loading: Promise<MonacoRuntime> | null = null;

export function loadMonaco(uiLocale: UiLocale): Promise<MonacoRuntime> {
  if (!loading) {
    loading = (async () => {
      // Monaco reads its own interface strings (context menu, find widget, screen-reader
      // announcements) from a global that must be set before its modules evaluate. The language
      // is fixed for the page's lifetime: switching languages later keeps Monaco's strings.
      if (uiLocale === "zh-CN") await import("monaco-editor/nls/lang/zh-cn");
      return import("./monaco-runtime");
    })();
    // A failed download (server restarted, network blip) may succeed on the next editor.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** Starts the download early (e.g. when the editor page opens) so the first editor appears at once. */
export function preloadMonaco(uiLocale: UiLocale): void {
  void loadMonaco(uiLocale).catch(() => undefined);
}
