/** The four pages of My bills as tabs that scroll sideways on a phone. */
import { Tabs } from '@mantine/core';
import { IconFileInvoice, IconListDetails, IconPhoto, IconReceipt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';

const TABS = [
  { value: 'bills', to: paths.myBills, icon: IconFileInvoice },
  { value: 'slips', to: paths.mySlips, icon: IconPhoto },
  { value: 'receipts', to: paths.myReceipts, icon: IconReceipt },
  { value: 'statement', to: paths.myStatement, icon: IconListDetails },
] as const;

export type MyBillsTab = (typeof TABS)[number]['value'];

export function MyBillsNav({ active }: { active: MyBillsTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const to = (value: string | null) => TABS.find((tab) => tab.value === value)?.to;
  return (
    <Tabs value={active} onChange={(value) => { const target = to(value); if (target) void navigate(target); }} mb="md" variant="pills" radius="xl">
      <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto', scrollbarWidth: 'none' }}>
        {TABS.map(({ value, icon: Icon }) => (
          <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} aria-hidden />} style={{ flex: 'none' }}>
            {t(`myBills.tabs.${value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
