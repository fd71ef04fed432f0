import { ApiError, apiFetch, csrfToken, interfaceLanguage, jsonBody, type Problem } from '../../../lib/api';
import { config } from '../../../lib/config';

export type ImportStatus = 'UPLOADED' | 'PREVIEWED' | 'RUNNING' | 'DONE' | 'FAILED';
export type ImportMode = 'PARTIAL' | 'ALL_OR_NOTHING';

/** An import job as the API answers it. */
export interface ImportJob {
  id: string;
  fileName: string;
  fileSize: number;
  format: 'CSV' | 'XLSX';
  encoding?: string;
  separator?: string;
  headers: string[];
  /** header → listing field */
  mapping: Record<string, string>;
  mode?: ImportMode;
  status: ImportStatus;
  phase?: 'VALIDATING' | 'WRITING';
  totalLines: number;
  processedLines: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** How the run ended, in the request's language; messageCode and messageParams say it as a code. */
  message?: string;
  messageCode?: string;
  messageParams?: Record<string, string>;
  createdAt: string;
  finishedAt?: string;
}

export interface ImportField {
  field: string;
  required: boolean;
}

export interface Uploaded {
  job: ImportJob;
  sample: string[][];
  fields: ImportField[];
}

export interface LineError {
  line: number;
  column: string;
  field: string;
  value: string;
  /** The reason as a problem code with its values (absent on lines rejected before codes were kept). */
  code?: string;
  params?: Record<string, string>;
  /** The reason in words, in the request's language (English on old lines). */
  reason: string;
}

export interface Preview {
  totalLines: number;
  wouldCreate: number;
  wouldUpdate: number;
  unchanged: number;
  rejected: number;
  errors: LineError[];
}

const BASE = '/api/stock/imports';

/** Uploads a file with progress (fetch cannot report upload progress, XMLHttpRequest can). */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', config.apiBaseUrl + BASE);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', interfaceLanguage());
    const token = csrfToken();
    if (token !== null) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => {
      reject(new ApiError({ title: 'Network error', status: 0, detail: 'The server could not be reached.' }));
    };
    xhr.onload = () => {
      let body: unknown = undefined;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as Uploaded);
      } else {
        const problem =
          typeof body === 'object' && body !== null && 'status' in body
            ? (body as Problem)
            : { title: xhr.statusText || 'Error', status: xhr.status };
        reject(new ApiError(problem));
      }
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

export function fetchImport(id: string): Promise<ImportJob> {
  return apiFetch<ImportJob>(`${BASE}/${id}`);
}

export function saveMapping(id: string, columns: Record<string, string>): Promise<ImportJob> {
  return apiFetch<ImportJob>(`${BASE}/${id}/mapping`, jsonBody('PUT', { columns }));
}

export function previewImport(id: string): Promise<Preview> {
  return apiFetch<Preview>(`${BASE}/${id}/preview`, { method: 'POST' });
}

export function runImport(id: string, mode: ImportMode): Promise<ImportJob> {
  return apiFetch<ImportJob>(`${BASE}/${id}/run`, jsonBody('POST', { mode }));
}

export function fetchErrors(id: string): Promise<{ items: LineError[]; total: number }> {
  return apiFetch<{ items: LineError[]; total: number }>(`${BASE}/${id}/errors?size=50`);
}

/** The error report's address, in the interface's language (a download link cannot set headers). */
export function errorReportUrl(id: string): string {
  return `${config.apiBaseUrl}${BASE}/${id}/errors.csv?lang=${interfaceLanguage()}`;
}

/** The listing fields a column may fill, in the order the API lists them. */
export const FIELDS: readonly ImportField[] = [
  { field: 'sku', required: true },
  { field: 'title', required: true },
  { field: 'description', required: false },
  { field: 'kind', required: false },
  { field: 'categoryId', required: true },
  { field: 'brand', required: false },
  { field: 'model', required: false },
  { field: 'serialNumber', required: false },
  { field: 'condition', required: true },
  { field: 'origin', required: true },
  { field: 'warrantyMonths', required: false },
  { field: 'energyClass', required: false },
  { field: 'weightKg', required: false },
  { field: 'lengthCm', required: false },
  { field: 'widthCm', required: false },
  { field: 'heightCm', required: false },
  { field: 'priceExclVat', required: true },
  { field: 'vatRate', required: false },
  { field: 'minimumOrderQuantity', required: false },
  { field: 'depotId', required: false },
  { field: 'pickupAvailable', required: false },
  { field: 'deliveryDepartments', required: false },
  { field: 'deliveryFee', required: false },
  { field: 'deliveryLeadDays', required: false },
  { field: 'quantity', required: false },
  { field: 'status', required: false },
];
