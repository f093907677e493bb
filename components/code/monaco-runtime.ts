// The Monaco code that actually runs in the browser. Only monaco-loader.ts imports this file,
// lazily, so no page pays for Monaco until an editor is on screen, and the server never sees it.
//
// Why the whole "monaco-editor" and not the editor API plus a hand-picked list of features:
// Monaco 0.57's JSON support imports every editor feature anyway (its worker client,
// internal/common/workers.js, does), and features that arrive after the first editor was created
// break later editors ("depends on UNKNOWN service ICodeLensCache"). Measured on the preview page,
// the API plus that same feature set saved ~90 KB (~15 KB gzipped) of ~3.7 MB: not worth a list
// to keep in step with Monaco. The 80-odd other languages are registered but load only on use.
import * as monaco from "monaco-editor";

// Workers are bundled from node_modules next to the app (never a CDN): Turbopack and webpack both
// turn `new Worker(new URL(..., import.meta.url))` into a chunk of their own. Once getWorker is
// defined Monaco calls it for every label, so anything but JSON gets the plain editor worker.
globalThis.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    if (label === "json") {
      return new Worker(new URL("monaco-editor/language/json/json.worker", import.meta.url), { type: "module", name: "json" });
    }
    return new Worker(new URL("monaco-editor/editor/editor.worker", import.meta.url), { type: "module", name: "editor" });
  },
};

const jsonDefaults = monaco.json.jsonDefaults;

export { monaco, jsonDefaults };
