/**
 * Public API of the SME self-assessment: where a saved check for a voucher application is kept
 * and how to read it. The implementation is shared code (`lib/sme-saved-input`) so that other
 * features may import it without importing this feature.
 */
export {
  clearSavedSmeInput,
  loadSavedSmeCheck,
  loadSavedSmeInput,
  SAVED_SME_INPUT_KEY,
  saveSmeInput,
  type SavedSmeCheck,
  type SavedSmeResult,
} from '@/lib/sme-saved-input';
