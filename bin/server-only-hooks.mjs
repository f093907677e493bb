// Module hooks for bin/server.ts. Next's bundler gives server code the empty "server-only" module;
// plain Node would load the one that throws. This process is the server, so it gets the empty one.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return nextResolve(specifier, context);
}
