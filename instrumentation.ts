// Runs once when the server starts: the database is created, migrated and seeded before the first
// request rather than during it. Never during `next build`, which must not write data.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDb } = await import("./lib/db/client");
  getDb();
  // Webhook deliveries still due from before a restart are sent again.
  const { wakeDispatcher } = await import("./lib/server/webhooks/dispatcher");
  void wakeDispatcher();
}
