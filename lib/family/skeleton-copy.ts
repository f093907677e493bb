import type { Locale } from "../script/enums";

// The words a new script starts with: the standard openings and closings of the courtesy
// standard (domain.md), so that a fresh script is already polite and lints clean.
export const SKELETON_COPY: Record<
  Locale,
  {
    inboundGreeting: string;
    inboundClosing: string;
    outboundGreeting: string;
    outboundClosing: string;
    isCustomer: string;
    notCustomer: string;
    wrongPersonClosing: string;
    complaintCalm: string;
    complaintClosing: string;
    customerName: string;
    agentName: string;
    companyName: string;
    greetingLabel: string;
    closingLabel: string;
    verifyLabel: string;
  }
> = {
  "zh-CN": {
    inboundGreeting: "您好，很高兴为您服务，请问有什么可以帮到您？",
    inboundClosing: "请问还有什么可以帮您吗？感谢您的来电，祝您生活愉快，再见！",
    outboundGreeting: "您好，我是{{companyName}}的客户经理{{agentName}}，请问您是{{customerName}}吗？",
    outboundClosing: "感谢您的耐心接听，祝您生活愉快，再见！",
    isCustomer: "是本人",
    notCustomer: "不是本人",
    wrongPersonClosing: "不好意思打扰您了，祝您生活愉快，再见！",
    complaintCalm: "您好，非常理解您现在的心情，请您别着急，我一定尽力帮您处理。",
    complaintClosing: "请问还有什么可以帮您吗？感谢您的耐心，祝您生活愉快，再见！",
    customerName: "客户姓名",
    agentName: "坐席姓名",
    companyName: "公司名称",
    greetingLabel: "问候",
    closingLabel: "结束语",
    verifyLabel: "核实身份",
  },
  en: {
    inboundGreeting: "Good morning, thank you for calling. How may I help you today?",
    inboundClosing: "Is there anything else I can help you with? Thank you for calling, and have a great day. Goodbye!",
    outboundGreeting:
      "Hello, this is {{agentName}} calling from {{companyName}} about your service. This call may be recorded for quality purposes. Am I speaking with {{customerName}}?",
    outboundClosing: "Thank you for your time today. Have a wonderful day, goodbye!",
    isCustomer: "Yes, speaking",
    notCustomer: "No, wrong person",
    wrongPersonClosing: "I'm sorry to have bothered you. Have a nice day, goodbye!",
    complaintCalm:
      "Hello, I'm sorry to hear about the trouble, and I completely understand how frustrating this is. I'll do my best to sort it out for you.",
    complaintClosing: "Is there anything else I can help you with? Thank you for your patience, and have a good day. Goodbye!",
    customerName: "Customer name",
    agentName: "Agent name",
    companyName: "Company name",
    greetingLabel: "Greeting",
    closingLabel: "Closing",
    verifyLabel: "Verify the customer",
  },
};
