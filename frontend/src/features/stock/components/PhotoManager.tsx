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
import { codedText, problemWords } from '../../../lib/problems';
import { ALT_MAX, altProblem } from './photoAlt';

/** One file being sent, or refused before or by the server. */
interface Upload {
  key: number;
  name: string;
  progress: number;
  error: string | null;
  done: boolean;
}

/** A chosen file waiting for its description before it is sent. */
interface Pending {
  key: number;
  file: File;
  alt: string;
  error: string | null;
}

/** The interface's words for an alternative text's problem code. */
function altMessage(code: string, fallback: string): string {
  return problemWords(code, { max: String(ALT_MAX) }) ?? fallback;
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
  const [pending, setPending] = useState<Pending[]>([]);
  const [altDrafts, setAltDrafts] = useState<Record<string, string>>({});
  const [altErrors, setAltErrors] = useState<Record<string, string>>({});
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

  /**
   * Chosen files are checked here first; those that pass wait in the list below for their
   * description (RGAA 1.3: a photo of the object for sale needs one), and are sent together.
   */
  function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length === 0) return;
    setMessage(null);
    let room = PHOTO_MAX_COUNT - (photos?.length ?? 0) - pending.length;
    const refused: Upload[] = [];
    const accepted: Pending[] = [];
    for (const file of files) {
      const key = nextKey.current++;
      let error = precheck(file);
      if (error === null && room <= 0) error = t('photos.tooMany', { max: PHOTO_MAX_COUNT });
      if (error === null) {
        room -= 1;
        accepted.push({ key, file, alt: '', error: null });
      } else {
        refused.push({ key, name: file.name, progress: 0, error, done: true });
      }
    }
    setUploads((current) => [...current.filter((u) => !u.done || u.error !== null), ...refused]);
    setPending((current) => [...current, ...accepted]);
  }

  async function sendPending() {
    const checked = pending.map((p) => {
      const code = altProblem(p.alt, p.file.name);
      return { ...p, error: code === null ? null : altMessage(code, t('form.unexpected')) };
    });
    const firstInvalid = checked.find((p) => p.error !== null);
    if (firstInvalid !== undefined) {
      setPending(checked);
      // The first description to fix takes the focus; its message is tied to the field.
      setTimeout(() => document.getElementById(`pending-alt-${String(firstInvalid.key)}`)?.focus(), 0);
      return;
    }
    setBusy(true);
    setUploads((current) => [
      ...current.filter((u) => !u.done || u.error !== null),
      ...checked.map((p) => ({ key: p.key, name: p.file.name, progress: 0, error: null, done: false })),
    ]);
    const kept: Pending[] = [];
    // One at a time: the photos keep the order the files were chosen in.
    for (const item of checked) {
      try {
        const photo = await uploadPhoto(listingId, item.file, item.alt.trim(), (fraction) => {
          patchUpload(item.key, { progress: Math.round(fraction * 100) });
        });
        patchUpload(item.key, { progress: 100, done: true });
        setPhotos((current) => [...current, photo]);
      } catch (error) {
        const about = error instanceof ApiError ? error.problem.errors?.find((e) => e.field === 'alt') : undefined;
        if (about !== undefined) {
          // Refused for its description: the file stays in the list with what was typed.
          kept.push({ ...item, error: codedText(about, about.message) });
          setUploads((current) => current.filter((u) => u.key !== item.key));
        } else {
          patchUpload(item.key, { error: photoError(error, t('form.unexpected')), done: true });
        }
      }
    }
    setPending(kept);
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
    const code = altProblem(draft);
    if (code !== null) {
      setAltErrors((current) => ({ ...current, [photo.id]: altMessage(code, t('form.unexpected')) }));
      document.getElementById(`photo-alt-${photo.id}`)?.focus();
      return;
    }
    try {
      const saved = await editPhotoAlt(listingId, photo.id, draft);
      setPhotos((current) => current.map((p) => (p.id === saved.id ? saved : p)));
      setAltDrafts((current) => Object.fromEntries(Object.entries(current).filter(([id]) => id !== photo.id)));
      setAltErrors((current) => Object.fromEntries(Object.entries(current).filter(([id]) => id !== photo.id)));
      say('success', t('photos.altSaved', { position: index + 1 }));
    } catch (error) {
      // The draft stays in the field, so nothing typed is lost.
      const about = error instanceof ApiError ? error.problem.errors?.find((e) => e.field === 'alt') : undefined;
      if (about !== undefined) setAltErrors((current) => ({ ...current, [photo.id]: codedText(about, about.message) }));
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
          onChange={onFiles}
        />
      </div>
      {pending.length > 0 && (
        <form
          className="fr-mb-3w"
          aria-labelledby="pending-photos-title"
          data-testid="pending-photos"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void sendPending();
          }}
        >
          <h3 id="pending-photos-title" className="fr-h6">
            {t('photos.describeTitle')}
          </h3>
          <p className="fr-text--sm">{t('photos.describeIntro')}</p>
          {pending.map((p) => {
            const id = `pending-alt-${String(p.key)}`;
            return (
              <div key={p.key} className={`fr-input-group${p.error === null ? '' : ' fr-input-group--error'}`}>
                <label className="fr-label" htmlFor={id}>
                  {t('photos.describeFile', { name: p.file.name })}
                  <span className="fr-hint-text">{t('photos.altHint')}</span>
                </label>
                <input
                  className={`fr-input${p.error === null ? '' : ' fr-input--error'}`}
                  id={id}
                  maxLength={ALT_MAX}
                  required
                  aria-invalid={p.error === null ? undefined : true}
                  aria-describedby={p.error === null ? undefined : `${id}-error`}
                  value={p.alt}
                  onChange={(event) => {
                    const alt = event.target.value;
                    setPending((current) => current.map((q) => (q.key === p.key ? { ...q, alt } : q)));
                  }}
                />
                {p.error !== null && (
                  <p className="fr-error-text" id={`${id}-error`}>
                    {p.error}
                  </p>
                )}
              </div>
            );
          })}
          <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
            <li>
              <button type="submit" className="fr-btn" disabled={busy}>
                {t('photos.send')}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="fr-btn fr-btn--secondary"
                disabled={busy}
                onClick={() => {
                  setPending([]);
                }}
              >
                {t('photos.cancelPending')}
              </button>
            </li>
          </ul>
        </form>
      )}
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
            const altError = altErrors[photo.id];
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
                <div className={`fr-input-group${altError === undefined ? '' : ' fr-input-group--error'}`}>
                  <label className="fr-label" htmlFor={altId}>
                    {t('photos.alt', { position: n })}
                    <span className="fr-hint-text">{t('photos.altHint')}</span>
                  </label>
                  <input
                    className={`fr-input${altError === undefined ? '' : ' fr-input--error'}`}
                    id={altId}
                    maxLength={ALT_MAX}
                    required
                    aria-invalid={altError === undefined ? undefined : true}
                    aria-describedby={altError !== undefined ? `${altId}-error` : photo.alt === '' ? `${altId}-missing` : undefined}
                    value={altDrafts[photo.id] ?? photo.alt}
                    onChange={(event) => { setAltDrafts((current) => ({ ...current, [photo.id]: event.target.value })); }}
                  />
                  {altError !== undefined ? (
                    <p className="fr-error-text" id={`${altId}-error`}>
                      {altError}
                    </p>
                  ) : (
                    photo.alt === '' && (
                      <p className="fr-message fr-message--warning fr-mt-1w" id={`${altId}-missing`}>
                        {t('photos.altMissing')}
                      </p>
                    )
                  )}
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
