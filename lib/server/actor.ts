import "server-only";

// Who made a change. Until accounts exist (issue #6) every change is made by the one local user;
// this is the single place that answer will come from the session instead.
export const LOCAL_ACTOR = "local";

export function currentActor(): string {
  return LOCAL_ACTOR;
}
