import { useState, type DragEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/form';
import { DataTable, type Column } from '../../../components/list/DataTable';
import { codedText } from '../../../lib/problems';
import { errorReportUrl, type ImportJob, type ImportMode, type LineError, type Preview } from '../api/imports';

export function FileFacts({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  return (
    <p className="fr-text--sm">
      <strong>{job.fileName}</strong> —{' '}
      {job.format === 'XLSX'
        ? t('stockImport.detectedXlsx', { lines: job.totalLines })
        : t('stockImport.detected', {
            format: 'CSV',
            lines: job.totalLines,
            encoding: job.encoding ?? '',
            separator: job.separator === '\t' ? 'tab' : (job.separator ?? ''),
          })}
    </p>
  );
}

export function UploadStep({ onUpload }: { onUpload: (file: File, onProgress: (f: number) => void) => Promise<void> }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (file === null) return;
    setProgress(0);
    await onUpload(file, setProgress);
    setProgress(null);
  }

  function dropped(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const first = event.dataTransfer.files.item(0);
    if (first !== null) setFile(first);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div
        className={`fr-upload-group fr-p-3w${dragging ? ' fr-background-alt--blue-france' : ''}`}
        style={{ border: '1px dashed var(--border-default-grey)' }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => {
          setDragging(false);
        }}
        onDrop={dropped}
      >
        <label className="fr-label" htmlFor="import-file">
          {t('stockImport.fileLabel')}
          <span className="fr-hint-text">{t('stockImport.fileHint')}</span>
        </label>
        <input
          className="fr-upload"
          type="file"
          id="import-file"
          name="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.item(0) ?? null);
          }}
        />
        {file !== null && <p className="fr-text--sm fr-mt-1w">{file.name}</p>}
      </div>
      {progress !== null && (
        <p className="fr-mt-2w">
          <label htmlFor="upload-progress">{t('stockImport.uploading')}</label>{' '}
          <progress id="upload-progress" max={1} value={progress} aria-label={t('stockImport.uploadProgress')} />
        </p>
      )}
      <button type="submit" className="fr-btn fr-mt-3w" disabled={file === null || progress !== null}>
        {t('stockImport.upload')}
      </button>
    </form>
  );
}

export function ErrorTable({ errors, caption }: { errors: LineError[]; caption: string }) {
  const { t } = useTranslation();
  const columns: Column<LineError & { index: number }>[] = [
    { id: 'line', header: t('stockImport.line'), cell: (e) => e.line },
    { id: 'column', header: t('stockImport.column'), cell: (e) => e.column },
    { id: 'value', header: t('stockImport.value'), cell: (e) => e.value },
    { id: 'reason', header: t('stockImport.reason'), cell: (e) => codedText({ code: e.code, params: e.params, message: e.reason }, e.reason) },
  ];
  return (
    <DataTable caption={caption} columns={columns} rows={errors.map((e, index) => ({ ...e, index }))} rowKey={(e) => String(e.index)} />
  );
}

export function Counts({ created, updated, unchanged, rejected }: { created: number; updated: number; unchanged: number; rejected: number }) {
  const { t } = useTranslation();
  return (
    <ul className="fr-badges-group fr-mb-2w" data-testid="import-counts">
      <li>
        <p className="fr-badge fr-badge--success">
          {t('stockImport.wouldCreate')} : {created}
        </p>
      </li>
      <li>
        <p className="fr-badge fr-badge--info">
          {t('stockImport.wouldUpdate')} : {updated}
        </p>
      </li>
      <li>
        <p className="fr-badge">
          {t('stockImport.unchanged')} : {unchanged}
        </p>
      </li>
      <li>
        <p className={`fr-badge${rejected > 0 ? ' fr-badge--error' : ''}`}>
          {t('stockImport.rejected')} : {rejected}
        </p>
      </li>
    </ul>
  );
}

export function PreviewStep({
  preview,
  busy,
  onRun,
  onBack,
}: {
  preview: Preview;
  busy: boolean;
  onRun: (mode: ImportMode) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<ImportMode>('PARTIAL');
  return (
    <>
      <h2 className="fr-h4">{t('stockImport.previewTitle')}</h2>
      <Counts created={preview.wouldCreate} updated={preview.wouldUpdate} unchanged={preview.unchanged} rejected={preview.rejected} />
      {preview.errors.length > 0 && <ErrorTable errors={preview.errors} caption={t('stockImport.errorsCaption')} />}
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">{t('stockImport.modeLegend')}</legend>
        {(
          [
            ['PARTIAL', t('stockImport.modePartial')],
            ['ALL_OR_NOTHING', t('stockImport.modeAll')],
          ] as const
        ).map(([value, label]) => (
          <div className="fr-fieldset__element" key={value}>
            <div className="fr-radio-group">
              <input
                type="radio"
                id={`mode-${value}`}
                name="mode"
                value={value}
                checked={mode === value}
                onChange={() => {
                  setMode(value);
                }}
              />
              <label className="fr-label" htmlFor={`mode-${value}`}>
                {label}
              </label>
            </div>
          </div>
        ))}
      </fieldset>
      <ul className="fr-btns-group fr-btns-group--inline">
        <li>
          <button
            type="button"
            className="fr-btn"
            disabled={busy}
            onClick={() => {
              onRun(mode);
            }}
          >
            {t('stockImport.run')}
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={onBack}>
            {t('stockImport.back')}
          </button>
        </li>
      </ul>
    </>
  );
}

export function Progress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const total = Math.max(job.totalLines, 1);
  const text = t(job.phase === 'VALIDATING' ? 'stockImport.validating' : 'stockImport.writing', {
    processed: job.processedLines,
    total: job.totalLines,
  });
  return (
    <div className="fr-mt-3w">
      <label htmlFor="import-progress">{t('stockImport.progressLabel')}</label>
      <progress id="import-progress" className="fr-mt-1w" style={{ width: '100%' }} max={total} value={Math.min(job.processedLines, total)} />
      <p aria-live="polite">{text}</p>
    </div>
  );
}

export function Summary({ job, errors, onAgain }: { job: ImportJob; errors: LineError[]; onAgain: () => void }) {
  const { t } = useTranslation();
  const done = job.status === 'DONE';
  return (
    <>
      <Alert kind={done ? (job.rejected > 0 ? 'warning' : 'success') : 'error'} title={t(done ? 'stockImport.doneTitle' : 'stockImport.failedTitle')}>
        <p>
          {t('stockImport.summary', {
            created: job.created,
            updated: job.updated,
            unchanged: job.unchanged,
            rejected: job.rejected,
          })}
        </p>
        {job.message !== undefined && <p>{codedText({ code: job.messageCode, params: job.messageParams, message: job.message }, job.message)}</p>}
      </Alert>
      <Counts created={job.created} updated={job.updated} unchanged={job.unchanged} rejected={job.rejected} />
      {errors.length > 0 && <ErrorTable errors={errors} caption={t('stockImport.errorsCaption')} />}
      <ul className="fr-btns-group fr-btns-group--inline">
        {job.rejected > 0 && (
          <li>
            <a className="fr-btn fr-btn--secondary" href={errorReportUrl(job.id)} download>
              {t('stockImport.downloadErrors')}
            </a>
          </li>
        )}
        <li>
          <button type="button" className="fr-btn" onClick={onAgain}>
            {t('stockImport.again')}
          </button>
        </li>
      </ul>
    </>
  );
}
