import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Alert, SelectField } from '@/components/ui';
import type { CatalogueItemKind } from '@/gql/graphql';
import { errorMessage } from '@/lib/errors';
import { useSession } from '@/lib/session-context';
import { useDocumentTitle } from '@/lib/use-document-title';
import { CreateCatalogueItemMutation } from '../api/catalogue';
import { ItemEditor } from '../components/item-editor';
import { emptyEditor, workspaceBase } from '../model/editor';
import { refusalOf } from '../model/outcome';
import { KINDS } from '../model/search-state';

const ENISA_KINDS = KINDS.filter((k) => k !== 'SERVICE');

/** A new draft: ENISA chooses its kind; a service provider writes a service. */
export default function NewCatalogueItemPage() {
  const { t } = useTranslation();
  const session = useSession();
  const vendor = session?.user.role === 'SERVICE_PROVIDER';
  const base = workspaceBase(session?.user.role);
  const navigate = useNavigate();
  const [kind, setKind] = useState<CatalogueItemKind>(vendor ? 'SERVICE' : 'GUIDELINE');
  const [failure, setFailure] = useState<string | null>(null);
  const [, create] = useMutation(CreateCatalogueItemMutation);
  const title = vendor ? t('catalogue.editor.newServiceTitle') : t('catalogue.editor.newTitle');
  useDocumentTitle(title);
  return (
    <>
      <p>
        <Link to={base}>{vendor ? t('catalogue.workspace.vendorTitle') : t('catalogue.workspace.title')}</Link>
      </p>
      <h1 id="new-item-title" tabIndex={-1}>
        {title}
      </h1>
      {vendor ? null : (
        <SelectField
          id="new-item-kind"
          name="kind"
          label={t('catalogue.editor.kind')}
          value={kind}
          onChange={(v) => setKind(ENISA_KINDS.find((k) => k === v) ?? 'GUIDELINE')}
          options={ENISA_KINDS.map((k) => ({ value: k, label: t(`catalogue.kinds.${k}`) }))}
        />
      )}
      {failure ? (
        <Alert tone="error" testId="new-item-error">
          <p>{failure}</p>
        </Alert>
      ) : null}
      <ItemEditor
        key={kind}
        kind={kind}
        initial={emptyEditor(kind)}
        submitLabel={t('catalogue.editor.create')}
        onSubmit={async (input) => {
          setFailure(null);
          const result = await create({ kind, input });
          const id = result.data?.createCatalogueItem.id;
          if (id) {
            void navigate(`${base}/${id}`, { state: { message: 'created' } });
            return null;
          }
          const refusal = result.error ? refusalOf(result.error) : ({ kind: 'error', error: { kind: 'UNKNOWN' } } as const);
          if (refusal.kind === 'fields') return refusal.problems;
          setFailure(refusal.kind === 'state' ? t('catalogue.editor.notVerified') : errorMessage(t, refusal.error));
          return null;
        }}
      />
    </>
  );
}
