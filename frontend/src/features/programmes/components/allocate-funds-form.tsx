import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, TextField } from '@/components/ui';
import { checkPositiveDecimal, normaliseDecimalInput, type DecimalProblem } from '@/lib/decimal';
import { errorMessage, mapErrors, type AppError } from '@/lib/errors';
import { currencyFractionDigits, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { AllocateFundsMutation, DeallocateFundsMutation } from '../api/programmes';

type Field = 'amount' | 'reference';
type FieldProblem = DecimalProblem | 'server';
type MovementKind = 'allocate' | 'deallocate';

interface AllocateFundsFormProps {
  programmeId: string;
  currency: string;
  onAllocated: () => void;
}

interface FundsMovementFormProps {
  kind: MovementKind;
  programmeId: string;
  currency: string;
  /** The available funds (deallocation only): shown as the most that can be removed. */
  available?: string;
  onDone: () => void;
}

const MOVEMENT_TEXT = {
  allocate: {
    title: 'dashboard.allocateTitle',
    amountLabel: 'dashboard.amountLabel',
    submit: 'dashboard.allocate',
    submitting: 'dashboard.allocating',
    success: 'dashboard.allocatedSuccess',
    replayed: 'dashboard.replayed',
  },
  deallocate: {
    title: 'dashboard.deallocateTitle',
    amountLabel: 'dashboard.deallocateAmountLabel',
    submit: 'dashboard.deallocate',
    submitting: 'dashboard.deallocating',
    success: 'dashboard.deallocatedSuccess',
    replayed: 'dashboard.deallocateReplayed',
  },
} as const;

/** A fresh idempotency key; crypto.randomUUID needs a secure context (or localhost). */
function newKey(): string {
  return crypto.randomUUID();
}

/** Adds budget to a programme (`allocateFunds`). */
export function AllocateFundsForm({ programmeId, currency, onAllocated }: AllocateFundsFormProps) {
  return <FundsMovementForm kind="allocate" programmeId={programmeId} currency={currency} onDone={onAllocated} />;
}

/** Removes unused budget (`deallocateFunds`); the server refuses more than is available. */
export function DeallocateFundsForm({
  programmeId,
  currency,
  available,
  onDeallocated,
}: {
  programmeId: string;
  currency: string;
  available: string;
  onDeallocated: () => void;
}) {
  return (
    <FundsMovementForm
      kind="deallocate"
      programmeId={programmeId}
      currency={currency}
      available={available}
      onDone={onDeallocated}
    />
  );
}

/**
 * Allocates or deallocates budget. Each submission carries an idempotency key: the same key is
 * reused while the form contents stay the same and no answer has arrived (a double click, or a
 * retry after a network failure), so the server records the movement once; editing the form or
 * a successful answer starts a new key.
 */
function FundsMovementForm({ kind, programmeId, currency, available, onDone }: FundsMovementFormProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [problems, setProblems] = useState<Partial<Record<Field, FieldProblem>>>({});
  const [formError, setFormError] = useState<AppError | null>(null);
  const [success, setSuccess] = useState('');
  const [allocation, allocate] = useMutation(AllocateFundsMutation);
  const [deallocation, deallocate] = useMutation(DeallocateFundsMutation);
  const fetching = kind === 'allocate' ? allocation.fetching : deallocation.fetching;
  const text = MOVEMENT_TEXT[kind];
  const availableText = available !== undefined ? formatMoney(available, currency, locale) : '';
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
    const input = { programId: programmeId, amount: value, currency, reference: ref, idempotencyKey: keyRef.current };
    const result =
      kind === 'allocate'
        ? await allocate({ input }).then((r) => ({ error: r.error, posting: r.data?.allocateFunds }))
        : await deallocate({ input }).then((r) => ({ error: r.error, posting: r.data?.deallocateFunds }));
    const posting = result.posting;
    if (result.error || !posting) {
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
    setSuccess(
      posting.replayed
        ? t(text.replayed)
        : t(text.success, {
            amount: formatMoney(value, currency, locale),
            available: formatMoney(posting.funds.available, posting.funds.currency, locale),
          }),
    );
    setAmount('');
    setReference('');
    onDone();
  }

  return (
    <section aria-labelledby={`${kind}-title`} className="panel" data-testid={`${kind}-form`}>
      <h2 id={`${kind}-title`}>{t(text.title)}</h2>
      <p>{kind === 'deallocate' ? t('dashboard.deallocateIntro', { available: availableText }) : t('dashboard.allocateIntro')}</p>
      {formError ? (
        <Alert tone="error" testId={`${kind}-error`}>
          <p>
            {formError.kind === 'INSUFFICIENT_FUNDS'
              ? kind === 'deallocate'
                ? t('dashboard.deallocateInsufficient', { available: availableText })
                : t('dashboard.insufficientFunds')
              : errorMessage(t, formError)}
          </p>
        </Alert>
      ) : null}
      {success ? (
        <Alert tone="success" testId={`${kind}-success`}>
          <p>{success}</p>
        </Alert>
      ) : null}
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          ref={amountRef}
          id={`${kind}-amount`}
          name="amount"
          label={t(text.amountLabel, { currency })}
          hint={t('dashboard.amountHint', { digits, example })}
          value={amount}
          onChange={edit(setAmount)}
          error={problems.amount ? problemText(problems.amount) : undefined}
          required
          autoComplete="off"
        />
        <TextField
          ref={referenceRef}
          id={`${kind}-reference`}
          name="reference"
          label={t('dashboard.referenceLabel')}
          hint={t('dashboard.referenceHint')}
          value={reference}
          onChange={edit(setReference)}
          error={problems.reference ? problemText(problems.reference) : undefined}
          required
          maxLength={200}
        />
        <button type="submit" className="button" disabled={fetching} data-testid={`${kind}-submit`}>
          {fetching ? t(text.submitting) : t(text.submit)}
        </button>
      </form>
    </section>
  );
}
