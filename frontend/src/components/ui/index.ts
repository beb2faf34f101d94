export { Alert, type AlertProps, type AlertTone } from './alert';
export {
  SelectField,
  TextAreaField,
  TextField,
  type SelectOption,
  type SelectOptionGroup,
} from './fields';
export { EmptyState, ErrorState, LoadingState } from './states';
export { CheckboxGroup, type CheckboxGroupProps } from './checkbox-group';
export { PageButtons, type PageButtonsProps } from './page-buttons';
