import type { Locale } from "../script/enums";

// What a good agent says, and what the courtesy rules must therefore never flag: the recommended
// phrasings of the service-language standard (the domain brief, shared/domain.md: standard
// openings and closings, polite words, professional rewrites) and lines that only look like
// banned words.
// false-positives.test.ts lints every line on its own and expects no courtesy finding at all.
//
// One line per entry: when a rule cries wolf in a review, add the line here first.

export const FALSE_POSITIVE_CORPUS: Readonly<Record<Locale, readonly string[]>> = {
  "zh-CN": [
    // Standard openings: greeting (time of day) + what can I do for you
    "您好，请问有什么可以帮到您？",
    "请问有什么可以帮到您？",
    "早上好，请问有什么可以帮到您？",
    "上午好，请问有什么可以帮到您？",
    "下午好，请问有什么可以帮到您？",
    "晚上好，请问有什么可以帮到您？",
    "您好，欢迎致电中国电信，1234号客服代表很高兴为您服务，请问有什么可以帮到您？",
    "您好，欢迎致电{{companyName}}，{{agentId}}号客服代表很高兴为您服务，请问有什么可以帮到您？",
    // Asking for the customer's name politely
    "请问您贵姓？",
    "请问您怎么称呼？",
    "好的，我来为您处理。请问您怎么称呼？",
    // Outbound opening: introduce yourself, verify the customer
    "您好，我是电信客服小王，工号1234，请问您是王先生吗？",
    "您好，我是{{companyName}}的客户经理{{agentName}}，请问您是{{customerName}}吗？",
    "不知道您现在方便接听电话吗？",
    "感谢您的接听！打扰您一分钟，请问现在方便吗？",
    // Standard closing: anything else, then thanks and a wish
    "请问还有什么可以帮您吗？",
    "请问还有其他需要帮助的吗？",
    "感谢您的来电，祝您生活愉快！",
    "感谢您的来电，祝您生活愉快，再见！",
    "感谢您的支持，祝您生活愉快，再见！",
    "不好意思打扰您了，祝您生活愉快，再见！",
    // Basic polite words: 请, 您好, 谢谢, 对不起, 再见
    "请您稍等20秒，我马上为您查询。",
    "谢谢您的耐心等待。",
    "感谢您的耐心等待。",
    "对不起，让您久等了。",
    "对不起，我没有听清楚，请您再说一遍好吗？",
    "再见！",
    "非常抱歉，给您带来不便。",
    // Professional rewrites (habit -> professional)
    "这个问题很专业，请留下您的联系方式，我替您查询后再回复您好吗？",
    "您的问题正在查询中，请稍等20秒。",
    "好的，您的问题正在查询中，请您稍等20秒。",
    "请您稍等两分钟，我马上为您查询。",
    "我帮您转接负责的同事，请您稍等15秒。",
    "这个情况我帮您再核实一下。",
    "我帮您核实一下，马上给您确切答复。",
    // Words that contain a banned word but are not it
    "这是我们应该的。",
    "这是我们应该做的。",
    "您看什么时候方便？",
    "请问您什么时候方便接听回访电话？",
    "请问您还有什么疑问吗？",
    "请问您有什么问题？",
    "请问您遇到了什么问题？",
    "没什么，这是我们应该的。",
    "请问是什么原因导致无法上网呢？",
    "宝宝喂养的问题我帮您转接专家。",
    "感谢你们一直以来的支持。",
    "您可以得到一张优惠券。",
    // Quoted customer speech and variables are not the agent's words
    "您说的「不知道」是指哪一项呢？",
    "您提到的“好像欠费了”，我马上帮您核实。",
    "{{不知道原因}}",
  ],
  en: [
    // Openings
    "Hello, thank you for calling. How can I help you today?",
    "Good morning, thank you for calling. How can I help you today?",
    "Good afternoon, this is Amy. How may I help you?",
    "May I have your name, please?",
    "May I ask who I am speaking with?",
    "Hello, this is Amy calling from Acme Broadband about your contract renewal. This call may be recorded for quality and training purposes.",
    // Closings
    "Is there anything else I can help you with?",
    "Thank you for calling, and have a great day.",
    "Thank you for calling. Have a nice day, goodbye!",
    // Polite words
    "Please hold for 20 seconds while I check that for you.",
    "Thank you for waiting.",
    "I'm sorry, I didn't catch that. Could you say it again, please?",
    "I'm sorry for the inconvenience.",
    // Professional rewrites
    "That's a very good question. May I take your contact details so I can look into it and call you back?",
    "I'm checking that for you now; please hold for 20 seconds.",
    "I'll be happy to find that out for you.",
    "It's my pleasure.",
    "Let me transfer you to the team that handles this; please hold for 15 seconds.",
    // Lines that only look like banned phrases
    "Is now a good time to talk?",
    "I don't know if you've heard about our new plan.",
    "You won't have to do anything.",
    "What time suits you best?",
    "Do you need to change your plan?",
    "Certainly, I can help with that.",
    // Quoted customer speech and variables
    "You said “I don't know” about the bill; let me explain it.",
    "{{calmDown}}",
  ],
};
