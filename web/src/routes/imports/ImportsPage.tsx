import { createRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { problemSentence } from '../../api/problem-messages';
import { Notice } from '../../ui/states';
import { usePageTitle } from '../../ui/PageTitle';
import { signedInRoute } from '../root';
import { ColumnMapping } from './ColumnMapping';
import { ImportReport } from './ImportReport';
import { ImportUpload } from './ImportUpload';
import type { PartnerImport } from './imports.queries';
import { ValueMapping, type ChosenColumns } from './ValueMapping';

export const importsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'imports',
  component: ImportsPage,
});

type Step = { name: 'upload' } | { name: 'columns'; partnerImport: PartnerImport } | { name: 'values'; partnerImport: PartnerImport; columns: ChosenColumns } | { name: 'report'; partnerImport: PartnerImport };

const STEP_TITLES = { upload: 'Upload a file', columns: 'Match the columns', values: 'Match the values', report: 'Check and import' } as const;

/** The import wizard: upload, columns, values, then the dry run's report, the decisions and the import itself. */
function ImportsPage() {
  const [step, setStep] = useState<Step>({ name: 'upload' });
  const [problem, setProblem] = useState<string | null>(null);
  usePageTitle('Import partners');
  const fail = (error: unknown) => setProblem(problemSentence(error));

  return (
    <>
      <h1>Import partners</h1>
      <ol className="wizard-steps" aria-label="Steps">
        {(Object.keys(STEP_TITLES) as Step['name'][]).map((name) => (
          <li key={name} aria-current={step.name === name ? 'step' : undefined}>
            {STEP_TITLES[name]}
          </li>
        ))}
      </ol>
      {problem && <Notice tone="warning">{problem}</Notice>}
      {step.name === 'upload' && (
        <ImportUpload
          onUploaded={(partnerImport) => {
            setProblem(null);
            setStep({ name: 'columns', partnerImport });
          }}
          onError={fail}
        />
      )}
      {step.name === 'columns' && (
        <ColumnMapping partnerImport={step.partnerImport} onError={fail} onNext={(columns) => setStep({ name: 'values', partnerImport: step.partnerImport, columns })} />
      )}
      {step.name === 'values' && (
        <ValueMapping
          partnerImport={step.partnerImport}
          columns={step.columns}
          onBack={() => setStep({ name: 'columns', partnerImport: step.partnerImport })}
          onError={fail}
          onMapped={(partnerImport) => {
            setProblem(null);
            setStep({ name: 'report', partnerImport });
          }}
        />
      )}
      {step.name === 'report' && (
        <ImportReport
          partnerImport={step.partnerImport}
          onError={fail}
          onRemap={(partnerImport) => setStep({ name: 'columns', partnerImport })}
          onAnother={() => setStep({ name: 'upload' })}
        />
      )}
    </>
  );
}
