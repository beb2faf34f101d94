/**
 * English source strings. This file defines the shape of every locale: `de.ts` and `fr.ts`
 * are typed against it, so a missing or extra key is a compile error.
 */
export const en = {
  common: {
    appName: 'CyberHealth Support Platform',
    appShortName: 'CyberHealth',
    tagline: 'EU support for the cybersecurity of hospitals and healthcare providers',
    skipToContent: 'Skip to main content',
    language: 'Language',
    loading: 'Loading…',
    retry: 'Try again',
    logout: 'Log out',
    signedInAs: 'Signed in as {{name}}',
    notProvided: 'Not provided',
    backHome: 'Back to the home page',
    firstPage: 'First page',
    nextPage: 'Next page',
    pageTitle: '{{page}} – CyberHealth',
    footerText:
      'The CyberHealth Support Platform administers the EU programme under the European action plan on the cybersecurity of hospitals and healthcare providers (COM(2025) 10).',
    footerSupport:
      'Services are provided with the European Cybersecurity Support Centre for hospitals and healthcare providers run by ENISA.',
  },
  nav: {
    main: 'Main navigation',
    home: 'Home',
    register: 'Register an organisation',
    login: 'Log in',
    adminHome: 'Administration',
    enisaHome: 'ENISA workspace',
    agencyHome: 'Agency workspace',
    agencyVerifications: 'Organisations to verify',
    providerHome: 'My organisation',
    vendorHome: 'Service provider workspace',
  },
  roles: {
    PLATFORM_ADMIN: 'Platform administrator',
    ENISA_STAFF: 'ENISA staff',
    AGENCY_OFFICER: 'Agency officer',
    PROVIDER_USER: 'Healthcare provider user',
    SERVICE_PROVIDER: 'Service provider',
  },
  organisationKind: {
    AGENCY: 'National agency',
    HEALTHCARE_PROVIDER: 'Healthcare provider',
    SERVICE_PROVIDER: 'Service provider',
  },
  organisationStatus: {
    PENDING: 'Pending verification',
    VERIFIED: 'Verified',
    REJECTED: 'Rejected',
  },
  nis2Class: {
    ESSENTIAL: 'Essential entity',
    IMPORTANT: 'Important entity',
    NOT_IN_SCOPE: 'Not in scope of NIS2',
  },
  healthcareType: {
    HOSPITAL: 'Hospital',
    CLINIC: 'Clinic',
    PRIMARY_CARE: 'Primary care',
    LABORATORY: 'Laboratory',
    OTHER: 'Other healthcare provider',
  },
  home: {
    title: 'Protecting Europe’s hospitals and healthcare providers against cyber attacks',
    lead: 'Hospitals and healthcare providers are among the most attacked organisations in Europe. A ransomware attack can stop surgeries, divert ambulances and expose patients’ health data. This platform brings together the EU support available to them.',
    intro:
      'The European action plan on the cybersecurity of hospitals and healthcare providers sets four priorities. ENISA runs a European Cybersecurity Support Centre for the sector, and national authorities fund practical help for smaller organisations.',
    prioritiesTitle: 'Four priorities',
    prevention: {
      title: 'Prevention',
      text: 'Guidelines, tools, playbooks and training help organisations close gaps before they are exploited: asset inventories, backups that can be restored, multi-factor authentication and staff awareness.',
    },
    detection: {
      title: 'Detection',
      text: 'An EU-wide early warning service alerts healthcare organisations to threats and vulnerabilities that affect their systems and medical devices, so that they can act before an attack succeeds.',
    },
    response: {
      title: 'Response and recovery',
      text: 'When an attack happens, providers report significant incidents on time, get guidance from playbooks and can ask for crisis support from trusted incident response providers.',
    },
    deterrence: {
      title: 'Deterrence',
      text: 'Ransom demands are recorded and referred to law enforcement, and the EU works with Member States to make attacks on healthcare costly for the attackers.',
    },
    vouchersTitle: 'Cybersecurity vouchers',
    vouchersText:
      'Member States can fund vouchers for micro, small and medium-sized hospitals and healthcare providers. A voucher pays part of the cost of a cybersecurity service, such as a risk assessment, penetration test or staff training, delivered by a listed service provider.',
    reserveTitle: 'EU Cybersecurity Reserve',
    reserveText:
      'For significant and large-scale incidents, the EU Cybersecurity Reserve provides incident response services from trusted providers. Requests are endorsed by the national single point of contact and triaged by ENISA.',
    warningsTitle: 'Early warnings',
    warningsText:
      'ENISA publishes alerts with their severity and a Traffic Light Protocol marking. Public alerts are open to everyone; restricted alerts reach the organisations entitled to see them.',
    audienceTitle: 'Who uses the platform',
    audienceProviders:
      'Hospitals and healthcare providers check their eligibility, apply for vouchers, report incidents and ask for crisis support.',
    audienceAgencies:
      'National agencies verify organisations, run voucher programmes and act as the single point of contact.',
    audienceVendors: 'Service providers redeem vouchers and deliver Reserve engagements.',
    audienceEnisa:
      'ENISA publishes the catalogue and early warnings and coordinates the Reserve.',
    ctaTitle: 'Get started',
    ctaText:
      'Healthcare organisations can register once. The national agency then verifies the registration.',
    ctaRegister: 'Register your organisation',
    ctaLogin: 'Log in',
  },
  auth: {
    title: 'Log in',
    intro: 'Log in with the email address and password of your account.',
    email: 'Email address',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in…',
    invalidCredentials: 'The email address or password is incorrect.',
    sessionExpired: 'Your session has expired. Please log in again.',
    loggedOut: 'You have logged out.',
    noAccount: 'No account yet?',
    registerLink: 'Register your organisation',
  },
  register: {
    title: 'Register an organisation',
    intro:
      'Register a hospital or healthcare provider. The national agency of its Member State verifies each registration before the organisation can use the programme.',
    organisationSection: 'Organisation',
    contactSection: 'Contact person and account',
    name: 'Organisation name',
    memberState: 'Member State',
    chooseMemberState: 'Choose a Member State',
    healthcareType: 'Type of organisation',
    chooseHealthcareType: 'Choose a type',
    nis2Class: 'NIS2 classification',
    chooseNis2Class: 'Choose a classification',
    nis2Hint: 'Essential and important entities are defined by the NIS2 Directive.',
    registrationId: 'National registration number',
    registrationIdHint: 'The identifier of the organisation in the national register.',
    contactName: 'Contact name',
    contactEmail: 'Contact email address',
    contactEmailHint: 'This address becomes the login of the account.',
    password: 'Password',
    passwordHint: 'Use a long password that you do not use anywhere else.',
    submit: 'Register',
    submitting: 'Registering…',
    alreadyRegistered: 'This organisation or contact email address is already registered.',
    successTitle: 'Registration received',
    successText:
      '{{name}} is registered and pending verification by the national agency. We will use {{email}} to contact you.',
    successLogin: 'Go to the login page',
    memberStatesError: 'The list of Member States could not be loaded.',
    requiredNote: 'All fields are required.',
  },
  workspace: {
    titles: {
      PLATFORM_ADMIN: 'Administration',
      ENISA_STAFF: 'ENISA workspace',
      AGENCY_OFFICER: 'Agency workspace',
      PROVIDER_USER: 'My organisation',
      SERVICE_PROVIDER: 'Service provider workspace',
    },
    intros: {
      PLATFORM_ADMIN:
        'Manage accounts, agencies and organisations across the EU and read the audit trail.',
      ENISA_STAFF:
        'Publish the catalogue and early warnings, triage Reserve requests and follow EU-wide statistics.',
      AGENCY_OFFICER:
        'Verify organisations, run voucher programmes and act as the national single point of contact.',
      PROVIDER_USER:
        'Check eligibility, apply for vouchers, report incidents and ask for crisis support.',
      SERVICE_PROVIDER: 'Redeem vouchers against invoices and follow your Reserve engagements.',
    },
    accountTitle: 'Your account',
    name: 'Name',
    email: 'Email address',
    role: 'Role',
    organisation: 'Organisation',
    organisationStatus: 'Organisation status',
    memberState: 'Member State',
    scope: 'Scope',
    scopeEu: 'All Member States',
    tasksTitle: 'Tasks',
    verificationsLink: 'Review organisations waiting for verification',
    noTasks: 'More services will be available here soon.',
    loadError: 'Your account details could not be loaded.',
  },
  verification: {
    title: 'Organisations to verify',
    intro:
      'These healthcare organisations registered in your Member State and wait for verification. Check each registration against the national register before you verify it.',
    empty: 'No organisations are waiting for verification.',
    listLabel: 'Organisations waiting for verification',
    registrationId: 'Registration number',
    type: 'Type',
    nis2Class: 'NIS2 classification',
    memberState: 'Member State',
    registeredOn: 'Registered on',
    verify: 'Verify',
    verifying: 'Verifying…',
    verified: '{{name}} has been verified.',
  },
  misc: {
    notFoundTitle: 'Page not found',
    notFoundText: 'The page you asked for does not exist or is not available to you.',
    forbiddenTitle: 'Not available for your account',
    forbiddenText: 'This page belongs to a different workspace.',
    goToWorkspace: 'Go to your workspace',
  },
  errors: {
    UNAUTHENTICATED: 'You need to log in to continue.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'We could not find what you were looking for.',
    VALIDATION: 'Please correct the highlighted fields.',
    CONFLICT: 'This record already exists.',
    INVALID_STATE_TRANSITION:
      'This action is no longer possible in the record’s current state. Reload the page and try again.',
    RATE_LIMITED: 'Too many attempts. Please wait a moment and try again.',
    INTERNAL: 'Something went wrong on our side. Please try again later.',
    NOT_ELIGIBLE: 'The organisation is not eligible for this.',
    INSUFFICIENT_FUNDS: 'Not enough funds are available for this.',
    NETWORK: 'The server could not be reached. Check your connection and try again.',
    UNKNOWN: 'Something unexpected happened. Please try again.',
    reference: 'Reference: {{correlationId}}',
    fieldInvalid: 'This value is not valid.',
    fieldRequired: 'This field is required.',
    fieldEmail: 'Enter an email address such as name@example.org.',
    fieldTaken: 'This value is already registered.',
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every locale must have. */
export type Messages = Widen<typeof en>;
