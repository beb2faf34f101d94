//! Demo alerts: one published alert at every TLP level, so each demo account sees a different
//! inbox (anonymous visitors the TLP:CLEAR one only), and one draft for the ENISA editor.
use super::{SeedError, p};
use crate::store::Store;
use crate::store::accounts;
use crate::store::alerts;
use crate::store::audit::Actor;
use chrono::{DateTime, Utc};
use domain::account::Email;
use domain::alert::content::{AlertContent, AlertInput, ProductInput, TextInput};
use domain::alert::indicator::IndicatorInput;
use domain::alert::lifecycle;
use domain::alert::tlp::{RecipientOrganisation, RecipientsInput};
use domain::member_state::MemberState;
use uuid::Uuid;

fn input(
    title: &str,
    severity: &str,
    tlp: &str,
    recipients: RecipientsInput,
    now: DateTime<Utc>,
) -> AlertInput {
    AlertInput {
        text: TextInput {
            title: title.to_owned(),
            summary: format!("{title}: what hospitals should check now."),
            body: "## What happens\n\nAttackers exploit an unpatched remote-access gateway to \
                   deploy ransomware on hospital networks.\n\n## What to do\n\nPatch, then hunt \
                   for the indicators below."
                .to_owned(),
            recommended_actions: vec![
                "Apply the vendor's security update.".to_owned(),
                "Block the listed addresses at the perimeter.".to_owned(),
            ],
        },
        translations: Vec::new(),
        severity: severity.to_owned(),
        tlp: tlp.to_owned(),
        recipients,
        member_states: None,
        healthcare_types: None,
        products: vec![ProductInput {
            vendor: "ExampleVPN".to_owned(),
            product: Some("Gateway".to_owned()),
        }],
        cves: vec!["CVE-2026-10001".to_owned()],
        indicators: vec![
            IndicatorInput {
                kind: "IPV4".to_owned(),
                value: "198.51.100.0/24".to_owned(),
            },
            IndicatorInput {
                kind: "DOMAIN".to_owned(),
                value: "update-check.example".to_owned(),
            },
            IndicatorInput {
                kind: "SHA256".to_owned(),
                value: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                    .to_owned(),
            },
        ],
        catalogue_items: Vec::new(),
        valid_from: now,
        valid_until: None,
    }
}

/// Publishes one alert per TLP level (the German clinic is the named organisation, France the
/// named member state, the German clinic's demo account the named account) and leaves one
/// draft.
pub(super) async fn seed(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    clinic_de: (Uuid, MemberState),
) -> Result<(), SeedError> {
    let clinic_account = accounts::find_by_email(
        store.db(),
        &p(Email::parse("clinic.de@cyberhealth.example"))?,
    )
    .await?
    .map(|a| a.id)
    .ok_or_else(|| SeedError::Invalid("the German clinic's account is missing".into()))?;
    let org = RecipientOrganisation {
        id: clinic_de.0,
        member_state: clinic_de.1,
    };
    let none = RecipientsInput::default;
    let alerts = [
        (
            "Ransomware campaign against hospital VPN gateways",
            "HIGH",
            "CLEAR",
            none(),
        ),
        (
            "Phishing wave impersonating medical suppliers",
            "MEDIUM",
            "GREEN",
            none(),
        ),
        (
            "Exploitation of a PACS server vulnerability",
            "CRITICAL",
            "AMBER",
            RecipientsInput {
                organisations: vec![org],
                member_states: vec!["FR".into()],
                accounts: Vec::new(),
            },
        ),
        (
            "Targeted intrusion at a German hospital group",
            "HIGH",
            "AMBER_STRICT",
            RecipientsInput {
                organisations: vec![org],
                ..RecipientsInput::default()
            },
        ),
        (
            "Credential leak of a named administrator",
            "CRITICAL",
            "RED",
            RecipientsInput {
                accounts: vec![clinic_account],
                ..RecipientsInput::default()
            },
        ),
    ];
    for (title, severity, tlp, recipients) in alerts {
        let content = p(AlertContent::parse(&input(
            title, severity, tlp, recipients, now,
        )))?;
        let id = alerts::create_draft(store, actor, now, &content).await?;
        let revision = p(lifecycle::publish(
            lifecycle::AlertStatus::Draft,
            id,
            content,
            now,
        ))?;
        alerts::publish_revision(
            store,
            actor,
            now,
            lifecycle::AlertStatus::Draft,
            0,
            &revision,
            &[],
        )
        .await?;
    }
    let draft = p(AlertContent::parse(&input(
        "Draft: suspected supply-chain compromise of an infusion-pump vendor",
        "HIGH",
        "GREEN",
        none(),
        now,
    )))?;
    alerts::create_draft(store, actor, now, &draft).await?;
    Ok(())
}
