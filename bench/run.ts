// `npm run bench` runs every benchmark; `npm run bench -- <name>` runs one. Each prints, last,
// one line `BENCH <name> <json>` so results can be compared run to run.

type Bench = { run: () => Promise<Record<string, number | string>> };

const BENCHES: Record<string, () => Promise<Bench>> = {
  api: () => import("./api.bench"),
  editor: () => import("./editor.bench"),
  lint: () => import("./lint.bench"),
  runtime: () => import("./runtime.bench"),
};

async function main() {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const unknown = asked.filter((name) => !(name in BENCHES));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark(s): ${unknown.join(", ")}. Known: ${Object.keys(BENCHES).join(", ")}.`);
    process.exit(2);
  }
  for (const name of asked.length > 0 ? asked : Object.keys(BENCHES)) {
    const bench = await (BENCHES[name] as () => Promise<Bench>)();
    const figures = await bench.run();
    console.log(`BENCH ${name} ${JSON.stringify(figures)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
