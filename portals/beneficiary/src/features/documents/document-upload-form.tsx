import { Button, FileField, Notice, SelectField, useI18n } from '@ixl/ui';
import { useRef, useState, type FormEvent } from 'react';
import { DOCUMENT_KINDS, checkDocumentFile, uploadDocument, type DocumentKind } from './document-files.js';

/** Picks a file and its kind and sends it; the error is shown next to the file, the choice kept. */
export function DocumentUploadForm({ token, onUploaded }: { token: string; onUploaded: (fileName: string) => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<DocumentKind>('CV');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFile = () => (formRef.current?.elements.namedItem('file') as HTMLElement | null)?.focus();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const local = checkDocumentFile(file);
    if (local || !file) {
      setError(t(local ?? 'documents.error.noFile'));
      focusFile();
      return;
    }
    setBusy(true);
    const result = await uploadDocument(token, kind, file);
    setBusy(false);
    if (result.ok) {
      setError(undefined);
      setDone(t('documents.uploaded', { name: file.name }));
      onUploaded(file.name);
      return;
    }
    setError(result.key ? t(result.key) : result.message);
    focusFile();
  };

  return (
    <form ref={formRef} noValidate onSubmit={(e) => void submit(e)} aria-label={t('documents.uploadTitle')}>
      <SelectField
        label={t('documents.kind')}
        name="kind"
        options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
        value={kind}
        onChange={(e) => setKind(e.target.value === 'IDENTITY_DOCUMENT' ? 'IDENTITY_DOCUMENT' : 'CV')}
      />
      <FileField
        label={t('documents.file')}
        name="file"
        accept=".pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png"
        hint={t('documents.fileHint')}
        error={error}
        onFile={(f) => setFile(f)}
      />
      <div className="ixl-actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('documents.uploading') : t('documents.upload')}
        </Button>
      </div>
      {done ? <Notice>{done}</Notice> : null}
    </form>
  );
}
