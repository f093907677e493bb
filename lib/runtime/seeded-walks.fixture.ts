import type { RuntimeInput, Values } from "./types";

// A walk through each seeded script (lib/examples) to its success exit, as an agent would give
// it: the customer record, the system values and the inputs in order. Test data, shared by the
// engine's and the simulator's tests.

export type SeededWalk = { slug: string; customer: Values; system: Values; inputs: RuntimeInput[]; path: string[] };

export const SEEDED_WALKS: readonly SeededWalk[] = [
  {
    slug: "broadband-fault-inbound",
    customer: { hasBroadband: true, installAddress: "北京市朝阳区建国路88号" },
    system: { companyName: "中国电信", agentId: "1234" },
    inputs: [
      { type: "next" },
      { type: "input", value: "张先生" },
      { type: "next" },
      { type: "answer", answerId: "a-no-connection" },
      { type: "input", value: "010-12345678" },
      { type: "result", result: "ok", outputs: { lineStatus: "区域故障", restoreTime: "今晚8点" } },
      { type: "next" },
      { type: "answer", answerId: "a-no-more" },
    ],
    path: ["greet", "ask-name", "listen", "judge-need", "ask-account", "query-line", "check-outage", "answer-outage", "closing-ask", "end-success"],
  },
  {
    slug: "broadband-upgrade-offer",
    customer: { customerName: "张先生", currentBandwidth: 100, tenureMonths: 36, mobile: "13800138000" },
    system: { agentName: "李娜", companyName: "中国电信", hotline: "10000" },
    inputs: [
      { type: "answer", answerId: "a-is-customer" },
      { type: "answer", answerId: "a-convenient" },
      { type: "next" },
      { type: "answer", answerId: "a-interested" },
      { type: "input", value: "13800138000" },
      { type: "input", value: "2030-01-15" },
      { type: "result", result: "ok", outputs: { orderId: "DD20300115001" } },
      { type: "next" },
    ],
    path: ["greet", "check-time", "check-bandwidth", "pitch-500", "ask-interest", "ask-phone", "ask-install-date", "submit-order", "closing-success", "end-success"],
  },
  {
    slug: "customer-data-update",
    customer: { customerName: "王阿姨", customerAge: 70, monthsSinceUpdate: 30, phoneOnFile: "13900001111", addressOnFile: "上海市浦东新区世纪大道100号" },
    system: { agentName: "小陈", companyName: "中国电信", hotline: "10000" },
    inputs: [
      { type: "answer", answerId: "a-is-customer" },
      { type: "answer", answerId: "a-convenient" },
      { type: "next" },
      { type: "answer", answerId: "a-both" },
      { type: "input", value: "13700002222" },
      { type: "input", value: "上海市徐汇区漕溪北路1号" },
      { type: "input", value: "wang@example.com" },
      { type: "input", value: "短信" },
      { type: "result", result: "ok" },
      { type: "next" },
    ],
    path: [
      "greet",
      "purpose",
      "check-senior",
      "guide-senior",
      "confirm-details",
      "new-phone-both",
      "new-address",
      "check-email",
      "ask-email",
      "ask-contact-pref",
      "save-profile",
      "closing-success",
      "end-success",
    ],
  },
  {
    slug: "billing-enquiry-en",
    customer: { customerName: "Ms Taylor", accountStatus: "active" },
    system: { agentName: "Sam", companyName: "Northwind Telecom" },
    inputs: [
      { type: "next" },
      { type: "input", value: "12345678" },
      { type: "input", value: "1980-05-17" },
      { type: "result", result: "ok", outputs: { identityVerified: true } },
      { type: "next" },
      { type: "answer", answerId: "a-payment" },
      { type: "result", result: "ok", outputs: { lastPaymentAmount: 42.5, lastPaymentDate: "2030-01-02", billAmount: 45, billDueDate: "2030-01-28" } },
      { type: "next" },
      { type: "answer", answerId: "a-all-done" },
    ],
    path: ["greet", "ask-account", "ask-dob", "verify-identity", "check-verified", "listen", "ask-topic", "query-payments", "explain-payment", "closing-ask", "end-success"],
  },
];
