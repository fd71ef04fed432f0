import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Alert, fieldErrorsOf, problemText, type FieldErrors } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import {
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
import { useImportErrors, useImportProgress } from '../api/queries';
import { FileFacts, PreviewStep, Progress, Summary, UploadStep } from '../components/ImportSteps';
import { MappingStep, type Mapping } from '../components/MappingStep';

type Step = 'upload' | 'mapping' | 'preview' | 'running' | 'done';
const STEP_NUMBER: Record<Step, number> = { upload: 1, mapping: 2, preview: 3, running: 4, done: 4 };
const NO_ERRORS: LineError[] = [];

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

  // While running, follow the job's progress; the summary lists the rejected lines.
  const progress = useImportProgress(step === 'running' ? (job?.id ?? null) : null);
  const live = progress.data !== undefined && progress.data.id === job?.id ? progress.data : job;
  const shownStep: Step = step === 'running' && live !== null && live.status !== 'RUNNING' ? 'done' : step;
  const errors = useImportErrors(shownStep === 'done' && live !== null && live.rejected > 0 ? live.id : null).data?.items ?? NO_ERRORS;

  function restart() {
    setJob(null);
    setPreview(null);
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

  const current = STEP_NUMBER[shownStep];
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
      {shownStep === 'running' && live !== null && <Progress job={live} />}
      {shownStep === 'done' && live !== null && <Summary job={live} errors={errors} onAgain={restart} />}
    </div>
  );
}

