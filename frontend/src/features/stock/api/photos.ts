import { ApiError, apiFetch, csrfToken, interfaceLanguage, jsonBody, type Problem } from '../../../lib/api';
import { config } from '../../../lib/config';

/** A listing's photo as the API answers it. */
export interface Photo {
  id: string;
  listingId: string;
  position: number;
  alt: string;
  contentType: string;
  width: number;
  height: number;
  byteSize: number;
  thumbUrl: string;
  largeUrl: string;
  originalUrl: string;
}

/** What the server accepts; checked in the browser first, and again (by content) on the server. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const PHOTO_MAX_COUNT = 12;

const base = (listingId: string) => `/api/stock/listings/${encodeURIComponent(listingId)}/photos`;

export function fetchPhotos(listingId: string): Promise<Photo[]> {
  return apiFetch<Photo[]>(base(listingId));
}

export function deletePhoto(listingId: string, photoId: string): Promise<void> {
  return apiFetch<undefined>(`${base(listingId)}/${encodeURIComponent(photoId)}`, { method: 'DELETE' });
}

export function reorderPhotos(listingId: string, photoIds: string[]): Promise<Photo[]> {
  return apiFetch<Photo[]>(`${base(listingId)}/positions`, jsonBody('PUT', { photoIds }));
}

export function editPhotoAlt(listingId: string, photoId: string, alt: string): Promise<Photo> {
  return apiFetch<Photo>(`${base(listingId)}/${encodeURIComponent(photoId)}`, jsonBody('PUT', { alt }));
}

function problemOf(status: number, text: string, statusText: string): Problem {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && typeof (body as Problem).status === 'number') {
      return body as Problem;
    }
  } catch {
    // not JSON: fall through to a problem made from the status line
  }
  return { title: statusText || 'Error', status };
}

/**
 * Uploads one photo with XMLHttpRequest, which (unlike fetch) reports upload progress. Sends the
 * CSRF header like {@link apiFetch}; every failure becomes an {@link ApiError}.
 */
export function uploadPhoto(
  listingId: string,
  file: File,
  alt: string,
  onProgress: (fraction: number) => void,
): Promise<Photo> {
  return new Promise<Photo>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    // The alternative text goes in the URL: the body is the file alone, streamed by the server.
    const query = alt.trim() === '' ? '' : `?alt=${encodeURIComponent(alt.trim())}`;
    xhr.open('POST', config.apiBaseUrl + base(listingId) + query);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', interfaceLanguage());
    const token = csrfToken();
    if (token !== null) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(JSON.parse(xhr.responseText) as Photo);
      } else {
        reject(new ApiError(problemOf(xhr.status, xhr.responseText, xhr.statusText)));
      }
    };
    xhr.onerror = () => {
      reject(new ApiError({ title: 'Network error', status: 0, detail: 'The server could not be reached.' }));
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
