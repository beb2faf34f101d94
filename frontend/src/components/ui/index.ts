export { Alert, type AlertProps, type AlertTone } from './alert';
export { SelectField, TextField, type SelectOption, type SelectOptionGroup } from './fields';
export { EmptyState, ErrorState, LoadingState } from './states';
export { CheckboxGroup, type CheckboxGroupProps } from './checkbox-group';
