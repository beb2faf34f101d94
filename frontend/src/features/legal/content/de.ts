import { OPERATOR } from '../model/operator';
import type { LegalContent } from './types';

const O = OPERATOR;

export const content: LegalContent = {
  reviewed: (date) => `Zuletzt geprüft am ${date}.`,
  statements: {
    legalNotice: {
      intro:
        'Die CyberHealth-Unterstützungsplattform verwaltet das EU-Programm nach dem Europäischen Aktionsplan zur Cybersicherheit von Krankenhäusern und Gesundheitsdienstleistern (COM(2025) 10).',
      sections: [
        {
          heading: 'Wer diesen Dienst betreibt',
          facts: [
            ['Betreiber', O.name],
            ['Postanschrift', O.postalAddress],
            ['E-Mail', O.supportEmail],
          ],
          paragraphs: [
            'Jedes nationale Gutscheinprogramm wird von der nationalen Behörde seines Mitgliedstaats durchgeführt. Die Behörden und ihre Helpdesks stehen auf der Kontaktseite.',
          ],
          links: [{ label: 'Kontakt und Helpdesks', href: '/contact' }],
        },
        {
          heading: 'Inhalte und Haftung',
          paragraphs: [
            'Die Informationen dieser Website sollen Gesundheitseinrichtungen helfen, die für sie verfügbare Unterstützung zu finden. Sie sind keine Rechtsberatung. Es gelten die Programmregeln und Entscheidungen, die die durchführende nationale Behörde veröffentlicht und trifft.',
            'Links zu anderen Websites dienen der Bequemlichkeit; für deren Inhalte sind ihre Betreiber verantwortlich.',
          ],
        },
        {
          heading: 'Urheberrecht',
          paragraphs: [
            'Die Texte dieser Website dürfen mit Quellenangabe weiterverwendet werden. Die Software steht unter der Open-Source-Lizenz der Europäischen Union (EUPL 1.2).',
          ],
        },
      ],
    },
    privacy: {
      intro:
        'Diese Erklärung sagt, welche personenbezogenen Daten die Plattform verarbeitet, wozu, wie lange und wer sie sehen darf, und wie Sie Ihre Rechte nach der Datenschutz-Grundverordnung (DSGVO, Verordnung (EU) 2016/679, Artikel 13 bis 22) ausüben.',
      sections: [
        {
          heading: 'Verantwortliche',
          paragraphs: [
            `${O.name} (${O.postalAddress}) ist verantwortlich für Konten, die Sicherheit der Anmeldung und das Prüfprotokoll.`,
            'Für ein Gutscheinprogramm ist die nationale Behörde, die es durchführt, verantwortlich für die Anträge, Gutscheine und Zahlungen darin. Die Behörden stehen auf der Kontaktseite.',
          ],
          facts: [['Datenschutzbeauftragte/r', O.dataProtectionEmail]],
          links: [{ label: 'Nationale Behörden und ihre Helpdesks', href: '/contact' }],
        },
        {
          heading: 'Welche Daten wir verarbeiten und wozu',
          facts: [
            [
              'Ihr Konto',
              'E-Mail-Adresse, Name, Rolle und Organisation sowie ein Hash Ihres Passworts (argon2id; das Passwort selbst wird nie gespeichert). Damit Sie sich anmelden können und nur sehen, was Ihre Rolle sehen darf. Rechtsgrundlage: Wahrnehmung einer Aufgabe im öffentlichen Interesse (DSGVO Art. 6 Abs. 1 Buchst. e).',
            ],
            [
              'Sicherheit der Anmeldung',
              'Fehlgeschlagene Anmeldungen mit der E-Mail-Adresse und der Netzwerkadresse (IP), von der sie kamen. Um das Erraten von Passwörtern zu bremsen: Nach einigen Fehlversuchen innerhalb von 15 Minuten werden weitere Versuche eine Zeit lang gesperrt. Rechtsgrundlage: Art. 6 Abs. 1 Buchst. e und die Sicherheit der Verarbeitung (Art. 32).',
            ],
            [
              'Ihre Organisation',
              'Name, nationale Registernummer, Art der Einrichtung, NIS2-Klasse und Mitgliedstaat sowie Name und E-Mail-Adresse der Person, die sie registriert hat. Damit die nationale Behörde sie prüfen kann.',
            ],
            [
              'Anträge, Gutscheine und Zahlungen',
              'Beantragte Beträge und Leistungen, die KMU-Selbsteinschätzung (Kennzahlen Ihres Unternehmens, seiner Partner und Eigentümer, die natürliche Personen nennen können), bereits erhaltene De-minimis-Beihilfen, die Entscheidung der Behörde mit Begründung, Gutscheincodes, Rechnungen und Zahlungen. Um das Gutscheinprogramm durchzuführen, die Förderfähigkeit und Beihilfegrenzen zu prüfen und zu zahlen. Rechtsgrundlage: Art. 6 Abs. 1 Buchst. e und die Aufbewahrungspflichten der De-minimis-Verordnung (EU) 2023/2831 (Art. 6 Abs. 1 Buchst. c).',
            ],
            [
              'Prüfprotokoll',
              'Wer was wann getan hat (Konto, Rolle, Handlung, betroffener Datensatz), auch abgelehnte Versuche. Damit jede Entscheidung nachvollziehbar ist und Missbrauch erkannt wird. Rechtsgrundlage: Art. 6 Abs. 1 Buchst. c und e.',
            ],
            ['Benachrichtigungen', 'Nachrichten zu Ihren Anträgen und Gutscheinen und wann Sie sie gelesen haben.'],
          ],
        },
        {
          heading: 'Wer Ihre Daten sieht',
          items: [
            'Personen Ihrer Organisation mit einem Konto sehen deren Anträge und Gutscheine.',
            'Die nationale Behörde Ihres Mitgliedstaats sieht die Organisationen, Anträge, Gutscheine und Zahlungen ihrer Programme; Behörden anderer Mitgliedstaaten nicht.',
            'Der von Ihnen gewählte Dienstleister sieht den Gutschein, den er einlöst, und die Rechnungen, die er einreicht.',
            'Die Plattformverwaltung sieht Konten und das Prüfprotokoll, um den Dienst zu betreiben und zu sichern.',
            'Die Daten werden in der EU gespeichert und nicht außerhalb des Europäischen Wirtschaftsraums übermittelt.',
          ],
        },
        {
          heading: 'Wie lange wir sie aufbewahren',
          items: [
            'Konten: solange das Konto genutzt wird. Ein deaktiviertes Konto bleibt ohne Anmeldemöglichkeit erhalten, weil das Prüfprotokoll darauf verweist.',
            'Anträge, Gutscheine und Zahlungen und das Prüfprotokoll dazu: zehn Jahre ab dem Tag der Gewährung der Beihilfe, wie es die De-minimis-Verordnung (EU) 2023/2831 (Art. 6 Abs. 4) für Beihilfeunterlagen verlangt.',
            'Fehlgeschlagene Anmeldungen: Sie zählen nur 15 Minuten; ältere Einträge werden auf Antrag gelöscht, bis die automatische Löschung eingerichtet ist.',
            'Ihre Anmeldung in diesem Browser: bis Sie sich abmelden oder die Sitzung endet (standardmäßig nach einer Stunde). Siehe die Cookie-Erklärung.',
          ],
        },
        {
          heading: 'Ihre Rechte',
          items: [
            'Auskunft (Art. 15): erfahren, welche Daten über Sie verarbeitet werden, und eine Kopie erhalten.',
            'Berichtigung (Art. 16): falsche oder unvollständige Daten berichtigen lassen.',
            'Löschung (Art. 17): Daten löschen lassen, wenn sie nicht mehr gebraucht werden, außer wir müssen sie aufbewahren (etwa Beihilfeunterlagen).',
            'Einschränkung (Art. 18): die Verarbeitung einschränken lassen, solange ein Antrag geprüft wird.',
            'Mitteilung (Art. 19): Wir teilen den Empfängern Ihrer Daten eine Berichtigung, Löschung oder Einschränkung mit.',
            'Datenübertragbarkeit (Art. 20): Daten, die Sie uns gegeben haben, in einem maschinenlesbaren Format erhalten.',
            'Widerspruch (Art. 21): aus Gründen Ihrer besonderen Situation einer Verarbeitung im öffentlichen Interesse widersprechen.',
            'Automatisierte Entscheidungen (Art. 22): Die Plattform prüft Förderregeln automatisch und erklärt jedes Ergebnis, aber über jeden Antrag entscheidet ein Mensch bei der nationalen Behörde.',
          ],
          paragraphs: [
            `Schreiben Sie an die/den Datenschutzbeauftragte/n (${O.dataProtectionEmail}) oder, bei einem Gutscheinprogramm, an dessen nationale Behörde. Wir antworten innerhalb eines Monats (Art. 12 Abs. 3).`,
            'Sie können sich auch bei der Datenschutzaufsichtsbehörde Ihres Mitgliedstaats beschweren (Art. 77).',
          ],
          links: [{ label: 'Datenschutzaufsichtsbehörden der Mitgliedstaaten', href: O.supervisoryAuthoritiesUrl }],
        },
        {
          heading: 'Müssen Sie uns diese Daten geben?',
          paragraphs: [
            'Für einen Gutscheinantrag brauchen Sie ein Konto, und die Programmregeln brauchen die abgefragten Kennzahlen, um über einen Antrag zu entscheiden. Ohne sie kann ein Antrag nicht geprüft werden. Die öffentlichen Seiten und die KMU-Selbsteinschätzung funktionieren ohne Konto; die Selbsteinschätzung wird auf dem Server berechnet und nur gespeichert, wenn Sie sie einem Antrag beifügen.',
          ],
        },
      ],
    },
    cookies: {
      intro:
        'Diese Website setzt keine Cookies und nutzt keine Analyse-, Werbe- oder Drittanbieterdienste. Schriften und Skripte kommen alle von dieser Website.',
      sections: [
        {
          heading: 'Was die Anwendung in Ihrem Browser speichert',
          paragraphs: [
            'Um zu funktionieren, legt die Anwendung einige Einträge im Speicher Ihres Browsers ab. Jeder ist für etwas, das Sie angefordert haben, unbedingt erforderlich; deshalb ist Ihre Einwilligung rechtlich nicht nötig (ePrivacy-Richtlinie 2002/58/EG, Art. 5 Abs. 3). Einträge im Sitzungsspeicher verschwinden, wenn Sie den Tab schließen; Einträge im lokalen Speicher bleiben, bis Sie oder die Anwendung sie entfernen.',
            'Sie können sie jederzeit in den Einstellungen Ihres Browsers (Websitedaten) löschen. Die Anwendung vergisst dann Ihre Sprache und ungespeicherte Angaben und meldet Sie ab.',
          ],
        },
      ],
    },
    accessibility: {
      intro:
        'Alle sollen diesen Dienst nutzen können. Diese Erklärung folgt der Richtlinie (EU) 2016/2102 über den barrierefreien Zugang zu Websites öffentlicher Stellen und dem Muster des Durchführungsbeschlusses (EU) 2018/1523. Sie gilt für diese Webanwendung.',
      sections: [
        {
          heading: 'Stand der Vereinbarkeit',
          paragraphs: [
            'Diese Webanwendung ist wegen der unten genannten Lücken teilweise mit den Richtlinien für barrierefreie Webinhalte (WCAG) 2.1 Stufe AA und der europäischen Norm EN 301 549 V3.2.1 vereinbar.',
          ],
        },
        {
          heading: 'Nicht barrierefreie Inhalte',
          items: [
            'Zeitbegrenzung der Sitzung (WCAG 2.2.1): Ihre Sitzung endet nach einer Stunde ohne Vorwarnung und ohne Möglichkeit, sie zu verlängern. Was Sie in ein Antragsformular eingegeben haben, bleibt in diesem Browser erhalten, sodass Sie nach erneuter Anmeldung weitermachen können.',
            'Sprache von Textteilen (WCAG 3.1.2): Namen und Beschreibungen von Programmen, die Behörden verfasst haben, werden in einer anderen Sprache gezeigt, wenn es keine in Ihrer gibt, ohne als diese Sprache gekennzeichnet zu sein; Screenreader sprechen sie daher womöglich falsch aus.',
            'Die Anwendung gibt es nur auf Englisch, Deutsch und Französisch, noch nicht in allen 24 Amtssprachen der EU.',
            'Das Diagramm der Mittel ist für Screenreader ein Bild; dieselben Zahlen stehen in der Tabelle darunter.',
          ],
        },
        {
          heading: 'Wie wir geprüft haben',
          paragraphs: [
            'Selbstbewertung, zuletzt am unten genannten Tag. Jede Seite der Anwendung wird bei jedem Schritt unserer End-to-End-Tests automatisch mit axe-core gegen WCAG 2.1 A und AA geprüft, auf Englisch, Deutsch und Französisch, auf einem 1280 Pixel und einem 320 Pixel breiten Bildschirm (so viel zeigt ein 1280-Pixel-Bildschirm bei 400 % Vergrößerung, WCAG 1.4.10). Sprunglink und Navigationsmenüs werden mit der Tastatur getestet. Tests mit Screenreader-Nutzenden stehen noch aus.',
          ],
        },
        {
          heading: 'Feedback und Kontakt',
          paragraphs: [
            `Wenn Sie auf eine Barriere stoßen oder Informationen dieser Website in einem anderen Format brauchen, schreiben Sie an ${O.accessibilityEmail}. Nennen Sie die Seite und was Sie tun wollten. Wir antworten innerhalb von ${O.accessibilityReplyDays} Arbeitstagen.`,
          ],
        },
        {
          heading: 'Durchsetzungsverfahren',
          paragraphs: [
            'Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die Durchsetzungsstelle für die Barrierefreiheitsrichtlinie in Ihrem Mitgliedstaat wenden (Art. 9 der Richtlinie (EU) 2016/2102). Bei Diensten von EU-Organen können Sie sich auch beim Europäischen Bürgerbeauftragten beschweren.',
          ],
          links: [
            { label: 'Durchsetzungsstellen der Mitgliedstaaten', href: O.enforcementBodiesUrl },
            { label: 'Europäischer Bürgerbeauftragter: Beschwerde einreichen', href: O.ombudsmanUrl },
          ],
        },
      ],
    },
  },
  cookies: {
    tableCaption: 'Einträge, die die Anwendung in Ihrem Browser speichert',
    columns: { key: 'Name', storage: 'Wo', purpose: 'Wozu', kept: 'Wie lange' },
    entries: {
      session: {
        purpose: 'Ihre Anmeldung: das Zugangstoken, wann es abläuft, Ihr Name und Ihre Rolle.',
        kept: 'Bis Sie sich abmelden, die Sitzung endet oder Sie den Tab schließen.',
      },
      sessionExpired: {
        purpose: 'Sagt einmal auf der Anmeldeseite, dass Ihre Sitzung abgelaufen ist.',
        kept: 'Bis die Anmeldeseite die Meldung gezeigt hat.',
      },
      language: {
        purpose: 'Die Sprache, die Sie gewählt haben.',
        kept: 'Bis Sie eine andere wählen oder die Websitedaten löschen.',
      },
      smeWizard: {
        purpose: 'Ihre Antworten in der KMU-Selbsteinschätzung, damit ein Neuladen sie nicht verliert.',
        kept: 'Bis Sie neu beginnen oder die Websitedaten löschen.',
      },
      smeSaved: {
        purpose: 'Die Selbsteinschätzung, die Sie für einen Gutscheinantrag gespeichert haben.',
        kept: 'Bis Sie eine andere speichern oder die Websitedaten löschen.',
      },
      applicationDraft: {
        purpose: 'Noch nicht gespeicherte Änderungen an einem Antrag, ein Eintrag je Antrag.',
        kept: 'Bis der Antrag gespeichert und eingereicht ist.',
      },
    },
  },
  contact: {
    intro:
      'Fragen zu einem Gutscheinprogramm, einem Antrag oder einer Zahlung beantwortet die nationale Behörde Ihres Mitgliedstaats. Fragen zur Plattform selbst beantwortet der Helpdesk der Plattform.',
    platformTitle: 'Helpdesk der Plattform',
    platformText: 'Für Konten, technische Probleme und diese Website:',
    agenciesTitle: 'Nationale Behörden',
    agenciesIntro: 'Die für die Gutscheinprogramme zuständige Behörde jedes Mitgliedstaats, wie auf der Plattform registriert.',
    noAgency: 'Auf der Plattform ist noch keine nationale Behörde registriert.',
    noHelpdesk: 'Die Behörde hat ihren Helpdesk noch nicht angegeben.',
    email: 'E-Mail',
    phone: 'Telefon',
    web: 'Website',
    loadError: 'Die Liste der Behörden konnte nicht geladen werden.',
  },
};
