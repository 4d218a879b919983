/** The four pages of My bills as tabs, all four in one row of a 375 px phone. */
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';

const TABS = [
  { value: 'bills', to: paths.myBills },
  { value: 'slips', to: paths.mySlips },
  { value: 'receipts', to: paths.myReceipts },
  { value: 'statement', to: paths.myStatement },
] as const;

export type MyBillsTab = (typeof TABS)[number]['value'];

export function MyBillsNav({ active }: { active: MyBillsTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const go = (value: string | null) => {
    const target = TABS.find((tab) => tab.value === value)?.to;
    if (target) void navigate(target);
  };
  return (
    <Tabs value={active} onChange={go} mb="md" variant="pills" radius="xl" maw={720}>
      <Tabs.List grow style={{ flexWrap: 'nowrap' }}>
        {TABS.map(({ value }) => (
          <Tabs.Tab key={value} value={value} px="xs" fw={600}>
            {t(`myBills.tabs.${value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
