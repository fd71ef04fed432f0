import { useEffect, useState, type DragEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Alert, fieldErrorsOf, problemText, type FieldErrors } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import {
  errorReportUrl,
  fetchErrors,
  fetchImport,
  previewImport,
  runImport,
  saveMapping,
  uploadFile,
  type ImportJob,
  type ImportMode,
  type LineError,
  type Preview,
} from '../api/imports';
import { MappingStep, type Mapping } from '../components/MappingStep';

type Step = 'upload' | 'mapping' | 'preview' | 'running' | 'done';
const STEP_NUMBER: Record<Step, number> = { upload: 1, mapping: 2, preview: 3, running: 4, done: 4 };

/** The stock import wizard: upload, mapping, dry run, run with progress, summary. */
export function StockImportPage() {
  return (
    <RequireSession>
      <ImportWizard />
    </RequireSession>
  );
}

function ImportWizard() {
  const { t } = useTranslation();
  useDocumentTitle(t('stockImport.title'));
  const [params, setParams] = useSearchParams();
  const importId = params.get('import');
  const [step, setStep] = useState<Step>('upload');
  const [job, setJob] = useState<ImportJob | null>(null);
  const [sample, setSample] = useState<string[][]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [errors, setErrors] = useState<LineError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  // The job id lives in the URL: a reload resumes the import where it was.
  useEffect(() => {
    if (importId === null || job?.id === importId) return;
    let active = true;
    fetchImport(importId)
      .then((loaded) => {
        if (!active) return;
        setJob(loaded);
        setStep(loaded.status === 'RUNNING' ? 'running' : loaded.status === 'DONE' || loaded.status === 'FAILED' ? 'done' : 'mapping');
      })
      .catch(() => {
        if (active) setParams({}, { replace: true });
      });
    return () => {
      active = false;
    };
  }, [importId, job?.id, setParams]);

  // While running, follow the job's progress.
  useEffect(() => {
    if (step !== 'running' || job === null) return;
    const id = job.id;
    const timer = window.setInterval(() => {
      fetchImport(id)
        .then((loaded) => {
          setJob(loaded);
          if (loaded.status !== 'RUNNING') setStep('done');
        })
        .catch(() => undefined);
    }, 1000);
    return () => {
      window.clearInterval(timer);
    };
  }, [step, job?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (step !== 'done' || job === null || job.rejected === 0) return;
    let active = true;
    fetchErrors(job.id)
      .then((page) => {
        if (active) setErrors(page.items);
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [step, job]);

  function restart() {
    setJob(null);
    setPreview(null);
    setErrors([]);
    setSample([]);
    setFailure(null);
    setFieldErrors({});
    setParams({});
    setStep('upload');
  }

  async function uploaded(file: File, onProgress: (f: number) => void) {
    setFailure(null);
    try {
      const answer = await uploadFile(file, onProgress);
      setJob(answer.job);
      setSample(answer.sample);
      setParams({ import: answer.job.id });
      setStep('mapping');
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setFailure(fields.file ?? problemText(error, t('form.unexpected')));
    }
  }

  async function mapped(mapping: Mapping) {
    if (job === null) return;
    setBusy(true);
    setFieldErrors({});
    setFailure(null);
    try {
      const columns = Object.fromEntries(Object.entries(mapping).filter(([, field]) => field !== ''));
      setJob(await saveMapping(job.id, columns));
      setPreview(await previewImport(job.id));
      setStep('preview');
    } catch (error) {
      setFieldErrors(fieldErrorsOf(error));
      setFailure(problemText(error, t('form.unexpected')));
    } finally {
      setBusy(false);
    }
  }

  async function run(mode: ImportMode) {
    if (job === null) return;
    setBusy(true);
    setFailure(null);
    try {
      setJob(await runImport(job.id, mode));
      setStep('running');
    } catch (error) {
      setFailure(problemText(error, t('form.unexpected')));
    } finally {
      setBusy(false);
    }
  }

  const current = STEP_NUMBER[step];
  const titles = [t('stockImport.step1'), t('stockImport.step2'), t('stockImport.step3'), t('stockImport.step4')];
  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('stockImport.heading')}</h1>
      <p>{t('stockImport.intro')}</p>
      <div className="fr-stepper">
        <h2 className="fr-stepper__title">
          {titles[current - 1]}
          <span className="fr-stepper__state">{t('stockImport.stepOf', { current, total: 4 })}</span>
        </h2>
        <div className="fr-stepper__steps" data-fr-current-step={current} data-fr-steps={4} />
        {current < 4 && (
          <p className="fr-stepper__details">
            <span className="fr-text--bold">{t('stockImport.nextStep')}</span> {titles[current]}
          </p>
        )}
      </div>
      {failure !== null && (
        <Alert kind="error" key={failure}>
          {failure}
        </Alert>
      )}
      {step === 'upload' && <UploadStep onUpload={uploaded} />}
      {step === 'mapping' && job !== null && (
        <>
          <FileFacts job={job} />
          <MappingStep
            headers={job.headers}
            suggested={job.mapping}
            sample={sample}
            serverErrors={fieldErrors}
            busy={busy}
            onSubmit={(m) => void mapped(m)}
          />
        </>
      )}
      {step === 'preview' && preview !== null && (
        <PreviewStep
          preview={preview}
          busy={busy}
          onRun={(mode) => void run(mode)}
          onBack={() => {
            setStep('mapping');
          }}
        />
      )}
      {step === 'running' && job !== null && <Progress job={job} />}
      {step === 'done' && job !== null && <Summary job={job} errors={errors} onAgain={restart} />}
    </div>
  );
}

function FileFacts({ job }: { job: ImportJob }) {
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

function UploadStep({ onUpload }: { onUpload: (file: File, onProgress: (f: number) => void) => Promise<void> }) {
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

function ErrorTable({ errors, caption }: { errors: LineError[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="fr-table">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('stockImport.line')}</th>
                  <th scope="col">{t('stockImport.column')}</th>
                  <th scope="col">{t('stockImport.value')}</th>
                  <th scope="col">{t('stockImport.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {errors.map((e, i) => (
                  <tr key={i}>
                    <td>{e.line}</td>
                    <td>{e.column}</td>
                    <td>{e.value}</td>
                    <td>{e.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}

function Counts({ created, updated, unchanged, rejected }: { created: number; updated: number; unchanged: number; rejected: number }) {
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

function PreviewStep({
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

function Progress({ job }: { job: ImportJob }) {
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

function Summary({ job, errors, onAgain }: { job: ImportJob; errors: LineError[]; onAgain: () => void }) {
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
        {job.message !== undefined && <p>{job.message}</p>}
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
