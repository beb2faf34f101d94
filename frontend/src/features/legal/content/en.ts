import { OPERATOR } from '../model/operator';
import type { LegalContent } from './types';

const O = OPERATOR;

export const content: LegalContent = {
  reviewed: (date) => `Last reviewed on ${date}.`,
  statements: {
    legalNotice: {
      intro:
        'The CyberHealth Support Platform administers the EU programme under the European action plan on the cybersecurity of hospitals and healthcare providers (COM(2025) 10).',
      sections: [
        {
          heading: 'Who runs this service',
          facts: [
            ['Operator', O.name],
            ['Postal address', O.postalAddress],
            ['E-mail', O.supportEmail],
          ],
          paragraphs: [
            'Each national voucher programme is run by the national agency of its member state. The agencies and their helpdesks are listed on the contact page.',
          ],
          links: [{ label: 'Contact and helpdesks', href: '/contact' }],
        },
        {
          heading: 'Content and liability',
          paragraphs: [
            'The information on this site is provided to help healthcare organisations find the support available to them. It is not legal advice. Programme rules and decisions are those published and taken by the national agency that runs the programme.',
            'Links to other sites are provided for convenience; their owners are responsible for their content.',
          ],
        },
        {
          heading: 'Copyright',
          paragraphs: [
            'The texts of this site may be reused provided the source is acknowledged. The software is licensed under the European Union Public Licence (EUPL 1.2).',
          ],
        },
      ],
    },
    privacy: {
      intro:
        'This statement says which personal data the platform processes, why, for how long and who may see it, and how you exercise your rights under the General Data Protection Regulation (GDPR, Regulation (EU) 2016/679, Articles 13 to 22).',
      sections: [
        {
          heading: 'Controllers',
          paragraphs: [
            `${O.name} (${O.postalAddress}) is the controller of accounts, login security and the audit trail.`,
            'For a voucher programme, the national agency that runs it is the controller of the applications, vouchers and payments made under it. The agencies are listed on the contact page.',
          ],
          facts: [['Data protection officer', O.dataProtectionEmail]],
          links: [{ label: 'National agencies and their helpdesks', href: '/contact' }],
        },
        {
          heading: 'The data we process and why',
          facts: [
            [
              'Your account',
              'E-mail address, name, role and organisation, and a hash of your password (argon2id; the password itself is never stored). To let you log in and to show you only what your role may see. Legal basis: performance of a task in the public interest (GDPR Art. 6(1)(e)).',
            ],
            [
              'Login security',
              'Failed logins, with the e-mail address and the network (IP) address they came from. To slow down password guessing: more than a few failures within 15 minutes block further attempts for a while. Legal basis: Art. 6(1)(e) and the security of processing (Art. 32).',
            ],
            [
              'Your organisation',
              'Name, national registration number, type of organisation, NIS2 class and member state, and the name and e-mail address of the person who registered it. So that the national agency can verify it.',
            ],
            [
              'Applications, vouchers and payments',
              'The amounts and services asked for, the SME self-assessment (figures of your enterprise and its partners and owners, which may name natural persons), de minimis aid already received, the agency’s decision and its reasons, voucher codes, invoices and payments. To run the voucher programme, check eligibility and state aid limits, and pay. Legal basis: Art. 6(1)(e), and the record-keeping obligations of the de minimis Regulation (EU) 2023/2831 (Art. 6(1)(c)).',
            ],
            [
              'Audit trail',
              'Who did what and when (account, role, action, the record concerned), including refused attempts. To make every decision accountable and to detect misuse. Legal basis: Art. 6(1)(c) and (e).',
            ],
            [
              'Notifications',
              'Messages about your applications and vouchers, and when you read them.',
            ],
          ],
        },
        {
          heading: 'Who sees your data',
          items: [
            'Staff of your organisation with an account see its applications and vouchers.',
            'The national agency of your member state sees the organisations, applications, vouchers and payments of its programmes; agencies of other member states do not.',
            'The service provider you choose sees the voucher it redeems, and the invoices it submits.',
            'The platform administrators see accounts and the audit trail to run and secure the service.',
            'Data is stored in the EU and is not transferred outside the European Economic Area.',
          ],
        },
        {
          heading: 'How long we keep it',
          items: [
            'Accounts: while the account is in use. A deactivated account is kept, without the ability to log in, because the audit trail refers to it.',
            'Applications, vouchers and payments, and the audit trail about them: ten years from the day the aid was granted, as the de minimis Regulation (EU) 2023/2831 (Art. 6(4)) requires for state aid records.',
            'Failed logins: they count for 15 minutes only; older records are deleted on request until automatic deletion is in place.',
            'Your login in this browser: until you log out or the session ends (one hour by default). See the cookie statement.',
          ],
        },
        {
          heading: 'Your rights',
          items: [
            'Access (Art. 15): ask which data about you is processed and get a copy.',
            'Rectification (Art. 16): have wrong or incomplete data corrected.',
            'Erasure (Art. 17): have data deleted when it is no longer needed, unless we must keep it (for example state aid records).',
            'Restriction (Art. 18): have processing limited while a request is being checked.',
            'Notification (Art. 19): we tell the recipients of your data about a correction, erasure or restriction.',
            'Portability (Art. 20): receive data you gave us in a machine-readable format.',
            'Objection (Art. 21): object to processing based on a task in the public interest, on grounds relating to your situation.',
            'Automated decisions (Art. 22): the platform checks eligibility rules automatically and explains each result, but every decision on an application is taken by a person at the national agency.',
          ],
          paragraphs: [
            `Write to the data protection officer (${O.dataProtectionEmail}) or, for a voucher programme, to its national agency. We answer within one month (Art. 12(3)).`,
            'You may also complain to the data protection supervisory authority of your member state (Art. 77).',
          ],
          links: [{ label: 'Data protection supervisory authorities of the member states', href: O.supervisoryAuthoritiesUrl }],
        },
        {
          heading: 'Do you have to give us this data?',
          paragraphs: [
            'You need an account to apply for a voucher, and the programme rules need the figures asked for to decide on an application. Without them an application cannot be assessed. The public pages and the SME self-assessment work without an account; the self-assessment is computed on the server and not stored unless you attach it to an application.',
          ],
        },
      ],
    },
    cookies: {
      intro:
        'This site sets no cookies and uses no analytics, advertising or third-party services. Fonts and scripts all come from this site.',
      sections: [
        {
          heading: 'What the app keeps in your browser',
          paragraphs: [
            'To work, the app keeps a few entries in your browser’s own storage. Each is strictly necessary for something you asked for, so the law does not require your consent (ePrivacy Directive 2002/58/EC, Art. 5(3)). Entries in session storage disappear when you close the tab; entries in local storage stay until you or the app remove them.',
            'You can remove them at any time in your browser’s settings (site data). The app then forgets your language and unsaved answers, and logs you out.',
          ],
        },
      ],
    },
    accessibility: {
      intro:
        'We want everyone to be able to use this service. This statement follows the Web Accessibility Directive (EU) 2016/2102 and the model of Commission Implementing Decision (EU) 2018/1523. It applies to this web app.',
      sections: [
        {
          heading: 'Compliance status',
          paragraphs: [
            'This web app is partially compliant with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA and the European standard EN 301 549 V3.2.1, because of the gaps listed below.',
          ],
        },
        {
          heading: 'Content that is not accessible',
          items: [
            'Session time limit (WCAG 2.2.1): your session ends after one hour without warning and without a way to extend it. What you typed in an application form is kept in this browser, so you can continue after logging in again.',
            'Language of parts (WCAG 3.1.2): programme names and descriptions written by agencies are shown in another language when there is none in yours, without being marked as that language, so screen readers may pronounce them wrongly.',
            'The app is available in English, German and French only, not yet in all 24 official languages of the EU.',
            'The funds chart is a picture for screen readers; the same figures are in the table below it.',
          ],
        },
        {
          heading: 'How we checked',
          paragraphs: [
            'Self-assessment, last done on the date below. Every page of the app is checked automatically with axe-core against WCAG 2.1 A and AA in English, German and French, on a screen 1280 pixels wide and on one 320 pixels wide (what a 1280-pixel screen shows at 400% zoom, WCAG 1.4.10), at every step of our end-to-end tests. The skip link and the navigation menus are tested with the keyboard. The app has not yet been tested with screen reader users.',
          ],
        },
        {
          heading: 'Feedback and contact',
          paragraphs: [
            `If you find a barrier, or need information from this site in another format, write to ${O.accessibilityEmail}. Say which page and what you tried to do. We reply within ${O.accessibilityReplyDays} working days.`,
          ],
        },
        {
          heading: 'Enforcement procedure',
          paragraphs: [
            'If our reply does not satisfy you, you can turn to the body that enforces the Web Accessibility Directive in your member state (Art. 9 of Directive (EU) 2016/2102). For services run by EU institutions you can also complain to the European Ombudsman.',
          ],
          links: [
            { label: 'Enforcement bodies of the member states', href: O.enforcementBodiesUrl },
            { label: 'European Ombudsman: make a complaint', href: O.ombudsmanUrl },
          ],
        },
      ],
    },
  },
  cookies: {
    tableCaption: 'Entries the app keeps in your browser',
    columns: { key: 'Name', storage: 'Where', purpose: 'What for', kept: 'How long' },
    entries: {
      session: {
        purpose: 'Your login: the access token, when it expires, and your name and role.',
        kept: 'Until you log out, the session ends or you close the tab.',
      },
      sessionExpired: {
        purpose: 'Says once, on the login page, that your session has ended.',
        kept: 'Until the login page has shown the message.',
      },
      language: { purpose: 'The language you chose.', kept: 'Until you choose another or clear site data.' },
      smeWizard: {
        purpose: 'Your answers in the SME self-assessment, so a reload does not lose them.',
        kept: 'Until you start over or clear site data.',
      },
      smeSaved: {
        purpose: 'The self-assessment you saved for a voucher application.',
        kept: 'Until you save another or clear site data.',
      },
      applicationDraft: {
        purpose: 'Edits of an application you have not saved yet, one entry per application.',
        kept: 'Until the application is saved and submitted.',
      },
    },
  },
  contact: {
    intro:
      'Questions about a voucher programme, an application or a payment go to the national agency of your member state. Questions about the platform itself go to the platform helpdesk.',
    platformTitle: 'Platform helpdesk',
    platformText: 'For accounts, technical problems and this website:',
    agenciesTitle: 'National agencies',
    agenciesIntro: 'Each member state’s agency for the voucher programmes, as registered on the platform.',
    noAgency: 'No national agency is registered on the platform yet.',
    noHelpdesk: 'The agency has not given its helpdesk contact yet.',
    email: 'E-mail',
    phone: 'Telephone',
    web: 'Website',
    loadError: 'The list of agencies could not be loaded.',
  },
};
