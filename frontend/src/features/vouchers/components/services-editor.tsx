import { useEffect, useRef, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '@/components/ui';
import { formatMoney } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import {
  estimatedTotal,
  MAX_DESCRIPTION,
  MAX_SERVICES,
  type DraftAction,
  type FormField,
  type ServiceRow,
} from '../model/application-draft';
import { serviceCategoryLabel } from '../model/display';

interface ServicesEditorProps {
  rows: readonly ServiceRow[];
  categories: readonly string[];
  currency: string;
  digits: number;
  dispatch: Dispatch<DraftAction>;
  fieldId: (field: FormField) => string;
  errorFor: (field: FormField) => string | undefined;
}

/** The planned services: one fieldset per row, add and remove, and the running total. */
export function ServicesEditor({ rows, categories, currency, digits, dispatch, fieldId, errorFor }: ServicesEditorProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusRow, setFocusRow] = useState<number | 'add' | null>(null);
  const options = categories.map((c) => ({ value: c, label: serviceCategoryLabel(t, c) }));
  const total = estimatedTotal(rows, digits);
  const listError = errorFor('services');

  useEffect(() => {
    if (focusRow === null) return;
    if (focusRow === 'add') addRef.current?.focus();
    else document.getElementById(fieldId(`services.${focusRow}.category`))?.focus();
    setFocusRow(null);
  }, [focusRow, fieldId]);

  return (
    <fieldset
      id={fieldId('services')}
      className={`fieldset${listError ? ' field--invalid' : ''}`}
      tabIndex={-1}
      aria-describedby={listError ? `${fieldId('services')}-error` : undefined}
    >
      <legend>{t('applicationForm.steps.services')}</legend>
      <p className="field__hint">{t('applicationForm.servicesIntro')}</p>
      {listError ? (
        <p className="field__error" id={`${fieldId('services')}-error`} data-testid={`${fieldId('services')}-error`}>
          {listError}
        </p>
      ) : null}
      {rows.map((row, index) => {
        const number = index + 1;
        return (
          <fieldset key={row.key} className="service-row" data-testid="service-row">
            <legend>{t('applicationForm.service', { number })}</legend>
            <SelectField
              id={fieldId(`services.${index}.category`)}
              name={`services-${index}-category`}
              label={t('applicationForm.category')}
              value={row.category}
              onChange={(value) => dispatch({ type: 'updateService', key: row.key, field: 'category', value })}
              options={options}
              placeholder={t('applicationForm.chooseCategory')}
              error={errorFor(`services.${index}.category`)}
              required
            />
            <TextAreaField
              id={fieldId(`services.${index}.description`)}
              name={`services-${index}-description`}
              label={t('applicationForm.description')}
              hint={t('applicationForm.descriptionHint')}
              value={row.description}
              onChange={(value) => dispatch({ type: 'updateService', key: row.key, field: 'description', value })}
              error={errorFor(`services.${index}.description`)}
              maxLength={MAX_DESCRIPTION}
              required
            />
            <TextField
              id={fieldId(`services.${index}.estimatedCost`)}
              name={`services-${index}-estimatedCost`}
              label={t('applicationForm.estimatedCost', { currency })}
              value={row.estimatedCost}
              onChange={(value) => dispatch({ type: 'updateService', key: row.key, field: 'estimatedCost', value })}
              error={errorFor(`services.${index}.estimatedCost`)}
              inputMode="decimal"
              autoComplete="off"
              required
            />
            {rows.length > 1 ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  dispatch({ type: 'removeService', key: row.key });
                  setFocusRow('add');
                }}
                data-testid="remove-service"
              >
                {t('applicationForm.removeService', { number })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <p aria-live="polite" data-testid="estimated-total">
        {t('applicationForm.estimatedTotal', { total: formatMoney(total, currency, locale) })}
      </p>
      {rows.length < MAX_SERVICES ? (
        <button
          ref={addRef}
          type="button"
          className="button button--secondary"
          onClick={() => {
            dispatch({ type: 'addService' });
            setFocusRow(rows.length);
          }}
          data-testid="add-service"
        >
          {t('applicationForm.addService')}
        </button>
      ) : (
        <p className="muted">{t('applicationForm.maxServices')}</p>
      )}
    </fieldset>
  );
}
