import type { ChangeEvent, ReactNode, Ref } from 'react';

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}

function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId} data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children(describedBy)}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date' | 'datetime-local';
  inputMode?: 'text' | 'decimal' | 'numeric';
  autoComplete?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  ref?: Ref<HTMLInputElement>;
  maxLength?: number;
}

export function TextField({
  id,
  name,
  label,
  value,
  onChange,
  type = 'text',
  autoComplete,
  hint,
  error,
  required = false,
  ref,
  maxLength,
  inputMode,
}: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          ref={ref}
          id={id}
          name={name}
          type={type}
          className="field__control"
          value={value}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
          autoComplete={autoComplete}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          maxLength={maxLength}
          inputMode={inputMode}
        />
      )}
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** Options shown under a heading (`<optgroup>`). */
export interface SelectOptionGroup {
  group: string;
  options: readonly SelectOption[];
}

function isGroup(option: SelectOption | SelectOptionGroup): option is SelectOptionGroup {
  return 'group' in option;
}

interface SelectFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (SelectOption | SelectOptionGroup)[];
  /** The text of an empty first option; without it, one of `options` is always chosen. */
  placeholder?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  ref?: Ref<HTMLSelectElement>;
}

export function SelectField({
  id,
  name,
  label,
  value,
  onChange,
  options,
  placeholder,
  hint,
  error,
  required = false,
  ref,
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          ref={ref}
          id={id}
          name={name}
          className="field__control"
          value={value}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) =>
            isGroup(option) ? (
              <optgroup key={`group:${option.group}`} label={option.group}>
                {option.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ) : (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ),
          )}
        </select>
      )}
    </FieldFrame>
  );
}

interface TextAreaFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  maxLength?: number;
  rows?: number;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line field with hint and error tied by aria-describedby (as `TextField`). */
export function TextAreaField({
  id,
  name,
  label,
  value,
  onChange,
  hint,
  error,
  required = false,
  maxLength,
  rows = 3,
  ref,
}: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          ref={ref}
          id={id}
          name={name}
          className="field__control"
          value={value}
          rows={rows}
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          maxLength={maxLength}
        />
      )}
    </FieldFrame>
  );
}
