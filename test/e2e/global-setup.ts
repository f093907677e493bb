import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildApp, startApp } from "../support/app-server";
import { chromiumPath } from "../support/chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    artifactsDir: string;
  }
}

export default async function setup(project: TestProject) {
  chromiumPath();
  buildApp();
  const artifactsDir = path.join(process.cwd(), "test-results", "e2e");
  const app = await startApp({ logDir: artifactsDir });
  project.provide("baseURL", app.baseURL);
  project.provide("artifactsDir", artifactsDir);
  return () => app.stop();
}
