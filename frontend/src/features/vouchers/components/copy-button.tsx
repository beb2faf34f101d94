import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies a text to the clipboard and says so in a polite live region. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => void copy()} data-testid="copy-code">
        {label}
      </button>
      <span role="status" className="copy-status" data-testid="copy-status">
        {state === 'copied' ? t('vouchers.copied') : state === 'failed' ? t('vouchers.copyFailed') : ''}
      </span>
    </>
  );
}
