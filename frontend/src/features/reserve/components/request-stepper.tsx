import { useTranslation } from 'react-i18next';
import type { ReserveRequestStatus } from '@/gql/graphql';
import { reachedStep, stepsFor } from '../model/stepper';

interface RequestStepperProps {
  status: ReserveRequestStatus;
  submittedAt?: string | null;
  endorsedAt?: string | null;
  triagedAt?: string | null;
}

/** A request's progress as an ordered list of steps, the current one marked for screen readers. */
export function RequestStepper({ status, ...times }: RequestStepperProps) {
  const { t } = useTranslation();
  const steps = stepsFor(status, reachedStep(times));
  return (
    <ol className="reserve-stepper" aria-label={t('reserve.stepper.label')} data-testid="reserve-stepper">
      {steps.map((step) => (
        <li
          key={step.status}
          className={`reserve-stepper__step reserve-stepper__step--${step.state}`}
          aria-current={step.state === 'current' ? 'step' : undefined}
          data-state={step.state}
          data-status={step.status}
        >
          <span className="reserve-stepper__label">{t(`reserve.statuses.${step.status}`)}</span>
          <span className="visually-hidden"> ({t(`reserve.stepper.${step.state}`)})</span>
        </li>
      ))}
    </ol>
  );
}
