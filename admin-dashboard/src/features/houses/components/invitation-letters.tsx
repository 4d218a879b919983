import './letters.css';

import { Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { i18n } from '@/lib/i18n';
import { intlLocale } from '@/lib/format';
import { formatPhone } from '@/lib/phone';
import { svgDataUrl } from '@/lib/svg';
import type { Village } from '@/lib/village';

import type { Invitation, InvitationLetter } from '../api/letters';

// Letters are printed in Thai whatever the screen's language.
const LETTER_LANGUAGE = 'th';

/** "15 ธันวาคม 2569": the expiry day in the Buddhist era, as a Thai reader expects. */
export function letterDate(instant: string, timeZone = 'Asia/Bangkok'): string {
  return new Intl.DateTimeFormat(intlLocale(LETTER_LANGUAGE), { dateStyle: 'long', timeZone }).format(new Date(instant));
}

function PersonInvitation({ invitation, timeZone }: { invitation: Invitation; timeZone: string }) {
  const t = i18n.getFixedT(LETTER_LANGUAGE);
  const { person } = invitation;
  const identifier = person.phone ? formatPhone(person.phone) : (person.email ?? '');
  return (
    <Group className="letter-person" align="flex-start" gap="lg" py="sm" data-testid="letter-person">
      <img className="letter-qr" src={svgDataUrl(invitation.qr_svg)} alt={t('setPasswordLink.qrAlt', { name: person.full_name })} />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text fw={700} fz={17}>
          {person.full_name}
        </Text>
        <Text size="sm">{t('letters.letter.relation', { relation: t(`letters.letter.relations.${invitation.relation}`) })}</Text>
        {identifier ? <Text size="sm">{t('letters.letter.signInWith', { identifier })}</Text> : null}
        <Text size="sm" fw={600} data-testid="letter-expiry">
          {t('letters.letter.expires', { date: letterDate(invitation.expires_at, timeZone) })}
        </Text>
        <Text className="letter-url" data-testid="letter-url">
          {invitation.url}
        </Text>
      </Stack>
    </Group>
  );
}

/** One house's letter: a printed A4 page in Thai with a QR code per member who has no password of their own. */
export function Letter({ letter, village }: { letter: InvitationLetter; village: Village | undefined }) {
  const t = i18n.getFixedT(LETTER_LANGUAGE);
  const villageName = village?.name_th ?? '';
  const timeZone = village?.timezone ?? 'Asia/Bangkok';
  return (
    <Paper className="letter" withBorder p={{ base: 'md', sm: 'xl' }} radius={0} component="article" lang="th" aria-label={letter.house_number} data-testid="letter">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={0}>
            <Text fw={700} fz={18}>
              {villageName}
            </Text>
            {village?.juristic_person_name ? <Text size="sm">{village.juristic_person_name}</Text> : null}
          </Stack>
          <Text fw={700} fz={20} style={{ whiteSpace: 'nowrap' }} data-testid="letter-house">
            {t('letters.letter.houseLine', { house: letter.house_number })}
          </Text>
        </Group>
        <Divider />
        <Title order={2} size="h3" ta="center">
          {t('letters.letter.heading')}
        </Title>
        <Text>{t('letters.letter.greeting', { house: letter.house_number })}</Text>
        <Text>{t('letters.letter.body', { village: villageName })}</Text>
        <Stack gap={0}>
          {letter.invitations.map((invitation) => (
            <PersonInvitation key={invitation.person.id} invitation={invitation} timeZone={timeZone} />
          ))}
        </Stack>
        <Divider />
        <Text size="sm">{t('letters.letter.keepPrivate')}</Text>
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {t('letters.letter.office', { village: villageName })}
          </Text>
          {village?.phone ? <Text size="sm">{t('letters.letter.officeContact', { phone: formatPhone(village.phone) })}</Text> : null}
          {village?.office_hours ? <Text size="sm">{village.office_hours}</Text> : null}
        </Stack>
      </Stack>
    </Paper>
  );
}

/** The letters to print, and on screen a note for houses where everyone already chose a password. */
export function InvitationLetters({ letters, village }: { letters: InvitationLetter[]; village: Village | undefined }) {
  const { t } = useTranslation();
  const printable = letters.filter((letter) => letter.invitations.length > 0);
  const skipped = letters.filter((letter) => letter.invitations.length === 0);
  return (
    <>
      {skipped.map((letter) => (
        <Text key={letter.house_id} className="no-print" size="sm" c="dimmed" mb="xs">
          {t('letters.nobodyToInvite', { house: letter.house_number })}
        </Text>
      ))}
      {printable.map((letter) => (
        <Letter key={letter.house_id} letter={letter} village={village} />
      ))}
    </>
  );
}
