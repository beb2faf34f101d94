interface CheckboxGroupProps<T extends string> {
  id: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: string;
}

/** A fieldset of checkboxes; the fieldset itself takes focus when it holds an error. */
export function CheckboxGroup<T extends string>({ id, legend, options, value, onChange, error }: CheckboxGroupProps<T>) {
  const errorId = `${id}-error`;
  return (
    <fieldset
      id={id}
      className={`fieldset checkbox-group${error ? ' field--invalid' : ''}`}
      tabIndex={-1}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {error ? (
        <p className="field__error" id={errorId} data-testid={errorId}>
          {error}
        </p>
      ) : null}
      {options.map((option) => {
        const checked = value.includes(option.value);
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="checkbox">
            <input
              id={optionId}
              type="checkbox"
              checked={checked}
              onChange={() =>
                onChange(checked ? value.filter((v) => v !== option.value) : [...value, option.value])
              }
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
