/**
 * Service requests: /api/v1/service-requests (list, open, detail, triage,
 * transitions, timeline, photos). JSON through the typed client; photos are
 * multipart and images, so they go through the authenticated fetch directly.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { env } from '@/config/env';
import { api, authFetch, unwrap } from '@/lib/api-client';
import { errorFromResponse, networkError } from '@/lib/problem';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { components, paths } from '@/types/api.gen';

export type ServiceRequest = components['schemas']['ServiceRequestRead'];
export type Comment = components['schemas']['CommentRead'];
export type Status = components['schemas']['Status'];
export type Category = components['schemas']['Category'];
export type Priority = components['schemas']['Priority'];
export type Person = components['schemas']['RequestPerson'];
export type ServiceRequestsQuery = NonNullable<paths['/api/v1/service-requests']['get']['parameters']['query']>;
export type ServiceRequestCreate = components['schemas']['ServiceRequestCreate'];
export type ServiceRequestUpdate = components['schemas']['ServiceRequestUpdate'];
export type TransitionRequest = components['schemas']['TransitionRequest'];
export type Photo = components['schemas']['FileRead'];

const ONE = '/api/v1/service-requests/{service_request_id}' as const;
const path = (id: number) => ({ params: { path: { service_request_id: id } } });

export function useServiceRequests(query: ServiceRequestsQuery) {
  return useQuery({
    queryKey: queryKeys.serviceRequests.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/service-requests', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useServiceRequest(id: number) {
  return useQuery({
    queryKey: queryKeys.serviceRequests.detail(id),
    queryFn: () => unwrap(api.GET(ONE, path(id))),
  });
}

export function useComments(id: number) {
  return useQuery({
    queryKey: queryKeys.serviceRequests.comments(id),
    queryFn: () => unwrap(api.GET(`${ONE}/comments`, path(id))),
  });
}

export function useAssignees(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.serviceRequests.assignees,
    queryFn: () => unwrap(api.GET('/api/v1/service-requests/assignees')),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useOpenRequest() {
  const changed = useInvalidateDomain('serviceRequests');
  return useMutation({
    mutationFn: (body: ServiceRequestCreate) => unwrap(api.POST('/api/v1/service-requests', { body })),
    onSuccess: changed,
  });
}

export function useUpdateRequest(id: number) {
  const changed = useInvalidateDomain('serviceRequests');
  return useMutation({
    mutationFn: (body: ServiceRequestUpdate) => unwrap(api.PATCH(ONE, { ...path(id), body })),
    onSuccess: changed,
  });
}

export function useTransition(id: number) {
  const changed = useInvalidateDomain('serviceRequests');
  return useMutation({
    mutationFn: (body: TransitionRequest) => unwrap(api.POST(`${ONE}/transitions`, { ...path(id), body })),
    onSuccess: changed,
  });
}

export function useAddComment(id: number) {
  const changed = useInvalidateDomain('serviceRequests');
  return useMutation({
    mutationFn: (body: { body: string; internal: boolean }) => unwrap(api.POST(`${ONE}/comments`, { ...path(id), body })),
    onSuccess: changed,
  });
}

function apiUrl(pathname: string): string {
  return `${env.apiBaseUrl || window.location.origin}${pathname}`;
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

/** Add one photo (multipart field `photo`); the server re-encodes it and drops EXIF. */
export async function uploadPhoto(requestId: number, photo: Blob, name: string): Promise<Photo> {
  const body = new FormData();
  body.append('photo', photo, name);
  const response = await send(new Request(apiUrl(`/api/v1/service-requests/${requestId}/photos`), { method: 'POST', body }));
  return (await response.json()) as Photo;
}

export function useUploadPhoto(id: number) {
  const changed = useInvalidateDomain('serviceRequests');
  return useMutation({
    mutationFn: ({ photo, name }: { photo: Blob; name: string }) => uploadPhoto(id, photo, name),
    onSuccess: changed,
  });
}

/**
 * A photo as an object URL: photos are served only with the signed-in user's
 * token (the same access check as the request), so an <img src> cannot fetch them.
 */
export function usePhotoUrl(requestId: number, fileId: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    let made: string | null = null;
    void send(new Request(apiUrl(`/api/v1/service-requests/${requestId}/photos/${fileId}`)))
      .then((response) => response.blob())
      .then((blob) => {
        if (!alive) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [requestId, fileId]);
  return url;
}
