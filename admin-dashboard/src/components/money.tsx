/**
 * Money on screen. The API sends integer satang (1 baht = 100 satang); it is
 * shown as baht with two decimals ("1,250.50"), formatted by Intl from the
 * exact decimal string, so no binary float ever touches an amount.
 */
import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { satangToDecimal } from '@/lib/money';

const FORMATS = {
  th: new Intl.NumberFormat('th-TH', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

/** 125050 → "1,250.50" (both languages group with commas and use a point). */
export function formatSatang(satang: number, language: string): string {
  const format = language.startsWith('th') ? FORMATS.th : FORMATS.en;
  return format.format(satangToDecimal(satang) as Intl.StringNumericLiteral);
}

/** "฿1,250.50", or "-฿1,250.50" for a negative amount. */
export function formatSatangBaht(satang: number, language: string): string {
  const text = formatSatang(Math.abs(satang), language);
  return satang < 0 ? `-฿${text}` : `฿${text}`;
}

type Tone = 'plain' | 'balance';

/**
 * An amount as text. `tone="balance"`: what is owed in red, a credit (a
 * negative balance) in green, labelled so that colour is not the only sign.
 */
export function Money({ satang, tone = 'plain', ...props }: { satang: number; tone?: Tone } & Omit<TextProps, 'children'> & { 'data-testid'?: string }) {
  const { i18n } = useTranslation();
  const color = tone === 'balance' ? (satang > 0 ? 'red.7' : satang < 0 ? 'teal.7' : undefined) : undefined;
  return (
    <Text component="span" c={color} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} {...props}>
      {formatSatangBaht(satang, i18n.language)}
    </Text>
  );
}
