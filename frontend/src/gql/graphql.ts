/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcknowledgementKind =
  /** The recommended mitigation was applied. */
  | 'MITIGATION_APPLIED'
  /** The organisation is not affected. */
  | 'NOT_AFFECTED'
  /** The alert was read. */
  | 'SEEN';

/** A product or vendor affected. */
export type AffectedProductInput = {
  product?: string | null | undefined;
  vendor: string;
};

/** A healthcare service the incident affects. */
export type AffectedService =
  | 'ADMINISTRATION'
  | 'COMMUNICATIONS'
  /** Imaging, laboratory and other diagnostics. */
  | 'DIAGNOSTICS'
  | 'EMERGENCY_CARE'
  | 'INPATIENT_CARE'
  | 'INTENSIVE_CARE'
  | 'MEDICAL_DEVICES'
  | 'OTHER'
  | 'OUTPATIENT_CARE'
  | 'PATIENT_RECORDS'
  | 'PHARMACY'
  | 'SURGERY'
  | 'TELEMEDICINE';

export type AlertEventKind =
  /** Version 1 was published. */
  | 'PUBLISHED'
  /** The alert was revoked. */
  | 'REVOKED'
  /** A new version was published. */
  | 'UPDATED';

/** The inbox and subscription filter: it narrows what TLP allows, never widens it. */
export type AlertFilterInput = {
  /** Alerts affecting this member state (code). */
  memberState?: string | null | undefined;
  /** A product or vendor name containing this text (ignoring case). */
  product?: string | null | undefined;
  /** Any of these severities (all when empty). */
  severities?: Array<Severity>;
};

/** Everything an alert says. */
export type AlertInput = {
  /** Catalogue items (playbooks) to follow. */
  catalogueItems?: Array<string | number>;
  /** `CVE-YYYY-NNNN…`. */
  cves?: Array<string>;
  /** Healthcare types affected; omit for all. */
  healthcareTypes?: Array<HealthcareType> | null | undefined;
  indicators?: Array<IndicatorInput>;
  /** Member-state codes affected; omit for all. */
  memberStates?: Array<string> | null | undefined;
  products?: Array<AffectedProductInput>;
  recipients?: AlertRecipientsInput;
  severity: Severity;
  /** English. */
  text: AlertTextInput;
  tlp: Tlp;
  translations?: Array<AlertTranslationInput>;
  validFrom: string;
  /** Omit: valid until revoked. */
  validUntil?: string | null | undefined;
};

/** Who receives a TLP:AMBER, AMBER+STRICT or RED alert. */
export type AlertRecipientsInput = {
  /** Account ids (TLP:RED). */
  accounts?: Array<string | number>;
  /** Member-state codes (TLP:AMBER). */
  memberStates?: Array<string>;
  /** Organisation ids (TLP:AMBER and AMBER+STRICT). */
  organisations?: Array<string | number>;
};

export type AlertStatus =
  /** Not published; ENISA staff only. */
  | 'DRAFT'
  /** Version 1 is out. */
  | 'PUBLISHED'
  /** Withdrawn; every version stays readable. */
  | 'REVOKED'
  /** A later version is out. */
  | 'UPDATED';

/** The text of an alert in one language. */
export type AlertTextInput = {
  /** Markdown, at most 100,000 characters. */
  body: string;
  /** Up to 50, each at most 1,000 characters. */
  recommendedActions: Array<string>;
  /** At most 2,000 characters. */
  summary: string;
  /** One line, at most 200 characters. */
  title: string;
};

/** The text in another official EU language. */
export type AlertTranslationInput = {
  /** ISO 639-1, e.g. `de`; not `en`. */
  language: string;
  text: AlertTextInput;
};

export type AttachmentKind =
  /** An invoice for services delivered. */
  | 'INVOICE'
  /** A provider's quote for the planned services. */
  | 'QUOTE';

export type Attendance =
  /** Did not attend. */
  | 'ABSENT'
  /** Attended: completed. */
  | 'ATTENDED';

export type AuditFilter = {
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  /** `EU` or `MS:<code>`. */
  chain?: string | null | undefined;
  objectId?: string | null | undefined;
  outcome?: AuditOutcome | null | undefined;
};

export type AuditOutcome =
  | 'DENIED'
  | 'SUCCESS';

/** Facet filters; each list narrows (any of its values), an empty list does not. */
export type CatalogueFilter = {
  /** Healthcare types the item suits (items for everyone always match). */
  audience?: Array<HealthcareType> | null | undefined;
  /** Kinds. */
  kinds?: Array<CatalogueItemKind> | null | undefined;
  /** Languages the item exists in. */
  languages?: Array<string> | null | undefined;
  /** Priorities. */
  priorities?: Array<CataloguePriority> | null | undefined;
  /** Topic codes. */
  topics?: Array<string> | null | undefined;
};

/** An item's content as entered: the language-neutral parts and the text in `language`. */
export type CatalogueItemInput = {
  /** Markdown, at most 200 KB; no raw HTML, links `https:` or `mailto:` only. */
  body?: string | null | undefined;
  /** Audience: healthcare types (none: any). */
  healthcareTypes?: Array<HealthcareType> | null | undefined;
  /** ISO 639-1 code of the text given: one of the 24 official EU languages. */
  language: string;
  /** At most 50. */
  links?: Array<CatalogueLinkInput> | null | undefined;
  /** One or more. */
  priorities: Array<CataloguePriority>;
  /** `SERVICE` items only. */
  service?: ServiceOfferingInput | null | undefined;
  /** Audience: SME categories (none: any). */
  smeCategories?: Array<SmeCategory> | null | undefined;
  /** Playbooks only: 1 to 50 ordered steps. */
  steps?: Array<PlaybookStepInput> | null | undefined;
  /** Plain text, 1 to 1,000 characters. */
  summary: string;
  /** One line, 1 to 200 characters. */
  title: string;
  /** Codes from ENISA's controlled list (`catalogueTopics`). */
  topics?: Array<string> | null | undefined;
};

export type CatalogueItemKind =
  /** Guidance on a practice. */
  | 'GUIDELINE'
  /** An incident-response playbook with ordered steps. */
  | 'PLAYBOOK'
  /** Guidance on buying secure products and services. */
  | 'PROCUREMENT_GUIDANCE'
  /** A voucher-eligible service of a verified service provider. */
  | 'SERVICE'
  /** A tool to use or download. */
  | 'TOOL'
  /** A course with training sessions. */
  | 'TRAINING_COURSE';

export type CatalogueItemStatus =
  /** Never published: its authors only. */
  | 'DRAFT'
  /** The public sees its latest version. */
  | 'PUBLISHED'
  /** Hidden from search; its versions stay readable. */
  | 'RETIRED';

/** A link of an item: shown with its destination. */
export type CatalogueLinkInput = {
  /** What the reader sees next to the destination. */
  label: string;
  /** `https:` or `mailto:` only. */
  url: string;
};

export type CataloguePriority =
  /** Detection. */
  | 'DETECTION'
  /** Deterrence. */
  | 'DETERRENCE'
  /** Prevention. */
  | 'PREVENTION'
  /** Response and recovery. */
  | 'RESPONSE_RECOVERY';

/** A translation as entered. */
export type CatalogueTranslationInput = {
  /** Markdown, at most 200 KB. */
  body?: string | null | undefined;
  /** Playbooks: the text of every step, in order. */
  steps?: Array<StepTranslationInput> | null | undefined;
  /** Plain text, 1 to 1,000 characters. */
  summary: string;
  /** One line, 1 to 200 characters. */
  title: string;
};

/** A clock's state. */
export type ClockState =
  /** Running, with time left. */
  | 'DUE'
  /** Met on time. */
  | 'MET'
  /** Met after its due time. */
  | 'MET_LATE'
  /** Not started (e.g. the final report before the notification). */
  | 'NOT_DUE_YET'
  /** Past its due time and not met. */
  | 'OVERDUE';

/** The organisation's contact person. */
export type ContactPersonInput = {
  email?: string | null | undefined;
  name?: string | null | undefined;
  /** Digits, spaces and `+ - ( ) /`, at least 6 digits. */
  phone?: string | null | undefined;
};

/**
 * Where a dominant influence without shares comes from (Art. 3(3)(b) to (d)); any of them
 * links the two enterprises.
 */
export type ControlBasis =
  /** A provision in the enterprise's memorandum or articles of association (Art. 3(3)(c)). */
  | 'ARTICLES_OF_ASSOCIATION'
  /**
   * The right to appoint or remove a majority of the administrative, management or
   * supervisory body (Art. 3(3)(b)).
   */
  | 'BOARD_APPOINTMENT'
  /** A contract entered into with the enterprise (Art. 3(3)(c)). */
  | 'CONTRACT'
  /**
   * An agreement with other shareholders or members, by which the controller alone controls
   * a majority of the voting rights (Art. 3(3)(d)). For the public-body rule (Art. 3(4))
   * this counts as controlling a majority of the voting rights; the other bases do not,
   * because that rule counts capital and voting rights.
   */
  | 'SHAREHOLDER_AGREEMENT';

/** Rights that make two enterprises linked whatever the percentages (Art. 3(3)). */
export type ControlRight =
  /**
   * The holder may appoint or remove a majority of the administrative, management or
   * supervisory body (Art. 3(3)(b)).
   */
  | 'APPOINT_OR_REMOVE_BOARD_MAJORITY'
  /**
   * The holder alone controls a majority of the voting rights by agreement with other
   * shareholders or members (Art. 3(3)(d)).
   */
  | 'CONTROL_OF_VOTES_BY_AGREEMENT'
  /**
   * The holder may exercise a dominant influence by a contract or by a provision in the
   * memorandum or articles of association (Art. 3(3)(c)).
   */
  | 'DOMINANT_INFLUENCE_BY_CONTRACT_OR_STATUTES'
  /**
   * The holder has a majority of the shareholders' or members' voting rights
   * (Art. 3(3)(a)).
   */
  | 'MAJORITY_OF_VOTES';

/** An organisation created by the platform admin. */
export type CreateOrganisationInput = {
  healthcareType?: HealthcareType | null | undefined;
  kind: OrganisationKind;
  memberState: string;
  name: string;
  nis2Class?: Nis2Class | null | undefined;
  registrationId?: string | null | undefined;
};

/** A clinic's request (Art. 15). */
export type CreateReserveRequestInput = {
  /** Service-days per service type. */
  estimatedNeed: Array<ReserveServiceNeedInput>;
  /** An incident case of the clinic's own organisation (required for incident response). */
  incidentId?: string | number | null | undefined;
  /** The clinic's working language (ISO 639-1). */
  language?: string | null | undefined;
  /** The mitigation measures already taken (a checklist). */
  measuresTaken: Array<ReserveMitigationMeasure>;
  /** The mitigation taken, in words (10–8000 characters). */
  mitigationTaken: string;
  otherSupport: ReserveOtherSupportInput;
  /** The planned use of the support (10–8000 characters). */
  plannedUse: string;
  /** The potential impact on the entity (10–8000 characters). */
  potentialImpact: string;
  /** Services are down (patient safety). */
  servicesDown?: boolean;
};

export type CreateUserInput = {
  displayName: string;
  email: string;
  /**
   * Required for agency officers, provider users and service providers: an organisation of
   * the matching kind.
   */
  organisationId?: string | number | null | undefined;
  /** At least 12 characters. */
  password: string;
  role: Role;
};

export type DiffTag =
  /** Only in the newer side. */
  | 'ADDED'
  /** Only in the older side. */
  | 'REMOVED'
  /** On both sides. */
  | 'SAME';

/** An eligibility rule. */
export type EligibilityRule =
  /** At most the aid intensity × the estimated cost. */
  | 'AID_INTENSITY'
  /** Inside the application window. */
  | 'APPLICATION_WINDOW'
  /** De minimis aid within EUR 300,000 over three years (Regulation (EU) 2023/2831). */
  | 'DE_MINIMIS'
  /** At most the programme's cap. */
  | 'MAXIMUM_AMOUNT'
  /** The programme is for the organisation's member state. */
  | 'MEMBER_STATE'
  /** At least the programme's minimum. */
  | 'MINIMUM_AMOUNT'
  /** The NIS2 class is eligible. */
  | 'NIS2_CLASS'
  /** No other submitted application or active voucher in the programme. */
  | 'ONE_ACTIVE_VOUCHER'
  /** The type of healthcare organisation is eligible. */
  | 'ORGANISATION_TYPE'
  /** The organisation is verified by its agency. */
  | 'ORGANISATION_VERIFIED'
  /** The programme is open. */
  | 'PROGRAMME_OPEN'
  /** Every planned service is in a category the programme covers. */
  | 'SERVICE_CATEGORIES'
  /** The SME category (Recommendation 2003/361/EC) is one the programme funds. */
  | 'SME_CATEGORY';

/** Where an e-mail of the outbox stands. */
export type EmailStatus =
  /** Given up after the last attempt; kept for the admin. */
  | 'FAILED'
  /** Waiting for its first or next attempt. */
  | 'PENDING'
  /** Accepted by the SMTP server (or written to the mail folder). */
  | 'SENT';

/** A participant to enrol. */
export type EnrolInput = {
  /** The participant's e-mail address. */
  email: string;
  /** The participant's name. */
  name: string;
  /** The caller's own organisation (optional; another is refused). */
  organisationId?: string | number | null | undefined;
  /** The session. */
  sessionId: string | number;
};

export type EnrolmentStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Holds a seat. */
  | 'ENROLLED'
  /** Waits for a seat (see `position`). */
  | 'WAITLISTED';

/** What kind of party an entry of `enterprises` is. */
export type EnterpriseKind =
  /**
   * An enterprise: any entity engaged in an economic activity, whatever its legal form
   * (Art. 1), including a clinic, a hospital company, a holding company or an association.
   */
  | 'ENTERPRISE'
  /**
   * One of the investors of Art. 3(2), second subparagraph, points (a) to (d); give its
   * details in `exemptInvestor`.
   */
  | 'EXEMPT_INVESTOR'
  /**
   * A natural person (a private individual). A person adds no staff or figures, but
   * enterprises controlled by the same person(s) on the same or adjacent markets are linked
   * (Art. 3(3), fourth subparagraph).
   */
  | 'NATURAL_PERSON'
  /**
   * A public body, e.g. a state, region or municipality. If public bodies together control
   * 25% or more of the capital or voting rights, the applicant is not an SME (Art. 3(4)).
   */
  | 'PUBLIC_BODY';

/** The details of an exempt investor (Art. 3(2), second subparagraph). */
export type ExemptInvestorInput = {
  /**
   * For `AUTONOMOUS_LOCAL_AUTHORITY` (required, and only then): its annual budget, EUR;
   * under EUR 10 million to stay exempt (Art. 3(2)(d)).
   */
  annualBudgetEur?: string | null | undefined;
  /**
   * For `AUTONOMOUS_LOCAL_AUTHORITY` (required, and only then): its number of inhabitants;
   * fewer than 5,000 to stay exempt (Art. 3(2)(d)).
   */
  inhabitants?: number | null | undefined;
  /** Which kind of investor. */
  kind: ExemptInvestorKind;
  /**
   * For `BUSINESS_ANGEL` (required, and only then): its total investment in the applicant,
   * EUR. Under EUR 1,250,000 it stays exempt (Art. 3(2)(a)).
   */
  totalInvestmentEur?: string | null | undefined;
};

/**
 * The investors whose holding of 25% to 50% does not make an enterprise a partner, so the
 * applicant stays autonomous (Art. 3(2), second subparagraph).
 */
export type ExemptInvestorKind =
  /**
   * An autonomous local authority. Exempt only with an annual budget under EUR 10 million
   * and fewer than 5,000 inhabitants (Art. 3(2)(d)); otherwise it counts as a public body
   * (Art. 3(4)). Requires `annualBudgetEur` and `inhabitants`.
   */
  | 'AUTONOMOUS_LOCAL_AUTHORITY'
  /**
   * A business angel (an individual or group of individuals investing in unquoted
   * businesses). Exempt only if its total investment in the same enterprise is under
   * EUR 1,250,000 (Art. 3(2)(a)); requires `totalInvestmentEur`.
   */
  | 'BUSINESS_ANGEL'
  /** An institutional investor (Art. 3(2)(c)). */
  | 'INSTITUTIONAL_INVESTOR'
  /** A non-profit research centre (Art. 3(2)(b)). */
  | 'NON_PROFIT_RESEARCH_CENTRE'
  /** A public investment corporation (Art. 3(2)(a)). */
  | 'PUBLIC_INVESTMENT_CORPORATION'
  /** A regional development fund (Art. 3(2)(c)). */
  | 'REGIONAL_DEVELOPMENT_FUND'
  /** A university (Art. 3(2)(b)). */
  | 'UNIVERSITY'
  /** A venture-capital company (Art. 3(2)(a)). */
  | 'VENTURE_CAPITAL';

/** A programme's four-eyes rule, as entered. */
export type FourEyesInput = {
  mode: FourEyesMode;
  /**
   * With `AT_OR_ABOVE` only: the amount, in the programme's currency, from which a second
   * officer approves.
   */
  threshold?: string | null | undefined;
};

