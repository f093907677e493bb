import { PASSWORD_MAX, PASSWORD_MIN } from "./access";

// What the sign-in, setup and password forms check before sending, so the common mistakes are
// told at once and in the reader's language. The server checks everything again (lib/api/access.ts).

/** A problem with one field; the form renders it (validation.* or its own words). */
export type CredentialProblem = { code: "required" } | { code: "tooShort" | "tooLong"; limit: number } | { code: "email" } | { code: "mismatch" };

// Deliberately loose: one "@" with something on both sides and a dot in the domain. The server's
// stricter check still answers with a message for the field.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblem(email: string): CredentialProblem | null {
  const text = email.trim();
  if (!text) return { code: "required" };
  return EMAIL.test(text) ? null : { code: "email" };
}

/** Signing in checks only that something was typed: old passwords may predate today's limits. */
export function enteredProblem(value: string): CredentialProblem | null {
  return value ? null : { code: "required" };
}

/** A password being chosen: within the limits the server enforces. */
export function newPasswordProblem(password: string): CredentialProblem | null {
  if (!password) return { code: "required" };
  if (password.length < PASSWORD_MIN) return { code: "tooShort", limit: PASSWORD_MIN };
  if (password.length > PASSWORD_MAX) return { code: "tooLong", limit: PASSWORD_MAX };
  return null;
}

/** The repeated password: reported only once the first one is acceptable, so one mistake is told once. */
export function confirmProblem(password: string, confirm: string): CredentialProblem | null {
  if (newPasswordProblem(password)) return null;
  if (!confirm) return { code: "required" };
  return confirm === password ? null : { code: "mismatch" };
}

/** A name for the account: something besides spaces. */
export function nameProblem(name: string): CredentialProblem | null {
  return name.trim() ? null : { code: "required" };
}
