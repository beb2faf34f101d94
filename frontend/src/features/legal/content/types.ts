/** The text of the legal statements in one language; `content/<language>.ts` fill it in. */
import type { StatementKind } from '../model/operator';
import type { StorageId } from '../model/storage';

export interface Section {
  heading: string;
  paragraphs?: readonly string[];
  items?: readonly string[];
  /** Term and description pairs, e.g. the data processed and why. */
  facts?: readonly (readonly [string, string])[];
  links?: readonly { label: string; href: string }[];
}

export interface Statement {
  intro: string;
  sections: readonly Section[];
}

export interface LegalContent {
  statements: Readonly<Record<StatementKind, Statement>>;
  /** "Last reviewed on {date}". */
  reviewed: (date: string) => string;
  cookies: {
    tableCaption: string;
    columns: { key: string; storage: string; purpose: string; kept: string };
    entries: Readonly<Record<StorageId, { purpose: string; kept: string }>>;
  };
  contact: {
    intro: string;
    platformTitle: string;
    platformText: string;
    agenciesTitle: string;
    agenciesIntro: string;
    noAgency: string;
    noHelpdesk: string;
    email: string;
    phone: string;
    web: string;
    loadError: string;
  };
}
