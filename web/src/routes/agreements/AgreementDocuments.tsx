import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type DragEvent } from 'react';
import { problemSentence } from '../../api/problem-messages';
import { useFormatters } from '../../app/format';
import { Button } from '../../ui/Button';
import { EmptyState, LoadFailed, Loading, Notice } from '../../ui/states';
import { agreementKeys, downloadAgreementDocument, uploadAgreementDocument, useAgreementDocuments, type AgreementDocument } from './agreements.queries';

const sizeOf = (bytes: number | null): string => (bytes === null ? '' : bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Files and links of an agreement: upload by button or by dropping files, with progress; download. */
export function AgreementDocuments({ agreementId, canEdit }: { agreementId: string; canEdit: boolean }) {
  const documents = useAgreementDocuments(agreementId);
  const format = useFormatters();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);

  const upload = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      setMessage(null);
      setProgress({ name: file.name, fraction: 0 });
      try {
        await uploadAgreementDocument(agreementId, file, (fraction) => setProgress({ name: file.name, fraction }));
        setMessage({ tone: 'success', text: `${file.name} uploaded.` });
      } catch (error) {
        setMessage({ tone: 'warning', text: `${file.name} was not uploaded: ${problemSentence(error)}` });
      } finally {
        setProgress(null);
      }
    }
    await client.invalidateQueries({ queryKey: agreementKeys.documents(agreementId) });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void upload(event.dataTransfer.files);
  };
  const download = (document: AgreementDocument) => {
    downloadAgreementDocument(agreementId, document).catch((error: unknown) => setMessage({ tone: 'warning', text: problemSentence(error) }));
  };

  return (
    <section aria-labelledby="agreement-documents">
      <h2 id="agreement-documents">Documents</h2>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {canEdit && (
        <div
          className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p>Drop files here, or</p>
          <input ref={input} type="file" multiple className="visually-hidden" id="agreement-upload" tabIndex={-1} aria-hidden="true" onChange={(e) => void upload(e.target.files).then(() => { e.target.value = ''; })} />
          <Button variant="secondary" onClick={() => input.current?.click()} disabled={progress !== null}>
            Choose files to upload
          </Button>
          <p className="meta">PDF, Word, Excel, plain text, PNG or JPEG.</p>
          {progress && (
            <div>
              <label htmlFor="upload-progress">Uploading {progress.name}</label>{' '}
              <progress id="upload-progress" max={1} value={progress.fraction}>
                {Math.round(progress.fraction * 100)}%
              </progress>
            </div>
          )}
        </div>
      )}
      {documents.isPending ? (
        <Loading label="Loading documents…" />
      ) : documents.isError ? (
        <LoadFailed error={documents.error} retry={() => void documents.refetch()} />
      ) : documents.data.length === 0 ? (
        <EmptyState>
          <p>No documents yet.</p>
        </EmptyState>
      ) : (
        <ul className="item-list" aria-label="Documents">
          {documents.data.map((d) => (
            <li key={d.id}>
              <span>
                {d.kind === 'link' && d.url ? (
                  <a href={d.url} rel="noreferrer noopener" target="_blank">
                    {d.name} (opens in a new tab)
                  </a>
                ) : (
                  d.name
                )}
                <br />
                <span className="meta">
                  {d.kind === 'file' ? sizeOf(d.sizeBytes) : 'Link'} · added {format.dateTime(d.createdAt)}
                </span>
              </span>
              {d.kind === 'file' && (
                <Button variant="secondary" onClick={() => download(d)} aria-label={`Download ${d.name}`}>
                  Download
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
