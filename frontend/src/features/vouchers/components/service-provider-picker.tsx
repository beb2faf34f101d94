import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, type SelectOption, type SelectOptionGroup } from '@/components/ui';
import { currentLanguage } from '@/lib/i18n';
import type { Directory } from '../api/service-providers';
import { findProvider, groupByMemberState } from '../model/service-providers';

interface ServiceProviderPickerProps {
  id: string;
  /** The form field's name, as the server names it in `extensions.field`. */
  name?: string;
  /** The chosen provider's id, or '' for any provider. */
  value: string;
  onChange: (value: string) => void;
  directory: Directory;
  label?: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLSelectElement>;
}

/**
 * A labelled native select of the verified service providers, grouped by member state (in
 * the UI language), with "Any service provider" first. A chosen provider that is not (or not
 * yet) in the list stays selected as its own option, so a saved choice is never lost.
 */
export function ServiceProviderPicker({
  id,
  name = 'serviceProviderId',
  value,
  onChange,
  directory,
  label,
  hint,
  error,
  ref,
}: ServiceProviderPickerProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  const providers = directory.status === 'ready' ? directory.providers : null;
  const options = useMemo(() => {
    const list: (SelectOption | SelectOptionGroup)[] = [{ value: '', label: t('serviceProviders.any') }];
    if (value !== '' && !(providers && findProvider(providers, value, locale))) {
      list.push({
        value,
        label: directory.status === 'loading' ? value : t('serviceProviders.unlisted', { id: value }),
      });
    }
    for (const group of groupByMemberState(providers ?? [], locale)) {
      list.push({ group: group.memberState, options: group.providers.map((p) => ({ value: p.id, label: p.name })) });
    }
    return list;
  }, [providers, value, locale, directory.status, t]);
  const status =
    directory.status === 'loading'
      ? t('serviceProviders.loading')
      : directory.status === 'error'
        ? t('serviceProviders.loadError')
        : directory.providers.length === 0
          ? t('serviceProviders.none')
          : '';
  const fullHint = [hint ?? t('serviceProviders.hint'), status].filter(Boolean).join(' ');
  return (
    <SelectField
      ref={ref}
      id={id}
      name={name}
      label={label ?? t('serviceProviders.label')}
      hint={fullHint}
      value={value}
      onChange={onChange}
      options={options}
      error={error}
    />
  );
}
