/** The SME input's parsing lives in `@/lib/sme-input` (shared: the organisation's profile uses it too). */
export * from '@/lib/sme-input';