/** Which approvals of money need a second officer of the agency. */
export type FourEyesMode =
  /** Every approval needs a second officer. */
  | 'ALL'
  /** Approvals of the threshold or more need a second officer. */
  | 'AT_OR_ABOVE'
  /** One officer approves alone. */
  | 'NONE';

/** Budget added to or removed from a programme. */
export type FundsInput = {
  /** A positive decimal string with no more decimals than the currency has. */
  amount: string;
  /** Must be the programme's currency. */
  currency: string;
  /** Optional; replaying the same key returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  programId: string | number;
  /** E.g. the budget decision, 1 to 200 characters. */
  reference: string;
};

export type HealthcareType =
  | 'CLINIC'
  | 'HOSPITAL'
  | 'LABORATORY'
  | 'OTHER'
  | 'PRIMARY_CARE';

/** How the caller stands to a case. */
export type IncidentAccess =
  /** The authority of the case's member state. */
  | 'AUTHORITY'
  /** The reporting organisation. */
  | 'OWNER'
  /** An authority the case was shared with: read only. */
  | 'SHARED_READ_ONLY';

/** The incident's category (after ENISA's reference taxonomy). */
export type IncidentCategory =
  /** A breach of confidentiality. */
  | 'DATA_BREACH'
  | 'DENIAL_OF_SERVICE'
  | 'HUMAN_ERROR'
  /** Intrusion or account compromise. */
  | 'INTRUSION'
  | 'NATURAL_PHENOMENON'
  | 'OTHER'
  | 'OTHER_MALWARE'
  | 'PHISHING_SOCIAL_ENGINEERING'
  | 'RANSOMWARE'
  /** A supplier's incident affecting the entity. */
  | 'SUPPLY_CHAIN'
  | 'SYSTEM_FAILURE';

/** The severity of an incident. */
export type IncidentSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** A reporting stage (NIS2 Art. 23(4)). */
export type IncidentStage =
  /** Art. 23(4)(a): within 24 hours of awareness. */
  | 'EARLY_WARNING'
  /** Art. 23(4)(d): one calendar month after the notification (or after the handling). */
  | 'FINAL'
  /** Art. 23(4)(c): on the authority's request, by the due time it set. */
  | 'INTERMEDIATE'
  /** Art. 23(4)(b): within 72 hours of awareness. */
  | 'NOTIFICATION'
  /** Art. 23(4)(e): the incident is ongoing when the final report falls due. */
  | 'PROGRESS';

/** A stage's content: fill the fields of the stage submitted. */
export type IncidentStageReportInput = {
  crossBorderDescription?: string | null | undefined;
  crossBorderImpact?: boolean | null | undefined;
  description?: string | null | undefined;
  impact?: string | null | undefined;
  indicatorsOfCompromise?: string | null | undefined;
  mitigation?: string | null | undefined;
  rootCause?: string | null | undefined;
  severity?: IncidentSeverity | null | undefined;
  statusUpdate?: string | null | undefined;
  summary?: string | null | undefined;
  suspectedMalicious?: boolean | null | undefined;
};

/** A case's status. */
export type IncidentStatus =
  /** Closed by the authority; nothing more is submitted. */
  | 'CLOSED'
  /** Reporting goes on. */
  | 'OPEN';

/** An indicator of compromise, validated by its kind. */
export type IndicatorInput = {
  kind: IndicatorKind;
  /** Canonical form in answers (e.g. lower-case domains, `/32` dropped). */
  value: string;
};

export type IndicatorKind =
  /** A fully qualified domain name. */
  | 'DOMAIN'
  /** An e-mail address. */
  | 'EMAIL'
  /** An IPv4 address or CIDR range. */
  | 'IPV4'
  /** An IPv6 address or CIDR range. */
  | 'IPV6'
  /** An MD5 hash (32 hex digits). */
  | 'MD5'
  /** A SHA-1 hash (40 hex digits). */
  | 'SHA1'
  /** A SHA-256 hash (64 hex digits). */
  | 'SHA256'
  /** An http(s) URL. */
  | 'URL';

/** The law-enforcement referral of a case's demand. */
export type LawEnforcementReferralInput = {
  /** The law-enforcement authority. */
  authority: string;
  /** Its case reference. */
  caseReference: string;
  incidentId: string | number;
  /** Not in the future, not before the demand was received. */
  referredOn: string;
};

export type LedgerEntryKind =
  /** Budget added. */
  | 'ALLOCATE'
  /** Funds earmarked for an issued voucher. */
  | 'COMMIT'
  /** Unused budget removed. */
  | 'DEALLOCATE'
  /** A payment. */
  | 'DISBURSE'
  /** Earmarked funds returned (expiry, cancellation, under-use). */
  | 'RELEASE';

/** A text in one of the 24 official EU languages. */
export type LocalisedTextInput = {
  /** ISO 639-1, e.g. `de`. */
  language: string;
  text: string;
};

/** A language e-mails are written in. */
export type MailLanguage =
  | 'DE'
  | 'EN'
  | 'FR';

/** NIS2 class (Directive (EU) 2022/2555, Art. 3). */
export type Nis2Class =
  | 'ESSENTIAL'
  | 'IMPORTANT'
  | 'NOT_IN_SCOPE';

/** Why an enterprise is not an SME. */
export type NotSmeReason =
  /**
   * Public bodies, alone or jointly, directly or indirectly, control 25% or more of its
   * capital or voting rights (Art. 3(4)), whatever its size.
   */
  | 'PUBLIC_BODY_CONTROL'
  /** Its combined figures exceed the ceilings of a medium-sized enterprise (Art. 2(1)). */
  | 'SIZE';

export type NotificationKind =
  /** A CRITICAL early-warning alert was published or updated (see `alertId`). */
  | 'ALERT_CRITICAL'
  /** An application was approved and its voucher issued. */
  | 'APPLICATION_APPROVED'
  /** An application was rejected (see its reason). */
  | 'APPLICATION_REJECTED'
  /** An incident clock expires within 6 hours (`incidentId`, `detail`: the stage). */
  | 'INCIDENT_CLOCK_ABOUT_TO_EXPIRE'
  /** An incident clock is overdue (`incidentId`, `detail`: the stage). */
  | 'INCIDENT_CLOCK_OVERDUE'
  /** The agency approved a redemption's payment. */
  | 'PAYMENT_APPROVED'
  /** A Reserve request's summary report is due within 6 hours (`reserveRequestId`). */
  | 'RESERVE_REPORT_ABOUT_TO_EXPIRE'
  /** A Reserve request's summary report is overdue (`reserveRequestId`). */
  | 'RESERVE_REPORT_OVERDUE'
  /** A participant on a training session's waitlist got a seat. */
  | 'TRAINING_SEAT_CONFIRMED'
  /** The agency cancelled a voucher. */
  | 'VOUCHER_CANCELLED'
  /** A voucher expired. */
  | 'VOUCHER_EXPIRED'
  /** A service provider redeemed a voucher. */
  | 'VOUCHER_REDEEMED';

export type OrganisationKind =
  /** A national agency (programme owner, single point of contact). */
  | 'AGENCY'
  /** A member state's NIS2 authority (CSIRT, competent authority, single point of contact). */
  | 'AUTHORITY'
  /** A hospital or other healthcare provider. */
  | 'HEALTHCARE_PROVIDER'
  /** A vendor or trusted MSSP. */
  | 'SERVICE_PROVIDER';

/**
 * A save of the own organisation's profile. Contact and address replace the old ones (empty
 * parts clear them); `sme`, when given, replaces the kept SME data and confirms it now.
 */
export type OrganisationProfileInput = {
  address?: PostalAddressInput;
  contact?: ContactPersonInput;
  sme?: SmeAssessmentInput | null | undefined;
};

export type OrganisationStatus =
  /** Registered, awaiting verification by an agency officer of its member state. */
  | 'PENDING'
  | 'REJECTED'
  | 'VERIFIED';

/** A kind of pending work. */
export type PendingKind =
  /** Redemptions waiting for payment that nobody has recommended yet. */
  | 'PAYMENT'
  /** Payments recommended by one officer, waiting for a second officer (four eyes). */
  | 'PAYMENT_SECOND_APPROVAL'
  /** Submitted applications nobody has recommended yet. */
  | 'REVIEW'
  /** Applications recommended by one officer, waiting for a second officer (four eyes). */
  | 'SECOND_APPROVAL'
  /** Self-registered healthcare organisations waiting for verification. */
  | 'VERIFICATION';

export type PlannedServiceInput = {
  /** A service category code of the programme, e.g. `PENETRATION_TESTING`. */
  category: string;
  /** What will be done, 1 to 1000 characters. */
  description: string;
  /** In the programme's currency; send as a string, e.g. `"12000.00"`. */
  estimatedCost: string;
};

export type PlaybookPhase =
  /** Contain. */
  | 'CONTAIN'
  /** Detect and analyse. */
  | 'DETECT_ANALYSE'
  /** Eradicate. */
  | 'ERADICATE'
  /** Lessons learned. */
  | 'LESSONS_LEARNED'
  /** Prepare. */
  | 'PREPARE'
  /** Recover. */
  | 'RECOVER';

/** A playbook step as entered. */
export type PlaybookStepInput = {
  /** Markdown, at most 20 KB. */
  instructions: string;
  /** The incident-response phase. */
  phase: PlaybookPhase;
  /** The step's title. */
  title: string;
};

/** The organisation's postal address. */
export type PostalAddressInput = {
  city?: string | null | undefined;
  postalCode?: string | null | undefined;
  street?: string | null | undefined;
};

/** An amount: money (`currency`) or a crypto-asset (`asset`), exactly one. */
export type RansomAmountInput = {
  /** A positive decimal string. */
  amount: string;
  /** A crypto-asset ticker, e.g. `BTC`. */
  asset?: string | null | undefined;
  /** ISO 4217, e.g. `EUR`. */
  currency?: string | null | undefined;
};

/** A ransom demand received. */
export type RansomDemandRecordInput = {
  amount?: RansomAmountInput | null | undefined;
  incidentId: string | number;
  /** The note's text: stored encrypted, never logged. */
  noteText?: string | null | undefined;
  paid: boolean;
  paidAmount?: RansomAmountInput | null | undefined;
  receivedAt: string;
  threatActor?: string | null | undefined;
};

/** Whether a member state requires ransom demands to be reported. */
export type RansomReporting =
  | 'ENCOURAGED'
  | 'NOT_REQUIRED'
  | 'REQUIRED';

/** The own member state's ransom rules. */
export type RansomRulesInput = {
  lawEnforcementContact: string;
  ransomReporting: RansomReporting;
  referralMandatory: boolean;
  /** 1 to 720; required where `REQUIRED`, empty where `NOT_REQUIRED`. */
  reportingDeadlineHours?: number | null | undefined;
};

/** A redemption against an invoice. */
export type RedeemVoucherInput = {
  /** The voucher's code as the clinic gave it; case, spaces and dashes don't matter. */
  code: string;
  /**
   * Send one to retry safely: the same key again gets the first redemption back (never a
   * second one); with a different invoice it is a `CONFLICT`. Unique per service provider.
   */
  idempotencyKey?: string | null | undefined;
  /** The invoice's amount in the voucher's currency; send as a string. */
  invoiceAmount: string;
  /** The invoice's reference, unique per service provider, 1 to 100 characters. */
  invoiceReference: string;
  /** The category of the service invoiced; the programme must cover it. */
  serviceCategory: string;
};

export type RedemptionFilterInput = {
  programId?: string | number | null | undefined;
  /** `true`: recommended by a first officer, waiting for the second; `false`: not yet. */
  recommended?: boolean | null | undefined;
  /** Redeemed before this instant. */
  redeemedBefore?: string | null | undefined;
  /** Redeemed at or after this instant. */
  redeemedFrom?: string | null | undefined;
  /**
   * Part of a reference (the redemption's, its payment's or the invoice's) or of the name
   * of the clinic or of the service provider, any case.
   */
  search?: string | null | undefined;
  status?: RedemptionStatus | null | undefined;
  voucherId?: string | number | null | undefined;
};

export type RedemptionStatus =
  /** Paid: the funds were disbursed. */
  | 'PAID'
  /** Waiting for the agency to approve the payment. */
  | 'PENDING_PAYMENT';

/** A healthcare organisation registering itself, with its first account. */
export type RegisterOrganisationInput = {
  contactEmail: string;
  contactName: string;
  healthcareType: HealthcareType;
  /** The language of the account's e-mails (English when not given). */
  language?: MailLanguage | null | undefined;
  memberState: string;
  name: string;
  nis2Class: Nis2Class;
  /** At least 12 characters. */
  password: string;
  registrationId: string;
};

/** A significant incident as the clinic reports it. */
export type ReportIncidentInput = {
  affectedServices: Array<AffectedService>;
  /** Not in the future, not before the start: the clocks start here. */
  awareAt: string;
  category: IncidentCategory;
  crossBorder: boolean;
  /** 10 to 2000 characters. */
  significanceAssessment: string;
  /** At least one Art. 23(3) criterion. */
  significanceCriteria: Array<SignificanceCriterion>;
  startedAt: string;
  suspectedMalicious: boolean;
  /** 3 to 200 characters. */
  title: string;
};

/** A criterion of the priority score (Art. 16). */
export type ReserveCriterion =
  | 'CROSS_BORDER'
  | 'ENTITY_TYPE'
  | 'IMPACT'
  | 'MEASURES_TAKEN'
  | 'SEVERITY';

/** The impact on patients and services. */
export type ReserveImpact =
  | 'ADMINISTRATIVE'
  | 'CARE_DISRUPTED'
  /** Emergency care affected, or services down. */
  | 'PATIENT_SAFETY';

/** A mitigation measure the requester has already taken (Art. 15(2)). */
export type ReserveMitigationMeasure =
  | 'ACTIVATED_RESPONSE_PLAN'
  | 'ENGAGED_OWN_RESPONDER'
  | 'ISOLATED_AFFECTED_SYSTEMS'
  | 'NOTIFIED_CSIRT'
  | 'PRESERVED_EVIDENCE'
  | 'RESTORING_FROM_BACKUPS';

/** Other support available to the entity (Art. 15). */
export type ReserveOtherSupportInput = {
  cyberInsurance: boolean;
  details?: string | null | undefined;
  incidentResponseContract: boolean;
};

/** Which way ENISA moved a request in the queue. */
export type ReserveOverrideDirection =
  /** Behind every request not deferred. */
  | 'DEFER'
  /** Ahead of every request not expedited. */
  | 'EXPEDITE';

/** The user's summary report. */
export type ReserveReportInput = {
  lessonsLearned: string;
  results: string;
  serviceProvided: string;
};

/** Incident response, or preparedness. */
export type ReserveRequestKind =
  | 'PREPAREDNESS'
  | 'RESPONSE';

/** Where a Reserve request stands. */
export type ReserveRequestStatus =
  /** A provider is assigned; its days are reserved. */
  | 'ASSIGNED'
  /** Closed by ENISA. */
  | 'CLOSED'
  /** Declined by the single point of contact, with a reason. */
  | 'DECLINED'
  /** Delivery complete: the summary report clock runs. */
  | 'DELIVERED'
  /** The clinic's draft. */
  | 'DRAFT'
  /** Endorsed by the single point of contact: ENISA sees it. */
  | 'ENDORSED'
  /** The provider accepted and is delivering. */
  | 'IN_DELIVERY'
  /** The summary report is in. */
  | 'REPORTED'
  /** Sent to the member state's single point of contact. */
  | 'SUBMITTED'
  /** In ENISA's priority queue. */
  | 'TRIAGED'
  /** Withdrawn by the clinic before assignment. */
  | 'WITHDRAWN';

/** Service-days needed of one service type. */
export type ReserveServiceNeedInput = {
  /** Service-days, 1 to 200. */
  days: number;
  service: ReserveServiceType;
};

/** A type of Reserve service. */
export type ReserveServiceType =
  | 'CONTAINMENT'
  | 'FORENSICS'
  /** Exercises, risk assessments: from converted pre-committed days (Art. 14(2)). */
  | 'PREPAREDNESS'
  | 'RECOVERY'
  | 'TRIAGE';

/** The potential cross-border spill-over, as the single point of contact sees it. */
export type ReserveSpillOver =
  | 'LIKELY'
  | 'NONE'
  | 'POSSIBLE';

/** What the agency's message is. */
export type ReviewNoteKind =
  /** What the agency needs before deciding; the registration stays pending. */
  | 'INFORMATION_REQUEST'
  /** Why the registration was rejected. */
  | 'REJECTION';

export type Role =
  | 'AGENCY_OFFICER'
  /**
   * An officer of a member state's NIS2 authority (CSIRT, competent authority, single point
   * of contact): its member state's incident cases.
   */
  | 'AUTHORITY_OFFICER'
  | 'ENISA_STAFF'
  | 'PLATFORM_ADMIN'
  | 'PROVIDER_USER'
  | 'SERVICE_PROVIDER';

export type RuleOutcome =
  /** Needs the application's amount, services or SME data: checked when it is submitted. */
  | 'CHECKED_ON_APPLICATION'
  | 'FAILED'
  | 'PASSED';

