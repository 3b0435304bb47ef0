export {
  I18nProvider,
  LanguageSwitch,
  useI18n,
  storedLang,
  translate,
  mergeCatalogs,
  LANGS,
  type Lang,
  type Catalog,
  type Messages,
  type Translate,
  type TranslateEnum,
} from './i18n.js';
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
export { formatDate, formatDateTime, formatCents, municipalityName } from './format.js';
export { QueryLink, useQueryParam } from './query-link.js';
