//! Demo catalogue: ENISA's items across every kind and priority (some in German and French), a
//! ransomware playbook with steps, a training course with two sessions (one full, with a
//! waitlist), and a penetration-testing service of SecureCare MSSP.
use super::{SeedError, p};
use crate::store::Store;
use crate::store::audit::Actor;
use crate::store::catalogue as repo;
use crate::store::training;
use crate::store::write::Audit;
use chrono::{DateTime, Duration, Utc};
use domain::audit::{EU_CHAIN, member_state_chain};
use domain::catalogue::{
    self as rules, Content, ContentInput, ItemKind, LinkInput, LocalisedInput, Owner, Phase,
    Priority, ServiceInput, StepInput,
};
use domain::member_state::MemberState;
use domain::training::{Participant, Session, SessionInput};
use rust_decimal::Decimal;
use uuid::Uuid;

use ItemKind::{Guideline, Playbook, ProcurementGuidance, Service, Tool, TrainingCourse};
use Priority::{Detection, Deterrence, Prevention, ResponseRecovery};

/// (kind, priorities, topics, title, summary, body, German (title, summary), French (title, summary)).
type Demo = (
    ItemKind,
    &'static [Priority],
    &'static [&'static str],
    &'static str,
    &'static str,
    &'static str,
    Option<(&'static str, &'static str)>,
    Option<(&'static str, &'static str)>,
);

const ITEMS: [Demo; 12] = [
    (
        Guideline,
        &[Prevention, ResponseRecovery],
        &["backups", "ransomware"],
        "Offline backups that survive ransomware",
        "Keep three copies of patient-critical data, one offline, and test restores every month.",
        "# Offline backups\n\nKeep **three copies**, one of them offline.\n\n- Test a restore every month.\n- Keep the restore runbook printed.\n\nSee [ENISA](https://www.enisa.europa.eu/).",
        Some((
            "Offline-Sicherungen, die Ransomware überstehen",
            "Drei Kopien patientenkritischer Daten, eine offline, und monatliche Wiederherstellungstests.",
        )),
        Some((
            "Des sauvegardes hors ligne qui résistent aux rançongiciels",
            "Trois copies des données critiques, dont une hors ligne, et un test de restauration chaque mois.",
        )),
    ),
    (
        Guideline,
        &[Prevention],
        &["phishing", "awareness"],
        "Phishing awareness for ward staff",
        "Short, regular drills teach clinical staff to spot and report phishing in minutes.",
        "## Why\n\nMost hospital incidents start with an e-mail.\n\n## How\n\nRun a drill every quarter and praise reports.",
        Some((
            "Phishing-Sensibilisierung für Stationspersonal",
            "Kurze, regelmäßige Übungen lehren das Personal, Phishing zu erkennen und zu melden.",
        )),
        None,
    ),
    (
        Guideline,
        &[Prevention],
        &["medical-devices", "network-security"],
        "Segmenting networks for medical devices",
        "Put infusion pumps, imaging and monitors in their own network zones with allow-lists.",
        "Medical devices often run old software. Give each device class its own zone.",
        None,
        None,
    ),
    (
        Tool,
        &[Detection],
        &["threat-intelligence", "network-security"],
        "Log checklist for hospital SOCs",
        "Which logs to collect first to detect intrusions in a hospital network.",
        "| source | why |\n|---|---|\n| VPN | remote access |\n| AD | accounts |\n| EHR | patient data access |",
        None,
        Some((
            "Liste de contrôle des journaux pour les SOC hospitaliers",
            "Quels journaux collecter d’abord pour détecter les intrusions.",
        )),
    ),
    (
        Tool,
        &[Prevention, Detection],
        &["risk-management"],
        "Cyber risk self-assessment for clinics",
        "A spreadsheet that walks a small clinic through its top twenty cyber risks.",
        "Download it from `https://www.enisa.europa.eu/` and fill it in with your IT provider.",
        None,
        None,
    ),
    (
        Playbook,
        &[ResponseRecovery],
        &["ransomware", "incident-response"],
        "Ransomware response playbook for hospitals",
        "What to do in the first hours of a ransomware attack, step by step.",
        "Use with your incident-response plan.",
        Some((
            "Ransomware-Playbook für Krankenhäuser",
            "Was in den ersten Stunden eines Ransomware-Angriffs zu tun ist, Schritt für Schritt.",
        )),
        None,
    ),
    (
        ProcurementGuidance,
        &[Prevention],
        &["procurement", "supply-chain"],
        "Security clauses for buying medical devices",
        "Requirements to put in tenders: patching, SBOM, vulnerability disclosure and support period.",
        "1. Ask for a software bill of materials.\n2. Require security patches for the support period.",
        None,
        Some((
            "Clauses de sécurité pour l’achat de dispositifs médicaux",
            "Exigences à inclure dans les appels d’offres.",
        )),
    ),
    (
        ProcurementGuidance,
        &[Prevention, Deterrence],
        &["procurement", "cloud"],
        "Procuring cloud services for patient data",
        "What to check before moving patient data to a cloud provider.",
        "Check certifications, data location and exit terms.",
        None,
        None,
    ),
    (
        Guideline,
        &[Deterrence],
        &["incident-response"],
        "Reporting cybercrime to law enforcement",
        "When and how a hospital reports an attack to the police, and what evidence to keep.",
        "Keep logs and images of affected systems; contact your national police cybercrime unit.",
        Some((
            "Cyberkriminalität bei der Polizei anzeigen",
            "Wann und wie ein Krankenhaus einen Angriff anzeigt und welche Beweise es sichert.",
        )),
        None,
    ),
    (
        Guideline,
        &[Deterrence, Detection],
        &["threat-intelligence"],
        "Sharing threat information in the health sector",
        "How to share indicators with your CSIRT and peers without sharing patient data.",
        "Use TLP labels and strip personal data.",
        None,
        None,
    ),
    (
        Guideline,
        &[ResponseRecovery],
        &["patient-data", "incident-response"],
        "Keeping care running during an IT outage",
        "Downtime procedures so that wards keep treating patients when systems are down.",
        "Print the downtime forms; rehearse twice a year.",
        None,
        None,
    ),
    (
        TrainingCourse,
        &[ResponseRecovery, Detection],
        &["incident-response", "ransomware"],
        "Incident response for hospital IT teams",
        "A one-day course on the ransomware playbook, with a tabletop exercise.",
        "Bring your incident-response plan.",
        Some((
            "Incident Response für Krankenhaus-IT-Teams",
            "Ein Tageskurs zum Ransomware-Playbook mit Planspiel.",
        )),
        Some((
            "Réponse aux incidents pour les équipes informatiques hospitalières",
            "Une journée sur le playbook rançongiciel, avec un exercice sur table.",
        )),
    ),
];

