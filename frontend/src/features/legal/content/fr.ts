import { OPERATOR } from '../model/operator';
import type { LegalContent } from './types';

const O = OPERATOR;

export const content: LegalContent = {
  reviewed: (date) => `Dernière révision le ${date}.`,
  statements: {
    legalNotice: {
      intro:
        'La plateforme de soutien CyberHealth gère le programme de l’UE prévu par le plan d’action européen sur la cybersécurité des hôpitaux et des prestataires de soins de santé (COM(2025) 10).',
      sections: [
        {
          heading: 'Qui gère ce service',
          facts: [
            ['Exploitant', O.name],
            ['Adresse postale', O.postalAddress],
            ['Courriel', O.supportEmail],
          ],
          paragraphs: [
            'Chaque programme national de chèques est géré par l’autorité nationale de son État membre. Les autorités et leurs services d’assistance figurent sur la page de contact.',
          ],
          links: [{ label: 'Contact et services d’assistance', href: '/contact' }],
        },
        {
          heading: 'Contenu et responsabilité',
          paragraphs: [
            'Les informations de ce site aident les établissements de santé à trouver le soutien auquel ils ont droit. Elles ne constituent pas un conseil juridique. Les règles et les décisions d’un programme sont celles que publie et prend l’autorité nationale qui le gère.',
            'Les liens vers d’autres sites sont fournis pour faciliter la navigation ; leurs propriétaires sont responsables de leur contenu.',
          ],
        },
        {
          heading: 'Droits d’auteur',
          paragraphs: [
            'Les textes de ce site peuvent être réutilisés à condition d’en citer la source. Le logiciel est publié sous la licence publique de l’Union européenne (EUPL 1.2).',
          ],
        },
      ],
    },
    privacy: {
      intro:
        'Cette déclaration indique quelles données à caractère personnel la plateforme traite, pourquoi, pendant combien de temps et qui peut les voir, et comment exercer vos droits au titre du règlement général sur la protection des données (RGPD, règlement (UE) 2016/679, articles 13 à 22).',
      sections: [
        {
          heading: 'Responsables du traitement',
          paragraphs: [
            `${O.name} (${O.postalAddress}) est responsable des comptes, de la sécurité des connexions et du journal d’audit.`,
            'Pour un programme de chèques, l’autorité nationale qui le gère est responsable des demandes, chèques et paiements de ce programme. Les autorités figurent sur la page de contact.',
          ],
          facts: [['Délégué à la protection des données', O.dataProtectionEmail]],
          links: [{ label: 'Autorités nationales et leurs services d’assistance', href: '/contact' }],
        },
        {
          heading: 'Les données traitées et pourquoi',
          facts: [
            [
              'Votre compte',
              'Adresse électronique, nom, rôle et organisation, et une empreinte de votre mot de passe (argon2id ; le mot de passe lui-même n’est jamais conservé). Pour vous permettre de vous connecter et ne vous montrer que ce que votre rôle peut voir. Base juridique : exécution d’une mission d’intérêt public (RGPD, art. 6, paragraphe 1, point e)).',
            ],
            [
              'Sécurité des connexions',
              'Les connexions échouées, avec l’adresse électronique et l’adresse réseau (IP) d’origine. Pour freiner les tentatives de deviner un mot de passe : au-delà de quelques échecs en 15 minutes, les tentatives suivantes sont bloquées un moment. Base juridique : art. 6, paragraphe 1, point e), et sécurité du traitement (art. 32).',
            ],
            [
              'Votre organisation',
              'Nom, numéro d’enregistrement national, type d’établissement, classe NIS2 et État membre, ainsi que le nom et l’adresse électronique de la personne qui l’a enregistrée. Pour que l’autorité nationale puisse la vérifier.',
            ],
            [
              'Demandes, chèques et paiements',
              'Les montants et services demandés, l’autodiagnostic PME (chiffres de votre entreprise, de ses partenaires et propriétaires, qui peuvent nommer des personnes physiques), les aides de minimis déjà reçues, la décision de l’autorité et ses motifs, les codes des chèques, les factures et les paiements. Pour gérer le programme, vérifier l’éligibilité et les plafonds d’aides d’État, et payer. Base juridique : art. 6, paragraphe 1, point e), et les obligations de conservation du règlement de minimis (UE) 2023/2831 (art. 6, paragraphe 1, point c)).',
            ],
            [
              'Journal d’audit',
              'Qui a fait quoi et quand (compte, rôle, action, enregistrement concerné), y compris les tentatives refusées. Pour que chaque décision soit traçable et détecter les abus. Base juridique : art. 6, paragraphe 1, points c) et e).',
            ],
            ['Notifications', 'Les messages sur vos demandes et chèques, et le moment où vous les lisez.'],
          ],
        },
        {
          heading: 'Qui voit vos données',
          items: [
            'Les personnes de votre organisation qui ont un compte voient ses demandes et chèques.',
            'L’autorité nationale de votre État membre voit les organisations, demandes, chèques et paiements de ses programmes ; les autorités des autres États membres ne les voient pas.',
            'Le prestataire de services que vous choisissez voit le chèque qu’il utilise et les factures qu’il présente.',
            'Les administrateurs de la plateforme voient les comptes et le journal d’audit pour exploiter et sécuriser le service.',
            'Les données sont stockées dans l’UE et ne sont pas transférées hors de l’Espace économique européen.',
          ],
        },
        {
          heading: 'Durée de conservation',
          items: [
            'Comptes : tant que le compte est utilisé. Un compte désactivé est conservé, sans possibilité de connexion, car le journal d’audit y renvoie.',
            'Demandes, chèques et paiements, et le journal d’audit les concernant : dix ans à compter du jour de l’octroi de l’aide, comme l’exige le règlement de minimis (UE) 2023/2831 (art. 6, paragraphe 4) pour les dossiers d’aides d’État.',
            'Connexions échouées : elles ne comptent que 15 minutes ; les enregistrements plus anciens sont supprimés sur demande en attendant leur suppression automatique.',
            'Votre connexion dans ce navigateur : jusqu’à votre déconnexion ou la fin de la session (une heure par défaut). Voir la déclaration relative aux cookies.',
          ],
        },
        {
          heading: 'Vos droits',
          items: [
            'Accès (art. 15) : savoir quelles données vous concernant sont traitées et en obtenir une copie.',
            'Rectification (art. 16) : faire corriger des données inexactes ou incomplètes.',
            'Effacement (art. 17) : faire supprimer des données qui ne sont plus nécessaires, sauf si nous devons les conserver (par exemple les dossiers d’aides d’État).',
            'Limitation (art. 18) : faire limiter le traitement pendant l’examen d’une demande.',
            'Notification (art. 19) : nous informons les destinataires de vos données d’une rectification, d’un effacement ou d’une limitation.',
            'Portabilité (art. 20) : recevoir les données que vous nous avez fournies dans un format lisible par machine.',
            'Opposition (art. 21) : vous opposer, pour des raisons tenant à votre situation, à un traitement fondé sur une mission d’intérêt public.',
            'Décisions automatisées (art. 22) : la plateforme vérifie automatiquement les règles d’éligibilité et explique chaque résultat, mais chaque décision sur une demande est prise par une personne de l’autorité nationale.',
          ],
          paragraphs: [
            `Écrivez au délégué à la protection des données (${O.dataProtectionEmail}) ou, pour un programme de chèques, à son autorité nationale. Nous répondons dans un délai d’un mois (art. 12, paragraphe 3).`,
            'Vous pouvez aussi introduire une réclamation auprès de l’autorité de contrôle de la protection des données de votre État membre (art. 77).',
          ],
          links: [
            { label: 'Autorités de contrôle de la protection des données des États membres', href: O.supervisoryAuthoritiesUrl },
          ],
        },
        {
          heading: 'Devez-vous nous fournir ces données ?',
          paragraphs: [
            'Il faut un compte pour demander un chèque, et les règles du programme ont besoin des chiffres demandés pour statuer sur une demande. Sans eux, une demande ne peut pas être examinée. Les pages publiques et l’autodiagnostic PME fonctionnent sans compte ; l’autodiagnostic est calculé sur le serveur et n’est conservé que si vous le joignez à une demande.',
          ],
        },
      ],
    },
    cookies: {
      intro:
        'Ce site ne dépose aucun cookie et n’utilise aucun service d’analyse, de publicité ou de tiers. Les polices et les scripts proviennent tous de ce site.',
      sections: [
        {
          heading: 'Ce que l’application conserve dans votre navigateur',
          paragraphs: [
            'Pour fonctionner, l’application conserve quelques entrées dans le stockage de votre navigateur. Chacune est strictement nécessaire à ce que vous avez demandé ; votre consentement n’est donc pas requis (directive « vie privée et communications électroniques » 2002/58/CE, art. 5, paragraphe 3). Les entrées du stockage de session disparaissent à la fermeture de l’onglet ; celles du stockage local restent jusqu’à ce que vous ou l’application les supprimiez.',
            'Vous pouvez les supprimer à tout moment dans les paramètres de votre navigateur (données du site). L’application oublie alors votre langue et vos réponses non enregistrées, et vous déconnecte.',
          ],
        },
      ],
    },
    accessibility: {
      intro:
        'Nous voulons que chacun puisse utiliser ce service. Cette déclaration suit la directive (UE) 2016/2102 relative à l’accessibilité des sites internet des organismes du secteur public et le modèle de la décision d’exécution (UE) 2018/1523. Elle s’applique à cette application web.',
      sections: [
        {
          heading: 'État de conformité',
          paragraphs: [
            'Cette application web est partiellement conforme aux règles pour l’accessibilité des contenus web (WCAG) 2.1 niveau AA et à la norme européenne EN 301 549 V3.2.1, en raison des lacunes énumérées ci-dessous.',
          ],
        },
        {
          heading: 'Contenus non accessibles',
          items: [
            'Limite de temps de la session (WCAG 2.2.1) : votre session se termine au bout d’une heure sans avertissement ni possibilité de la prolonger. Ce que vous avez saisi dans un formulaire de demande est conservé dans ce navigateur, ce qui vous permet de continuer après vous être reconnecté.',
            'Langue d’un passage (WCAG 3.1.2) : les noms et descriptions des programmes rédigés par les autorités s’affichent dans une autre langue lorsqu’il n’en existe pas dans la vôtre, sans être signalés comme tels ; les lecteurs d’écran peuvent donc mal les prononcer.',
            'L’application n’existe qu’en anglais, en allemand et en français, pas encore dans les 24 langues officielles de l’UE.',
            'Le graphique des fonds est une image pour les lecteurs d’écran ; les mêmes chiffres figurent dans le tableau qui le suit.',
          ],
        },
        {
          heading: 'Comment nous avons vérifié',
          paragraphs: [
            'Autoévaluation, réalisée pour la dernière fois à la date ci-dessous. Chaque page de l’application est vérifiée automatiquement avec axe-core selon les WCAG 2.1 A et AA, en anglais, en allemand et en français, sur un écran de 1 280 pixels et un écran de 320 pixels de large (ce qu’affiche un écran de 1 280 pixels zoomé à 400 %, WCAG 1.4.10), à chaque étape de nos tests de bout en bout. Le lien d’évitement et les menus de navigation sont testés au clavier. L’application n’a pas encore été testée par des utilisateurs de lecteurs d’écran.',
          ],
        },
        {
          heading: 'Retour d’information et contact',
          paragraphs: [
            `Si vous rencontrez un obstacle ou avez besoin d’informations de ce site dans un autre format, écrivez à ${O.accessibilityEmail}. Indiquez la page et ce que vous cherchiez à faire. Nous répondons sous ${O.accessibilityReplyDays} jours ouvrables.`,
          ],
        },
        {
          heading: 'Procédure de mise en œuvre',
          paragraphs: [
            'Si notre réponse ne vous satisfait pas, vous pouvez vous adresser à l’organisme chargé de faire appliquer la directive sur l’accessibilité du web dans votre État membre (art. 9 de la directive (UE) 2016/2102). Pour les services des institutions de l’UE, vous pouvez aussi saisir le Médiateur européen.',
          ],
          links: [
            { label: 'Organismes de mise en œuvre des États membres', href: O.enforcementBodiesUrl },
            { label: 'Médiateur européen : déposer une plainte', href: O.ombudsmanUrl },
          ],
        },
      ],
    },
  },
  cookies: {
    tableCaption: 'Entrées que l’application conserve dans votre navigateur',
    columns: { key: 'Nom', storage: 'Où', purpose: 'À quoi elle sert', kept: 'Combien de temps' },
    entries: {
      session: {
        purpose: 'Votre connexion : le jeton d’accès, son expiration, votre nom et votre rôle.',
        kept: 'Jusqu’à votre déconnexion, la fin de la session ou la fermeture de l’onglet.',
      },
      sessionExpired: {
        purpose: 'Indique une fois, sur la page de connexion, que votre session a pris fin.',
        kept: 'Jusqu’à ce que la page de connexion ait affiché le message.',
      },
      language: {
        purpose: 'La langue que vous avez choisie.',
        kept: 'Jusqu’à ce que vous en choisissiez une autre ou effaciez les données du site.',
      },
      smeWizard: {
        purpose: 'Vos réponses à l’autodiagnostic PME, pour qu’un rechargement ne les perde pas.',
        kept: 'Jusqu’à ce que vous recommenciez ou effaciez les données du site.',
      },
      smeSaved: {
        purpose: 'L’autodiagnostic que vous avez enregistré pour une demande de chèque.',
        kept: 'Jusqu’à ce que vous en enregistriez un autre ou effaciez les données du site.',
      },
      applicationDraft: {
        purpose: 'Les modifications d’une demande pas encore enregistrées, une entrée par demande.',
        kept: 'Jusqu’à ce que la demande soit enregistrée et déposée.',
      },
    },
  },
  contact: {
    intro:
      'Les questions sur un programme de chèques, une demande ou un paiement relèvent de l’autorité nationale de votre État membre. Les questions sur la plateforme elle-même relèvent du service d’assistance de la plateforme.',
    platformTitle: 'Service d’assistance de la plateforme',
    platformText: 'Pour les comptes, les problèmes techniques et ce site :',
    agenciesTitle: 'Autorités nationales',
    agenciesIntro: 'L’autorité de chaque État membre chargée des programmes de chèques, telle qu’enregistrée sur la plateforme.',
    noAgency: 'Aucune autorité nationale n’est encore enregistrée sur la plateforme.',
    noHelpdesk: 'L’autorité n’a pas encore indiqué son service d’assistance.',
    email: 'Courriel',
    phone: 'Téléphone',
    web: 'Site web',
    loadError: 'La liste des autorités n’a pas pu être chargée.',
  },
};
