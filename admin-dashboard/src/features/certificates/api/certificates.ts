/**
 * Debt-clearance certificates (plan-14 "Certificates"): issue one for a house
 * that owes nothing (409 `has_arrears` otherwise), the list, verify one by its
 * number (valid today or not), and its PDF.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { downloadFile } from '@/lib/api-json';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { paths } from '@/types/api.gen';
import type { CertificateRead } from '@/types/finance-control';

export type { CertificateRead };
export type CertificatesQuery = NonNullable<paths['/api/v1/certificates']['get']['parameters']['query']>;

export function useCertificates(query: CertificatesQuery) {
  return useQuery({
    queryKey: queryKeys.certificates.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/certificates', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyCertificate(number: string | null) {
  return useQuery({
    queryKey: queryKeys.certificates.verify(number ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/certificates/{certificate_number}', { params: { path: { certificate_number: number ?? '' } } })),
    enabled: !!number,
    retry: false,
  });
}

export function useIssueCertificate(houseId: number) {
  const changed = useInvalidateDomain('certificates');
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/houses/{house_id}/debt-clearance-certificate', { params: { path: { house_id: houseId } } })),
    onSuccess: changed,
  });
}

export function useDownloadCertificatePdf() {
  return useMutation({
    mutationFn: (certificate: Pick<CertificateRead, 'number'>) => downloadFile(`/api/v1/certificates/${encodeURIComponent(certificate.number)}/pdf`, `${certificate.number}.pdf`),
  });
}
