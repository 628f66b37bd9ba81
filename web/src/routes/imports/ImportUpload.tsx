import { useRef, useState, type DragEvent } from 'react';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/fields';
import { uploadImport, type Encoding, type PartnerImport } from './imports.queries';

const ENCODINGS = [
  { value: 'detect', label: 'Find out from the file' },
  { value: 'utf-8', label: 'UTF-8 (“CSV UTF-8”)' },
  { value: 'windows-1252', label: 'Windows-1252 (Excel’s “CSV”)' },
];

/** Step 1: a CSV file, dropped or chosen; any delimiter, UTF-8 or Windows-1252. */
export function ImportUpload({ onUploaded, onError }: { onUploaded: (partnerImport: PartnerImport) => void; onError: (error: unknown) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [encoding, setEncoding] = useState<Encoding>('detect');
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setProgress({ name: file.name, fraction: 0 });
    try {
      onUploaded(await uploadImport(file, encoding, (fraction) => setProgress({ name: file.name, fraction })));
    } catch (error) {
      onError(error);
    } finally {
      setProgress(null);
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void upload(event.dataTransfer.files[0]);
  };

  return (
    <section aria-labelledby="import-upload">
      <h2 id="import-upload">Upload a file</h2>
      <p>A CSV file saved from a spreadsheet or a published register: any columns, separated by commas, semicolons, tabs or bars.</p>
      <SelectField name="encoding" label="Text encoding" choices={ENCODINGS} value={encoding} onChange={(e) => setEncoding(e.target.value as Encoding)} />
      <div
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop a CSV file here, or</p>
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => void upload(e.target.files?.[0]).then(() => (e.target.value = ''))}
        />
        <Button variant="secondary" onClick={() => input.current?.click()} disabled={progress !== null}>
          Choose a CSV file
        </Button>
        {progress && (
          <div>
            <label htmlFor="import-upload-progress">Uploading {progress.name}</label>{' '}
            <progress id="import-upload-progress" max={1} value={progress.fraction}>
              {Math.round(progress.fraction * 100)}%
            </progress>
          </div>
        )}
      </div>
    </section>
  );
}
