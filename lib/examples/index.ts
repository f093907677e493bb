import type { ScriptDocument } from "../script/document";
import broadbandFault from "./inbound-broadband-fault.zh-CN.json";
import broadbandUpgrade from "./outbound-broadband-upgrade.zh-CN.json";
import dataUpdate from "./outbound-data-update.zh-CN.json";
import billingEnquiry from "./inbound-billing-enquiry.en.json";

export type ExampleScript = { slug: string; document: ScriptDocument };

// A JSON import is typed by its literal shape (strings widen, so enums do not narrow); the
// documents are checked against the schema by examples.test.ts, not at import time.
const example = (slug: string, document: unknown): ExampleScript => ({ slug, document: document as ScriptDocument });

/** Realistic scripts seeded on first start and used as test fixtures. They must stay valid. */
export const EXAMPLE_SCRIPTS: readonly ExampleScript[] = [
  example("broadband-fault-inbound", broadbandFault),
  example("broadband-upgrade-offer", broadbandUpgrade),
  example("customer-data-update", dataUpdate),
  example("billing-enquiry-en", billingEnquiry),
];
