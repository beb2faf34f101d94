/**
 * The parts every step-by-step form shares: the list of steps, the step's heading, the summary
 * of its errors with links to the fields, the back and next buttons, and moving focus after a
 * step change.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { Alert } from './alert';

export interface WizardProgressProps<S extends string> {
  steps: readonly S[];
  current: S;
  label: string;
  stepLabel: (step: S) => string;
}

/** The steps in order; the current one marked for screen readers, the done ones for the eye. */
export function WizardProgress<S extends string>({ steps, current, label, stepLabel }: WizardProgressProps<S>) {
  const index = steps.indexOf(current);
  return (
    <ol className="steps" aria-label={label}>
      {steps.map((s, i) => (
        <li
          key={s}
          className={`steps__item${s === current ? ' steps__item--current' : ''}${i < index ? ' steps__item--done' : ''}`}
          aria-current={s === current ? 'step' : undefined}
        >
          {stepLabel(s)}
        </li>
      ))}
    </ol>
  );
}

export interface WizardHeadingProps {
  ref: RefObject<HTMLHeadingElement | null>;
  /** "Step 2 of 5". */
  count: string;
  title: string;
  step: string;
  testId: string;
}

/** The current step's heading; focused when the step changes. */
export function WizardHeading({ ref, count, title, step, testId }: WizardHeadingProps) {
  return (
    <h2 ref={ref} tabIndex={-1} data-testid={testId} data-step={step}>
      <span className="muted steps__count">{count}</span> {title}
    </h2>
  );
}

export interface ErrorSummaryProps {
  title: string;
  /** Each problem: the field's element id and the sentence. */
  entries: readonly { fieldId: string; text: string | undefined }[];
  testId: string;
}

/** The errors of a step, each a link that moves focus to its field. */
export function ErrorSummary({ title, entries, testId }: ErrorSummaryProps) {
  if (entries.length === 0) return null;
  return (
    <Alert tone="error" title={title} testId={testId}>
      <ul className="error-summary">
        {entries.map(({ fieldId, text }) => (
          <li key={fieldId}>
            <a
              href={`#${fieldId}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(fieldId)?.focus();
              }}
            >
              {text}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

export interface WizardButtonsProps {
  /** Null on the first step. */
  onBack: (() => void) | null;
  backLabel: string;
  backTestId: string;
  /** The submit button's text and test id (next step, or send on the last one). */
  submitLabel: string;
  submitTestId: string;
  busy: boolean;
}

export function WizardButtons({ onBack, backLabel, backTestId, submitLabel, submitTestId, busy }: WizardButtonsProps) {
  return (
    <div className="button-row">
      {onBack ? (
        <button type="button" className="button button--secondary" onClick={onBack} data-testid={backTestId}>
          {backLabel}
        </button>
      ) : null}
      <button type="submit" className="button" disabled={busy} data-testid={submitTestId}>
        {submitLabel}
      </button>
    </div>
  );
}

/**
 * Where focus goes after the next render: `'step'` for the step's heading, or an element id.
 * Returns the heading's ref and the setter.
 */
export function useWizardFocus(step: string) {
  const [target, setTarget] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!target) return;
    const element = target === 'step' ? headingRef.current : document.getElementById(target);
    element?.focus();
    setTarget(null);
  }, [target, step]);
  return { headingRef, focus: setTarget };
}
