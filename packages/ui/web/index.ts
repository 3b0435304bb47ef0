export {
  I18nProvider,
  LanguageSwitch,
  useI18n,
  storedLang,
  translate,
  enumLabel,
  italianCatalog,
  englishCatalog,
  mergeCatalogs,
  addMessages,
  LANGS,
  type Lang,
  type Catalog,
  type Messages,
  type Translate,
  type TranslateEnum,
  type MessageVars,
} from './i18n.js';
export { formatMessage } from './message-format.js';
export { describeError, errorReasonKey, errorCodeKey, readableParams, type DescribableError } from './error-messages.js';
// Both languages at once (ENUM_CATALOG, ERROR_CATALOG, portalCatalog, ERROR_TEXTS_IT, ERROR_TEXTS_EN) are in
// '@ixl/ui/catalogues', for tests and Node: a static path from here would put the English texts, and the reasons'
// Italian texts (loaded after the first screen, loadItalianErrors), into every portal's first load.
export { COMMON_MESSAGES } from './messages.js';
export { TextField, Button, Alert, Status, type TextFieldProps } from './form.js';
export {
  SelectField,
  TextAreaField,
  CheckboxField,
  FileField,
  FieldSet,
  ProgressBar,
  Notice,
  type SelectOption,
  type SelectFieldProps,
  type TextAreaFieldProps,
  type CheckboxFieldProps,
  type FileFieldProps,
} from './fields.js';
export { PortalLayout, PageTitle, Details, type NavItem } from './layout.js';
export { RouterProvider, Routes, Link, useRouter, stripBase, type Route } from './router.js';
export { DataTable, Pager, type Column } from './table.js';
export {
  formatDate,
  formatDateTime,
  formatCents,
  municipalityName,
  subjectKey,
  subjectLabel,
  languageName,
  countryName,
  formatNumber,
  formatPercent,
  formatMonth,
  formatHours,
  romeDateAndTime,
  statusReasonText,
  riskShareReasonText,
} from './format.js';
export { QueryLink, useQueryParam } from './query-link.js';
