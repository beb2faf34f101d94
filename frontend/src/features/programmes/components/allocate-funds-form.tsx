import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, TextField } from '@/components/ui';
import { checkPositiveDecimal, normaliseDecimalInput, type DecimalProblem } from '@/lib/decimal';
import { errorMessage, mapErrors, type AppError } from '@/lib/errors';
import { currencyFractionDigits, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { AllocateFundsMutation } from '../api/programmes';

type Field = 'amount' | 'reference';
type FieldProblem = DecimalProblem | 'server';

export interface AllocateFundsFormProps {
  programmeId: string;
  currency: string;
  onAllocated: () => void;
}

/** A fresh idempotency key; crypto.randomUUID needs a secure context (or localhost). */
function newKey(): string {
  return crypto.randomUUID();
}

/**
 * Allocates budget. Each submission carries an idempotency key: the same key is reused while
 * the form contents stay the same and no answer has arrived (a double click, or a retry after a
 * network failure), so the server records the allocation once; editing the form or a
 * successful answer starts a new key.
 */
export function AllocateFundsForm({ programmeId, currency, onAllocated }: AllocateFundsFormProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [problems, setProblems] = useState<Partial<Record<Field, FieldProblem>>>({});
  const [formError, setFormError] = useState<AppError | null>(null);
  const [success, setSuccess] = useState('');
  const [{ fetching }, allocate] = useMutation(AllocateFundsMutation);
  const keyRef = useRef<string | null>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  const referenceRef = useRef<HTMLInputElement>(null);
  const digits = currencyFractionDigits(currency);
  const example = digits > 0 ? `25000.${'0'.repeat(digits)}` : '25000';

  const edit = (setter: (v: string) => void) => (value: string) => {
    keyRef.current = null;
    setter(value);
  };

  function problemText(problem: FieldProblem): string {
    return problem === 'server' ? t('errors.fieldInvalid') : t(`wizard.problems.${problem}`);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    setSuccess('');
    setFormError(null);
    const local: Partial<Record<Field, FieldProblem>> = {};
    const amountProblem = checkPositiveDecimal(amount, { maxDecimals: digits });
    if (amountProblem) local.amount = amountProblem;
    const ref = reference.trim();
    if (ref === '') local.reference = 'required';
    else if (ref.length > 200) local.reference = 'tooLarge';
    setProblems(local);
    if (local.amount) {
      amountRef.current?.focus();
      return;
    }
    if (local.reference) {
      referenceRef.current?.focus();
      return;
    }
    keyRef.current ??= newKey();
    const value = normaliseDecimalInput(amount);
    const result = await allocate({
      input: { programId: programmeId, amount: value, currency, reference: ref, idempotencyKey: keyRef.current },
    });
    if (result.error || !result.data) {
      const errors = result.error ? mapErrors(result.error) : [{ kind: 'UNKNOWN' as const }];
      const server: Partial<Record<Field, FieldProblem>> = {};
      for (const e of errors) {
        if (e.kind !== 'VALIDATION') continue;
        if (e.field === 'reference') server.reference = 'server';
        else server.amount = 'server';
      }
      setProblems(server);
      if (errors[0]?.kind !== 'NETWORK') keyRef.current = null;
      if (server.amount) amountRef.current?.focus();
      else if (server.reference) referenceRef.current?.focus();
      setFormError(errors[0] ?? { kind: 'UNKNOWN' });
      return;
    }
    keyRef.current = null;
    const posting = result.data.allocateFunds;
    setSuccess(
      posting.replayed
        ? t('dashboard.replayed')
        : t('dashboard.allocatedSuccess', {
            amount: formatMoney(value, currency, locale),
            available: formatMoney(posting.funds.available, posting.funds.currency, locale),
          }),
    );
    setAmount('');
    setReference('');
    onAllocated();
  }

  return (
    <section aria-labelledby="allocate-title" className="panel">
      <h2 id="allocate-title">{t('dashboard.allocateTitle')}</h2>
      <p>{t('dashboard.allocateIntro')}</p>
      {formError ? (
        <Alert tone="error" testId="allocate-error">
          <p>
            {formError.kind === 'INSUFFICIENT_FUNDS'
              ? t('dashboard.insufficientFunds')
              : errorMessage(t, formError)}
          </p>
        </Alert>
      ) : null}
      {success ? (
        <Alert tone="success" testId="allocate-success">
          <p>{success}</p>
        </Alert>
      ) : null}
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          ref={amountRef}
          id="allocate-amount"
          name="amount"
          label={t('dashboard.amountLabel', { currency })}
          hint={t('dashboard.amountHint', { digits, example })}
          value={amount}
          onChange={edit(setAmount)}
          error={problems.amount ? problemText(problems.amount) : undefined}
          required
          autoComplete="off"
        />
        <TextField
          ref={referenceRef}
          id="allocate-reference"
          name="reference"
          label={t('dashboard.referenceLabel')}
          hint={t('dashboard.referenceHint')}
          value={reference}
          onChange={edit(setReference)}
          error={problems.reference ? problemText(problems.reference) : undefined}
          required
          maxLength={200}
        />
        <button type="submit" className="button" disabled={fetching} data-testid="allocate-submit">
          {fetching ? t('dashboard.allocating') : t('dashboard.allocate')}
        </button>
      </form>
    </section>
  );
}