fn steps() -> Vec<StepInput> {
    [
        (
            Phase::Prepare,
            "Keep offline backups and a printed contact list",
            "Check both monthly.",
        ),
        (
            Phase::DetectAnalyse,
            "Confirm the attack and its scope",
            "Look for ransom notes and encrypted shares.",
        ),
        (
            Phase::Contain,
            "Isolate affected networks",
            "Disconnect uplinks; keep systems powered for forensics.",
        ),
        (
            Phase::Eradicate,
            "Remove the attacker's access",
            "Reset privileged accounts; patch the entry point.",
        ),
        (
            Phase::Recover,
            "Restore from clean backups",
            "Restore patient-critical systems first.",
        ),
        (
            Phase::LessonsLearned,
            "Review within two weeks",
            "Update the plan and report to the board.",
        ),
    ]
    .into_iter()
    .map(|(phase, title, instructions)| StepInput {
        phase,
        title: title.into(),
        instructions: instructions.into(),
    })
    .collect()
}

async fn publish_item(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    kind: ItemKind,
    content: Content,
    owner: Option<(Uuid, MemberState)>,
) -> Result<Uuid, SeedError> {
    let id = Uuid::now_v7();
    let chain = owner.map_or_else(|| EU_CHAIN.to_owned(), |(_, ms)| member_state_chain(ms));
    let o = owner.map_or(Owner::Enisa, |(id, _)| Owner::ServiceProvider(id));
    let item = p(rules::create(kind, o, content, now))?;
    repo::create(
        store,
        actor,
        now,
        id,
        &item,
        owner,
        Audit::new(chain.clone(), "catalogue.create", "CatalogueItem", id),
    )
    .await?;
    let before = repo::get(store.db(), id)
        .await?
        .ok_or_else(|| SeedError::Invalid("item".into()))?;
    let (next, version) = p(rules::publish(&item, "First edition", now))?;
    repo::save(
        store,
        actor,
        now,
        &before,
        &next,
        Some(&version),
        Audit::new(chain, "catalogue.publish", "CatalogueItem", id),
    )
    .await?;
    Ok(id)
}

