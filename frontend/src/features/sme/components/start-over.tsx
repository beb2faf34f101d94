import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface StartOverProps {
  onConfirm: () => void;
  /** Moves the focus to the element with this DOM id once it is rendered. */
  focus: (id: string) => void;
}

/** "Start over", with a confirmation: it removes every answer kept in this browser. */
export function StartOver({ onConfirm, focus }: StartOverProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="panel" aria-labelledby="sme-start-over-title">
      <h2 id="sme-start-over-title" className="visually-hidden">
        {t('sme.startOver')}
      </h2>
      {confirming ? (
        <div role="group" aria-labelledby="sme-start-over-question">
          <p id="sme-start-over-question">{t('sme.startOverConfirm')}</p>
          <div className="button-row">
            <button
              type="button"
              id="sme-start-over-confirm"
              className="button"
              onClick={() => {
                setConfirming(false);
                onConfirm();
              }}
              data-testid="sme-start-over-confirm"
            >
              {t('sme.startOverYes')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
                focus('sme-start-over');
              }}
            >
              {t('sme.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          id="sme-start-over"
          className="button button--secondary"
          onClick={() => {
            setConfirming(true);
            focus('sme-start-over-confirm');
          }}
          data-testid="sme-start-over"
        >
          {t('sme.startOver')}
        </button>
      )}
    </section>
  );
}
