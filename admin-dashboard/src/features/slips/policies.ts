/** Slip review (village.md "Payment slips"): the reason codes a needs-fix or a reject names. */
import type { SlipReason } from '@/types/finance';

export const REASONS = ['wrong_amount', 'wrong_date', 'unreadable', 'duplicate', 'wrong_account', 'other'] as const satisfies readonly SlipReason[];
