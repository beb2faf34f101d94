/**
 * A human reference (`DE-KH-CYBER-2027-A-000123`): monospace, never translated, selected whole
 * with one click so it can be copied and quoted. Nothing is drawn without a value (a draft has
 * none yet).
 */
export function Reference({ value, testId }: { value: string | null | undefined; testId?: string }) {
  if (!value) return null;
  return (
    <code className="reference" translate="no" data-testid={testId}>
      {value}
    </code>
  );
}
