/** GitHub refuses deployment status descriptions over 140 characters; every ledger keeps to it. */
export const MAX_STATUS_DESCRIPTION = 140;

export function statusDescription(text: string): string {
  return text.length <= MAX_STATUS_DESCRIPTION ? text : `${text.slice(0, MAX_STATUS_DESCRIPTION - 1)}…`;
}
