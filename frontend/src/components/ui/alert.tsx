import type { ReactNode, Ref } from 'react';

type AlertTone = 'error' | 'success' | 'info';

interface AlertProps {
  tone: AlertTone;
  title?: string;
  children?: ReactNode;
  /** `alert` interrupts screen readers; `status` waits politely. Defaults by tone. */
  live?: 'alert' | 'status' | 'none';
  ref?: Ref<HTMLDivElement>;
  id?: string;
  testId?: string;
}

export function Alert({ tone, title, children, live, ref, id, testId }: AlertProps) {
  const role = live ?? (tone === 'error' ? 'alert' : 'status');
  return (
    <div
      ref={ref}
      id={id}
      className={`alert alert--${tone}`}
      role={role === 'none' ? undefined : role}
      tabIndex={-1}
      data-testid={testId}
    >
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__body">{children}</div> : null}
    </div>
  );
}
