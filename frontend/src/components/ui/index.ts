export { Alert, type AlertProps, type AlertTone } from './alert';
export {
  SelectField,
  TextAreaField,
  TextField,
  type SelectOption,
  type SelectOptionGroup,
} from './fields';
export { EmptyState, ErrorState, LoadingState, StatusMessage } from './states';
export { CheckboxGroup, type CheckboxGroupProps } from './checkbox-group';
export { PageButtons, type PageButtonsProps } from './page-buttons';
export { RecordAction } from './record-action';
export { DataTable, ListPage, ListView, type ListPager, type TableColumn } from './list-view';
