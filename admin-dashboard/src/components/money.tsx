/**
 * Money on screen: `<Money satang={460000} />` reads "4,600.00" (Thai grouping,
 * two decimals, figures aligned in tables), and `<BahtInput>` takes baht as
 * text and hands back integer satang, parsed exactly (never a float).
 */
import { Text, TextInput } from '@mantine/core';
import type { TextProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';

import { formatSatang, parseBahtToSatang, satangToBahtInput } from '@/lib/money';

export function Money({ satang, currency = false, ...props }: { satang: number; currency?: boolean } & TextProps) {
  return (
    <Text component="span" inherit {...props} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {currency ? '฿' : ''}
      {formatSatang(satang)}
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