/** A service offering as entered (`SERVICE` items only). */
export type ServiceOfferingInput = {
  /** Voucher service categories, e.g. `PENETRATION_TESTING`. */
  categories: Array<string>;
  /** ISO 4217. */
  currency: string;
  /** Indicative price, a decimal string. */
  indicativePrice: string;
  /** Languages worked in (ISO 639-1). */
  languages: Array<string>;
  /** Member states served (ISO codes). */
  memberStates: Array<string>;
};

export type Severity =
  /** Act now; raises in-app notifications. */
  | 'CRITICAL'
  /** Act soon. */
  | 'HIGH'
  /** Little impact expected. */
  | 'LOW'
  /** Act within the normal patch cycle. */
  | 'MEDIUM';

/** An item of the significance checklist (NIS2 Art. 23(3)). */
export type SignificanceCriterion =
  /** Art. 23(3)(b): considerable damage to other natural or legal persons. */
  | 'DAMAGE_TO_OTHERS'
  /** Art. 23(3)(a): diagnostics or patient records unavailable. */
  | 'DIAGNOSTICS_OR_RECORDS_UNAVAILABLE'
  /** Art. 23(3)(a): emergency care diverted. */
  | 'EMERGENCY_CARE_DIVERTED'
  /** Art. 23(3)(a): financial loss for the entity. */
  | 'FINANCIAL_LOSS'
  /** Art. 23(3)(a): operations postponed. */
  | 'OPERATIONS_POSTPONED'
  /** Art. 23(3)(b): patient data exfiltrated. */
  | 'PATIENT_DATA_EXFILTRATED'
  /** Art. 23(3)(a): severe operational disruption of the services. */
  | 'SEVERE_OPERATIONAL_DISRUPTION';

/**
 * Everything needed to assess whether an applicant is a micro, small or medium-sized
 * enterprise under the Annex to Commission Recommendation 2003/361/EC: the applicant, every
 * enterprise, person, public body and investor connected to it, and the holdings between them.
 *
 * Amounts, percentages, FTEs and months are `Decimal` values: send them as strings (`"12.5"`,
 * `"1450000.00"`) so they stay exact; a JSON number is accepted but goes through a
 * floating-point conversion.
 */
export type SmeAssessmentInput = {
  /** The `id` of the applicant (the enterprise being assessed) in `enterprises`. */
  applicant: string;
  /**
   * Control without shares: a dominant influence through the board, a contract, the
   * articles of association or an agreement with other shareholders (Art. 3(3)(b) to (d)).
   * At most 1,000.
   */
  controls?: Array<SmeControlInput>;
  /**
   * The applicant and every connected party: enterprises, natural persons, public bodies and
   * investors. At most 200.
   */
  enterprises: Array<SmeEnterpriseInput>;
  /**
   * Who holds what share of whom. At most 1,000. Holdings of linked enterprises in the same
   * enterprise are added up, on either side (Art. 3(2) and 3(3)): give each one as it is.
   */
  holdings?: Array<SmeHoldingInput>;
  /**
   * The category the applicant had before its oldest accounting period given, if known. A
   * category changes only when the ceilings are crossed in two consecutive periods
   * (Art. 4(2)); over three or more periods the category is carried forward period by
   * period.
   */
  previousCategory?: SmeCategory | null | undefined;
};

/**
 * An SME category (Annex to Recommendation 2003/361/EC, Art. 2), by size: MICRO < SMALL <
 * MEDIUM < LARGE.
 */
export type SmeCategory =
  /** Large: over the medium-sized ceilings, so not an SME (Art. 2(1)). */
  | 'LARGE'
  /**
   * Medium-sized enterprise: fewer than 250 annual work units, and turnover of at most
   * EUR 50 million or balance-sheet total of at most EUR 43 million (Art. 2(1)).
   */
  | 'MEDIUM'
  /**
   * Micro enterprise: fewer than 10 annual work units, and turnover or balance-sheet total of
   * at most EUR 2 million (Art. 2(3)).
   */
  | 'MICRO'
  /**
   * Small enterprise: fewer than 50 annual work units, and turnover or balance-sheet total of
   * at most EUR 10 million (Art. 2(2)).
   */
  | 'SMALL';

/**
 * `controller` has a dominant influence over `controlled` without (necessarily) holding any
 * of its shares (Art. 3(3)(b) to (d)): the two are linked. A holding with a control right
 * says the same for a holder that also has shares.
 */
export type SmeControlInput = {
  /** Where the influence comes from. */
  basis: ControlBasis;
  /** The id of the enterprise under its influence (not a person or public body). */
  controlled: string;
  /** The id of the party with the influence (any kind of party). */
  controller: string;
};

/**
 * One party in the assessment: the applicant, an enterprise, a natural person, a public body
 * or an investor.
 */
export type SmeEnterpriseInput = {
  /** Market codes directly upstream or downstream of `market`. */
  adjacentMarkets?: Array<string>;
  /**
   * Ids of the enterprises whose figures are already included in this enterprise's
   * consolidated accounts, so they are not counted twice (Art. 6(2)).
   */
  consolidatedIncludes?: Array<string>;
  /**
   * Required when `kind` is `EXEMPT_INVESTOR`, and only then: which investor of Art. 3(2) it
   * is.
   */
  exemptInvestor?: ExemptInvestorInput | null | undefined;
  /**
   * Your own identifier for the party, unique within the input (e.g. `"clinic"`); holdings
   * refer to it.
   */
  id: string;
  /** What kind of party it is. */
  kind: EnterpriseKind;
  /**
   * The enterprise's market or activity code (e.g. a NACE code such as `"86.10"`). Needed
   * only when the same natural person(s) control this and another enterprise: they are
   * linked only on the same or adjacent markets (Art. 3(3), fourth subparagraph).
   */
  market?: string | null | undefined;
  /** Its name, used in the explanation. */
  name: string;
  /**
   * Its accounting periods, oldest first (Art. 4). The applicant needs at least one, and so
   * does every enterprise whose figures are added; persons, public bodies and exempt
   * investors need none.
   */
  periods?: Array<SmePeriodInput>;
  /**
   * Only for `EXEMPT_INVESTOR`: `true` if the investor is also a public body (e.g. a public
   * university or a regional development fund). Up to 50% it still keeps the applicant
   * autonomous (Art. 3(2)) and is the exception in the public-body rule (Art. 3(4));
   * linked to the applicant, its holding counts as a public body's. An autonomous local
   * authority is a public body whatever this says.
   */
  publicBody?: boolean;
};

/** A turnover as stated in the accounts, with the indirect taxes it includes (Art. 4(1)). */
export type SmeGrossTurnoverInput = {
  /** The VAT and other indirect taxes included in `statedTurnover`, EUR. */
  indirectTaxes: string;
  /** The turnover as stated, EUR, including VAT and other indirect taxes. */
  statedTurnover: string;
};

/** `holder` holds capital or voting rights in `held`, or has a control right over it. */
export type SmeHoldingInput = {
  /**
   * Share of the capital, 0 to 100. The higher of this and `votingPercent` decides the
   * relation (Art. 3).
   */
  capitalPercent: string;
  /**
   * Control rights of Art. 3(3)(a) to (d) the holder has over the held enterprise; any of
   * them makes the two linked.
   */
  controlRights?: Array<ControlRight>;
  /** The id of the enterprise held (not a person or public body). */
  held: string;
  /** The id of the holder (any kind of party). */
  holder: string;
  /**
   * Ids of other natural persons (or of other public bodies) acting jointly with the holder;
   * their holdings are added up (Art. 3(3), fourth subparagraph, and Art. 3(4)).
   */
  jointlyWith?: Array<string>;
  /** Share of the voting rights, 0 to 100. */
  votingPercent: string;
};

/** The figures of one approved accounting period (Art. 4(1)). */
export type SmePeriodInput = {
  /** Annual turnover in EUR, excluding VAT and other indirect taxes (Art. 4(1)). */
  annualTurnover: string;
  /** Annual balance-sheet total in EUR. */
  balanceSheetTotal: string;
  /**
   * `true` for a bona-fide estimate made during the year by a new enterprise that has no
   * approved accounts yet (Art. 4(3)); ignored when the enterprise has approved periods.
   */
  estimate?: boolean;
  /**
   * The turnover as stated in the accounts, with the VAT and other indirect taxes included
   * in it (Art. 4(1)). Optional; when given, the engine deducts the taxes, says so in the
   * trace, and checks that `annualTurnover` is the result (a `VALIDATION` error on
   * `annualTurnover` otherwise).
   */
  grossTurnover?: SmeGrossTurnoverInput | null | undefined;
  /** The period's name, e.g. `"2024"`; the applicant's labels are used in the result. */
  label: string;
  /**
   * Staff in annual work units (AWU), if you know the figure (Art. 5). Give this or
   * `staffDetail`; if you give both they must agree.
   */
  staff?: string | null | undefined;
  /**
   * Staff line by line; the annual work units are computed from it, so part-time and
   * seasonal work count as fractions (Art. 5).
   */
  staffDetail?: Array<SmeStaffLineInput> | null | undefined;
};

/** The relation of a party to the applicant (Art. 3). */
export type SmeRelation =
  /** The applicant itself: its figures count in full (Art. 6(1)). */
  | 'APPLICANT'
  /** A holding of under 25% either way: no partnership, nothing added (Art. 3(1)). */
  | 'AUTONOMOUS'
  /**
   * An exempt investor holding 25% to 50%: nothing added, the applicant stays autonomous
   * (Art. 3(2), second subparagraph).
   */
  | 'EXEMPT_INVESTOR'
  /**
   * A linked enterprise: over 50% or a control right, in either direction, directly or
   * through other linked enterprises (Art. 3(3)); its figures are added in full (Art. 6(2)).
   */
  | 'LINKED'
  /**
   * A natural person: nothing added; may link the enterprises it controls on the same or
   * adjacent markets (Art. 3(3), fourth subparagraph).
   */
  | 'NATURAL_PERSON'
  /** Too far from the applicant to count, e.g. a partner of a partner (Art. 6(3)). */
  | 'NOT_INCLUDED'
  /**
   * A partner enterprise: 25% to 50% in either direction (Art. 3(2)), or an enterprise
   * linked to a partner or a partner of a linked enterprise; its figures are added in
   * proportion (`includedPercent`, Art. 6(2) to 6(4)).
   */
  | 'PARTNER'
  /**
   * A public body: nothing added, but 25% or more held by public bodies means the applicant
   * is not an SME (Art. 3(4)).
   */
  | 'PUBLIC_BODY';

/** A group of people with the same working pattern in the period. */
export type SmeStaffLineInput = {
  /** How many people have this pattern. */
  count: number;
  /** Full-time equivalent of each, 0 to 1 (`"0.5"` for half-time). */
  fte: string;
  /** Who they are: some kinds count, some do not (Art. 5). */
  kind: StaffKind;
  /** Months each worked in the period, 0 to 12. */
  monthsWorked: string;
};

/** The kinds of staff in Art. 5. */
export type StaffKind =
  /**
   * An apprentice with an apprenticeship contract: not counted (Art. 5, second
   * subparagraph).
   */
  | 'APPRENTICE'
  /** An employee (Art. 5(a)); counts. */
  | 'EMPLOYEE'
  /** On maternity or parental leave: not counted (Art. 5, third subparagraph). */
  | 'ON_MATERNITY_OR_PARENTAL_LEAVE'
  /** An owner-manager (Art. 5(c)); counts. */
  | 'OWNER'
  /**
   * A partner engaging in a regular activity in the enterprise and benefiting from
   * financial advantages from it (Art. 5(d)); counts.
   */
  | 'PARTNER_ENGAGED_IN_ACTIVITY'
  /**
   * A student in vocational training with a vocational training contract: not counted
   * (Art. 5, second subparagraph).
   */
  | 'VOCATIONAL_STUDENT';

/** A playbook step's text in a translation. */
export type StepTranslationInput = {
  /** Markdown, at most 20 KB. */
  instructions: string;
  /** The step's title. */
  title: string;
};

/** A stage report to submit. */
export type SubmitIncidentReportInput = {
  incidentId: string | number;
  report: IncidentStageReportInput;
  stage: IncidentStage;
};

/** The TLP 2.0 marking: who may see the alert. */
export type Tlp =
  /** The named organisations or the organisations of the named member states, and their authorities. */
  | 'AMBER'
  /** The named organisations only. */
  | 'AMBER_STRICT'
  /** Everyone, anonymous readers included. */
  | 'CLEAR'
  /** The users of every verified organisation. */
  | 'GREEN'
  /** The named accounts only. */
  | 'RED';

/** A session as planned. */
export type TrainingSessionInput = {
  /** Seats, 1 to 10,000. */
  capacity: number;
  /** End, after the start. */
  endsAt: string;
  /** Enrolment closes, by the start. */
  enrolmentClosesAt: string;
  /** Enrolment opens. */
  enrolmentOpensAt: string;
  /** ISO 639-1. */
  language: string;
  /** Online (no place) or on site (a place). */
  online: boolean;
  /** Where an on-site session takes place. */
  place?: string | null | undefined;
  /** Most seats per organisation. */
  seatsPerOrganisation?: number | null | undefined;
  /** Start (an instant, in the future). */
  startsAt: string;
  /** The organiser's IANA time zone, e.g. `Europe/Berlin`. */
  timeZone: string;
};

export type VoucherApplicationFilter = {
  programId?: string | number | null | undefined;
  /** `true`: recommended by a first officer, waiting for the second; `false`: not yet. */
  recommended?: boolean | null | undefined;
  /** Part of the reference or of the organisation's name, in any case. */
  search?: string | null | undefined;
  /** Ignored by `reviewQueue` (always `SUBMITTED`). */
  status?: VoucherApplicationStatus | null | undefined;
  /** Submitted before this instant. */
  submittedBefore?: string | null | undefined;
  /** Submitted at or after this instant. */
  submittedFrom?: string | null | undefined;
};

/** What a clinic asks for. A draft may be incomplete; submission checks everything. */
export type VoucherApplicationInput = {
  /**
   * De minimis aid (Regulation (EU) 2023/2831) the organisation received from other sources
   * in the last three years, in EUR. Vouchers from this platform are added automatically.
   */
  deMinimisReceivedEur?: string | null | undefined;
  /**
   * In the programme's currency; send as a string, e.g. `"15000.00"`. Leave it out to have
   * it derived from the services: min(eligible costs × aid intensity, maximum voucher)
   * (`amountDerivation`).
   */
  requestedAmount?: string | null | undefined;
  /** A verified service provider chosen to deliver the services; can be chosen later. */
  serviceProviderId?: string | number | null | undefined;
  /** At most 20. */
  services?: Array<PlannedServiceInput>;
  /**
   * The SME self-assessment input for the organisation (as for `smeAssessment`). Required to
   * submit; the result is stored with the application as a snapshot.
   */
  sme?: SmeAssessmentInput | null | undefined;
};

export type VoucherApplicationStatus =
  /** Approved: a voucher was issued. */
  | 'APPROVED'
  /** Being prepared by the clinic; only it sees it. */
  | 'DRAFT'
  /** Rejected, with a reason. */
  | 'REJECTED'
  /** In the agency's review queue. */
  | 'SUBMITTED'
  /** Withdrawn by the clinic before a decision. */
  | 'WITHDRAWN';

/** Everything a programme is: its code and texts, and the rules that decide who gets how much. */
export type VoucherProgramInput = {
  /** Share of an eligible invoice that the voucher pays, in percent: above 0, at most 100. */
  aidIntensity: string;
  closesAt: string;
  /** Unique within the member state: letters, digits and `-`, e.g. `DE-HEALTH-2027`. */
  code: string;
  /** The member state's currency or EUR (ISO 4217). */
  currency: string;
  /** Rolling cut-off dates inside the window. */
  cutoffs?: Array<string> | null | undefined;
  /**
   * Apply the de minimis cumulation limit (EUR 300,000 per undertaking over three years,
   * Regulation (EU) 2023/2831).
   */
  deMinimis: boolean;
  descriptions?: Array<LocalisedTextInput> | null | undefined;
  /** Which approvals need a second officer; omitted: one officer approves alone. */
  fourEyes?: FourEyesInput | null | undefined;
  healthcareTypes: Array<HealthcareType>;
  /** Largest voucher (the cap per beneficiary). */
  maxVoucher: string;
  /** Smallest voucher, as a decimal string in the programme's currency. */
  minVoucher: string;
  /** At least one language. */
  names: Array<LocalisedTextInput>;
  nis2Classes: Array<Nis2Class>;
  opensAt: string;
  /** Share paid on approval, in percent (0 to 100, exclusive); omit for reimbursement only. */
  prefinancingShare?: string | null | undefined;
  /**
   * Codes such as `RISK_ASSESSMENT`, `PENETRATION_TESTING`, `SECURITY_TRAINING`,
   * `BACKUP_AND_RECOVERY`, `MONITORING_AND_DETECTION`, `INCIDENT_RESPONSE_RETAINER`, or the
   * agency's own.
   */
  serviceCategories: Array<string>;
  smeCategories: Array<SmeCategory>;
  /** How many days an issued voucher stays valid (1 to 1095). */
  validityDays: number;
};

