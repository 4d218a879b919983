/**
 * Debt-clearance certificates (plan-14 "Certificates"): issue one for a house
 * that owes nothing (409 `has_arrears` otherwise), the list, verify one by its
 * number (valid today or not), and its PDF.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { downloadFile, getJson, postJson } from '@/lib/api-json';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { Page } from '@/types/finance';
import type { CertificateRead } from '@/types/finance-control';

export type { CertificateRead };

export interface CertificatesQuery {
  page: number;
  per_page: number;
  house_id?: number;
  q?: string;
}

export function useCertificates(query: CertificatesQuery) {
  return useQuery({
    queryKey: queryKeys.certificates.list(query),
    queryFn: () => getJson<Page<CertificateRead>>('/api/v1/certificates', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyCertificate(number: string | null) {
  return useQuery({
    queryKey: queryKeys.certificates.verify(number ?? ''),
    queryFn: () => getJson<CertificateRead>(`/api/v1/certificates/${encodeURIComponent(number ?? '')}`),
    enabled: !!number,
    retry: false,
  });
}

export function useIssueCertificate(houseId: number) {
  const changed = useInvalidateDomain('certificates');
  return useMutation({ mutationFn: () => postJson<CertificateRead>(`/api/v1/houses/${houseId}/debt-clearance-certificate`), onSuccess: changed });
}

export function useDownloadCertificatePdf() {
  return useMutation({
    mutationFn: (certificate: Pick<CertificateRead, 'number'>) => downloadFile(`/api/v1/certificates/${encodeURIComponent(certificate.number)}/pdf`, `${certificate.number}.pdf`),
  });
}
