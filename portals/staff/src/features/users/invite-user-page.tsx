import { useMutation, useQuery } from '@apollo/client/react';
import { apiErrors, formErrors } from '@ixl/portal-client';
import { Alert, Button, Notice, PageTitle, SelectField, TextField, useI18n } from '@ixl/ui';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';

const ORGANISATIONS = graphql(`
  query StaffInviteOrganisations {
    companies {
      id
      name
    }
    trainingBodies {
      id
      name
    }
  }
`);

const INVITE = graphql(`
  mutation StaffInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
      role
      displayName
    }
  }
`);

const FIELDS = ['role', 'organisation', 'displayName', 'email'] as const;
type Field = (typeof FIELDS)[number];
const API_FIELDS: Record<string, Field> = { companyId: 'organisation', trainingBodyId: 'organisation' };

/**
 * ADMIN: a new company or training-body user. The account is created without a password and the person gets a
 * first-password link by mail (72 hours; afterwards "Password dimenticata?" on the sign-in page).
 */
export function InviteUserPage() {
  const { t, errorText } = useI18n();
  const orgs = useQuery(ORGANISATIONS);
  const [invite, { loading }] = useMutation(INVITE);
  const [role, setRole] = useState<'COMPANY' | 'TRAINING_BODY' | ''>('');
  const [organisation, setOrganisation] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [invited, setInvited] = useState<{ email: string; name: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const focusFirst = (found: Partial<Record<Field, string>>) => {
    const first = FIELDS.find((f) => found[f]);
    if (first) (form.current?.elements.namedItem(first) as HTMLElement | null)?.focus();
  };
  const list = role === 'COMPANY' ? (orgs.data?.companies ?? []) : role === 'TRAINING_BODY' ? (orgs.data?.trainingBodies ?? []) : [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setGeneral(null);
    setInvited(null);
    const local: Partial<Record<Field, string>> = {};
    if (!role) local.role = t('error.required');
    if (role && !organisation) local.organisation = t('error.required');
    if (!displayName.trim()) local.displayName = t('error.required');
    if (!email.trim()) local.email = t('error.required');
    setErrors(local);
    if (Object.keys(local).length || !role) return focusFirst(local);
    const orgName = list.find((o) => o.id === organisation)?.name ?? null;
    try {
      await invite({
        variables: {
          input: {
            role,
            email: email.trim(),
            displayName: displayName.trim(),
            organisationName: orgName,
            ...(role === 'COMPANY' ? { companyId: organisation } : { trainingBodyId: organisation }),
          },
        },
      });
      setInvited({ email: email.trim(), name: displayName.trim() });
      setDisplayName('');
      setEmail('');
    } catch (err) {
      const errs = apiErrors(err).map((x) => (x.field && API_FIELDS[x.field] ? { ...x, field: API_FIELDS[x.field] } : x));
      const split = formErrors(errs, FIELDS, errorText);
      setErrors(split.fields as Partial<Record<Field, string>>);
      setGeneral(split.general.length ? split.general.map((g) => errorText(g)).join(' ') : null);
      focusFirst(split.fields as Partial<Record<Field, string>>);
    }
  };

  return (
    <>
      <PageTitle>{t('invite.title')}</PageTitle>
      <p>{t('invite.lead')}</p>
      {invited ? <Notice>{t('invite.done', { name: invited.name, email: invited.email })}</Notice> : null}
      {general ? <Alert>{general}</Alert> : null}
      <form ref={form} className="ixl-card ixl-form" noValidate onSubmit={(e) => void submit(e)}>
        <SelectField
          label={t('invite.role')}
          name="role"
          value={role}
          placeholder={t('invite.choose')}
          options={[
            { value: 'COMPANY', label: t('invite.role.COMPANY') },
            { value: 'TRAINING_BODY', label: t('invite.role.TRAINING_BODY') },
          ]}
          onChange={(e) => {
            setRole(e.target.value as typeof role);
            setOrganisation('');
          }}
          error={errors.role}
        />
        <SelectField
          label={role === 'TRAINING_BODY' ? t('invite.trainingBody') : t('invite.company')}
          name="organisation"
          value={organisation}
          placeholder={role ? t('invite.choose') : t('invite.chooseRoleFirst')}
          options={list.map((o) => ({ value: o.id, label: o.name }))}
          disabled={!role}
          onChange={(e) => setOrganisation(e.target.value)}
          error={errors.organisation}
        />
        <TextField
          label={t('invite.displayName')}
          name="displayName"
          autoComplete="off"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={errors.displayName}
          required
        />
        <TextField
          label={t('invite.email')}
          name="email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
          hint={t('invite.emailHint')}
          required
        />
        <Button type="submit" disabled={loading}>
          {loading ? t('invite.sending') : t('invite.submit')}
        </Button>
      </form>
    </>
  );
}
