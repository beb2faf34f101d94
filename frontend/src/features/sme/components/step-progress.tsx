import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SME_STEPS, type SmeStep } from '../model/wizard';

interface StepProgressProps {
  step: SmeStep;
  /** The step's heading, which takes the focus when the step changes. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** The list of steps, the current one marked, and the current step's heading. */
export function StepProgress({ step, headingRef }: StepProgressProps) {
  const { t } = useTranslation();
  const index = SME_STEPS.indexOf(step);
  return (
    <>
      <ol className="steps" aria-label={t('sme.progressLabel')}>
        {SME_STEPS.map((s, i) => (
          <li
            key={s}
            className={`steps__item${s === step ? ' steps__item--current' : ''}${i < index ? ' steps__item--done' : ''}`}
            aria-current={s === step ? 'step' : undefined}
          >
            {t(`sme.steps.${s}`)}
          </li>
        ))}
      </ol>
      <h2 ref={headingRef} tabIndex={-1} data-testid="sme-step" data-step={step}>
        <span className="muted steps__count">{t('sme.stepOf', { current: index + 1, total: SME_STEPS.length })}</span>{' '}
        {t(`sme.steps.${step}`)}
      </h2>
    </>
  );
}
