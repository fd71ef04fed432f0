import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, problemText } from '../../../components/form';
import { ApiError } from '../../../lib/api';
import {
  deletePhoto,
  editPhotoAlt,
  PHOTO_MAX_BYTES,
  PHOTO_MAX_COUNT,
  PHOTO_TYPES,
  reorderPhotos,
  uploadPhoto,
  type Photo,
} from '../api/photos';
import { usePhotos, usePhotosCache } from '../api/queries';
import { codedText } from '../../../lib/problems';

/** One file being sent, or refused before or by the server. */
interface Upload {
  key: number;
  name: string;
  progress: number;
  error: string | null;
  done: boolean;
}

/** The message of a failed photo request: the server's words about the file when it gave them. */
function photoError(error: unknown, fallback: string): string {
  if (error instanceof ApiError) {
    const about = error.problem.errors?.find((e) => e.field === 'file' || e.field === 'alt' || e.field === 'photoIds');
    if (about !== undefined) return codedText(about, about.message);
  }
  return problemText(error, fallback);
}

/**
 * A listing's photos: upload several files with per-file progress, reorder, alt text, delete. Meant
 * to be embedded in the listing form once the listing exists.
 */
export function PhotoManager({ listingId }: { listingId: string }) {
  const { t } = useTranslation();
  const photosQuery = usePhotos(listingId);
  // Photos that fail to load show as none, with the failure said above them.
  const photos = photosQuery.data ?? (photosQuery.isError ? [] : null);
  const loadFailure = photosQuery.isError ? problemText(photosQuery.error, t('form.unexpected')) : null;
  const { update: setPhotos, reload } = usePhotosCache(listingId);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [altDrafts, setAltDrafts] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const nextKey = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);

  const say = (kind: 'success' | 'error', text: string) => {
    setMessage((previous) => ({ kind, text, n: (previous?.n ?? 0) + 1 }));
  };

  const patchUpload = (key: number, patch: Partial<Upload>) => {
    setUploads((current) => current.map((u) => (u.key === key ? { ...u, ...patch } : u)));
  };

  function precheck(file: File): string | null {
    if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return t('photos.wrongType');
    if (file.size > PHOTO_MAX_BYTES) return t('photos.tooLarge', { max: PHOTO_MAX_BYTES / (1024 * 1024) });
    if (file.size === 0) return t('photos.empty');
    return null;
  }

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length === 0) return;
    setMessage(null);
    let room = PHOTO_MAX_COUNT - (photos?.length ?? 0);
    const queued: { upload: Upload; file: File }[] = [];
    for (const file of files) {
      const key = nextKey.current++;
      let error = precheck(file);
      if (error === null && room <= 0) error = t('photos.tooMany', { max: PHOTO_MAX_COUNT });
      if (error === null) room -= 1;
      queued.push({ upload: { key, name: file.name, progress: 0, error, done: false }, file });
    }
    setUploads((current) => [...current.filter((u) => !u.done || u.error !== null), ...queued.map((q) => q.upload)]);
    setBusy(true);
    // One at a time: the photos keep the order the files were chosen in.
    for (const { upload, file } of queued) {
      if (upload.error !== null) continue;
      try {
        const photo = await uploadPhoto(listingId, file, '', (fraction) => { patchUpload(upload.key, { progress: Math.round(fraction * 100) }); },
        );
        patchUpload(upload.key, { progress: 100, done: true });
        setPhotos((current) => [...current, photo]);
      } catch (error) {
        patchUpload(upload.key, { error: photoError(error, t('form.unexpected')), done: true });
      }
    }
    setBusy(false);
  }

  async function move(index: number, by: -1 | 1) {
    if (photos === null) return;
    const order = photos.map((p) => p.id);
    const [moved] = order.splice(index, 1);
    if (moved === undefined) return;
    order.splice(index + by, 0, moved);
    try {
      const reordered = await reorderPhotos(listingId, order);
      setPhotos(() => reordered);
      say('success', t('photos.moved', { position: index + by + 1 }));
    } catch (error) {
      say('error', photoError(error, t('form.unexpected')));
      await reload();
    }
  }

  async function onDelete(photo: Photo, index: number) {
    if (!window.confirm(t('photos.confirmDelete', { position: index + 1 }))) return;
    try {
      await deletePhoto(listingId, photo.id);
      say('success', t('photos.deleted', { position: index + 1 }));
      await reload();
    } catch (error) {
      say('error', photoError(error, t('form.unexpected')));
    }
  }

  async function onSaveAlt(photo: Photo, index: number) {
    const draft = altDrafts[photo.id] ?? photo.alt;
    try {
      const saved = await editPhotoAlt(listingId, photo.id, draft);
      setPhotos((current) => current.map((p) => (p.id === saved.id ? saved : p)));
      setAltDrafts((current) => Object.fromEntries(Object.entries(current).filter(([id]) => id !== photo.id)));
      say('success', t('photos.altSaved', { position: index + 1 }));
    } catch (error) {
      // The draft stays in the field, so nothing typed is lost.
      say('error', photoError(error, t('form.unexpected')));
    }
  }

  const count = photos?.length ?? 0;
  return (
    <section className="fr-mb-6w" aria-labelledby="photos-title" data-testid="photo-manager">
      <h2 id="photos-title">{t('photos.title')}</h2>
      {message !== null ? (
        <Alert key={message.n} kind={message.kind} testId="photos-message">
          {message.text}
        </Alert>
      ) : (
        loadFailure !== null && (
          <Alert kind="error" testId="photos-message">
            {loadFailure}
          </Alert>
        )
      )}
      <div className="fr-upload-group fr-mb-3w">
        <label className="fr-label" htmlFor="photo-files">
          {t('photos.add')}
          <span className="fr-hint-text">
            {t('photos.hint', { max: PHOTO_MAX_BYTES / (1024 * 1024), count: PHOTO_MAX_COUNT })}
          </span>
        </label>
        <input
          ref={inputRef}
          className="fr-upload"
          type="file"
          id="photo-files"
          multiple
          accept={PHOTO_TYPES.join(',')}
          disabled={busy || count >= PHOTO_MAX_COUNT}
          onChange={(event) => void onFiles(event)}
        />
      </div>
      {uploads.length > 0 && (
        <ul className="boucle-photo-uploads fr-mb-3w" aria-label={t('photos.uploads')}>
          {uploads.map((u) => (
            <li key={u.key} data-testid="photo-upload">
              <span>{u.name}</span>{' '}
              {u.error === null ? (
                <progress max={100} value={u.progress} aria-label={t('photos.progressOf', { name: u.name })}>
                  {u.progress} %
                </progress>
              ) : (
                <p className="fr-error-text" role="alert">
                  {t('photos.refused', { name: u.name, reason: u.error })}
                </p>
              )}
              {u.done && u.error === null && <span className="fr-ml-1w">{t('photos.uploaded')}</span>}
            </li>
          ))}
        </ul>
      )}
      {photos === null ? (
        <p>{t('photos.loading')}</p>
      ) : photos.length === 0 ? (
        <p>{t('photos.none')}</p>
      ) : (
        <ol className="boucle-photo-list fr-grid-row fr-grid-row--gutters" aria-label={t('photos.list')}>
          {photos.map((photo, index) => {
            const n = index + 1;
            const altId = `photo-alt-${photo.id}`;
            return (
              <li key={photo.id} className="fr-col-12 fr-col-sm-6 fr-col-md-4" data-testid="photo-item">
                <figure className="fr-m-0">
                  <img
                    src={photo.thumbUrl}
                    alt={photo.alt === '' ? t('photos.untitled', { position: n }) : photo.alt}
                    width={320}
                    loading="lazy"
                    className="fr-responsive-img"
                  />
                  <figcaption className="fr-text--sm">
                    {t('photos.position', { position: n, count })}
                    {index === 0 && ` — ${t('photos.cover')}`}
                  </figcaption>
                </figure>
                <div className="fr-input-group">
                  <label className="fr-label" htmlFor={altId}>
                    {t('photos.alt', { position: n })}
                    <span className="fr-hint-text">{t('photos.altHint')}</span>
                  </label>
                  <input
                    className="fr-input"
                    id={altId}
                    maxLength={300}
                    value={altDrafts[photo.id] ?? photo.alt}
                    onChange={(event) => { setAltDrafts((current) => ({ ...current, [photo.id]: event.target.value })); }}
                  />
                </div>
                <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                  <li>
                    <button
                      type="button"
                      className="fr-btn fr-btn--secondary"
                      disabled={altDrafts[photo.id] === undefined || altDrafts[photo.id] === photo.alt}
                      onClick={() => void onSaveAlt(photo, index)}
                    >
                      {t('photos.saveAlt')}
                      <span className="fr-sr-only"> {t('photos.ofPhoto', { position: n })}</span>
                    </button>
                  </li>
                  <li>
                    <button
                      type="button"
                      className="fr-btn fr-btn--tertiary fr-icon-arrow-left-line fr-btn--icon-left"
                      disabled={index === 0}
                      aria-label={t('photos.moveLeft', { position: n })}
                      title={t('photos.moveLeft', { position: n })}
                      onClick={() => void move(index, -1)}
                    >
                      {t('photos.left')}
                    </button>
                  </li>
                  <li>
                    <button
                      type="button"
                      className="fr-btn fr-btn--tertiary fr-icon-arrow-right-line fr-btn--icon-left"
                      disabled={index === photos.length - 1}
                      aria-label={t('photos.moveRight', { position: n })}
                      title={t('photos.moveRight', { position: n })}
                      onClick={() => void move(index, 1)}
                    >
                      {t('photos.right')}
                    </button>
                  </li>
                  <li>
                    <button
                      type="button"
                      className="fr-btn fr-btn--tertiary fr-icon-delete-line fr-btn--icon-left"
                      aria-label={t('photos.delete', { position: n })}
                      onClick={() => void onDelete(photo, index)}
                    >
                      {t('photos.deleteShort')}
                    </button>
                  </li>
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
