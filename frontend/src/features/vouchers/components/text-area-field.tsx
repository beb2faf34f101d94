import type { ChangeEvent, Ref } from 'react';

export interface TextAreaFieldProps {
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
    </div>
  );
}
