import { describe, expect, it } from "vitest";
import { PASSWORD_MAX, PASSWORD_MIN } from "./access";
import { confirmProblem, emailProblem, enteredProblem, nameProblem, newPasswordProblem } from "./credential-checks";

describe("credential checks", () => {
  it("want an email address", () => {
    expect(emailProblem("")).toEqual({ code: "required" });
    expect(emailProblem("   ")).toEqual({ code: "required" });
    expect(emailProblem("designer")).toEqual({ code: "email" });
    expect(emailProblem("designer@huaben")).toEqual({ code: "email" });
    expect(emailProblem("a b@huaben.local")).toEqual({ code: "email" });
    expect(emailProblem(" designer@huaben.local ")).toBeNull();
    expect(emailProblem("李娜@电信.中国")).toBeNull();
  });

  it("take any password typed for signing in", () => {
    expect(enteredProblem("")).toEqual({ code: "required" });
    expect(enteredProblem("x")).toBeNull();
  });

  it("hold a new password to the server's limits", () => {
    expect(newPasswordProblem("")).toEqual({ code: "required" });
    expect(newPasswordProblem("a".repeat(PASSWORD_MIN - 1))).toEqual({ code: "tooShort", limit: PASSWORD_MIN });
    expect(newPasswordProblem("a".repeat(PASSWORD_MIN))).toBeNull();
    expect(newPasswordProblem("密".repeat(PASSWORD_MAX))).toBeNull();
    expect(newPasswordProblem("a".repeat(PASSWORD_MAX + 1))).toEqual({ code: "tooLong", limit: PASSWORD_MAX });
  });

  it("compare the repeated password only once the first is acceptable", () => {
    expect(confirmProblem("short", "")).toBeNull();
    expect(confirmProblem("long enough", "")).toEqual({ code: "required" });
    expect(confirmProblem("long enough", "long enougH")).toEqual({ code: "mismatch" });
    expect(confirmProblem("long enough", "long enough")).toBeNull();
  });

  it("want a name besides spaces", () => {
    expect(nameProblem("  ")).toEqual({ code: "required" });
    expect(nameProblem("李娜")).toBeNull();
  });
});
