/**
 * Announcements: GET|POST /api/v1/announcements, GET|PATCH …/{id}, POST …/{id}/publish,
 * …/archive, …/read, POST …/preview (the server's sanitised rendering of Markdown), and
 * attachments (multipart upload, authenticated download). The body's HTML is always
 * the server's `body_html` (markdown-it-py + nh3); the dashboard never renders Markdown.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { env } from '@/config/env';
import { api, authFetch, unwrap } from '@/lib/api-client';
import { errorFromResponse, networkError } from '@/lib/problem';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { components, paths } from '@/types/api.gen';

export type Announcement = components['schemas']['AnnouncementRead'];
export type AnnouncementCreate = components['schemas']['AnnouncementCreate'];
export type AnnouncementUpdate = components['schemas']['AnnouncementUpdate'];
export type AnnouncementStatus = components['schemas']['AnnouncementStatus'];
export type Priority = components['schemas']['AnnouncementPriority'];
export type AudienceKind = components['schemas']['AudienceKind'];
export type StoredFile = components['schemas']['FileRead'];
export type AnnouncementsQuery = NonNullable<paths['/api/v1/announcements']['get']['parameters']['query']>;

export function useAnnouncements(query: AnnouncementsQuery) {
  return useQuery({
    queryKey: queryKeys.announcements.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/announcements', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useAnnouncement(id: number) {
  return useQuery({
    queryKey: queryKeys.announcements.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/announcements/{announcement_id}', { params: { path: { announcement_id: id } } })),
  });
}

export function useCreateAnnouncement() {
  const changed = useInvalidateDomain('announcements');
  return useMutation({
    mutationFn: (body: AnnouncementCreate) => unwrap(api.POST('/api/v1/announcements', { body })),
    onSuccess: changed,
  });
}

export function useUpdateAnnouncement(id: number) {
  const changed = useInvalidateDomain('announcements');
  return useMutation({
    mutationFn: (body: AnnouncementUpdate) =>
      unwrap(api.PATCH('/api/v1/announcements/{announcement_id}', { params: { path: { announcement_id: id } }, body })),
    onSuccess: changed,
  });
}

export function usePublishAnnouncement() {
  const changed = useInvalidateDomain('announcements');
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/v1/announcements/{announcement_id}/publish', { params: { path: { announcement_id: id } } })),
    onSuccess: changed,
  });
}

export function useArchiveAnnouncement() {
  const changed = useInvalidateDomain('announcements');
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/v1/announcements/{announcement_id}/archive', { params: { path: { announcement_id: id } } })),
    onSuccess: changed,
  });
}

/** Mark as read (idempotent); the feed's unread marks refresh. */
export function useMarkRead() {
  const changed = useInvalidateDomain('announcements');
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/v1/announcements/{announcement_id}/read', { params: { path: { announcement_id: id } } })),
    onSuccess: changed,
  });
}

/** The server's sanitised HTML for a Markdown body (nothing is saved). */
export function usePreview() {
  return useMutation({
    mutationFn: (body: string) => unwrap(api.POST('/api/v1/announcements/preview', { body: { body } })),
  });
}

function apiUrl(path: string): string {
  return `${env.apiBaseUrl || window.location.origin}${path}`;
}

async function send(request: Request): Promise<Response> {
  let response: Response;
  try {
    response = await authFetch(request);
  } catch (cause) {
    throw networkError(cause);
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

type UploadOperation = paths['/api/v1/announcements/{announcement_id}/attachments']['post'];
export type UploadedFile = UploadOperation['responses'][201]['content']['application/json'];

export async function uploadAttachment(id: number, file: File): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await send(new Request(apiUrl(`/api/v1/announcements/${id}/attachments`), { method: 'POST', body }));
  return (await response.json()) as UploadedFile;
}

export function useUploadAttachment(id: number) {
  const changed = useInvalidateDomain('announcements');
  return useMutation({ mutationFn: (file: File) => uploadAttachment(id, file), onSuccess: changed });
}

export function useRemoveAttachment(id: number) {
  const changed = useInvalidateDomain('announcements');
  return useMutation({
    mutationFn: (fileId: string) =>
      unwrap(api.DELETE('/api/v1/announcements/{announcement_id}/attachments/{file_id}', { params: { path: { announcement_id: id, file_id: fileId } } })),
    onSuccess: changed,
  });
}

/** Open an attachment: fetched with the session (the API checks access), then shown or saved. */
export async function openAttachment(id: number, file: StoredFile): Promise<void> {
  const response = await send(new Request(apiUrl(`/api/v1/announcements/${id}/attachments/${file.id}`)));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The zones in use (GET /api/v1/houses/zones), for the audience picker. */
export function useAnnouncementZones() {
  return useQuery({ queryKey: queryKeys.zones, queryFn: () => unwrap(api.GET('/api/v1/houses/zones')) });
}

/** Houses matching a number (GET /api/v1/houses?q=), for the audience picker. */
export function useHouseChoices(q: string) {
  const query = { q: q || undefined, per_page: 50 };
  return useQuery({
    queryKey: queryKeys.houses.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/houses', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}
