import type { Download, Locator, Page } from "playwright-core";
import type { CandidateSummaryJson, VersionSummaryJson } from "@/lib/api/review";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { CATALOGUES, type Messages } from "@/lib/i18n/catalogues";
import type { UiLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { ScriptDocument } from "@/lib/script/document";
import { apiFetch } from "../../support/session";

type Key = Parameters<ReturnType<typeof translator>>[0];

/** The version history of a script and the files part of its overview, in one interface language. */
export class VersionsPage {
  constructor(
    readonly page: Page,
    public locale: UiLocale = "zh-CN",
  ) {}

  get m(): Messages {
    return CATALOGUES[this.locale];
  }

  t(key: Key, params?: Record<string, string | number>): string {
    return translator(this.locale)(key, params);
  }

  async goto(scriptId: string): Promise<void> {
    await this.page.goto(`/scripts/${scriptId}/versions`);
    await this.page.getByRole("heading", { level: 1, name: this.m.versions.heading, exact: true }).waitFor();
  }

  get table(): Locator {
    return this.page.getByRole("table", { name: this.m.versions.table.caption });
  }

  row(version: number): Locator {
    return this.table.locator(`tr[data-version="${version}"]`);
  }

  liveBadge(version: number): Locator {
    return this.row(version).getByText(this.m.versions.table.live, { exact: true });
  }

  action(version: number, label: "restoreLabel" | "makeLiveLabel" | "downloadLabel"): Locator {
    const name = this.t(`versions.table.${label}`, { version });
    return label === "downloadLabel" ? this.page.getByRole("link", { name, exact: true }) : this.page.getByRole("button", { name, exact: true });
  }

  dialog(name: string): Locator {
    return this.page.getByRole("dialog", { name });
  }

  /** The diff shown for `from` → `to` once it has arrived. */
  diff(from: number, to: number): Locator {
    return this.page.getByRole("region", { name: this.t("versions.diff.summary", { from, to }) });
  }

  async compare(from: number, to: number): Promise<void> {
    await this.page.getByLabel(this.m.versions.diff.from, { exact: true }).selectOption(String(from));
    await this.page.getByLabel(this.m.versions.diff.to, { exact: true }).selectOption(String(to));
    await this.diff(from, to).waitFor();
  }

  async download(version: number): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.action(version, "downloadLabel").click()]);
    return download;
  }

  // The script overview's "versions and files" card.

  async gotoOverview(scriptId: string): Promise<void> {
    await this.page.goto(`/scripts/${scriptId}`);
    await this.card.getByRole("heading", { name: this.m.versions.overview.heading }).waitFor();
  }

  get card(): Locator {
    return this.page.getByRole("region", { name: this.m.versions.overview.heading });
  }

  /** Picks a file through "Import file into draft…" (or "Import as new script…") as if chosen in the file dialog. */
  async importFile(name: string, content: string, into: "draft" | "new" = "draft"): Promise<void> {
    const button = this.card.getByRole("button", { name: into === "draft" ? this.m.versions.overview.importDraft : this.m.versions.overview.importNew });
    const [chooser] = await Promise.all([this.page.waitForEvent("filechooser"), button.click()]);
    await chooser.setFiles({ name, mimeType: "application/json", buffer: Buffer.from(content, "utf8") });
  }

  async downloadDraft(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.card.getByRole("button", { name: this.m.versions.overview.downloadDraft }).click()]);
    return download;
  }
}

// Seeding through the API, as the designer and the approver would through the review pages.

async function ok(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response;
}

const jsonBody = (body: unknown): RequestInit => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

export async function importScript(baseURL: string, document: ScriptDocument): Promise<ScriptSummaryJson> {
  return (await ok(await apiFetch(baseURL, "/api/v1/scripts", jsonBody({ document })), "import")).json() as Promise<ScriptSummaryJson>;
}

/** Submits the draft (designer), approves it (approver) and publishes it (designer). */
export async function publishDraft(baseURL: string, scriptId: string, note: string): Promise<VersionSummaryJson> {
  const candidate = (await (await ok(await apiFetch(baseURL, `/api/v1/scripts/${scriptId}/submit`, jsonBody({ acknowledged: [] })), "submit")).json()) as CandidateSummaryJson;
  await ok(await apiFetch(baseURL, `/api/v1/candidates/${candidate.id}/approve`, jsonBody({}), "approver"), "approve");
  return (await (await ok(await apiFetch(baseURL, `/api/v1/candidates/${candidate.id}/publish`, jsonBody({ note })), "publish")).json()) as VersionSummaryJson;
}

export async function readDraft(baseURL: string, scriptId: string): Promise<{ revision: number; document: ScriptDocument }> {
  return (await ok(await apiFetch(baseURL, `/api/v1/scripts/${scriptId}/draft`), "draft")).json() as Promise<{ revision: number; document: ScriptDocument }>;
}

/** Saves the draft as `change` makes it. */
export async function editDraft(baseURL: string, scriptId: string, change: (document: ScriptDocument) => ScriptDocument): Promise<void> {
  const { revision, document } = await readDraft(baseURL, scriptId);
  const init: RequestInit = { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ baseRevision: revision, document: change(document) }) };
  await ok(await apiFetch(baseURL, `/api/v1/scripts/${scriptId}/draft`, init), "save draft");
}

/** Saves the draft with the greeting's words changed by `edit`. */
export async function editGreeting(baseURL: string, scriptId: string, edit: (text: string) => string): Promise<void> {
  await editDraft(baseURL, scriptId, (document) => ({
    ...document,
    nodes: document.nodes.map((n) => (n.id === "greet" && n.kind === "statement" ? { ...n, text: edit(n.text) } : n)),
  }));
}

export function greetingOf(document: ScriptDocument): string {
  const greet = document.nodes.find((n) => n.id === "greet");
  return greet && "text" in greet ? (greet.text ?? "") : "";
}
