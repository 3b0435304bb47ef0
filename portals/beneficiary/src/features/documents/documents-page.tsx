import { useQuery } from '@apollo/client/react';
import { QueryState, useSession } from '@ixl/portal-client';
import { Alert, Button, DataTable, PageTitle, formatDate, useI18n, addMessages } from '@ixl/ui';
import { useState } from 'react';
import { graphql } from '../../gql/index.js';
import { downloadWithToken } from './document-files.js';
import { DocumentUploadForm } from './document-upload-form.js';
import { DOCUMENTS_MESSAGES } from './messages.js';

// This page's own texts come with it (not in the portal's first JS).
addMessages(DOCUMENTS_MESSAGES);

export const MY_DOCUMENTS = graphql(`
  query BeneficiaryMyDocuments {
    myBeneficiary {
      id
      documents {
        id
        kind
        fileName
        contentType
        size
        uploadedAt
        downloadPath
      }
    }
  }
`);

const kib = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** My documents: the list (download with my token), and an upload form. */
export function DocumentsPage() {
  const { t, tEnum, lang } = useI18n();
  const { token } = useSession();
  const { data, loading, error, refetch } = useQuery(MY_DOCUMENTS);
  const [failed, setFailed] = useState<string | null>(null);

  const download = async (path: string, name: string) => {
    setFailed(null);
    if (!(await downloadWithToken(token, path, name))) setFailed(t('documents.downloadFailed', { name }));
  };

  return (
    <>
      <PageTitle>{t('documents.title')}</PageTitle>
      <section className="ixl-card" aria-labelledby="documents-list">
        <h2 id="documents-list">{t('documents.list')}</h2>
        {failed ? <Alert>{failed}</Alert> : null}
        <QueryState loading={loading} error={error} data={data?.myBeneficiary ?? undefined}>
          {(b) =>
            b.documents.length ? (
              <DataTable
                caption={t('documents.list')}
                captionHidden
                rows={b.documents}
                rowKey={(d) => d.id}
                columns={[
                  { key: 'name', header: t('documents.name'), cell: (d) => d.fileName },
                  { key: 'kind', header: t('documents.kind'), cell: (d) => tEnum('documents.kind', d.kind) },
                  { key: 'date', header: t('documents.date'), cell: (d) => formatDate(d.uploadedAt, lang) },
                  { key: 'size', header: t('documents.size'), cell: (d) => kib(d.size) },
                  {
                    key: 'get',
                    header: t('documents.download'),
                    cell: (d) => (
                      <Button
                        variant="secondary"
                        onClick={() => void download(d.downloadPath, d.fileName)}
                        aria-label={t('documents.downloadOne', { name: d.fileName })}
                      >
                        {t('documents.download')}
                      </Button>
                    ),
                  },
                ]}
              />
            ) : (
              <p>{t('documents.none')}</p>
            )
          }
        </QueryState>
      </section>
      <section className="ixl-card" aria-labelledby="documents-upload">
        <h2 id="documents-upload">{t('documents.uploadTitle')}</h2>
        <DocumentUploadForm token={token} onUploaded={() => void refetch()} />
      </section>
    </>
  );
}
