import { PROFILE_MESSAGES, ProfileEditor, useSession } from '@ixl/portal-client';
import { Alert, PageTitle, addMessages, useI18n } from '@ixl/ui';

// The profile form's texts come with this page (not in the portal's first JS).
addMessages(PROFILE_MESSAGES);

/** "Il mio profilo": the person sees and edits their skills, languages, education and availability (matching uses them at once). */
export function MyProfilePage() {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <>
      <PageTitle>{t('myProfile.title')}</PageTitle>
      <p className="ixl-lead">{t('myProfile.lead')}</p>
      {user.beneficiaryId ? <ProfileEditor beneficiaryId={user.beneficiaryId} /> : <Alert>{t('record.notLinked')}</Alert>}
    </>
  );
}
