// The function keys agent systems commonly offer (domain brief: query the bill, open a work
// order, transfer to a skill group, send an SMS, schedule a callback, update data). Any other key
// the agent system knows can be typed in.
export const COMMON_ACTION_KEYS = ["query-bill", "open-ticket", "transfer", "send-sms", "schedule-callback", "update-record"] as const;
export type CommonActionKey = (typeof COMMON_ACTION_KEYS)[number];

export function isCommonActionKey(key: string): key is CommonActionKey {
  return (COMMON_ACTION_KEYS as readonly string[]).includes(key);
}
