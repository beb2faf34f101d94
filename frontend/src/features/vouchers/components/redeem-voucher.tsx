import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { Alert, SelectField, TextField } from '@/components/ui';
import type { VoucherLookupQuery as LookupResult } from '@/gql/graphql';
import { normaliseDecimalInput } from '@/lib/decimal';
import { errorMessage, mapErrors, type AppError } from '@/lib/errors';
import { formatDeadline, formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { RedeemVoucherMutation, VoucherLookupQuery } from '../api/redemptions';
import { checkAmount } from '../model/application-draft';
import { formatPercent, serviceCategoryLabel } from '../model/display';
import { Attachments, type AttachmentItem } from './attachments';
import { VoucherStatusBadge } from './status-badge';
import { useRetryKeys } from '@/lib/idempotency';

type Quote = LookupResult['voucherLookup'];
type Field = 'code' | 'invoiceAmount' | 'invoiceReference' | 'serviceCategory';
type Errors = Partial<Record<Field, string>>;

const REDEEMABLE = new Set<Quote['status']>(['ISSUED', 'PARTIALLY_REDEEMED']);
/** Decimals the form accepts in an invoice amount; the server checks the voucher's currency. */
const MONEY_DECIMALS = 2;

/** The redemption just made, to which the provider attaches its invoice. */
interface Redeemed {
  id: string;
  invoiceReference: string;
  attachments: AttachmentItem[];
}

/**
 * Look a code up (with an invoice amount: what the voucher pays and what the clinic pays), then
 * redeem it against the invoice, and attach the invoice (`POST /redemptions/{id}/attachments`)
 * for the agency to read before it approves the payment. Each refusal has its own words: `NOT_FOUND` (unknown or not
 * yours), `RATE_LIMITED`, `VALIDATION` on the code (a typo caught by the check character),
 * `CONFLICT` (invoice reference used before), `INVALID_STATE_TRANSITION` (expired, cancelled or
 * used up).
 */
export function RedeemVoucher() {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const client = useClient();
  const [code, setCode] = useState('');
  const [invoiceAmount, setInvoiceAmount] = useState('');
  const [invoiceReference, setInvoiceReference] = useState('');
  const [serviceCategory, setServiceCategory] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [alert, setAlert] = useState<{ tone: 'error' | 'success'; text: string; testId: string } | null>(null);
  const [redeemed, setRedeemed] = useState<Redeemed | null>(null);
  const [quote, setQuote] = useState<Quote | null>(null);
  const [looking, setLooking] = useState(false);
  const [{ fetching: redeeming }, redeem] = useMutation(RedeemVoucherMutation);
  const retryKeys = useRetryKeys();
  const alertRef = useRef<HTMLDivElement>(null);
  const quoteRef = useRef<HTMLHeadingElement>(null);
  const refs = {
    code: useRef<HTMLInputElement>(null),
    invoiceAmount: useRef<HTMLInputElement>(null),
    invoiceReference: useRef<HTMLInputElement>(null),
    serviceCategory: useRef<HTMLSelectElement>(null),
  };

  function focusFirst(found: Errors) {
    const first = (['code', 'invoiceAmount', 'invoiceReference', 'serviceCategory'] as const).find((f) => found[f]);
    if (first) refs[first].current?.focus();
  }

  function showAlert(tone: 'error' | 'success', text: string, testId: string) {
    setAlert({ tone, text, testId });
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  /** The words for a refusal; field errors are returned to be shown next to their field. */
  function explain(list: AppError[]): { field?: Errors; text?: string; testId: string } {
    const first = list[0] ?? { kind: 'UNKNOWN' as const };
    switch (first.kind) {
      case 'VALIDATION':
        if (first.field === 'code') return { field: { code: t('redeem.codeTypo') }, testId: 'redeem-error' };
        if (first.field === 'serviceCategory') {
          return { field: { serviceCategory: t('redeem.categoryNotCovered') }, testId: 'redeem-error' };
        }
        if (first.field === 'invoiceAmount' || first.field === 'invoiceReference') {
          return { field: { [first.field]: t('errors.fieldInvalid') }, testId: 'redeem-error' };
        }
        return { text: errorMessage(t, first), testId: 'redeem-error' };
      case 'NOT_FOUND':
        return { text: t('redeem.notFound'), testId: 'redeem-not-found' };
      case 'RATE_LIMITED':
        return { text: t('redeem.rateLimited'), testId: 'redeem-rate-limited' };
      case 'CONFLICT':
        return { field: { invoiceReference: t('redeem.invoiceUsed') }, testId: 'redeem-error' };
      case 'INVALID_STATE_TRANSITION':
        return { text: t('redeem.notRedeemableError'), testId: 'redeem-not-redeemable' };
      default:
        return { text: errorMessage(t, first), testId: 'redeem-error' };
    }
  }

  function report(list: AppError[]) {
    const { field, text, testId } = explain(list);
    if (field) {
      setErrors(field);
      focusFirst(field);
    }
    if (text) showAlert('error', text, testId);
  }

  async function onLookup(event: FormEvent) {
    event.preventDefault();
    if (looking) return;
    setAlert(null);
    setQuote(null);
    const found: Errors = {};
    if (code.trim() === '') found.code = t('applicationForm.problems.required');
    const amount = normaliseDecimalInput(invoiceAmount);
    if (amount !== '') {
      const problem = checkAmount(amount, MONEY_DECIMALS, true);
      if (problem) found.invoiceAmount = t(`applicationForm.problems.${problem}`);
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    setLooking(true);
    const result = await client
      .query(VoucherLookupQuery, { code: code.trim(), invoiceAmount: amount === '' ? null : amount }, { requestPolicy: 'network-only' })
      .toPromise();
    setLooking(false);
    if (result.error || !result.data) {
      report(result.error ? mapErrors(result.error) : []);
      return;
    }
    setQuote(result.data.voucherLookup);
    setServiceCategory('');
    requestAnimationFrame(() => quoteRef.current?.focus());
  }

  async function onRedeem(event: FormEvent) {
    event.preventDefault();
    if (redeeming || !quote) return;
    setAlert(null);
    const found: Errors = {};
    const reference = invoiceReference.trim();
    if (reference === '') found.invoiceReference = t('applicationForm.problems.required');
    else if (reference.length > 100) found.invoiceReference = t('errors.fieldInvalid');
    if (serviceCategory === '') found.serviceCategory = t('applicationForm.problems.required');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    const input = {
      code: code.trim(),
      invoiceReference: reference,
      serviceCategory,
      invoiceAmount: normaliseDecimalInput(invoiceAmount),
    };
    const result = await redeem({ input: { ...input, idempotencyKey: retryKeys.keyFor(input) } });
    retryKeys.settle(result);
    if (result.error || !result.data) {
      report(result.error ? mapErrors(result.error) : []);
      return;
    }
    const payload = result.data.redeemVoucher;
    setRedeemed({ id: payload.redemption.id, invoiceReference: payload.redemption.invoiceReference, attachments: [] });
    const money = (value: string) => formatMoney(value, payload.redemption.currency, locale);
    showAlert(
      'success',
      t('redeem.success', {
        covered: money(payload.covered),
        clinicPays: money(payload.clinicPays),
        remaining: money(payload.remaining),
      }),
      'redeem-success',
    );
    setQuote({ ...quote, remaining: payload.remaining, status: payload.voucherStatus, covers: null, clinicPays: null });
    setInvoiceReference('');
    setInvoiceAmount('');
  }

  const money = (value: string) => formatMoney(value, quote?.currency ?? 'EUR', locale);
  const canRedeem = quote !== null && REDEEMABLE.has(quote.status) && quote.covers !== null;

  return (
    <>
      {alert ? (
        <Alert tone={alert.tone} ref={alertRef} testId={alert.testId}>
          <p>{alert.text}</p>
        </Alert>
      ) : null}
      {redeemed ? (
        <div className="panel">
          <Attachments
            key={redeemed.id}
            parentPath={`/redemptions/${encodeURIComponent(redeemed.id)}`}
            attachments={redeemed.attachments}
            canUpload
            onUploaded={(item) => {
              if (item) setRedeemed((r) => (r && r.id === redeemed.id ? { ...r, attachments: [...r.attachments, item] } : r));
            }}
            idPrefix="redemption-invoice"
            title={t('redeem.invoiceTitle', { reference: redeemed.invoiceReference })}
            emptyText={t('redeem.invoiceEmpty')}
            fileLabel={t('redeem.invoiceFile')}
          />
        </div>
      ) : null}
      <section aria-labelledby="lookup-title" className="panel">
        <h2 id="lookup-title">{t('redeem.lookupTitle')}</h2>
        <form onSubmit={(e) => void onLookup(e)} noValidate data-testid="lookup-form">
          <TextField
            ref={refs.code}
            id="redeem-code"
            name="code"
            label={t('redeem.code')}
            hint={t('redeem.codeHint')}
            value={code}
            onChange={(value) => {
              setCode(value);
              setQuote(null);
            }}
            error={errors.code}
            autoComplete="off"
            required
          />
          <TextField
            ref={refs.invoiceAmount}
            id="redeem-invoiceAmount"
            name="invoiceAmount"
            label={t('redeem.invoiceAmount')}
            hint={t('redeem.invoiceAmountHint')}
            value={invoiceAmount}
            onChange={(value) => {
              setInvoiceAmount(value);
              setQuote(null);
            }}
            error={errors.invoiceAmount}
            inputMode="decimal"
            autoComplete="off"
          />
          <button type="submit" className="button" disabled={looking} data-testid="lookup-submit">
            {looking ? t('redeem.lookingUp') : t('redeem.lookup')}
          </button>
        </form>
      </section>

      {quote ? (
        <section aria-labelledby="quote-title" className="panel" data-testid="voucher-quote" data-status={quote.status}>
          <h2 id="quote-title" ref={quoteRef} tabIndex={-1}>
            {t('redeem.quoteTitle')}
          </h2>
          <p>
            <VoucherStatusBadge status={quote.status} />
          </p>
          {!REDEEMABLE.has(quote.status) ? <p className="field__error">{t('redeem.notRedeemable')}</p> : null}
          <dl className="summary">
            <div>
              <dt>{t('redeem.clinic')}</dt>
              <dd data-testid="quote-clinic">{quote.clinicName}</dd>
            </div>
            <div>
              <dt>{t('redeem.remaining')}</dt>
              <dd data-testid="quote-remaining">{money(quote.remaining)}</dd>
            </div>
            <div>
              <dt>{t('redeem.expires')}</dt>
              <dd>{formatDeadline(quote.expiresAt, new Date(), locale)}</dd>
            </div>
            <div>
              <dt>{t('redeem.aidIntensity')}</dt>
              <dd>{t('programmes.aidIntensityValue', { percent: formatPercent(quote.aidIntensity, locale) })}</dd>
            </div>
            <div>
              <dt>{t('redeem.serviceCategories')}</dt>
              <dd>{quote.serviceCategories.map((c) => serviceCategoryLabel(t, c)).join(', ')}</dd>
            </div>
            {quote.covers !== null ? (
              <div>
                <dt>{t('redeem.covers')}</dt>
                <dd data-testid="quote-covers">{money(quote.covers)}</dd>
              </div>
            ) : null}
            {quote.clinicPays !== null ? (
              <div>
                <dt>{t('redeem.clinicPays')}</dt>
                <dd data-testid="quote-clinic-pays">{money(quote.clinicPays)}</dd>
              </div>
            ) : null}
          </dl>
          {REDEEMABLE.has(quote.status) && quote.covers === null ? (
            <p className="field__hint">{t('redeem.amountNeeded')}</p>
          ) : null}
        </section>
      ) : null}

      {canRedeem && quote ? (
        <section aria-labelledby="redeem-title" className="panel">
          <h2 id="redeem-title">{t('redeem.redeemTitle')}</h2>
          <form onSubmit={(e) => void onRedeem(e)} noValidate data-testid="redeem-form">
            <TextField
              ref={refs.invoiceReference}
              id="redeem-invoiceReference"
              name="invoiceReference"
              label={t('redeem.invoiceReference')}
              hint={t('redeem.invoiceReferenceHint')}
              value={invoiceReference}
              onChange={setInvoiceReference}
              error={errors.invoiceReference}
              maxLength={100}
              autoComplete="off"
              required
            />
            <SelectField
              ref={refs.serviceCategory}
              id="redeem-serviceCategory"
              name="serviceCategory"
              label={t('redeem.serviceCategory')}
              value={serviceCategory}
              onChange={setServiceCategory}
              options={quote.serviceCategories.map((c) => ({ value: c, label: serviceCategoryLabel(t, c) }))}
              placeholder={t('redeem.chooseCategory')}
              error={errors.serviceCategory}
              required
            />
            <p>
              {t('redeem.invoiceAmount')}: <strong>{money(normaliseDecimalInput(invoiceAmount))}</strong>
            </p>
            <button type="submit" className="button" disabled={redeeming} data-testid="redeem-submit">
              {redeeming ? t('redeem.redeeming') : t('redeem.redeem')}
            </button>
          </form>
        </section>
      ) : null}
    </>
  );
}