/// The demo catalogue and training sessions.
pub(super) async fn seed(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    vendor: (Uuid, MemberState),
    clinics: [Uuid; 2],
) -> Result<(), SeedError> {
    let topics = repo::topics(store.db()).await?;
    let mut course = None;
    for (kind, priorities, topic_codes, title, summary, body, de, fr) in ITEMS {
        let input = ContentInput {
            priorities: priorities.to_vec(),
            topics: topic_codes.iter().map(|t| (*t).to_owned()).collect(),
            links: vec![LinkInput {
                url: "https://www.enisa.europa.eu/topics/cybersecurity-of-critical-sectors/health"
                    .into(),
                label: "ENISA health sector".into(),
            }],
            language: "en".into(),
            title: title.into(),
            summary: summary.into(),
            body: body.into(),
            steps: if kind == Playbook { steps() } else { vec![] },
            ..ContentInput::default()
        };
        let mut content = p(Content::parse(kind, &input, &topics))?;
        for (code, text) in [("de", de), ("fr", fr)] {
            if let Some((t, s)) = text {
                let step_texts = input
                    .steps
                    .iter()
                    .map(|s| domain::catalogue::StepTextInput {
                        title: s.title.clone(),
                        instructions: s.instructions.clone(),
                    })
                    .collect();
                content = p(content.translate(
                    code,
                    &LocalisedInput {
                        title: t.into(),
                        summary: s.into(),
                        body: String::new(),
                        steps: step_texts,
                    },
                ))?;
            }
        }
        let id = publish_item(store, actor, now, kind, content, None).await?;
        if kind == TrainingCourse {
            course = Some(id);
        }
    }
    let service = ContentInput {
        priorities: vec![Prevention, Detection],
        topics: vec!["network-security".into()],
        language: "en".into(),
        title: "Penetration testing for hospitals (SecureCare MSSP)".into(),
        summary: "External and internal penetration tests of hospital networks, with a report for the board.".into(),
        body: "We test your perimeter, clinical networks and medical-device zones.".into(),
        service: Some(ServiceInput {
            categories: vec!["PENETRATION_TESTING".into(), "RISK_ASSESSMENT".into()],
            member_states: vec!["DE".into(), "FR".into(), "AT".into()],
            languages: vec!["de".into(), "en".into(), "fr".into()],
            price_amount: Decimal::from(12_000),
            price_currency: "EUR".into(),
        }),
        ..ContentInput::default()
    };
    let content = p(Content::parse(Service, &service, &topics))?;
    publish_item(store, actor, now, Service, content, Some(vendor)).await?;

    let course = course.ok_or_else(|| SeedError::Invalid("no course".into()))?;
    for (days, capacity, place, enrol) in [(21, 4, None, 6), (60, 20, Some("ENISA, Athens"), 3)] {
        let start = now + Duration::days(days);
        let input = SessionInput {
            starts_at: start,
            ends_at: start + Duration::hours(7),
            time_zone: "Europe/Brussels".into(),
            online: place.is_none(),
            place: place.map(Into::into),
            language: "en".into(),
            capacity,
            enrolment_opens_at: now - Duration::days(1),
            enrolment_closes_at: start - Duration::days(2),
            seats_per_organisation: None,
        };
        let session = p(Session::parse(&input, now))?;
        let id = Uuid::now_v7();
        training::create(
            store,
            actor,
            now,
            id,
            course,
            &session,
            Audit::new(
                EU_CHAIN.into(),
                "training.session_create",
                "TrainingSession",
                id,
            ),
        )
        .await?;
        for n in 0..enrol {
            let clinic = clinics[n % 2];
            let person = p(Participant::parse(
                &format!("Demo participant {}", n + 1),
                &format!("participant{}.{days}@clinic.example", n + 1),
            ))?;
            let decided = training::enrol(
                store,
                actor,
                now,
                id,
                clinic,
                &person,
                |s, c, active| domain::training::decide_seat(s, c, active, now),
                |e| Audit::new(EU_CHAIN.into(), "training.enrol", "Enrolment", e),
            )
            .await?;
            p(decided)?;
        }
    }
    Ok(())
}
