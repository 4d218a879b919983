import { Text } from '@mantine/core';

/** The notice's plain text: paragraphs and "- " list lines, as written (never markup). */
export function NoticeText({ text }: { text: string }) {
  return (
    <Text component="div" size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}
