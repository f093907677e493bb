import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../i18n/catalogues";
import { UI_LOCALES, type UiLocale } from "../i18n/locales";
import { AUDIT_ACTIONS, type AuditAction, type AuditDetails } from "./audit";
import { actorName, AUDIT_MESSAGE_KEYS, describeAudit, type AuditWords } from "./audit-messages";

// Every action must read as a sentence in both languages, with the details it records: a missing
// key or argument would show the reader a message path instead.

/** Details as the server records them (lib/server/**). */
const SAMPLES: Record<AuditAction, { target: string | null; details: AuditDetails }> = {
  "script.create": { target: "宽带提速", details: {} },
  "script.import": { target: "Billing", details: {} },
  "script.update": { target: "New title", details: { titleBefore: "Old title", title: "New title" } },
  "script.duplicate": { target: "Copy", details: { source: "abc" } },
  "draft.save": { target: "宽带提速", details: { revision: 7 } },
  "rules.pack.save": { target: "e2e-wording", details: { rules: 1 } },
  "rules.pack.delete": { target: "e2e-wording", details: {} },
  "rules.settings.save": { target: null, details: {} },
  "setup.admin": { target: "boss@example.com", details: { roles: "admin" } },
  "user.create": { target: "li@example.com", details: { roles: "designer,approver" } },
  "user.update": { target: "li@example.com", details: { name: "Li", rolesBefore: "designer", roles: "designer,approver", active: false } },
  "user.deactivate": { target: "li@example.com", details: {} },
  "user.reactivate": { target: "li@example.com", details: {} },
  "user.password.reset": { target: "li@example.com", details: {} },
  "account.password.change": { target: null, details: {} },
  "session.sign-in": { target: null, details: {} },
  "session.sign-in.failed": { target: "li@example.com", details: { reason: "deactivated" } },
  "session.sign-out": { target: null, details: {} },
  "review.submit": { target: "宽带提速", details: { candidate: 2, revision: 9, warnings: 1 } },
  "review.comment": { target: "宽带提速", details: { candidate: 2, node: "greet" } },
  "review.comment.resolve": { target: "greet", details: {} },
  "review.approve": { target: "宽带提速", details: { candidate: 2, note: null } },
  "review.request-changes": { target: "宽带提速", details: { candidate: 2, note: "问候语" } },
  "version.publish": { target: "宽带提速", details: { version: 3, candidate: 2, note: "" } },
  "version.rollback": { target: "宽带提速", details: { from: 3, version: 2 } },
  "version.restore": { target: "宽带提速", details: { version: 2, revision: 12 } },
  "script.import-draft": { target: "宽带提速", details: { revision: 13 } },
  "webhook.create": { target: "https://agents.example/hook", details: {} },
  "webhook.update": { target: "https://agents.example/hook", details: { active: false } },
  "webhook.delete": { target: "https://agents.example/hook", details: {} },
  "token.create": { target: "IVR", details: { token: "t1" } },
  "token.revoke": { target: "IVR", details: { token: "t1" } },
};

function strictTranslator(locale: UiLocale) {
  return createTranslator({
    locale,
    messages: CATALOGUES[locale],
    namespace: "admin.audit",
    onError: (error) => {
      throw error;
    },
  });
}

function wordsFor(locale: UiLocale): AuditWords {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: "admin" });
  return {
    roles: (roles) => roles.map((r) => t(`roles.${r}`)).join(", "),
    change: (c) =>
      c.kind === "name"
        ? t("audit.userChanges.name", { name: c.name })
        : c.kind === "roles"
          ? t("audit.userChanges.roles", { before: c.before.join("+"), after: c.after.join("+") })
          : t(c.active ? "audit.userChanges.reactivated" : "audit.userChanges.deactivated"),
    list: (parts) => parts.join("; "),
    nothingChanged: t("audit.userChanges.nothing"),
  };
}

describe("audit messages", () => {
  it("give every action its own key", () => {
    expect(Object.keys(AUDIT_MESSAGE_KEYS).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(new Set(Object.values(AUDIT_MESSAGE_KEYS)).size).toBe(AUDIT_ACTIONS.length);
  });

  for (const locale of UI_LOCALES) {
    it(`name and describe every action in ${locale}`, () => {
      const { actions, describe: sentences } = CATALOGUES[locale].admin.audit;
      const t = strictTranslator(locale);
      for (const action of AUDIT_ACTIONS) {
        const key = AUDIT_MESSAGE_KEYS[action];
        expect(actions[key]?.trim(), `${locale} actions.${key}`).toBeTruthy();
        expect(sentences[key]?.trim(), `${locale} describe.${key}`).toBeTruthy();
        const { values } = describeAudit({ action, ...SAMPLES[action] }, wordsFor(locale));
        expect(t(`describe.${key}`, values), action).not.toMatch(/[{}]|admin\.audit/);
      }
    });
  }

  it("tells the details of an entry", () => {
    const en = strictTranslator("en");
    const describeEn = (action: AuditAction, details: AuditDetails, target = "x") => {
      const { key, values } = describeAudit({ action, target, details }, wordsFor("en"));
      return en(`describe.${key}`, values);
    };
    expect(describeEn("draft.save", { revision: 3 }, "Offer")).toBe("Saved the draft of “Offer” (revision 3)");
    expect(describeEn("script.update", { archived: true }, "Offer")).toBe("Archived the script “Offer”");
    expect(describeEn("script.update", { titleBefore: "A", title: "B" }, "B")).toBe("Renamed the script “A” to “B”");
    expect(describeEn("user.create", { roles: "approver,designer" }, "li@x.cn")).toBe("Created the user li@x.cn as Designer, Approver");
    expect(describeEn("user.update", { rolesBefore: "designer", roles: "approver" }, "li@x.cn")).toBe("Changed the user li@x.cn: roles designer → approver");
    expect(describeEn("user.update", {}, "li@x.cn")).toBe("Changed the user li@x.cn: nothing changed");
    expect(describeEn("session.sign-in.failed", { reason: "credentials" }, "li@x.cn")).toBe("Could not sign in as li@x.cn: wrong email or password");
    const zh = strictTranslator("zh-CN");
    const { key, values } = describeAudit({ action: "draft.save", target: "宽带提速", details: { revision: 7 } }, wordsFor("zh-CN"));
    expect(zh(`describe.${key}`, values)).toBe("保存了“宽带提速”的草稿（第 7 版）");
  });

  it("reads who acted from the label", () => {
    expect(actorName("admin@huaben.local")).toEqual({ kind: "user", email: "admin@huaben.local" });
    expect(actorName("token:IVR")).toEqual({ kind: "token", name: "IVR" });
    expect(actorName("anonymous")).toEqual({ kind: "anonymous" });
  });
});