export type VoucherProgramStatus =
  /** Finished and kept for the record. */
  | 'ARCHIVED'
  /** No new applications; issued vouchers run on. */
  | 'CLOSED'
  /** Being designed; invisible outside the agency. */
  | 'DRAFT'
  /** Accepting applications inside its window. */
  | 'OPEN';

export type VoucherStatus =
  /** Cancelled by the agency; the unspent funds were released. */
  | 'CANCELLED'
  /** Its validity ended; the unspent funds were released. */
  | 'EXPIRED'
  /** Issued, nothing redeemed yet. */
  | 'ISSUED'
  /** Partly used. */
  | 'PARTIALLY_REDEEMED'
  /** Used in full. */
  | 'REDEEMED';

export type AdminUsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { nodes: Array<{ id: string, email: string, displayName: string, role: Role, active: boolean, organisation: { id: string, name: string, kind: OrganisationKind } | null, memberState: { code: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminOrganisationsQueryVariables = Exact<{
  kind: OrganisationKind;
  first: number;
  after?: string | null | undefined;
  nameContains?: string | null | undefined;
}>;


export type AdminOrganisationsQuery = { organisations: { nodes: Array<{ id: string, name: string, kind: OrganisationKind, status: OrganisationStatus, registrationId: string | null, createdAt: string, memberState: { code: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminMemberStatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMemberStatesQuery = { memberStates: Array<{ code: string, name: string }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, email: string, displayName: string, role: Role, active: boolean } };

export type SetUserActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetUserActiveMutation = { setUserActive: { id: string, email: string, active: boolean } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, name: string, kind: OrganisationKind, status: OrganisationStatus, memberState: { code: string, name: string } } };

export type EmailOutboxQueryVariables = Exact<{
  status?: EmailStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type EmailOutboxQuery = { emailOutbox: Array<{ id: string, recipient: string, language: string, kind: string, subject: string, body: string, status: string, attempts: number, nextAttemptAt: string, lastError: string | null, createdAt: string, sentAt: string | null }> };

export type AlertTextFieldsFragment = { language: string, title: string, summary: string, body: string, recommendedActions: Array<string> };

export type AlertContentFieldsFragment = { severity: Severity, tlp: Tlp, recipientOrganisations: Array<string>, recipientMemberStates: Array<string>, recipientAccounts: Array<string>, memberStates: Array<string> | null, healthcareTypes: Array<HealthcareType> | null, cves: Array<string>, catalogueItems: Array<string>, validFrom: string, validUntil: string | null, text: { language: string, title: string, summary: string, body: string, recommendedActions: Array<string> }, translations: Array<{ language: string, title: string, summary: string, body: string, recommendedActions: Array<string> }>, products: Array<{ vendor: string, product: string | null }>, indicators: Array<{ kind: IndicatorKind, value: string }> };

export type AlertRowFragment = { id: string, status: AlertStatus, updatedAt: string, revokedAt: string | null, currentVersion: { number: number, publishedAt: string } | null, content: { severity: Severity, tlp: Tlp, memberStates: Array<string> | null, text: { language: string, title: string, summary: string, body: string, recommendedActions: Array<string> }, translations: Array<{ language: string, title: string, summary: string, body: string, recommendedActions: Array<string> }>, products: Array<{ vendor: string, product: string | null }> } | null, myAcknowledgement: { kind: AcknowledgementKind, at: string } | null };

export type AlertsQueryVariables = Exact<{
  filter?: AlertFilterInput | null | undefined;
}>;


export type AlertsQuery = { alerts: Array<{ id: string, status: AlertStatus, updatedAt: string, revokedAt: string | null, currentVersion: { number: number, publishedAt: string } | null, content: { severity: Severity, tlp: Tlp, memberStates: Array<string> | null, text: { language: string, title: string, summary: string, body: string, recommendedActions: Array<string> }, translations: Array<{ language: string, title: string, summary: string, body: string, recommendedActions: Array<string> }>, products: Array<{ vendor: string, product: string | null }> } | null, myAcknowledgement: { kind: AcknowledgementKind, at: string } | null }> };

export type AlertQueryVariables = Exact<{
  id: string | number;
}>;


export type AlertQuery = { alert: { id: string, status: AlertStatus, createdAt: string, updatedAt: string, revokedAt: string | null, revocationReason: string | null, currentVersion: { number: number, publishedAt: string, changeNote: string | null } | null, versions: Array<{ number: number, publishedAt: string, changeNote: string | null }>, content: { severity: Severity, tlp: Tlp, recipientOrganisations: Array<string>, recipientMemberStates: Array<string>, recipientAccounts: Array<string>, memberStates: Array<string> | null, healthcareTypes: Array<HealthcareType> | null, cves: Array<string>, catalogueItems: Array<string>, validFrom: string, validUntil: string | null, text: { language: string, title: string, summary: string, body: string, recommendedActions: Array<string> }, translations: Array<{ language: string, title: string, summary: string, body: string, recommendedActions: Array<string> }>, products: Array<{ vendor: string, product: string | null }>, indicators: Array<{ kind: IndicatorKind, value: string }> } | null, myAcknowledgement: { kind: AcknowledgementKind, at: string } | null } };

export type AlertAcknowledgementCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type AlertAcknowledgementCountsQuery = { alert: { id: string, acknowledgementCounts: Array<{ memberState: string, seen: number, mitigationApplied: number, notAffected: number, total: number }> } };

export type AlertsSinceQueryVariables = Exact<{
  cursor?: string | null | undefined;
}>;


export type AlertsSinceQuery = { alertsSince: { cursor: string, events: Array<{ cursor: string, kind: AlertEventKind, alert: { id: string } }> } };

export type AlertEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AlertEventsSubscription = { alerts: { cursor: string, kind: AlertEventKind, version: number, alert: { id: string, status: AlertStatus, updatedAt: string, revokedAt: string | null, currentVersion: { number: number, publishedAt: string } | null, content: { severity: Severity, tlp: Tlp, memberStates: Array<string> | null, text: { language: string, title: string, summary: string, body: string, recommendedActions: Array<string> }, translations: Array<{ language: string, title: string, summary: string, body: string, recommendedActions: Array<string> }>, products: Array<{ vendor: string, product: string | null }> } | null, myAcknowledgement: { kind: AcknowledgementKind, at: string } | null } } };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: string | number;
  kind: AcknowledgementKind;
}>;


export type AcknowledgeAlertMutation = { acknowledgeAlert: { kind: AcknowledgementKind, at: string } };

export type CreateAlertMutationVariables = Exact<{
  input: AlertInput;
}>;


export type CreateAlertMutation = { createAlert: { id: string, status: AlertStatus } };

export type UpdateAlertMutationVariables = Exact<{
  id: string | number;
  input: AlertInput;
  changeNote?: string | null | undefined;
}>;


export type UpdateAlertMutation = { updateAlert: { id: string, status: AlertStatus } };

export type PublishAlertMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishAlertMutation = { publishAlert: { id: string, status: AlertStatus } };

export type RevokeAlertMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeAlertMutation = { revokeAlert: { id: string, status: AlertStatus } };

export type RecipientOrganisationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type RecipientOrganisationsQuery = { organisations: { edges: Array<{ node: { id: string, name: string, kind: OrganisationKind, memberState: { code: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditTrailQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type AuditTrailQuery = { auditLog: { totalCount: number, nodes: Array<{ id: string, chain: string, seq: number, at: string, actorRole: string | null, action: string, objectType: string, objectId: string | null, outcome: string, requestId: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, email: string, displayName: string, role: Role } } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ContentFieldsFragment = { language: string, requestedLanguage: string | null, fallback: boolean, languages: Array<string>, originalLanguage: string, title: string, summary: string, body: string, priorities: Array<CataloguePriority>, topics: Array<string>, steps: Array<{ number: number, phase: PlaybookPhase, title: string, instructions: string }>, audience: { everyone: boolean, healthcareTypes: Array<HealthcareType>, smeCategories: Array<SmeCategory> }, links: Array<{ label: string, url: string }>, service: { categories: Array<string>, memberStates: Array<string>, languages: Array<string>, indicativePrice: string, currency: string } | null };

export type CatalogueSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  language?: string | null | undefined;
  filter?: CatalogueFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogueSearchQuery = { catalogue: { totalCount: number, facets: Array<{ facet: string, value: string, count: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ highlight: Array<{ text: string, matched: boolean }> | null, item: { id: string, kind: CatalogueItemKind, publishedAt: string | null, current: { language: string, fallback: boolean, languages: Array<string>, title: string, summary: string, priorities: Array<CataloguePriority> } | null } }> } };

export type CatalogueItemQueryVariables = Exact<{
  id: string | number;
  language?: string | null | undefined;
}>;


export type CatalogueItemQuery = { catalogueItem: { id: string, kind: CatalogueItemKind, status: CatalogueItemStatus, version: number | null, publishedAt: string | null, firstPublishedAt: string | null, changeNote: string | null, editable: boolean, providerId: string | null, updatedAt: string, current: { language: string, requestedLanguage: string | null, fallback: boolean, languages: Array<string>, originalLanguage: string, title: string, summary: string, body: string, priorities: Array<CataloguePriority>, topics: Array<string>, steps: Array<{ number: number, phase: PlaybookPhase, title: string, instructions: string }>, audience: { everyone: boolean, healthcareTypes: Array<HealthcareType>, smeCategories: Array<SmeCategory> }, links: Array<{ label: string, url: string }>, service: { categories: Array<string>, memberStates: Array<string>, languages: Array<string>, indicativePrice: string, currency: string } | null } | null, draft: { language: string, requestedLanguage: string | null, fallback: boolean, languages: Array<string>, originalLanguage: string, title: string, summary: string, body: string, priorities: Array<CataloguePriority>, topics: Array<string>, steps: Array<{ number: number, phase: PlaybookPhase, title: string, instructions: string }>, audience: { everyone: boolean, healthcareTypes: Array<HealthcareType>, smeCategories: Array<SmeCategory> }, links: Array<{ label: string, url: string }>, service: { categories: Array<string>, memberStates: Array<string>, languages: Array<string>, indicativePrice: string, currency: string } | null } | null, retirement: { reason: string, at: string } | null, suspension: { reason: string, at: string } | null, versions: Array<{ number: number, changeNote: string, publishedAt: string }> } };

export type CatalogueDiffQueryVariables = Exact<{
  id: string | number;
  from: number;
  to?: number | null | undefined;
  language?: string | null | undefined;
}>;


export type CatalogueDiffQuery = { catalogueItem: { id: string, diff: { from: number | null, to: number | null, language: string, inOld: boolean, inNew: boolean, facetsChanged: boolean, fields: Array<{ field: string, changed: boolean, lines: Array<{ tag: DiffTag, oldLine: number | null, newLine: number | null, text: string }> }> } } };

export type MyCatalogueItemsQueryVariables = Exact<{
  status?: CatalogueItemStatus | null | undefined;
}>;


export type MyCatalogueItemsQuery = { myCatalogueItems: Array<{ id: string, kind: CatalogueItemKind, status: CatalogueItemStatus, version: number | null, updatedAt: string, suspension: { reason: string } | null, current: { title: string, language: string, languages: Array<string> } | null, draft: { title: string } | null }> };

export type CatalogueTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueTopicsQuery = { catalogueTopics: Array<string> };

export type CreateCatalogueItemMutationVariables = Exact<{
  kind: CatalogueItemKind;
  input: CatalogueItemInput;
}>;


export type CreateCatalogueItemMutation = { createCatalogueItem: { id: string } };

export type UpdateCatalogueItemMutationVariables = Exact<{
  id: string | number;
  input: CatalogueItemInput;
}>;


export type UpdateCatalogueItemMutation = { updateCatalogueItem: { id: string, status: CatalogueItemStatus, updatedAt: string } };

export type TranslateCatalogueItemMutationVariables = Exact<{
  id: string | number;
  language: string;
  input: CatalogueTranslationInput;
}>;


export type TranslateCatalogueItemMutation = { translateCatalogueItem: { id: string, updatedAt: string } };

export type PublishCatalogueItemMutationVariables = Exact<{
  id: string | number;
  changeNote: string;
}>;


export type PublishCatalogueItemMutation = { publishCatalogueItem: { id: string, status: CatalogueItemStatus, version: number | null } };

export type RetireCatalogueItemMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RetireCatalogueItemMutation = { retireCatalogueItem: { id: string, status: CatalogueItemStatus } };

export type DiscardCatalogueDraftMutationVariables = Exact<{
  id: string | number;
}>;


export type DiscardCatalogueDraftMutation = { discardCatalogueDraft: { id: string, status: CatalogueItemStatus } };

export type IncidentRowFragment = { id: string, title: string, organisationName: string, category: IncidentCategory, status: IncidentStatus, awareAt: string, memberState: { code: string }, nextDeadline: { stage: IncidentStage, state: ClockState, dueAt: string | null } | null };

export type IncidentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IncidentsQuery = { incidents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, organisationName: string, category: IncidentCategory, status: IncidentStatus, awareAt: string, memberState: { code: string }, nextDeadline: { stage: IncidentStage, state: ClockState, dueAt: string | null } | null }> } };

export type OrganisationTimeZoneQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationTimeZoneQuery = { me: { id: string, organisation: { id: string, timeZone: string } | null } | null };

export type SetOrganisationTimeZoneMutationVariables = Exact<{
  timeZone: string;
}>;


export type SetOrganisationTimeZoneMutation = { setOrganisationTimeZone: { id: string, timeZone: string } };

export type PublicRansomRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicRansomRulesQuery = { ransomRules: Array<{ ransomReporting: RansomReporting, referralMandatory: boolean, reportingDeadlineHours: number | null, lawEnforcementContact: string, memberState: { code: string, name: string } }> };

export type IncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentQuery = { incident: { access: IncidentAccess, timeZone: string, startedAt: string, handledAt: string | null, crossBorder: boolean, suspectedMalicious: boolean, affectedServices: Array<AffectedService>, significanceCriteria: Array<SignificanceCriterion>, significanceAssessment: string, id: string, title: string, organisationName: string, category: IncidentCategory, status: IncidentStatus, awareAt: string, clocks: Array<{ stage: IncidentStage, request: number | null, state: ClockState, dueAt: string | null, metAt: string | null, timeLeftSeconds: number | null, lateBySeconds: number | null }>, submissions: Array<{ id: string, stage: IncidentStage, submittedAt: string, acknowledgedAt: string | null, report: { summary: string | null, impact: string | null, indicatorsOfCompromise: string | null, statusUpdate: string | null, mitigation: string | null, description: string | null, rootCause: string | null, severity: IncidentSeverity | null } }>, intermediateRequests: Array<{ requestedAt: string, dueAt: string, answeredAt: string | null }>, comments: Array<{ id: string, authorRole: string, text: string, createdAt: string }>, sharedWith: Array<{ code: string }>, ransomDemand: { receivedAt: string, threatActor: string | null, noteText: string | null, paid: boolean, reportingDueAt: string | null, amount: { amount: string, currency: string | null, asset: string | null } | null } | null, lawEnforcementReferral: { authority: string, referredOn: string, caseReference: string } | null, ransomRules: { ransomReporting: RansomReporting, referralMandatory: boolean, reportingDeadlineHours: number | null, lawEnforcementContact: string }, memberState: { code: string }, nextDeadline: { stage: IncidentStage, state: ClockState, dueAt: string | null } | null } };

export type ReportIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ReportIncidentMutation = { reportIncident: { id: string } };

export type SubmitIncidentReportMutationVariables = Exact<{
  input: SubmitIncidentReportInput;
}>;


export type SubmitIncidentReportMutation = { submitIncidentReport: { id: string } };

export type MarkIncidentHandledMutationVariables = Exact<{
  id: string | number;
  handledAt: string;
}>;


export type MarkIncidentHandledMutation = { markIncidentHandled: { id: string } };

export type AcknowledgeIncidentReportMutationVariables = Exact<{
  submissionId: string | number;
}>;


export type AcknowledgeIncidentReportMutation = { acknowledgeIncidentReport: { id: string } };

export type RequestIntermediateReportMutationVariables = Exact<{
  id: string | number;
  dueAt: string;
}>;


export type RequestIntermediateReportMutation = { requestIntermediateReport: { id: string } };

export type CommentOnIncidentMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type CommentOnIncidentMutation = { commentOnIncident: { id: string } };

export type CloseIncidentMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseIncidentMutation = { closeIncident: { id: string } };

export type RecordRansomDemandMutationVariables = Exact<{
  input: RansomDemandRecordInput;
}>;


export type RecordRansomDemandMutation = { recordRansomDemand: { id: string } };

export type RecordLawEnforcementReferralMutationVariables = Exact<{
  input: LawEnforcementReferralInput;
}>;


export type RecordLawEnforcementReferralMutation = { recordLawEnforcementReferral: { id: string } };

export type IncidentStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type IncidentStatisticsQuery = { incidentStatistics: Array<{ memberState: string, month: string, category: IncidentCategory, count: number | null, fewerThanThree: boolean }> };

export type ShareIncidentMutationVariables = Exact<{
  id: string | number;
  memberStates: Array<string> | string;
}>;


export type ShareIncidentMutation = { shareIncident: { id: string } };

export type RansomRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RansomRulesQuery = { ransomRules: Array<{ ransomReporting: RansomReporting, referralMandatory: boolean, reportingDeadlineHours: number | null, lawEnforcementContact: string, memberState: { code: string, name: string } }>, me: { id: string, organisation: { id: string, memberState: { code: string } } | null } | null };

export type UpdateRansomRulesMutationVariables = Exact<{
  input: RansomRulesInput;
}>;


export type UpdateRansomRulesMutation = { updateRansomRules: { ransomReporting: RansomReporting } };

export type AgencyDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyDirectoryQuery = { memberStates: Array<{ code: string, name: string }>, agencyDirectory: Array<{ id: string, name: string, memberState: { code: string }, helpdesk: { email: string | null, phone: string | null, phoneUri: string | null, url: string | null } | null }> };

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsQuery = { unreadNotifications: number };

export type NotificationsQueryVariables = Exact<{
  language: string;
  first: number;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { nodes: Array<{ id: string, kind: NotificationKind, createdAt: string, readAt: string | null, redemptionId: string | null, incidentId: string | null, reserveRequestId: string | null, detail: string | null, application: { id: string, reference: string | null, program: { id: string, name: string } | null } | null, voucher: { id: string, reference: string | null, program: { id: string, name: string } | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MemberStatesQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberStatesQuery = { memberStates: Array<{ code: string, name: string, currency: string }> };

export type OrganisationProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationProfileQuery = { organisationProfile: { organisationId: string, smeInput: unknown, smeConfirmedAt: string | null, updatedAt: string | null, contact: { name: string | null, email: string | null, phone: string | null }, address: { street: string | null, postalCode: string | null, city: string | null } } | null };

export type UpdateOrganisationProfileMutationVariables = Exact<{
  input: OrganisationProfileInput;
}>;


export type UpdateOrganisationProfileMutation = { updateOrganisationProfile: { organisationId: string, smeInput: unknown, smeConfirmedAt: string | null, updatedAt: string | null, contact: { name: string | null, email: string | null, phone: string | null }, address: { street: string | null, postalCode: string | null, city: string | null } } };

export type RegisterOrganisationMutationVariables = Exact<{
  input: RegisterOrganisationInput;
}>;


export type RegisterOrganisationMutation = { registerOrganisation: { received: boolean, contactEmail: string } };

export type PendingOrganisationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PendingOrganisationsQuery = { organisations: { nodes: Array<{ id: string, name: string, status: OrganisationStatus, healthcareType: HealthcareType | null, nis2Class: Nis2Class | null, registrationId: string | null, createdAt: string, reviewNote: { kind: ReviewNoteKind, text: string, at: string } | null, memberState: { code: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VerifyOrganisationMutationVariables = Exact<{
  id: string | number;
}>;


export type VerifyOrganisationMutation = { verifyOrganisation: { id: string, name: string, status: OrganisationStatus } };

export type RejectOrganisationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectOrganisationMutation = { rejectOrganisation: { id: string, name: string, status: OrganisationStatus } };

export type RequestOrganisationInformationMutationVariables = Exact<{
  id: string | number;
  message: string;
}>;


export type RequestOrganisationInformationMutation = { requestOrganisationInformation: { id: string, name: string, status: OrganisationStatus, reviewNote: { kind: ReviewNoteKind, text: string, at: string } | null } };

export type PendingQueueFieldsFragment = { kind: PendingKind, count: number, actionableCount: number, oldestWaitingSince: string | null, oldestWaitingDays: number | null, items: Array<{ id: string, reference: string | null, organisationId: string, organisationName: string, waitingSince: string, waitingDays: number, amount: string | null, currency: string | null, recommendedByYou: boolean, actionable: boolean }> };

export type PendingWorkQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PendingWorkQuery = { pendingWork: { asOf: string, reviews: { kind: PendingKind, count: number, actionableCount: number, oldestWaitingSince: string | null, oldestWaitingDays: number | null, items: Array<{ id: string, reference: string | null, organisationId: string, organisationName: string, waitingSince: string, waitingDays: number, amount: string | null, currency: string | null, recommendedByYou: boolean, actionable: boolean }> }, secondApprovals: { kind: PendingKind, count: number, actionableCount: number, oldestWaitingSince: string | null, oldestWaitingDays: number | null, items: Array<{ id: string, reference: string | null, organisationId: string, organisationName: string, waitingSince: string, waitingDays: number, amount: string | null, currency: string | null, recommendedByYou: boolean, actionable: boolean }> }, payments: { kind: PendingKind, count: number, actionableCount: number, oldestWaitingSince: string | null, oldestWaitingDays: number | null, items: Array<{ id: string, reference: string | null, organisationId: string, organisationName: string, waitingSince: string, waitingDays: number, amount: string | null, currency: string | null, recommendedByYou: boolean, actionable: boolean }> }, paymentSecondApprovals: { kind: PendingKind, count: number, actionableCount: number, oldestWaitingSince: string | null, oldestWaitingDays: number | null, items: Array<{ id: string, reference: string | null, organisationId: string, organisationName: string, waitingSince: string, waitingDays: number, amount: string | null, currency: string | null, recommendedByYou: boolean, actionable: boolean }> }, verifications: { kind: PendingKind, count: number, actionableCount: number, oldestWaitingSince: string | null, oldestWaitingDays: number | null, items: Array<{ id: string, reference: string | null, organisationId: string, organisationName: string, waitingSince: string, waitingDays: number, amount: string | null, currency: string | null, recommendedByYou: boolean, actionable: boolean }> } } };

export type OpenProgrammesQueryVariables = Exact<{
  language: string;
  memberState?: string | null | undefined;
}>;


export type OpenProgrammesQuery = { voucherPrograms: { nodes: Array<{ id: string, code: string, name: string, currency: string, minVoucher: string, maxVoucher: string, aidIntensity: string, prefinancingShare: string | null, smeCategories: Array<SmeCategory>, healthcareTypes: Array<HealthcareType>, serviceCategories: Array<string>, opensAt: string, closesAt: string, descriptions: Array<{ language: string, text: string }>, memberState: { code: string, name: string } }> } };

export type ProgrammeMemberStatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeMemberStatesQuery = { memberStates: Array<{ code: string, name: string, currency: string }> };

export type OfficerStateQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficerStateQuery = { me: { id: string, memberState: { code: string, name: string, currency: string } | null } | null };

export type AgencyProgrammesQueryVariables = Exact<{
  language: string;
  memberState: string;
}>;


export type AgencyProgrammesQuery = { voucherPrograms: { nodes: Array<{ id: string, code: string, status: VoucherProgramStatus, name: string, currency: string, opensAt: string, closesAt: string, funds: { allocated: string, available: string, currency: string } | null }> } };

export type ProgrammeDashboardQueryVariables = Exact<{
  id: string | number;
  language: string;
  first: number;
}>;


export type ProgrammeDashboardQuery = { voucherProgram: { id: string, code: string, status: VoucherProgramStatus, name: string, currency: string, minVoucher: string, maxVoucher: string, aidIntensity: string, prefinancingShare: string | null, opensAt: string, closesAt: string, validityDays: number, memberState: { code: string, name: string }, funds: { allocated: string, committed: string, disbursed: string, available: string, currency: string } | null, monthlySummary: Array<{ month: string, allocated: string, deallocated: string, committed: string, released: string, disbursed: string, endOfMonth: { allocated: string, committed: string, disbursed: string, available: string, currency: string } }> | null, ledger: { nodes: Array<{ id: string, kind: LedgerEntryKind, amount: string, currency: string, reference: string, voucherId: string | null, voucherReference: string | null, createdAt: string, fundsAfter: { available: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type LedgerRowFragment = { id: string, kind: LedgerEntryKind, amount: string, currency: string, reference: string, voucherId: string | null, voucherReference: string | null, createdAt: string, fundsAfter: { available: string } };

export type LedgerPageQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type LedgerPageQuery = { voucherProgram: { id: string, ledger: { nodes: Array<{ id: string, kind: LedgerEntryKind, amount: string, currency: string, reference: string, voucherId: string | null, voucherReference: string | null, createdAt: string, fundsAfter: { available: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type AllocateFundsMutationVariables = Exact<{
  input: FundsInput;
}>;


export type AllocateFundsMutation = { allocateFunds: { replayed: boolean, funds: { allocated: string, committed: string, disbursed: string, available: string, currency: string }, entry: { id: string } } };

export type OpenProgrammeMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenProgrammeMutation = { openVoucherProgram: { id: string, status: VoucherProgramStatus } };

export type CloseProgrammeMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseProgrammeMutation = { closeVoucherProgram: { id: string, status: VoucherProgramStatus } };

export type ArchiveProgrammeMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveProgrammeMutation = { archiveVoucherProgram: { id: string, status: VoucherProgramStatus } };

export type CreateProgrammeMutationVariables = Exact<{
  input: VoucherProgramInput;
}>;


export type CreateProgrammeMutation = { createVoucherProgram: { id: string, code: string, status: VoucherProgramStatus } };

export type ProgrammeForEditQueryVariables = Exact<{
  id: string | number;
  language: string;
}>;


export type ProgrammeForEditQuery = { voucherProgram: { id: string, code: string, status: VoucherProgramStatus, name: string, currency: string, minVoucher: string, maxVoucher: string, aidIntensity: string, prefinancingShare: string | null, deMinimis: boolean, smeCategories: Array<SmeCategory>, healthcareTypes: Array<HealthcareType>, nis2Classes: Array<Nis2Class>, serviceCategories: Array<string>, opensAt: string, closesAt: string, cutoffs: Array<string>, validityDays: number, memberState: { code: string, currency: string }, names: Array<{ language: string, text: string }>, descriptions: Array<{ language: string, text: string }>, fourEyes: { mode: FourEyesMode, threshold: string | null } } | null };

export type UpdateProgrammeMutationVariables = Exact<{
  id: string | number;
  input: VoucherProgramInput;
}>;


export type UpdateProgrammeMutation = { updateVoucherProgram: { id: string, code: string, status: VoucherProgramStatus, updatedAt: string } };

export type DeallocateFundsMutationVariables = Exact<{
  input: FundsInput;
}>;


export type DeallocateFundsMutation = { deallocateFunds: { replayed: boolean, funds: { allocated: string, committed: string, disbursed: string, available: string, currency: string }, entry: { id: string } } };

export type FundsHistoryQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type FundsHistoryQuery = { voucherProgram: { id: string, ledger: { nodes: Array<{ id: string, createdAt: string, fundsAfter: { allocated: string, committed: string, disbursed: string, available: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type ReserveRowFragment = { id: string, status: ReserveRequestStatus, kind: ReserveRequestKind, organisationName: string, memberState: string, incidentId: string | null, totalDays: number, impact: ReserveImpact, createdAt: string, submittedAt: string | null, providerName: string | null, summaryReportClock: { dueAt: string, state: ClockState } | null };

export type ReserveRequestsQueryVariables = Exact<{
  status?: ReserveRequestStatus | null | undefined;
}>;


export type ReserveRequestsQuery = { reserveRequests: Array<{ id: string, status: ReserveRequestStatus, kind: ReserveRequestKind, organisationName: string, memberState: string, incidentId: string | null, totalDays: number, impact: ReserveImpact, createdAt: string, submittedAt: string | null, providerName: string | null, summaryReportClock: { dueAt: string, state: ClockState } | null }> };

export type ReserveRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type ReserveRequestQuery = { reserveRequest: { id: string, status: ReserveRequestStatus, kind: ReserveRequestKind, organisationName: string, memberState: string, incidentId: string | null, potentialImpact: string, plannedUse: string, measuresTaken: Array<ReserveMitigationMeasure>, mitigationTaken: string, language: string | null, impact: ReserveImpact, totalDays: number, severity: IncidentSeverity | null, spillOver: ReserveSpillOver | null, endorsementNote: string | null, declineReason: string | null, providerId: string | null, providerName: string | null, createdAt: string, submittedAt: string | null, endorsedAt: string | null, triagedAt: string | null, deliveryEndedAt: string | null, reportedAt: string | null, closedAt: string | null, estimatedNeed: Array<{ service: ReserveServiceType, days: number }>, otherSupport: { incidentResponseContract: boolean, cyberInsurance: boolean, details: string | null } | null, priority: { score: number, modelVersion: string, breakdown: Array<{ criterion: ReserveCriterion, value: string, weight: number, share: number, points: number }> } | null, engagement: { status: string, quarter: string, reservedDays: number, consumedDays: number } | null, deliveryLog: Array<{ id: string, days: number, note: string | null, loggedAt: string }>, summaryReport: { serviceProvided: string } | null, summaryReportClock: { dueAt: string, state: ClockState, months: number } | null } };

export type ReserveIncidentClocksQueryVariables = Exact<{
  id: string | number;
}>;


export type ReserveIncidentClocksQuery = { incident: { id: string, title: string, nextDeadline: { stage: IncidentStage, state: ClockState, dueAt: string | null } | null } };

export type ReserveQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReserveQueueQuery = { reserveQueue: Array<{ position: number, request: { id: string, status: ReserveRequestStatus, organisationName: string, memberState: string, totalDays: number, language: string | null }, priority: { score: number, breakdown: Array<{ criterion: ReserveCriterion, value: string, weight: number, points: number }> }, proposedProvider: { providerId: string, speaksLanguage: boolean, freeDaysAfter: number } | null }> };

export type ReserveProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReserveProvidersQuery = { reserveProviders: Array<{ id: string, name: string, trusted: boolean, memberStates: Array<string>, languages: Array<string>, capacity: Array<{ quarter: string, precommitted: number, converted: number, responseReserved: number, responseConsumed: number, responseFree: number, preparednessFree: number }> }> };

export type CreateReserveRequestMutationVariables = Exact<{
  input: CreateReserveRequestInput;
}>;


export type CreateReserveRequestMutation = { createReserveRequest: { id: string, status: ReserveRequestStatus } };

export type SubmitReserveRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitReserveRequestMutation = { submitReserveRequest: { id: string, status: ReserveRequestStatus } };

export type WithdrawReserveRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawReserveRequestMutation = { withdrawReserveRequest: { id: string, status: ReserveRequestStatus } };

export type EndorseReserveRequestMutationVariables = Exact<{
  id: string | number;
  severity: IncidentSeverity;
  spillOver: ReserveSpillOver;
  note?: string | null | undefined;
}>;


export type EndorseReserveRequestMutation = { endorseReserveRequest: { id: string, status: ReserveRequestStatus } };

export type DeclineReserveRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DeclineReserveRequestMutation = { declineReserveRequest: { id: string, status: ReserveRequestStatus } };

export type TriageReserveRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type TriageReserveRequestMutation = { triageReserveRequest: { id: string, status: ReserveRequestStatus } };

export type OverrideReservePriorityMutationVariables = Exact<{
  id: string | number;
  direction: ReserveOverrideDirection;
  justification: string;
}>;


export type OverrideReservePriorityMutation = { overrideReservePriority: { id: string, status: ReserveRequestStatus } };

export type AssignReserveProviderMutationVariables = Exact<{
  id: string | number;
  providerId: string | number;
}>;


export type AssignReserveProviderMutation = { assignReserveProvider: { id: string, status: ReserveRequestStatus } };

export type RespondToReserveAssignmentMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
}>;


export type RespondToReserveAssignmentMutation = { respondToReserveAssignment: { id: string, status: ReserveRequestStatus } };

export type LogReserveDeliveryMutationVariables = Exact<{
  id: string | number;
  days: number;
  note?: string | null | undefined;
}>;


export type LogReserveDeliveryMutation = { logReserveDelivery: { id: string, status: ReserveRequestStatus } };

export type CompleteReserveDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteReserveDeliveryMutation = { completeReserveDelivery: { id: string, status: ReserveRequestStatus } };

export type SubmitReserveReportMutationVariables = Exact<{
  id: string | number;
  input: ReserveReportInput;
}>;


export type SubmitReserveReportMutation = { submitReserveReport: { id: string, status: ReserveRequestStatus } };

export type CloseReserveRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseReserveRequestMutation = { closeReserveRequest: { id: string, status: ReserveRequestStatus } };

export type PrecommitReserveCapacityMutationVariables = Exact<{
  providerId: string | number;
  quarter: string;
  days: number;
}>;


export type PrecommitReserveCapacityMutation = { precommitReserveCapacity: { id: string } };

export type ConvertReserveCapacityMutationVariables = Exact<{
  providerId: string | number;
  quarter: string;
}>;


export type ConvertReserveCapacityMutation = { convertReserveCapacity: { id: string } };

export type SmeAssessmentQueryVariables = Exact<{
  input: SmeAssessmentInput;
}>;


export type SmeAssessmentQuery = { smeAssessment: { category: SmeCategory, isSme: boolean, notSmeReason: NotSmeReason | null, ruleVersion: string, aggregated: { staffAwu: string, annualTurnover: string, balanceSheetTotal: string }, enterprises: Array<{ id: string, name: string, relation: SmeRelation, includedPercent: string, via: string | null, explanation: string }>, trace: Array<{ article: string, text: string }>, periodCategories: Array<{ label: string, category: SmeCategory }> } };

export type SessionFieldsFragment = { id: string, startsAt: string, endsAt: string, timeZone: string, online: boolean, place: string | null, language: string, capacity: number, enrolled: number, waitlisted: number, enrolmentOpensAt: string, enrolmentClosesAt: string, seatsPerOrganisation: number | null, calendarUrl: string };

export type EnrolmentFieldsFragment = { id: string, sessionId: string, name: string, email: string, status: EnrolmentStatus, position: number | null, attendance: Attendance | null, completedAt: string | null, createdAt: string };

export type TrainingSessionsQueryVariables = Exact<{
  courseId?: string | number | null | undefined;
  language?: string | null | undefined;
}>;


export type TrainingSessionsQuery = { trainingSessions: Array<{ id: string, startsAt: string, endsAt: string, timeZone: string, online: boolean, place: string | null, language: string, capacity: number, enrolled: number, waitlisted: number, enrolmentOpensAt: string, enrolmentClosesAt: string, seatsPerOrganisation: number | null, calendarUrl: string, course: { id: string, current: { title: string, language: string } | null } }> };

export type TrainingSessionQueryVariables = Exact<{
  id: string | number;
  language?: string | null | undefined;
}>;


export type TrainingSessionQuery = { trainingSession: { id: string, startsAt: string, endsAt: string, timeZone: string, online: boolean, place: string | null, language: string, capacity: number, enrolled: number, waitlisted: number, enrolmentOpensAt: string, enrolmentClosesAt: string, seatsPerOrganisation: number | null, calendarUrl: string, course: { id: string, current: { title: string, language: string } | null }, enrolments: Array<{ id: string, sessionId: string, name: string, email: string, status: EnrolmentStatus, position: number | null, attendance: Attendance | null, completedAt: string | null, createdAt: string }> } };

export type MyEnrolmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnrolmentsQuery = { myEnrolments: Array<{ id: string, sessionId: string, name: string, email: string, status: EnrolmentStatus, position: number | null, attendance: Attendance | null, completedAt: string | null, createdAt: string }> };

export type CreateTrainingSessionMutationVariables = Exact<{
  courseId: string | number;
  input: TrainingSessionInput;
}>;


export type CreateTrainingSessionMutation = { createTrainingSession: { id: string } };

export type EnrolMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type EnrolMutation = { enrol: { id: string, sessionId: string, name: string, email: string, status: EnrolmentStatus, position: number | null, attendance: Attendance | null, completedAt: string | null, createdAt: string } };

export type CancelEnrolmentMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelEnrolmentMutation = { cancelEnrolment: { id: string, sessionId: string, name: string, email: string, status: EnrolmentStatus, position: number | null, attendance: Attendance | null, completedAt: string | null, createdAt: string } };

export type MarkAttendanceMutationVariables = Exact<{
  enrolmentId: string | number;
  attendance: Attendance;
}>;


export type MarkAttendanceMutation = { markAttendance: { id: string, sessionId: string, name: string, email: string, status: EnrolmentStatus, position: number | null, attendance: Attendance | null, completedAt: string | null, createdAt: string } };

export type PublishedCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedCoursesQuery = { myCatalogueItems: Array<{ id: string, kind: CatalogueItemKind, current: { title: string, language: string } | null }> };

export type ProviderContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderContextQuery = { me: { id: string, organisation: { id: string, name: string, status: OrganisationStatus, healthcareType: HealthcareType | null, nis2Class: Nis2Class | null, memberState: { code: string, name: string } } | null } | null };

export type ProgrammeRulesFragment = { id: string, code: string, name: string, status: VoucherProgramStatus, currency: string, minVoucher: string, maxVoucher: string, aidIntensity: string, prefinancingShare: string | null, smeCategories: Array<SmeCategory>, healthcareTypes: Array<HealthcareType>, nis2Classes: Array<Nis2Class>, serviceCategories: Array<string>, opensAt: string, closesAt: string, validityDays: number, deMinimis: boolean, memberState: { code: string, name: string } };

export type ApplicableProgrammesQueryVariables = Exact<{
  language: string;
  memberState: string;
}>;


export type ApplicableProgrammesQuery = { voucherPrograms: { nodes: Array<{ id: string, code: string, name: string, status: VoucherProgramStatus, currency: string, minVoucher: string, maxVoucher: string, aidIntensity: string, prefinancingShare: string | null, smeCategories: Array<SmeCategory>, healthcareTypes: Array<HealthcareType>, nis2Classes: Array<Nis2Class>, serviceCategories: Array<string>, opensAt: string, closesAt: string, validityDays: number, deMinimis: boolean, memberState: { code: string, name: string } }> } };

export type ProgrammeEligibilityQueryVariables = Exact<{
  programId: string | number;
  sme?: SmeAssessmentInput | null | undefined;
}>;


export type ProgrammeEligibilityQuery = { programEligibility: { eligible: boolean, checks: Array<{ rule: EligibilityRule, outcome: RuleOutcome }> } };

export type ApplicationFieldsFragment = { id: string, reference: string | null, status: VoucherApplicationStatus, programId: string, currency: string, requestedAmount: string, approvedAmount: string | null, estimatedTotal: string, smeInput: unknown, deMinimisReceivedEur: string, serviceProviderId: string | null, cutoff: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAmount: string | null, recommendedAt: string | null, createdAt: string, updatedAt: string, services: Array<{ category: string, description: string, estimatedCost: string }>, recommendedBy: { id: string, displayName: string } | null };

export type ApplyProgrammeQueryVariables = Exact<{
  programId: string | number;
  language: string;
}>;


export type ApplyProgrammeQuery = { voucherProgram: { id: string, code: string, name: string, status: VoucherProgramStatus, currency: string, minVoucher: string, maxVoucher: string, aidIntensity: string, prefinancingShare: string | null, smeCategories: Array<SmeCategory>, healthcareTypes: Array<HealthcareType>, nis2Classes: Array<Nis2Class>, serviceCategories: Array<string>, opensAt: string, closesAt: string, validityDays: number, deMinimis: boolean, memberState: { code: string, name: string } } | null, organisationProfile: { organisationId: string, smeInput: unknown, smeConfirmedAt: string | null } | null, me: { id: string, organisation: { id: string, name: string } | null } | null };

export type EditApplicationQueryVariables = Exact<{
  id: string | number;
  language: string;
}>;


export type EditApplicationQuery = { voucherApplication: { id: string, reference: string | null, status: VoucherApplicationStatus, programId: string, currency: string, requestedAmount: string, approvedAmount: string | null, estimatedTotal: string, smeInput: unknown, deMinimisReceivedEur: string, serviceProviderId: string | null, cutoff: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAmount: string | null, recommendedAt: string | null, createdAt: string, updatedAt: string, program: { id: string, code: string, name: string, status: VoucherProgramStatus, currency: string, minVoucher: string, maxVoucher: string, aidIntensity: string, prefinancingShare: string | null, smeCategories: Array<SmeCategory>, healthcareTypes: Array<HealthcareType>, nis2Classes: Array<Nis2Class>, serviceCategories: Array<string>, opensAt: string, closesAt: string, validityDays: number, deMinimis: boolean, memberState: { code: string, name: string } } | null, services: Array<{ category: string, description: string, estimatedCost: string }>, recommendedBy: { id: string, displayName: string } | null } | null, me: { id: string, organisation: { id: string, name: string } | null } | null };

export type CreateApplicationMutationVariables = Exact<{
  programId: string | number;
  input: VoucherApplicationInput;
}>;


export type CreateApplicationMutation = { createVoucherApplication: { id: string, reference: string | null, status: VoucherApplicationStatus, programId: string, currency: string, requestedAmount: string, approvedAmount: string | null, estimatedTotal: string, smeInput: unknown, deMinimisReceivedEur: string, serviceProviderId: string | null, cutoff: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAmount: string | null, recommendedAt: string | null, createdAt: string, updatedAt: string, services: Array<{ category: string, description: string, estimatedCost: string }>, recommendedBy: { id: string, displayName: string } | null } };

export type UpdateApplicationMutationVariables = Exact<{
  id: string | number;
  input: VoucherApplicationInput;
}>;


export type UpdateApplicationMutation = { updateVoucherApplication: { id: string, reference: string | null, status: VoucherApplicationStatus, programId: string, currency: string, requestedAmount: string, approvedAmount: string | null, estimatedTotal: string, smeInput: unknown, deMinimisReceivedEur: string, serviceProviderId: string | null, cutoff: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAmount: string | null, recommendedAt: string | null, createdAt: string, updatedAt: string, services: Array<{ category: string, description: string, estimatedCost: string }>, recommendedBy: { id: string, displayName: string } | null } };

export type SubmitApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitApplicationMutation = { submitVoucherApplication: { id: string, reference: string | null, status: VoucherApplicationStatus, programId: string, currency: string, requestedAmount: string, approvedAmount: string | null, estimatedTotal: string, smeInput: unknown, deMinimisReceivedEur: string, serviceProviderId: string | null, cutoff: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAmount: string | null, recommendedAt: string | null, createdAt: string, updatedAt: string, services: Array<{ category: string, description: string, estimatedCost: string }>, recommendedBy: { id: string, displayName: string } | null } };

export type WithdrawApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawApplicationMutation = { withdrawVoucherApplication: { id: string, reference: string | null, status: VoucherApplicationStatus, programId: string, currency: string, requestedAmount: string, approvedAmount: string | null, estimatedTotal: string, smeInput: unknown, deMinimisReceivedEur: string, serviceProviderId: string | null, cutoff: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAmount: string | null, recommendedAt: string | null, createdAt: string, updatedAt: string, services: Array<{ category: string, description: string, estimatedCost: string }>, recommendedBy: { id: string, displayName: string } | null } };

export type MyApplicationsQueryVariables = Exact<{
  language: string;
  first: number;
  after?: string | null | undefined;
}>;


export type MyApplicationsQuery = { voucherApplications: { nodes: Array<{ id: string, reference: string | null, status: VoucherApplicationStatus, currency: string, requestedAmount: string, approvedAmount: string | null, createdAt: string, updatedAt: string, submittedAt: string | null, program: { id: string, code: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SmeSnapshotFragment = { category: SmeCategory, isSme: boolean, notSmeReason: NotSmeReason | null, ruleVersion: string, aggregated: { staffAwu: string, annualTurnover: string, balanceSheetTotal: string }, enterprises: Array<{ id: string, name: string, relation: SmeRelation, includedPercent: string }>, trace: Array<{ article: string, text: string }> };

export type ApplicationDetailQueryVariables = Exact<{
  id: string | number;
  language: string;
}>;


export type ApplicationDetailQuery = { voucherApplication: { id: string, reference: string | null, status: VoucherApplicationStatus, programId: string, currency: string, requestedAmount: string, approvedAmount: string | null, estimatedTotal: string, smeInput: unknown, deMinimisReceivedEur: string, serviceProviderId: string | null, cutoff: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAmount: string | null, recommendedAt: string | null, createdAt: string, updatedAt: string, program: { id: string, code: string, name: string, status: VoucherProgramStatus, currency: string, minVoucher: string, maxVoucher: string, aidIntensity: string, prefinancingShare: string | null, smeCategories: Array<SmeCategory>, healthcareTypes: Array<HealthcareType>, nis2Classes: Array<Nis2Class>, serviceCategories: Array<string>, opensAt: string, closesAt: string, validityDays: number, deMinimis: boolean, fourEyes: { mode: FourEyesMode, threshold: string | null }, funds: { available: string } | null, memberState: { code: string, name: string } } | null, organisation: { id: string, name: string, healthcareType: HealthcareType | null, nis2Class: Nis2Class | null, registrationId: string | null } | null, smeSnapshot: { category: SmeCategory, isSme: boolean, notSmeReason: NotSmeReason | null, ruleVersion: string, aggregated: { staffAwu: string, annualTurnover: string, balanceSheetTotal: string }, enterprises: Array<{ id: string, name: string, relation: SmeRelation, includedPercent: string }>, trace: Array<{ article: string, text: string }> } | null, voucher: { id: string, reference: string | null, status: VoucherStatus, amount: string, currency: string, redemptions: Array<{ id: string, reference: string | null, paymentReference: string | null, status: RedemptionStatus, invoiceReference: string, serviceCategory: string, currency: string, invoiceAmount: string, covered: string, clinicPays: string, payable: string, createdAt: string, paidAt: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAt: string | null }> } | null, attachments: Array<{ id: string, kind: AttachmentKind, name: string, contentType: string, sizeBytes: number }>, services: Array<{ category: string, description: string, estimatedCost: string }>, recommendedBy: { id: string, displayName: string } | null } | null };

export type VoucherAmountPreviewQueryVariables = Exact<{
  programId: string | number;
  services: Array<PlannedServiceInput> | PlannedServiceInput;
}>;


export type VoucherAmountPreviewQuery = { voucherAmountPreview: { eligibleCosts: string, aidIntensity: string, aidAmount: string, cap: string, minimum: string, amount: string, capped: boolean, belowMinimum: boolean, currency: string } };

export type AttachmentFieldsFragment = { id: string, kind: AttachmentKind, name: string, contentType: string, sizeBytes: number };

export type MatchingServicesQueryVariables = Exact<{
  voucherId: string | number;
  language?: string | null | undefined;
}>;


export type MatchingServicesQuery = { matchingServices: Array<{ id: string, providerId: string | null, current: { language: string, title: string, summary: string, service: { categories: Array<string>, indicativePrice: string, currency: string } | null } | null }> };

export type VendorContextQueryVariables = Exact<{ [key: string]: never; }>;


export type VendorContextQuery = { me: { id: string, organisation: { id: string, name: string } | null } | null };

export type VoucherLookupQueryVariables = Exact<{
  code: string;
  invoiceAmount?: string | null | undefined;
}>;


export type VoucherLookupQuery = { voucherLookup: { voucherId: string, clinicName: string, status: VoucherStatus, currency: string, remaining: string, expiresAt: string, aidIntensity: string, serviceCategories: Array<string>, covers: string | null, clinicPays: string | null } };

export type RedeemVoucherMutationVariables = Exact<{
  input: RedeemVoucherInput;
}>;


export type RedeemVoucherMutation = { redeemVoucher: { covered: string, clinicPays: string, remaining: string, voucherStatus: VoucherStatus, redemption: { id: string, reference: string | null, paymentReference: string | null, status: RedemptionStatus, invoiceReference: string, serviceCategory: string, currency: string, invoiceAmount: string, covered: string, clinicPays: string, payable: string, createdAt: string, paidAt: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAt: string | null } } };

export type RedemptionsQueryVariables = Exact<{
  language: string;
  first: number;
  after?: string | null | undefined;
  filter?: RedemptionFilterInput | null | undefined;
}>;


export type RedemptionsQuery = { redemptions: { totalCount: number, nodes: Array<{ id: string, reference: string | null, paymentReference: string | null, status: RedemptionStatus, invoiceReference: string, serviceCategory: string, currency: string, invoiceAmount: string, covered: string, clinicPays: string, payable: string, createdAt: string, paidAt: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAt: string | null, recommendedBy: { id: string, displayName: string } | null, serviceProvider: { id: string, name: string } | null, attachments: Array<{ id: string, kind: AttachmentKind, name: string, contentType: string, sizeBytes: number }>, voucher: { id: string, reference: string | null, program: { id: string, code: string, name: string, fourEyes: { mode: FourEyesMode, threshold: string | null } } | null, application: { id: string, reference: string | null, organisation: { id: string, name: string } | null } | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApprovePaymentMutationVariables = Exact<{
  id: string | number;
  key?: string | null | undefined;
}>;


export type ApprovePaymentMutation = { approveRedemptionPayment: { id: string, reference: string | null, paymentReference: string | null, status: RedemptionStatus, invoiceReference: string, serviceCategory: string, currency: string, invoiceAmount: string, covered: string, clinicPays: string, payable: string, createdAt: string, paidAt: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAt: string | null } };

export type RecommendPaymentMutationVariables = Exact<{
  id: string | number;
}>;


export type RecommendPaymentMutation = { recommendRedemptionPayment: { id: string, reference: string | null, paymentReference: string | null, status: RedemptionStatus, invoiceReference: string, serviceCategory: string, currency: string, invoiceAmount: string, covered: string, clinicPays: string, payable: string, createdAt: string, paidAt: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAt: string | null } };

export type ReviewQueueQueryVariables = Exact<{
  filter?: VoucherApplicationFilter | null | undefined;
  language: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, nodes: Array<{ id: string, reference: string | null, status: VoucherApplicationStatus, currency: string, requestedAmount: string, estimatedTotal: string, submittedAt: string | null, cutoff: string | null, organisation: { id: string, name: string } | null, program: { id: string, code: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReviewOfficerQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewOfficerQuery = { me: { id: string, memberState: { code: string } | null } | null };

export type ReviewProgrammesQueryVariables = Exact<{
  language: string;
  memberState: string;
}>;


export type ReviewProgrammesQuery = { voucherPrograms: { nodes: Array<{ id: string, code: string, name: string }> } };

export type FindByReferenceQueryVariables = Exact<{
  reference: string;
}>;


export type FindByReferenceQuery = { findByReference:
    | { __typename: 'Redemption', id: string, voucher: { id: string, application: { id: string } | null } | null }
    | { __typename: 'Voucher', id: string, application: { id: string } | null }
    | { __typename: 'VoucherApplication', id: string }
   };

export type ApproveApplicationMutationVariables = Exact<{
  id: string | number;
  amount?: string | null | undefined;
  key?: string | null | undefined;
}>;


export type ApproveApplicationMutation = { approveVoucherApplication: { id: string, reference: string | null, status: VoucherApplicationStatus, programId: string, currency: string, requestedAmount: string, approvedAmount: string | null, estimatedTotal: string, smeInput: unknown, deMinimisReceivedEur: string, serviceProviderId: string | null, cutoff: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAmount: string | null, recommendedAt: string | null, createdAt: string, updatedAt: string, voucher: { id: string, status: VoucherStatus, amount: string, currency: string } | null, services: Array<{ category: string, description: string, estimatedCost: string }>, recommendedBy: { id: string, displayName: string } | null } };

export type RecommendApplicationMutationVariables = Exact<{
  id: string | number;
  amount?: string | null | undefined;
}>;


export type RecommendApplicationMutation = { recommendVoucherApplication: { id: string, reference: string | null, status: VoucherApplicationStatus, programId: string, currency: string, requestedAmount: string, approvedAmount: string | null, estimatedTotal: string, smeInput: unknown, deMinimisReceivedEur: string, serviceProviderId: string | null, cutoff: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAmount: string | null, recommendedAt: string | null, createdAt: string, updatedAt: string, services: Array<{ category: string, description: string, estimatedCost: string }>, recommendedBy: { id: string, displayName: string } | null } };

export type RejectApplicationMutationVariables = Exact<{
  id: string | number;
  reason: string;
  key?: string | null | undefined;
}>;


export type RejectApplicationMutation = { rejectVoucherApplication: { id: string, reference: string | null, status: VoucherApplicationStatus, programId: string, currency: string, requestedAmount: string, approvedAmount: string | null, estimatedTotal: string, smeInput: unknown, deMinimisReceivedEur: string, serviceProviderId: string | null, cutoff: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAmount: string | null, recommendedAt: string | null, createdAt: string, updatedAt: string, services: Array<{ category: string, description: string, estimatedCost: string }>, recommendedBy: { id: string, displayName: string } | null } };

export type ApplicationNotesQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicationNotesQuery = { voucherApplication: { id: string, internalNotes: Array<{ id: string, authorName: string, createdAt: string, text: string }> } | null };

export type AddApplicationNoteMutationVariables = Exact<{
  applicationId: string | number;
  text: string;
}>;


export type AddApplicationNoteMutation = { addApplicationNote: { id: string, authorName: string, createdAt: string, text: string } };

export type ServiceProviderListingFieldsFragment = { id: string, name: string, memberState: { code: string, name: string } };

export type ServiceProvidersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ServiceProvidersQuery = { serviceProviders: { nodes: Array<{ id: string, name: string, memberState: { code: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ChooseServiceProviderMutationVariables = Exact<{
  voucherId: string | number;
  serviceProviderId?: string | number | null | undefined;
}>;


export type ChooseServiceProviderMutation = { chooseServiceProvider: { id: string, status: VoucherStatus, serviceProviderId: string | null } };

export type VoucherRowFragment = { id: string, reference: string | null, status: VoucherStatus, currency: string, amount: string, redeemed: string, remaining: string, issuedAt: string, expiresAt: string, closedAt: string | null, closeReason: string | null };

export type VouchersQueryVariables = Exact<{
  language: string;
  first: number;
  after?: string | null | undefined;
  status?: VoucherStatus | null | undefined;
}>;


export type VouchersQuery = { vouchers: { nodes: Array<{ code: string | null, prefinanced: string, id: string, reference: string | null, status: VoucherStatus, currency: string, amount: string, redeemed: string, remaining: string, issuedAt: string, expiresAt: string, closedAt: string | null, closeReason: string | null, program: { id: string, code: string, name: string } | null, application: { id: string, reference: string | null, organisation: { id: string, name: string } | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RedemptionRowFragment = { id: string, reference: string | null, paymentReference: string | null, status: RedemptionStatus, invoiceReference: string, serviceCategory: string, currency: string, invoiceAmount: string, covered: string, clinicPays: string, payable: string, createdAt: string, paidAt: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAt: string | null };

export type VoucherDetailQueryVariables = Exact<{
  id: string | number;
  language: string;
}>;


export type VoucherDetailQuery = { voucher: { code: string | null, prefinanced: string, serviceProviderId: string | null, id: string, reference: string | null, status: VoucherStatus, currency: string, amount: string, redeemed: string, remaining: string, issuedAt: string, expiresAt: string, closedAt: string | null, closeReason: string | null, program: { id: string, code: string, name: string, aidIntensity: string, serviceCategories: Array<string> } | null, application: { id: string, reference: string | null } | null, redemptions: Array<{ id: string, reference: string | null, paymentReference: string | null, status: RedemptionStatus, invoiceReference: string, serviceCategory: string, currency: string, invoiceAmount: string, covered: string, clinicPays: string, payable: string, createdAt: string, paidAt: string | null, recommendedById: string | null, recommendedByYou: boolean, recommendedAt: string | null, serviceProvider: { id: string, name: string } | null, attachments: Array<{ id: string, kind: AttachmentKind, name: string, contentType: string, sizeBytes: number }> }> } | null };

export type CancelVoucherMutationVariables = Exact<{
  id: string | number;
  reason: string;
  key?: string | null | undefined;
}>;


export type CancelVoucherMutation = { cancelVoucher: { id: string, reference: string | null, status: VoucherStatus, currency: string, amount: string, redeemed: string, remaining: string, issuedAt: string, expiresAt: string, closedAt: string | null, closeReason: string | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, role: Role, language: MailLanguage, memberState: { code: string, name: string, currency: string } | null, organisation: { id: string, name: string, kind: OrganisationKind, status: OrganisationStatus, reviewNote: { kind: ReviewNoteKind, text: string, at: string } | null, memberState: { code: string, name: string } } | null } | null };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: { id: string } };

export type SetMyLanguageMutationVariables = Exact<{
  language: MailLanguage;
}>;


export type SetMyLanguageMutation = { setMyLanguage: { id: string, language: MailLanguage } };

export const AlertTextFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertTextFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedActions"}}]}}]} as unknown as DocumentNode<AlertTextFieldsFragment, unknown>;
export const AlertContentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertContentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganisations"}},{"kind":"Field","name":{"kind":"Name","value":"recipientMemberStates"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareTypes"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"product"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cves"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogueItems"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertTextFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedActions"}}]}}]} as unknown as DocumentNode<AlertContentFieldsFragment, unknown>;
export const AlertRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"product"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAcknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertTextFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedActions"}}]}}]} as unknown as DocumentNode<AlertRowFragment, unknown>;
export const ContentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"originalLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorities"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"everyone"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareTypes"}},{"kind":"Field","name":{"kind":"Name","value":"smeCategories"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"indicativePrice"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<ContentFieldsFragment, unknown>;
export const IncidentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<IncidentRowFragment, unknown>;
export const PendingQueueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PendingQueueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PendingQueue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"actionableCount"}},{"kind":"Field","name":{"kind":"Name","value":"oldestWaitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"oldestWaitingDays"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"waitingDays"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"actionable"}}]}}]}}]} as unknown as DocumentNode<PendingQueueFieldsFragment, unknown>;
export const LedgerRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"voucherId"}},{"kind":"Field","name":{"kind":"Name","value":"voucherReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fundsAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<LedgerRowFragment, unknown>;
export const ReserveRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReserveRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"totalDays"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"summaryReportClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ReserveRowFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"seatsPerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const EnrolmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EnrolmentFieldsFragment, unknown>;
export const ProgrammeRulesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeRules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"maxVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"aidIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"prefinancingShare"}},{"kind":"Field","name":{"kind":"Name","value":"smeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareTypes"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Classes"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategories"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"validityDays"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProgrammeRulesFragment, unknown>;
export const ApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"smeInput"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimisReceivedEur"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ApplicationFieldsFragment, unknown>;
export const SmeSnapshotFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmeSnapshot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmeAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isSme"}},{"kind":"Field","name":{"kind":"Name","value":"notSmeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"aggregated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAwu"}},{"kind":"Field","name":{"kind":"Name","value":"annualTurnover"}},{"kind":"Field","name":{"kind":"Name","value":"balanceSheetTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"includedPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<SmeSnapshotFragment, unknown>;
export const AttachmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]} as unknown as DocumentNode<AttachmentFieldsFragment, unknown>;
export const ServiceProviderListingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceProviderListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProviderListing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ServiceProviderListingFieldsFragment, unknown>;
export const VoucherRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoucherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Voucher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"redeemed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}}]} as unknown as DocumentNode<VoucherRowFragment, unknown>;
export const RedemptionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RedemptionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Redemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceReference"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceAmount"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"clinicPays"}},{"kind":"Field","name":{"kind":"Name","value":"payable"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}}]}}]} as unknown as DocumentNode<RedemptionRowFragment, unknown>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const AdminMemberStatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMemberStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminMemberStatesQuery, AdminMemberStatesQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const SetUserActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const EmailOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<EmailOutboxQuery, EmailOutboxQueryVariables>;
export const AlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertTextFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"product"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAcknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<AlertsQuery, AlertsQueryVariables>;
export const AlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertContentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAcknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertTextFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertContentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganisations"}},{"kind":"Field","name":{"kind":"Name","value":"recipientMemberStates"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareTypes"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"product"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cves"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogueItems"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<AlertQuery, AlertQueryVariables>;
export const AlertAcknowledgementCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertAcknowledgementCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberState"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"mitigationApplied"}},{"kind":"Field","name":{"kind":"Name","value":"notAffected"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<AlertAcknowledgementCountsQuery, AlertAcknowledgementCountsQueryVariables>;
export const AlertsSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertsSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertsSince"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cursor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlertsSinceQuery, AlertsSinceQueryVariables>;
export const AlertEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertTextFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"product"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAcknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<AlertEventsSubscription, AlertEventsSubscriptionVariables>;
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgementKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const CreateAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateAlertMutation, CreateAlertMutationVariables>;
export const UpdateAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeNote"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"changeNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeNote"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateAlertMutation, UpdateAlertMutationVariables>;
export const PublishAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishAlertMutation, PublishAlertMutationVariables>;
export const RevokeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokeAlertMutation, RevokeAlertMutationVariables>;
export const RecipientOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecipientOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"VERIFIED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RecipientOrganisationsQuery, RecipientOrganisationsQueryVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const CatalogueSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facet"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highlight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priorities"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueSearchQuery, CatalogueSearchQueryVariables>;
export const CatalogueItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogueItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"originalLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorities"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"everyone"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareTypes"}},{"kind":"Field","name":{"kind":"Name","value":"smeCategories"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"indicativePrice"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CatalogueItemQuery, CatalogueItemQueryVariables>;
export const CatalogueDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogueItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"inOld"}},{"kind":"Field","name":{"kind":"Name","value":"inNew"}},{"kind":"Field","name":{"kind":"Name","value":"facetsChanged"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"oldLine"}},{"kind":"Field","name":{"kind":"Name","value":"newLine"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueDiffQuery, CatalogueDiffQueryVariables>;
export const MyCatalogueItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCatalogueItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueItemStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCatalogueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MyCatalogueItemsQuery, MyCatalogueItemsQueryVariables>;
export const CatalogueTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogueTopics"}}]}}]} as unknown as DocumentNode<CatalogueTopicsQuery, CatalogueTopicsQueryVariables>;
export const CreateCatalogueItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCatalogueItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueItemKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCatalogueItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCatalogueItemMutation, CreateCatalogueItemMutationVariables>;
export const UpdateCatalogueItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCatalogueItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCatalogueItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateCatalogueItemMutation, UpdateCatalogueItemMutationVariables>;
export const TranslateCatalogueItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TranslateCatalogueItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueTranslationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"translateCatalogueItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<TranslateCatalogueItemMutation, TranslateCatalogueItemMutationVariables>;
export const PublishCatalogueItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCatalogueItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeNote"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCatalogueItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"changeNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeNote"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PublishCatalogueItemMutation, PublishCatalogueItemMutationVariables>;
export const RetireCatalogueItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireCatalogueItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireCatalogueItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RetireCatalogueItemMutation, RetireCatalogueItemMutationVariables>;
export const DiscardCatalogueDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardCatalogueDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardCatalogueDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DiscardCatalogueDraftMutation, DiscardCatalogueDraftMutationVariables>;
export const IncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<IncidentsQuery, IncidentsQueryVariables>;
export const OrganisationTimeZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationTimeZone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationTimeZoneQuery, OrganisationTimeZoneQueryVariables>;
export const SetOrganisationTimeZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganisationTimeZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganisationTimeZone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<SetOrganisationTimeZoneMutation, SetOrganisationTimeZoneMutationVariables>;
export const PublicRansomRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicRansomRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ransomRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ransomReporting"}},{"kind":"Field","name":{"kind":"Name","value":"referralMandatory"}},{"kind":"Field","name":{"kind":"Name","value":"reportingDeadlineHours"}},{"kind":"Field","name":{"kind":"Name","value":"lawEnforcementContact"}}]}}]}}]} as unknown as DocumentNode<PublicRansomRulesQuery, PublicRansomRulesQueryVariables>;
export const IncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentRow"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"crossBorder"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedMalicious"}},{"kind":"Field","name":{"kind":"Name","value":"affectedServices"}},{"kind":"Field","name":{"kind":"Name","value":"significanceCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"significanceAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLeftSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lateBySeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsOfCompromise"}},{"kind":"Field","name":{"kind":"Name","value":"statusUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"intermediateRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ransomDemand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"threatActor"}},{"kind":"Field","name":{"kind":"Name","value":"noteText"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"asset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingDueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lawEnforcementReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ransomRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ransomReporting"}},{"kind":"Field","name":{"kind":"Name","value":"referralMandatory"}},{"kind":"Field","name":{"kind":"Name","value":"reportingDeadlineHours"}},{"kind":"Field","name":{"kind":"Name","value":"lawEnforcementContact"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awareAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<IncidentQuery, IncidentQueryVariables>;
export const ReportIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportIncidentMutation, ReportIncidentMutationVariables>;
export const SubmitIncidentReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitIncidentReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitIncidentReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitIncidentReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubmitIncidentReportMutation, SubmitIncidentReportMutationVariables>;
export const MarkIncidentHandledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkIncidentHandled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handledAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markIncidentHandled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"handledAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handledAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MarkIncidentHandledMutation, MarkIncidentHandledMutationVariables>;
export const AcknowledgeIncidentReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeIncidentReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"submissionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeIncidentReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"submissionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"submissionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeIncidentReportMutation, AcknowledgeIncidentReportMutationVariables>;
export const RequestIntermediateReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestIntermediateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestIntermediateReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestIntermediateReportMutation, RequestIntermediateReportMutationVariables>;
export const CommentOnIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommentOnIncidentMutation, CommentOnIncidentMutationVariables>;
export const CloseIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CloseIncidentMutation, CloseIncidentMutationVariables>;
export const RecordRansomDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRansomDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RansomDemandRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRansomDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordRansomDemandMutation, RecordRansomDemandMutationVariables>;
export const RecordLawEnforcementReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLawEnforcementReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LawEnforcementReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLawEnforcementReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordLawEnforcementReferralMutation, RecordLawEnforcementReferralMutationVariables>;
export const IncidentStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberState"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanThree"}}]}}]}}]} as unknown as DocumentNode<IncidentStatisticsQuery, IncidentStatisticsQueryVariables>;
export const ShareIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberStates"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberStates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberStates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ShareIncidentMutation, ShareIncidentMutationVariables>;
export const RansomRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RansomRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ransomRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ransomReporting"}},{"kind":"Field","name":{"kind":"Name","value":"referralMandatory"}},{"kind":"Field","name":{"kind":"Name","value":"reportingDeadlineHours"}},{"kind":"Field","name":{"kind":"Name","value":"lawEnforcementContact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RansomRulesQuery, RansomRulesQueryVariables>;
export const UpdateRansomRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRansomRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RansomRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRansomRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ransomReporting"}}]}}]}}]} as unknown as DocumentNode<UpdateRansomRulesMutation, UpdateRansomRulesMutationVariables>;
export const AgencyDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencyDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"helpdesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneUri"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyDirectoryQuery, AgencyDirectoryQueryVariables>;
export const UnreadNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotifications"}}]}}]} as unknown as DocumentNode<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"redemptionId"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"reserveRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"voucher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MemberStatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<MemberStatesQuery, MemberStatesQueryVariables>;
export const OrganisationProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"smeInput"}},{"kind":"Field","name":{"kind":"Name","value":"smeConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<OrganisationProfileQuery, OrganisationProfileQueryVariables>;
export const UpdateOrganisationProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisationProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisationProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"smeInput"}},{"kind":"Field","name":{"kind":"Name","value":"smeConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationProfileMutation, UpdateOrganisationProfileMutationVariables>;
export const RegisterOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}}]}}]} as unknown as DocumentNode<RegisterOrganisationMutation, RegisterOrganisationMutationVariables>;
export const PendingOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"HEALTHCARE_PROVIDER"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareType"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Class"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PendingOrganisationsQuery, PendingOrganisationsQueryVariables>;
export const VerifyOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<VerifyOrganisationMutation, VerifyOrganisationMutationVariables>;
export const RejectOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectOrganisationMutation, RejectOrganisationMutationVariables>;
export const RequestOrganisationInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestOrganisationInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestOrganisationInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<RequestOrganisationInformationMutation, RequestOrganisationInformationMutationVariables>;
export const PendingWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PendingQueueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondApprovals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PendingQueueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PendingQueueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentSecondApprovals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PendingQueueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PendingQueueFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PendingQueueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PendingQueue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"actionableCount"}},{"kind":"Field","name":{"kind":"Name","value":"oldestWaitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"oldestWaitingDays"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"waitingDays"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"actionable"}}]}}]}}]} as unknown as DocumentNode<PendingWorkQuery, PendingWorkQueryVariables>;
export const OpenProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenProgrammes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberState"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherPrograms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"ObjectField","name":{"kind":"Name","value":"memberState"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberState"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"descriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"maxVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"aidIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"prefinancingShare"}},{"kind":"Field","name":{"kind":"Name","value":"smeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareTypes"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategories"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}}]}}]}}]} as unknown as DocumentNode<OpenProgrammesQuery, OpenProgrammesQueryVariables>;
export const ProgrammeMemberStatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeMemberStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<ProgrammeMemberStatesQuery, ProgrammeMemberStatesQueryVariables>;
export const OfficerStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerStateQuery, OfficerStateQueryVariables>;
export const AgencyProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyProgrammes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberState"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherPrograms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberState"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberState"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgencyProgrammesQuery, AgencyProgrammesQueryVariables>;
export const ProgrammeDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"maxVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"aidIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"prefinancingShare"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"validityDays"}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlySummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"deallocated"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"endOfMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"voucherId"}},{"kind":"Field","name":{"kind":"Name","value":"voucherReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fundsAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<ProgrammeDashboardQuery, ProgrammeDashboardQueryVariables>;
export const LedgerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"voucherId"}},{"kind":"Field","name":{"kind":"Name","value":"voucherReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fundsAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<LedgerPageQuery, LedgerPageQueryVariables>;
export const AllocateFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateFunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AllocateFundsMutation, AllocateFundsMutationVariables>;
export const OpenProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openVoucherProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OpenProgrammeMutation, OpenProgrammeMutationVariables>;
export const CloseProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeVoucherProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloseProgrammeMutation, CloseProgrammeMutationVariables>;
export const ArchiveProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveVoucherProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArchiveProgrammeMutation, ArchiveProgrammeMutationVariables>;
export const CreateProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVoucherProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateProgrammeMutation, CreateProgrammeMutationVariables>;
export const ProgrammeForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"descriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"maxVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"aidIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"prefinancingShare"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}},{"kind":"Field","name":{"kind":"Name","value":"fourEyes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareTypes"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Classes"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategories"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"cutoffs"}},{"kind":"Field","name":{"kind":"Name","value":"validityDays"}}]}}]}}]} as unknown as DocumentNode<ProgrammeForEditQuery, ProgrammeForEditQueryVariables>;
export const UpdateProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVoucherProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateProgrammeMutation, UpdateProgrammeMutationVariables>;
export const DeallocateFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeallocateFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deallocateFunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeallocateFundsMutation, DeallocateFundsMutationVariables>;
export const FundsHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundsHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fundsAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundsHistoryQuery, FundsHistoryQueryVariables>;
export const ReserveRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReserveRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveRequestStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReserveRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReserveRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"totalDays"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"summaryReportClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ReserveRequestsQuery, ReserveRequestsQueryVariables>;
export const ReserveRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReserveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"}},{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"potentialImpact"}},{"kind":"Field","name":{"kind":"Name","value":"plannedUse"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"mitigationTaken"}},{"kind":"Field","name":{"kind":"Name","value":"otherSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentResponseContract"}},{"kind":"Field","name":{"kind":"Name","value":"cyberInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"totalDays"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"spillOver"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"reservedDays"}},{"kind":"Field","name":{"kind":"Name","value":"consumedDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"loggedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summaryReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProvided"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summaryReportClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<ReserveRequestQuery, ReserveRequestQueryVariables>;
export const ReserveIncidentClocksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReserveIncidentClocks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReserveIncidentClocksQuery, ReserveIncidentClocksQueryVariables>;
export const ReserveQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReserveQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"}},{"kind":"Field","name":{"kind":"Name","value":"totalDays"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"speaksLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"freeDaysAfter"}}]}}]}}]}}]} as unknown as DocumentNode<ReserveQueueQuery, ReserveQueueQueryVariables>;
export const ReserveProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReserveProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trusted"}},{"kind":"Field","name":{"kind":"Name","value":"memberStates"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"precommitted"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"responseReserved"}},{"kind":"Field","name":{"kind":"Name","value":"responseConsumed"}},{"kind":"Field","name":{"kind":"Name","value":"responseFree"}},{"kind":"Field","name":{"kind":"Name","value":"preparednessFree"}}]}}]}}]}}]} as unknown as DocumentNode<ReserveProvidersQuery, ReserveProvidersQueryVariables>;
export const CreateReserveRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReserveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReserveRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReserveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateReserveRequestMutation, CreateReserveRequestMutationVariables>;
export const SubmitReserveRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReserveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReserveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitReserveRequestMutation, SubmitReserveRequestMutationVariables>;
export const WithdrawReserveRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawReserveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawReserveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawReserveRequestMutation, WithdrawReserveRequestMutationVariables>;
export const EndorseReserveRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndorseReserveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"severity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentSeverity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spillOver"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveSpillOver"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endorseReserveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"severity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"severity"}}},{"kind":"Argument","name":{"kind":"Name","value":"spillOver"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spillOver"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EndorseReserveRequestMutation, EndorseReserveRequestMutationVariables>;
export const DeclineReserveRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineReserveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineReserveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclineReserveRequestMutation, DeclineReserveRequestMutationVariables>;
export const TriageReserveRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriageReserveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageReserveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TriageReserveRequestMutation, TriageReserveRequestMutationVariables>;
export const OverrideReservePriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideReservePriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveOverrideDirection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideReservePriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OverrideReservePriorityMutation, OverrideReservePriorityMutationVariables>;
export const AssignReserveProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignReserveProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignReserveProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AssignReserveProviderMutation, AssignReserveProviderMutationVariables>;
export const RespondToReserveAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToReserveAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToReserveAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RespondToReserveAssignmentMutation, RespondToReserveAssignmentMutationVariables>;
export const LogReserveDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogReserveDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logReserveDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LogReserveDeliveryMutation, LogReserveDeliveryMutationVariables>;
export const CompleteReserveDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteReserveDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeReserveDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteReserveDeliveryMutation, CompleteReserveDeliveryMutationVariables>;
export const SubmitReserveReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReserveReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReserveReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitReserveReportMutation, SubmitReserveReportMutationVariables>;
export const CloseReserveRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseReserveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeReserveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloseReserveRequestMutation, CloseReserveRequestMutationVariables>;
export const PrecommitReserveCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrecommitReserveCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precommitReserveCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PrecommitReserveCapacityMutation, PrecommitReserveCapacityMutationVariables>;
export const ConvertReserveCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertReserveCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertReserveCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConvertReserveCapacityMutation, ConvertReserveCapacityMutationVariables>;
export const SmeAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmeAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SmeAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smeAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isSme"}},{"kind":"Field","name":{"kind":"Name","value":"notSmeReason"}},{"kind":"Field","name":{"kind":"Name","value":"aggregated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAwu"}},{"kind":"Field","name":{"kind":"Name","value":"annualTurnover"}},{"kind":"Field","name":{"kind":"Name","value":"balanceSheetTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"includedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"periodCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]} as unknown as DocumentNode<SmeAssessmentQuery, SmeAssessmentQueryVariables>;
export const TrainingSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"seatsPerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}}]}}]} as unknown as DocumentNode<TrainingSessionsQuery, TrainingSessionsQueryVariables>;
export const TrainingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"seatsPerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TrainingSessionQuery, TrainingSessionQueryVariables>;
export const MyEnrolmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEnrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyEnrolmentsQuery, MyEnrolmentsQueryVariables>;
export const CreateTrainingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrainingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateTrainingSessionMutation, CreateTrainingSessionMutationVariables>;
export const EnrolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Enrol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EnrolMutation, EnrolMutationVariables>;
export const CancelEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CancelEnrolmentMutation, CancelEnrolmentMutationVariables>;
export const MarkAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enrolmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"attendance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MarkAttendanceMutation, MarkAttendanceMutationVariables>;
export const PublishedCoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCatalogueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]} as unknown as DocumentNode<PublishedCoursesQuery, PublishedCoursesQueryVariables>;
export const ProviderContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareType"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Class"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderContextQuery, ProviderContextQueryVariables>;
export const ApplicableProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicableProgrammes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberState"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherPrograms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"ObjectField","name":{"kind":"Name","value":"memberState"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberState"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeRules"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeRules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"maxVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"aidIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"prefinancingShare"}},{"kind":"Field","name":{"kind":"Name","value":"smeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareTypes"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Classes"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategories"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"validityDays"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApplicableProgrammesQuery, ApplicableProgrammesQueryVariables>;
export const ProgrammeEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SmeAssessmentInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sme"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeEligibilityQuery, ProgrammeEligibilityQueryVariables>;
export const ApplyProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplyProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeRules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"smeInput"}},{"kind":"Field","name":{"kind":"Name","value":"smeConfirmedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeRules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"maxVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"aidIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"prefinancingShare"}},{"kind":"Field","name":{"kind":"Name","value":"smeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareTypes"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Classes"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategories"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"validityDays"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApplyProgrammeQuery, ApplyProgrammeQueryVariables>;
export const EditApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeRules"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"smeInput"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimisReceivedEur"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeRules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"maxVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"aidIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"prefinancingShare"}},{"kind":"Field","name":{"kind":"Name","value":"smeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareTypes"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Classes"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategories"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"validityDays"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EditApplicationQuery, EditApplicationQueryVariables>;
export const CreateApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVoucherApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"smeInput"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimisReceivedEur"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateApplicationMutation, CreateApplicationMutationVariables>;
export const UpdateApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVoucherApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"smeInput"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimisReceivedEur"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateApplicationMutation, UpdateApplicationMutationVariables>;
export const SubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitVoucherApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"smeInput"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimisReceivedEur"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const WithdrawApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawVoucherApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"smeInput"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimisReceivedEur"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const MyApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const ApplicationDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeRules"}},{"kind":"Field","name":{"kind":"Name","value":"fourEyes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareType"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Class"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smeSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmeSnapshot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voucher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"redemptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RedemptionRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"smeInput"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimisReceivedEur"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeRules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherProgram"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"maxVoucher"}},{"kind":"Field","name":{"kind":"Name","value":"aidIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"prefinancingShare"}},{"kind":"Field","name":{"kind":"Name","value":"smeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareTypes"}},{"kind":"Field","name":{"kind":"Name","value":"nis2Classes"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategories"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"validityDays"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimis"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmeSnapshot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmeAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isSme"}},{"kind":"Field","name":{"kind":"Name","value":"notSmeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"aggregated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAwu"}},{"kind":"Field","name":{"kind":"Name","value":"annualTurnover"}},{"kind":"Field","name":{"kind":"Name","value":"balanceSheetTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"includedPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RedemptionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Redemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceReference"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceAmount"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"clinicPays"}},{"kind":"Field","name":{"kind":"Name","value":"payable"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]} as unknown as DocumentNode<ApplicationDetailQuery, ApplicationDetailQueryVariables>;
export const VoucherAmountPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VoucherAmountPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"services"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedServiceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherAmountPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"services"},"value":{"kind":"Variable","name":{"kind":"Name","value":"services"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleCosts"}},{"kind":"Field","name":{"kind":"Name","value":"aidIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"aidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"belowMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<VoucherAmountPreviewQuery, VoucherAmountPreviewQueryVariables>;
export const MatchingServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voucherId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"voucherId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voucherId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"indicativePrice"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchingServicesQuery, MatchingServicesQueryVariables>;
export const VendorContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VendorContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<VendorContextQuery, VendorContextQueryVariables>;
export const VoucherLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VoucherLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceAmount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherLookup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"invoiceAmount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceAmount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherId"}},{"kind":"Field","name":{"kind":"Name","value":"clinicName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"aidIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategories"}},{"kind":"Field","name":{"kind":"Name","value":"covers"}},{"kind":"Field","name":{"kind":"Name","value":"clinicPays"}}]}}]}}]} as unknown as DocumentNode<VoucherLookupQuery, VoucherLookupQueryVariables>;
export const RedeemVoucherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemVoucher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemVoucherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemVoucher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"clinicPays"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"voucherStatus"}},{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RedemptionRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RedemptionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Redemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceReference"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceAmount"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"clinicPays"}},{"kind":"Field","name":{"kind":"Name","value":"payable"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}}]}}]} as unknown as DocumentNode<RedeemVoucherMutation, RedeemVoucherMutationVariables>;
export const RedemptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Redemptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RedemptionFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RedemptionRow"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voucher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"fourEyes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RedemptionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Redemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceReference"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceAmount"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"clinicPays"}},{"kind":"Field","name":{"kind":"Name","value":"payable"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]} as unknown as DocumentNode<RedemptionsQuery, RedemptionsQueryVariables>;
export const ApprovePaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveRedemptionPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RedemptionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RedemptionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Redemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceReference"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceAmount"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"clinicPays"}},{"kind":"Field","name":{"kind":"Name","value":"payable"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}}]}}]} as unknown as DocumentNode<ApprovePaymentMutation, ApprovePaymentMutationVariables>;
export const RecommendPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecommendPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendRedemptionPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RedemptionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RedemptionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Redemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceReference"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceAmount"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"clinicPays"}},{"kind":"Field","name":{"kind":"Name","value":"payable"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}}]}}]} as unknown as DocumentNode<RecommendPaymentMutation, RecommendPaymentMutationVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewOfficerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewOfficerQuery, ReviewOfficerQueryVariables>;
export const ReviewProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewProgrammes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberState"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherPrograms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberState"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberState"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}}]}}]} as unknown as DocumentNode<ReviewProgrammesQuery, ReviewProgrammesQueryVariables>;
export const FindByReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindByReference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Voucher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Redemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voucher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindByReferenceQuery, FindByReferenceQueryVariables>;
export const ApproveApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveVoucherApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}},{"kind":"Field","name":{"kind":"Name","value":"voucher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"smeInput"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimisReceivedEur"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ApproveApplicationMutation, ApproveApplicationMutationVariables>;
export const RecommendApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecommendApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendVoucherApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"smeInput"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimisReceivedEur"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RecommendApplicationMutation, RecommendApplicationMutationVariables>;
export const RejectApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectVoucherApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"smeInput"}},{"kind":"Field","name":{"kind":"Name","value":"deMinimisReceivedEur"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RejectApplicationMutation, RejectApplicationMutationVariables>;
export const ApplicationNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationNotesQuery, ApplicationNotesQueryVariables>;
export const AddApplicationNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddApplicationNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addApplicationNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<AddApplicationNoteMutation, AddApplicationNoteMutationVariables>;
export const ServiceProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceProviderListingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceProviderListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceProviderListing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ServiceProvidersQuery, ServiceProvidersQueryVariables>;
export const ChooseServiceProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChooseServiceProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voucherId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chooseServiceProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"voucherId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voucherId"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceProviderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}}]}}]}}]} as unknown as DocumentNode<ChooseServiceProviderMutation, ChooseServiceProviderMutationVariables>;
export const VouchersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vouchers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VoucherStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vouchers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoucherRow"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"prefinanced"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoucherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Voucher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"redeemed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}}]} as unknown as DocumentNode<VouchersQuery, VouchersQueryVariables>;
export const VoucherDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VoucherDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoucherRow"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"prefinanced"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"aidIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategories"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redemptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RedemptionRow"}},{"kind":"Field","name":{"kind":"Name","value":"serviceProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoucherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Voucher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"redeemed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RedemptionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Redemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceReference"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceAmount"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"clinicPays"}},{"kind":"Field","name":{"kind":"Name","value":"payable"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedById"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]} as unknown as DocumentNode<VoucherDetailQuery, VoucherDetailQueryVariables>;
export const CancelVoucherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelVoucher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelVoucher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoucherRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoucherRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Voucher"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"redeemed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}}]} as unknown as DocumentNode<CancelVoucherMutation, CancelVoucherMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const SetMyLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<SetMyLanguageMutation, SetMyLanguageMutationVariables>;