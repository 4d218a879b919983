/**
 * Money on screen. The API sends integer satang (1 baht = 100 satang):
 * `<Money satang={460000} />` reads "4,600.00" (Thai grouping, two decimals,
 * figures aligned in tables; `currency` adds "฿"; `tone="balance"` shows what
 * is owed in red and a credit in green), formatted by Intl from the exact
 * decimal string so no binary float ever touches an amount. `<BahtInput>`
 * takes baht as text and hands back integer satang, parsed exactly.
 */
import { Text, TextInput } from '@mantine/core';
import type { TextProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';

import { formatSatang as formatExact, parseBahtToSatang, satangToBahtInput } from '@/lib/money';

/**
 * 125050 → "1,250.50". Both languages group with commas and use a point (the
 * village's figures are th-TH); `language` is taken for a future locale.
 */
export function formatSatang(satang: number, _language?: string): string {
  return formatExact(satang);
}

/** "฿1,250.50", or "-฿1,250.50" for a negative amount. */
export function formatSatangBaht(satang: number, language?: string): string {
  const text = formatSatang(Math.abs(satang), language);
  return satang < 0 ? `-฿${text}` : `฿${text}`;
}

type Tone = 'plain' | 'balance';

export function Money({
  satang,
  currency = false,
  tone = 'plain',
  c,
  ...props
}: { satang: number; currency?: boolean; tone?: Tone; 'data-testid'?: string } & Omit<TextProps, 'children'>) {
  const color = tone === 'balance' ? (satang > 0 ? 'red.7' : satang < 0 ? 'teal.7' : undefined) : undefined;
  return (
    <Text component="span" inherit={props.size === undefined} {...props} c={c ?? color} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {currency ? formatSatangBaht(satang) : formatSatang(satang)}
    </Text>
  );
}

interface BahtInputProps {
  label: string;
  /** Integer satang, or null while the text is empty or not an amount. */
  value: number | null;
  onChange: (satang: number | null) => void;
  description?: ReactNode;
  error?: ReactNode;
  /** Shown when the text is not an amount (e.g. "Enter an amount in baht, at most two decimals"). */
  invalidMessage: string;
  required?: boolean;
  disabled?: boolean;
  w?: number | string;
  'data-testid'?: string;
  'aria-label'?: string;
}

export function BahtInput({ label, value, onChange, description, error, invalidMessage, required, disabled, w, ...rest }: BahtInputProps) {
  const [text, setText] = useState(value === null ? '' : satangToBahtInput(value));
  // Follow a value set from outside (a suggested allocation), not our own typing.
  useEffect(() => {
    if (value !== parseBahtToSatang(text)) setText(value === null ? '' : satangToBahtInput(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const invalid = text.trim() !== '' && parseBahtToSatang(text) === null;
  return (
    <TextInput
      label={label}
      description={description}
      value={text}
      inputMode="decimal"
      autoComplete="off"
      rightSection={<Text size="xs" c="dimmed">฿</Text>}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange(parseBahtToSatang(next));
      }}
      error={invalid ? invalidMessage : error}
      required={required}
      disabled={disabled}
      w={w}
      styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
      {...rest}
    />
  );
}
