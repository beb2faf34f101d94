/**
 * Who runs this deployment and how to reach them: the one place to change for another
 * deployment. The statements (`content/*`) take their names and addresses from here.
 */
export const OPERATOR = {
  /** The body that runs the platform and is the controller of its own records. */
  name: 'CyberHealth Support Platform operator',
  postalAddress: 'Rue de la Loi 200, 1049 Brussels, Belgium',
  supportEmail: 'support@cyberhealth.example',
  dataProtectionEmail: 'dpo@cyberhealth.example',
  accessibilityEmail: 'accessibility@cyberhealth.example',
  /** Working days within which accessibility feedback is answered. */
  accessibilityReplyDays: 10,
  /** The list of the member states' data protection supervisory authorities (EDPB members). */
  supervisoryAuthoritiesUrl: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
  ombudsmanUrl: 'https://www.ombudsman.europa.eu/en/make-a-complaint',
  enforcementBodiesUrl: 'https://digital-strategy.ec.europa.eu/en/policies/web-accessibility-directive-enforcement',
} as const;

/** When each statement was last reviewed (ISO dates, shown in the reader's format). */
export const REVIEWED = {
  legalNotice: '2026-11-30',
  privacy: '2026-11-30',
  cookies: '2026-11-30',
  accessibility: '2026-11-30',
} as const;

export type StatementKind = keyof typeof REVIEWED;
