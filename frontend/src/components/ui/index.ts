export { Alert } from './alert';
export { ConfirmDialog } from './confirm-dialog';
export {
  SelectField,
  TextAreaField,
  TextField,
  type SelectOption,
  type SelectOptionGroup,
} from './fields';
export { EmptyState, ErrorState, LoadingState, StatusMessage } from './states';
export { CheckboxGroup } from './checkbox-group';
export { PageButtons } from './page-buttons';
export { RecordAction } from './record-action';
export { DataTable, ListPage, ListView } from './list-view';
export { ErrorSummary, WizardButtons, WizardHeading, WizardProgress, useWizardFocus } from './wizard';
export { Reference } from './reference';
export { CsvDownload } from './csv-download';
